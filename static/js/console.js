/* The agent console: presence, live session list with waiting timers, the queue,
 * conversations, quick phrases, transfer and close. */
(function () {
  "use strict";
  var csc = window.csc, _ = csc._, el = csc.el, fmt = csc.fmt;
  var $ = function (id) { return document.getElementById(id); };
  var state = JSON.parse($("console-state").textContent);
  var root = $("console");
  var input = $("input"), composer = $("composer"), composerError = $("composer-error");
  var AMBER = 100, RED = 180;
  var STATE_LABELS = {
    robot: _("机器人接待"), queued: _("排队中"), active: _("接待中"), closed: _("已结束"),
  };
  var PRESENCE_KEY = "csc-presence-" + state.me;

  var sessions = {}; // id -> {data, list, ol, unread, loaded}
  var selected = null;
  var tab = "mine";
  var phraseScope = "shared";
  var typingTimer = null, lastTypingSent = 0;
  var popupIndex = 0, popupMatches = [];

  var client = new csc.ChatClient({
    userId: state.me,
    onConnect: function () {
      var wanted = sessionStorage.getItem(PRESENCE_KEY);
      if (wanted) client.send({ type: "presence", state: wanted });
    },
  });

  // Sessions ------------------------------------------------------------------

  function visible(s) {
    if (tab === "queue") return s.state === "queued";
    if (tab === "all") return s.state !== "closed" || s.agent === state.me;
    return s.agent === state.me;
  }

  function ensure(data) {
    var entry = sessions[data.id];
    if (!entry) {
      var ol = el("ol", "messages");
      ol.hidden = true;
      ol.dataset.session = data.id;
      $("conversations").appendChild(ol);
      entry = sessions[data.id] = {
        data: data,
        ol: ol,
        unread: 0,
        loaded: false,
        list: new csc.MessageList(ol, {
          mine: function (m) { return m.sender_kind === "agent" || m.sender_kind === "assist"; },
          onRender: function () { if (selected === entry) ol.scrollTop = ol.scrollHeight; },
        }),
      };
      // Live frames from now on; the full history loads when it is opened.
      client.track(data.id, data.last_seq || 0);
      client.subscribe(data.id, data.last_seq || 0);
      client.pending(data.id).forEach(function (p) { entry.list.addPending(p, { sender_kind: "agent" }); });
    } else if (!csc.isStaleSummary(data, entry.data)) {
      entry.data = Object.assign({}, entry.data, data);
    }
    return entry;
  }

  function lastPreview(entry) {
    return csc.lastText(entry.data);
  }

  function renderList() {
    var ul = $("session-list");
    var ids = Object.keys(sessions).map(Number).sort(function (a, b) {
      var sa = sessions[a].data, sb = sessions[b].data;
      var wa = sa.waiting_since || "~", wb = sb.waiting_since || "~";
      if ((sa.state === "closed") !== (sb.state === "closed")) return sa.state === "closed" ? 1 : -1;
      if (wa !== wb) return wa < wb ? -1 : 1;
      return a - b;
    });
    var counts = { mine: 0, queue: 0, all: 0 };
    // Each session keeps its <li> from one render to the next: the list is
    // redrawn on every frame that touches a session, and a node replaced
    // between a press and its release loses the click (and the keyboard focus).
    var kept = {};
    Array.prototype.forEach.call(ul.children, function (li) { kept[li.dataset.id] = li; });
    var cursor = ul.firstChild;
    ids.forEach(function (id) {
      var entry = sessions[id], s = entry.data;
      if (s.agent === state.me && s.state !== "closed") counts.mine++;
      if (s.state === "queued") counts.queue++;
      if (s.state !== "closed") counts.all++;
      if (!visible(s)) return;
      var li = kept[id] || document.createElement("li");
      li.className = "session-item state-" + s.state;
      li.dataset.id = id;
      li.tabIndex = 0;
      if (selected === entry) li.classList.add("selected");
      if (s.typing) li.classList.add("typing-now");
      // Its content too is rebuilt only when what it shows changed: the lists
      // a (re)connecting socket sends would otherwise replace the node under
      // a press that has not been released yet.
      var agentName = tab === "all" && s.agent_name ? s.agent_name : "";
      var shown = JSON.stringify([s.buyer_name, entry.unread, lastPreview(entry), s.state, agentName]);
      if (li.dataset.shown !== shown) {
        li.dataset.shown = shown;
        li.textContent = "";
        var top = el("div", "row1");
        top.appendChild(el("span", "buyer-name", s.buyer_name));
        if (entry.unread) top.appendChild(el("span", "unread", entry.unread));
        top.appendChild(el("span", "wait-timer"));
        li.appendChild(top);
        var bottom = el("div", "row2");
        bottom.appendChild(el("span", "last-msg", lastPreview(entry)));
        bottom.appendChild(el("span", "badge state-" + s.state, STATE_LABELS[s.state] || s.state));
        li.appendChild(bottom);
        if (agentName) li.appendChild(el("div", "row3 muted", _("客服：") + agentName));
      }
      if (li === cursor) cursor = cursor.nextSibling;
      else ul.insertBefore(li, cursor);
    });
    // What is left after the cursor is no longer shown (closed, another tab).
    while (cursor) {
      var next = cursor.nextSibling;
      ul.removeChild(cursor);
      cursor = next;
    }
    Object.keys(counts).forEach(function (k) {
      var node = document.querySelector('[data-count="' + k + '"]');
      if (node) node.textContent = counts[k];
    });
    $("list-empty").hidden = ul.children.length > 0;
    tickTimers();
  }

  /* Seconds since the oldest unanswered buyer message: amber at 100 s, red at 180 s. */
  function tickTimers() {
    var now = Date.now();
    Array.prototype.forEach.call(document.querySelectorAll(".session-item"), function (li) {
      var entry = sessions[li.dataset.id];
      var since = entry && entry.data.state !== "closed" && entry.data.waiting_since;
      var timer = li.querySelector(".wait-timer");
      var secs = since ? Math.max(0, Math.floor((now - Date.parse(since)) / 1000)) : null;
      li.classList.toggle("waiting", secs !== null);
      li.classList.toggle("wait-amber", secs !== null && secs >= AMBER && secs < RED);
      li.classList.toggle("wait-red", secs !== null && secs >= RED);
      if (secs === null) { timer.textContent = ""; delete li.dataset.wait; return; }
      li.dataset.wait = secs;
      var m = Math.floor(secs / 60), sec = secs % 60;
      timer.textContent = (m < 10 ? "0" : "") + m + ":" + (sec < 10 ? "0" : "") + sec;
      timer.title = fmt(_("买家已等待 %(s)s 秒"), { s: secs }, true);
    });
  }
  setInterval(tickTimers, 1000);

  function select(id) {
    var entry = sessions[id];
    if (!entry) return;
    if (selected) selected.ol.hidden = true;
    selected = entry;
    entry.unread = 0;
    entry.ol.hidden = false;
    $("conv-empty").hidden = true;
    $("conv-head").hidden = false;
    root.classList.add("conv-open");
    $("chat-notices").textContent = "";
    composerError.textContent = "";
    if (!entry.loaded) {
      // Only the live tail was asked for so far: ask for the whole conversation.
      entry.loaded = true;
      client.track(id).lastSeq = 0;
      client.subscribe(id, 0);
    }
    renderHeader();
    renderList();
    loadBuyerHistory(entry.data);
    entry.ol.scrollTop = entry.ol.scrollHeight;
    sendRead();
    // On a phone, focusing would pop the keyboard over the conversation.
    if (!window.matchMedia("(max-width: 720px)").matches) input.focus();
  }

  function renderHeader() {
    if (!selected) return;
    var s = selected.data;
    $("conv-buyer").textContent = s.buyer_name;
    $("conv-state").textContent = STATE_LABELS[s.state] || s.state;
    $("conv-state").className = "badge state-" + s.state;
    $("conv-agent").textContent = s.agent_name ? _("客服：") + s.agent_name : "";
    // Only who serves a session (its agent, or a supervisor) writes in it or
    // closes it; a queued session offers its pick-up, nothing that would fail.
    var serving = s.state === "active" && (s.agent === state.me || state.supervisor);
    $("btn-pickup").hidden = s.state !== "queued";
    $("btn-transfer").hidden = !serving;
    $("btn-close").hidden = !serving;
    composer.hidden = !serving;
    $("typing").hidden = !s.typing;
    $("buyer-block").hidden = false;
    $("side-buyer").textContent = s.buyer_name;
    $("side-session").textContent = "#" + s.id;
    $("side-started").textContent = csc.dateTime(s.created_at);
  }

  function loadBuyerHistory(s) {
    var ul = $("buyer-history");
    ul.textContent = "";
    ul.appendChild(el("li", "muted", _("加载中…")));
    var url = state.urls.buyer_sessions.replace("/0/", "/" + s.buyer + "/") + "?exclude=" + s.id;
    fetch(url, { credentials: "same-origin" }).then(function (r) { return r.json(); }).then(function (data) {
      if (!selected || selected.data.id !== s.id) return;
      ul.textContent = "";
      if (!data.sessions.length) ul.appendChild(el("li", "muted", _("没有更早的会话")));
      data.sessions.forEach(function (row) {
        var li = el("li");
        var link = el("a", "", csc.dateTime(row.created_at));
        link.href = row.url;
        link.target = "_blank";
        li.appendChild(link);
        li.appendChild(el("span", "badge state-" + row.state, row.state_label));
        if (row.rating) li.appendChild(el("span", "badge", row.rating));
        li.appendChild(el("div", "muted small", row.last_message));
        ul.appendChild(li);
      });
    }, function () {
      ul.textContent = "";
      ul.appendChild(el("li", "error", _("历史会话加载失败")));
    });
  }

  function sendRead() {
    if (!selected || document.visibilityState !== "visible") return;
    var tracked = client.track(selected.data.id);
    if (tracked.lastSeq > (selected.readSent || 0)) {
      selected.readSent = tracked.lastSeq;
      client.send({ type: "read", session: selected.data.id, seq: tracked.lastSeq });
    }
  }

  // Notifications ---------------------------------------------------------------

  var sound = null;
  function notify(title, body) {
    try {
      if (!sound) sound = new Audio(root.dataset.sound);
      sound.currentTime = 0;
      var played = sound.play();
      if (played && played.catch) played.catch(function () {});
    } catch (e) { /* no audio */ }
    if (window.Notification && Notification.permission === "granted" && (document.hidden || !document.hasFocus())) {
      try { new Notification(title, { body: body, tag: "csc-" + title }); } catch (e) { /* ignore */ }
    }
  }

  $("btn-notify").addEventListener("click", function () {
    if (!window.Notification) return;
    Notification.requestPermission().then(function (p) {
      $("btn-notify").textContent = p === "granted" ? _("桌面通知已开启") : _("通知未授权");
    });
  });
  if (window.Notification && Notification.permission === "granted") $("btn-notify").textContent = _("桌面通知已开启");

  // Frames ----------------------------------------------------------------------

  client.on("state", function (f) { csc.showConnection($("conn"), f.state); });

  client.on("session", function (f) {
    var s = f.session;
    if (!s || (s.store && s.store !== state.store)) return;
    var isNew = !sessions[s.id];
    if (isNew && !state.supervisor && s.agent !== state.me && s.state !== "queued") return;
    var entry = ensure(s);
    if (isNew && s.state !== "closed" && (s.agent === state.me || s.state === "queued")) {
      notify(_("新会话"), s.buyer_name);
    }
    if (selected === entry) renderHeader();
    renderList();
  });

  client.on("sessions", function (f) {
    (f.sessions || []).forEach(function (s) {
      if (!s.store || s.store === state.store) ensure(s);
    });
    renderList();
    // The socket joins the store's group just before this frame: a phrase
    // changed since the page was rendered, or while offline, is fetched now.
    refreshPhrases();
  });

  client.on("queue", function (f) {
    if (f.store && f.store !== state.store) return;
    var inQueue = {};
    (f.sessions || []).forEach(function (s) {
      inQueue[s.id] = true;
      var isNew = !sessions[s.id];
      ensure(s);
      if (isNew) notify(_("新会话排队"), s.buyer_name);
    });
    Object.keys(sessions).forEach(function (id) {
      var entry = sessions[id];
      if (entry.data.state === "queued" && !inQueue[id] && entry.data.agent !== state.me && !state.supervisor && entry !== selected) {
        entry.ol.remove();
        delete sessions[id];
      }
    });
    renderList();
  });

  client.on("history", function (f) {
    var entry = sessions[f.session];
    if (!entry) return;
    (f.messages || []).forEach(function (m) {
      entry.list.upsert(m);
      client.seen(f.session, m.seq);
    });
    client.seen(f.session, f.last_seq);
    entry.list.markRead(f.buyer_read_seq || 0);
    csc.restoreExplanations(entry.ol, f.session);
    if (selected === entry) {
      entry.ol.scrollTop = entry.ol.scrollHeight;
      sendRead();
    }
  });

  client.on("message", function (f) {
    var entry = sessions[f.session];
    if (!entry) return;
    var m = f.message;
    var isNew = entry.list.upsert(m);
    client.seen(f.session, m.seq);
    if (m.seq && m.seq > (entry.data.last_seq || 0)) entry.data.last_seq = m.seq;
    // A blocked message (no seq) reached no one but its sender: the list keeps
    // the last delivered message and the buyer waiting, as the server's summary.
    var delivered = m.seq !== null && m.seq !== undefined;
    if (delivered && m.kind !== "note") entry.data.last_message = m;
    if (m.sender_kind === "buyer") {
      if (!entry.data.waiting_since) entry.data.waiting_since = m.created_at;
      entry.data.typing = false;
      if (isNew) {
        if (selected !== entry || document.hidden) entry.unread += selected === entry ? 0 : 1;
        if (selected !== entry || document.hidden || !document.hasFocus()) {
          notify(fmt(_("%(name)s 的新消息"), { name: entry.data.buyer_name }, true), m.kind === "image" ? _("[图片]") : m.body);
        }
      }
    } else if (delivered && (m.sender_kind === "agent" || m.sender_kind === "assist")) {
      entry.data.waiting_since = null;
    }
    if (selected === entry) { $("typing").hidden = true; sendRead(); }
    renderList();
  });

  client.on("ack", function (f) {
    var entry = sessions[f.session] || (f.message && sessions[f.message.session]) || findPending(f.client_msg_id) || selected;
    if (!entry) return;
    var li = entry.list.acknowledge(f);
    var note = csc.violationNote(f);
    if (li && note && !li.querySelector(".violation")) {
      li.appendChild(note);
      if (entry === selected) entry.ol.scrollTop = entry.ol.scrollHeight;
    }
    if (f.status !== "blocked") {
      entry.data.waiting_since = null;
      if (f.message) entry.data.last_message = f.message;
    }
    renderList();
  });

  function findPending(clientMsgId) {
    var found = null;
    Object.keys(sessions).forEach(function (id) {
      if (sessions[id].list.pendingNodes[clientMsgId]) found = sessions[id];
    });
    return found;
  }

  client.on("typing", function (f) {
    var entry = sessions[f.session];
    if (!entry || f.side !== "buyer") return;
    entry.data.typing = true;
    if (selected === entry) $("typing").hidden = false;
    clearTimeout(entry.typingTimer);
    entry.typingTimer = setTimeout(function () {
      entry.data.typing = false;
      if (selected === entry) $("typing").hidden = true;
      renderList();
    }, 3000);
    renderList();
  });

  client.on("read", function (f) {
    var entry = sessions[f.session];
    if (entry && f.side === "buyer") entry.list.markRead(f.seq);
  });

  client.on("presence", function (f) {
    root.dataset.presence = f.state;
    var radio = document.querySelector('input[name="presence"][value="' + f.state + '"]');
    if (radio) radio.checked = true;
  });

  client.on("rated", function (f) {
    var entry = sessions[f.session];
    if (entry) entry.data.rating = f.score;
  });

  // Phrases a supervisor (or the agent elsewhere) changed: ask for them again.
  var phrasesAsked = 0;
  function refreshPhrases() {
    var asked = ++phrasesAsked; // only the latest answer is shown
    fetch(state.urls.phrases, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (asked !== phrasesAsked) return;
        state.phrases = data.phrases;
        renderPhrases();
      }, function () {});
  }
  client.on("phrases", refreshPhrases);

  // Store notices (sanctions, points, metrics): live, kept until dismissed.
  var DISMISSED_KEY = "csc-dismissed-notices-" + state.me;
  function dismissed() {
    try { return JSON.parse(localStorage.getItem(DISMISSED_KEY) || "[]"); } catch (e) { return []; }
  }
  function dismiss(node) {
    var ids = dismissed();
    ids.push(Number(node.dataset.notice));
    localStorage.setItem(DISMISSED_KEY, JSON.stringify(ids.slice(-50)));
    node.parentNode.removeChild(node);
  }
  function noticeNode(f) {
    var node = el("div", "store-notice notice-" + (f.level || "info"));
    node.dataset.notice = f.id || 0;
    node.appendChild(el("span", "notice-text", f.text));
    node.appendChild(document.createTextNode(" "));
    node.appendChild(el("time", "muted small", f.created_at ? csc.dateTime(f.created_at).slice(5) : ""));
    node.appendChild(document.createTextNode(" "));
    var button = el("button", "notice-dismiss link-btn", _("知道了"));
    button.type = "button";
    node.appendChild(button);
    return node;
  }
  Array.prototype.forEach.call(document.querySelectorAll("#store-notices [data-notice]"), function (node) {
    if (dismissed().indexOf(Number(node.dataset.notice)) >= 0) node.parentNode.removeChild(node);
  });
  $("store-notices").addEventListener("click", function (e) {
    var node = e.target.closest(".notice-dismiss") && e.target.closest("[data-notice]");
    if (node) dismiss(node);
  });
  client.on("notice", function (f) {
    var box = $("store-notices");
    // Shown already, or dismissed: the socket replays recent notices when it connects.
    if (f.id && (box.querySelector('[data-notice="' + f.id + '"]') || dismissed().indexOf(f.id) >= 0)) return;
    box.insertBefore(noticeNode(f), box.firstChild);
    while (box.children.length > 5) box.removeChild(box.lastChild);
    notify(_("店铺通知"), f.text);
  });

  client.on("error", function (f) {
    var entry = findPending(f.ref);
    if (f.failed && entry) entry.list.fail(f.ref, f.message);
    if (f.retrying) { composerError.textContent = _("网络繁忙，正在重试发送…"); return; }
    if (f.ref === "transfer" && $("transfer-dialog").open) { $("transfer-error").textContent = f.message; return; }
    composerError.textContent = f.message;
  });

  // Composer and quick phrases ---------------------------------------------------

  function submit() {
    if (!selected) return;
    var result = client.sendText(selected.data.id, input.value);
    if (result.error) { composerError.textContent = result.error; return; }
    composerError.textContent = "";
    selected.list.addPending(result.entry, { sender_kind: "agent" });
    input.value = "";
    input.dispatchEvent(new Event("input"));
    hidePopup();
  }

  composer.addEventListener("submit", function (e) { e.preventDefault(); submit(); });

  function slashQuery() {
    var before = input.value.slice(0, input.selectionStart);
    var match = before.match(/(^|\s)\/([^\s/]*)$/);
    return match ? match[2] : null;
  }

  function phraseMatches(query) {
    var q = query.toLowerCase();
    return state.phrases.filter(function (p) {
      return !q || (p.shortcut || "").toLowerCase().indexOf(q) === 0 || p.text.toLowerCase().indexOf(q) >= 0;
    }).slice(0, 8);
  }

  function hidePopup() { $("phrase-popup").hidden = true; popupMatches = []; }

  function showPopup(query) {
    var ul = $("phrase-popup");
    popupMatches = phraseMatches(query);
    ul.textContent = "";
    if (!popupMatches.length) { hidePopup(); return; }
    popupIndex = Math.min(popupIndex, popupMatches.length - 1);
    popupMatches.forEach(function (p, i) {
      var li = el("li", i === popupIndex ? "active" : "");
      li.setAttribute("role", "option");
      if (p.shortcut) li.appendChild(el("code", "", "/" + p.shortcut));
      li.appendChild(el("span", "", p.text));
      if (p.shared) li.appendChild(el("span", "badge", _("店铺")));
      li.addEventListener("mousedown", function (e) { e.preventDefault(); insertFromSlash(p); });
      ul.appendChild(li);
    });
    ul.hidden = false;
  }

  function insertFromSlash(phrase) {
    var caret = input.selectionStart;
    var before = input.value.slice(0, caret).replace(/\/[^\s/]*$/, "");
    input.value = before + phrase.text + input.value.slice(caret);
    var at = before.length + phrase.text.length;
    input.setSelectionRange(at, at);
    hidePopup();
    input.dispatchEvent(new Event("input"));
    input.focus();
  }

  function insertAtCaret(text) {
    var start = input.selectionStart, end = input.selectionEnd;
    input.value = input.value.slice(0, start) + text + input.value.slice(end);
    input.setSelectionRange(start + text.length, start + text.length);
    input.dispatchEvent(new Event("input"));
    input.focus();
  }

  input.addEventListener("keydown", function (e) {
    if (!$("phrase-popup").hidden && popupMatches.length) {
      if (e.key === "ArrowDown" || e.key === "ArrowUp") {
        e.preventDefault();
        popupIndex = (popupIndex + (e.key === "ArrowDown" ? 1 : popupMatches.length - 1)) % popupMatches.length;
        showPopup(slashQuery() || "");
        return;
      }
      if (e.key === "Enter" || e.key === "Tab") {
        e.preventDefault();
        insertFromSlash(popupMatches[popupIndex]);
        return;
      }
      if (e.key === "Escape") { hidePopup(); return; }
    }
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });

  input.addEventListener("input", function () {
    var query = slashQuery();
    if (query === null) hidePopup();
    else { popupIndex = 0; showPopup(query); }
    var now = Date.now();
    if (selected && input.value && now - lastTypingSent > 2000) {
      lastTypingSent = now;
      client.send({ type: "typing", session: selected.data.id });
    }
  });
  input.addEventListener("blur", function () { setTimeout(hidePopup, 150); });

  csc.bindCounter(input, $("counter"), function (n) {
    $("btn-send").disabled = n > csc.MAX_TEXT;
    if (n > csc.MAX_TEXT) composerError.textContent = csc.checkText(input.value);
  });

  function renderPhrases() {
    var ul = $("phrase-list");
    var shownPhrases = state.phrases.filter(function (p) { return p.shared === (phraseScope === "shared"); });
    // Unchanged (the fetch after every connect), the buttons stay: one
    // replaced between a press and its release would lose the click.
    var shown = JSON.stringify(shownPhrases);
    if (ul.dataset.shown === shown) return;
    ul.dataset.shown = shown;
    ul.textContent = "";
    shownPhrases.forEach(function (p) {
      var li = el("li");
      var button = el("button", "phrase");
      button.type = "button";
      if (p.shortcut) button.appendChild(el("code", "", "/" + p.shortcut));
      button.appendChild(el("span", "", p.text));
      if (p.purpose !== "general") li.classList.add("purpose-" + p.purpose);
      button.addEventListener("click", function () { insertAtCaret(p.text); });
      li.appendChild(button);
      ul.appendChild(li);
    });
    if (!ul.children.length) ul.appendChild(el("li", "muted", _("暂无短语")));
  }

  Array.prototype.forEach.call(document.querySelectorAll("[data-phrases]"), function (b) {
    b.addEventListener("click", function () {
      phraseScope = b.dataset.phrases;
      document.querySelectorAll("[data-phrases]").forEach(function (x) { x.classList.toggle("active", x === b); });
      renderPhrases();
    });
  });

  // Lists, presence and session actions -------------------------------------------

  Array.prototype.forEach.call(document.querySelectorAll(".list-tabs [data-tab]"), function (b) {
    b.addEventListener("click", function () {
      tab = b.dataset.tab;
      document.querySelectorAll(".list-tabs [data-tab]").forEach(function (x) { x.classList.toggle("active", x === b); });
      renderList();
    });
  });

  $("session-list").addEventListener("click", function (e) {
    var li = e.target.closest(".session-item");
    if (li) select(Number(li.dataset.id));
  });
  $("session-list").addEventListener("keydown", function (e) {
    var li = e.target.closest(".session-item");
    if (li && e.key === "Enter") select(Number(li.dataset.id));
  });

  Array.prototype.forEach.call(document.querySelectorAll('input[name="presence"]'), function (radio) {
    radio.addEventListener("change", function () {
      sessionStorage.setItem(PRESENCE_KEY, radio.value);
      client.send({ type: "presence", state: radio.value });
    });
  });

  $("btn-pickup").addEventListener("click", function () {
    if (selected) client.send({ type: "pickup", session: selected.data.id });
  });
  // Narrow screens: back to the list (phones) and the side panel (tablets).
  function showSide(open) {
    root.classList.toggle("side-open", open);
    $("btn-side").setAttribute("aria-expanded", open ? "true" : "false");
    if (open) $("btn-side-close").focus();
  }
  $("btn-back").addEventListener("click", function () {
    root.classList.remove("conv-open");
    showSide(false);
    var item = selected && document.querySelector('.session-item[data-id="' + selected.data.id + '"]');
    if (item) item.focus();
  });
  $("btn-side").addEventListener("click", function () { showSide(!root.classList.contains("side-open")); });
  $("btn-side-close").addEventListener("click", function () { showSide(false); $("btn-side").focus(); });
  root.addEventListener("keydown", function (e) {
    if (e.key === "Escape" && root.classList.contains("side-open")) { showSide(false); $("btn-side").focus(); }
  });

  $("btn-close").addEventListener("click", function () {
    if (selected && window.confirm(_("结束后将自动发送店铺结束语，确定结束会话吗？"))) {
      client.send({ type: "close", session: selected.data.id });
    }
  });
  // The list is asked for when the dialog opens: colleagues' presence now,
  // not as it was when the console loaded. Only online colleagues take a
  // transfer; the others are listed, greyed, with why.
  var PRESENCE = { online: _("在线"), busy: _("忙碌"), away: _("离开"), offline: _("离线") };
  function fillTransferList(agents) {
    var pick = $("transfer-agent");
    pick.textContent = "";
    var available = 0;
    agents.forEach(function (a) {
      var online = a.presence === "online";
      var label = a.name + " · " + (PRESENCE[a.presence] || a.presence);
      var option = el("option", "", online ? label : csc.fmt(_("%(label)s（不在线，无法转接）"), { label: label }, true));
      option.value = a.id;
      option.disabled = !online;
      if (online) available += 1;
      pick.appendChild(option);
    });
    var firstOnline = pick.querySelector("option:not([disabled])");
    if (firstOnline) firstOnline.selected = true; else pick.value = "";
    $("transfer-error").textContent = available ? "" : _("目前没有在线的同事可以转接。");
    $("transfer-submit").disabled = !available;
  }
  $("btn-transfer").addEventListener("click", function () {
    $("transfer-note").value = "";
    fillTransferList(state.agents);
    $("transfer-dialog").showModal();
    fetch(state.urls.colleagues, { credentials: "same-origin" })
      .then(function (r) { return r.json(); })
      .then(function (data) { state.agents = data.agents; fillTransferList(data.agents); })
      .catch(function () { /* keep the list as loaded */ });
  });
  $("transfer-cancel").addEventListener("click", function () { $("transfer-dialog").close(); });
  $("transfer-form").addEventListener("submit", function (e) {
    e.preventDefault();
    if (!selected || !$("transfer-agent").value) { $("transfer-error").textContent = _("请选择要转接的客服"); return; }
    client.send({
      type: "transfer",
      session: selected.data.id,
      agent: Number($("transfer-agent").value),
      note: $("transfer-note").value.trim(),
    });
    $("transfer-dialog").close();
  });

  $("btn-image").addEventListener("click", function () { $("image-input").click(); });
  $("image-input").addEventListener("change", function () {
    var file = this.files[0];
    this.value = "";
    if (!selected) return;
    var problem = csc.checkImage(file);
    if (problem) { composerError.textContent = problem; return; }
    composerError.textContent = "";
    var entry = selected;
    client.uploadImage(entry.data.id, file, state.urls.images, function (pending) {
      entry.list.addPending(pending, { sender_kind: "agent" });
    }).then(function (result) {
      if (result.error && result.entry) entry.list.fail(result.entry.client_msg_id, result.error);
      composerError.textContent = result.error || "";
    });
  });

  document.addEventListener("visibilitychange", sendRead);
  window.addEventListener("focus", sendRead);
  window.addEventListener("offline", function () { client.drop(); });
  window.addEventListener("online", function () { if (!client.isOpen()) { client.attempt = 1; client.connect(); } });

  state.sessions.forEach(function (s) { ensure(s); });
  renderList();
  renderPhrases();
  window.cscConsole = { client: client, sessions: sessions, select: select };
  client.connect();
})();
