/* The buyer's chat panel on a store page. */
(function () {
  "use strict";
  var csc = window.csc, _ = csc._, el = csc.el;
  var state = JSON.parse(document.getElementById("buyer-state").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var input = $("input"), composer = $("composer"), composerError = $("composer-error");
  var ratingForm = $("rating"), closedBar = $("closed-bar");
  var STATE_LABELS = {
    robot: _("机器人接待"), queued: _("排队中"), active: _("人工接待中"), closed: _("已结束"),
  };
  var SCORE_LABELS = { 5: _("非常满意"), 4: _("满意"), 3: _("一般"), 2: _("不满意"), 1: _("非常不满意") };

  var current = null;
  var awaitingOpen = false;
  var lastReadSent = 0;
  var lastTypingSent = 0;
  var typingTimer = null;
  var sendWhenReady = false; // Enter pressed before the session was open

  var REPORTABLE = { agent: true, assist: true, robot: true };
  var list = new csc.MessageList($("messages"), {
    mine: function (m) { return m.sender_kind === "buyer"; },
    onRender: function (li, m) {
      if (m && m.id && REPORTABLE[m.sender_kind] && m.kind !== "note") addReportButton(li, m);
      scrollDown();
    },
  });

  function addReportButton(li, m) {
    var button = el("button", "link-btn report-btn", _("举报"));
    button.type = "button";
    button.setAttribute("data-report-message", m.id);
    button.setAttribute("data-excerpt", m.kind === "image" ? _("[图片]") : (m.body || "").slice(0, 60));
    button.setAttribute("aria-label", _("举报这条消息"));
    li.querySelector(".msg-meta").appendChild(button);
  }

  var client = new csc.ChatClient({
    userId: state.me,
    onConnect: function () {
      if (!current) openSession();
    },
  });

  function scrollDown() {
    var box = $("messages");
    box.scrollTop = box.scrollHeight;
  }

  function showError(text) {
    composerError.textContent = text || "";
    composerError.classList.toggle("info", false);
  }

  function showInfo(text) {
    composerError.textContent = text || "";
    composerError.classList.toggle("info", !!text);
  }

  function openSession() {
    awaitingOpen = true;
    client.send({ type: "open", store: state.store });
  }

  function setSession(s) {
    if (!current || current.id !== s.id) {
      list.clear();
      lastReadSent = 0;
      current = s;
      var tracked = client.track(s.id);
      if (!tracked.subscribed) {
        tracked.subscribed = true;
        if (!awaitingOpen) client.subscribe(s.id, 0);
      }
      restorePending();
    }
    awaitingOpen = false;
    current = s;
    renderSession();
    if (sendWhenReady && current.state !== "closed") {
      sendWhenReady = false;
      if (input.value.trim()) submit();
    }
  }

  function restorePending() {
    client.pending(current.id).forEach(function (entry) {
      list.addPending(entry, { sender_kind: "buyer", sender_name: "" });
    });
  }

  function renderSession() {
    var badge = $("session-state");
    badge.hidden = false;
    badge.textContent = STATE_LABELS[current.state] || current.state;
    badge.className = "badge state-" + current.state;
    $("agent-name").textContent = current.agent_name ? _("客服：") + current.agent_name : "";
    $("btn-human").hidden = current.state !== "robot";
    $("btn-report-session").hidden = false;
    $("btn-report-session").setAttribute("data-report-session", current.id);
    var closed = current.state === "closed";
    composer.hidden = closed;
    closedBar.hidden = !closed;
    ratingForm.hidden = !closed;
    if (closed) showRating(current.rating ? { score: current.rating, comment: current.rating_comment } : null);
  }

  // True while the buyer has changed the form since it last showed a saved
  // rating: a "rated" frame arriving then (the reply and the broadcast of one
  // rating come separately) updates the status line but must not undo the
  // choice the buyer is about to submit.
  var ratingEdited = false;
  ratingForm.addEventListener("input", function () { ratingEdited = true; });
  ratingForm.addEventListener("change", function () { ratingEdited = true; });

  function showRating(rating) {
    var score = rating && typeof rating === "object" ? rating.score : rating;
    var comment = rating && typeof rating === "object" ? rating.comment : null;
    if (score) {
      if (!ratingEdited) {
        var radio = ratingForm.querySelector('input[value="' + score + '"]');
        if (radio) radio.checked = true;
        if (comment !== null && comment !== undefined) ratingForm.comment.value = comment;
      }
      $("rating-status").textContent = csc.fmt(_("已评价：%(label)s，可修改后再次提交"), { label: SCORE_LABELS[score] }, true);
      ratingForm.querySelector("button").textContent = _("修改评价");
      ratingForm.classList.add("rated");
    }
  }

  function sendRead() {
    if (!current || document.visibilityState !== "visible") return;
    var seq = client.track(current.id).lastSeq;
    if (seq > lastReadSent) {
      lastReadSent = seq;
      client.send({ type: "read", session: current.id, seq: seq });
    }
  }

  function forCurrent(frame) {
    return current && frame.session === current.id;
  }

  client.on("state", function (f) { csc.showConnection($("conn"), f.state); });

  client.on("session", function (f) {
    var s = f.session;
    if (!s || s.store !== state.store) return;
    if (current && s.id !== current.id && !awaitingOpen && current.state !== "closed") return;
    if (current && s.id === current.id && csc.isStaleSummary(s, current)) return;
    setSession(s);
  });

  client.on("history", function (f) {
    if (!forCurrent(f)) return;
    (f.messages || []).forEach(function (m) {
      list.upsert(m);
      client.seen(f.session, m.seq);
    });
    client.seen(f.session, f.last_seq);
    list.markRead(f.agent_read_seq || 0);
    csc.restoreExplanations($("messages"), f.session);
    sendRead();
  });

  client.on("message", function (f) {
    if (!forCurrent(f)) return;
    var m = f.message;
    list.upsert(m);
    client.seen(f.session, m.seq);
    if (m.seq && m.seq > (current.last_seq || 0)) current.last_seq = m.seq;
    if (m.sender_kind !== "buyer") {
      $("typing").hidden = true;
      sendRead();
    }
  });

  client.on("ack", function (f) {
    var li = list.acknowledge(f);
    var note = csc.violationNote(f);
    if (li && note && !li.querySelector(".violation")) {
      li.appendChild(note);
      scrollDown();
    }
    if (f.message && f.message.seq) client.seen(current && current.id, f.message.seq);
  });

  client.on("typing", function (f) {
    if (!forCurrent(f) || f.side !== "agent") return;
    $("typing").hidden = false;
    clearTimeout(typingTimer);
    typingTimer = setTimeout(function () { $("typing").hidden = true; }, 3000);
  });

  client.on("read", function (f) {
    if (forCurrent(f) && f.side === "agent") list.markRead(f.seq);
  });

  // The reply to a rating and its broadcast arrive separately; a frame older
  // than the rating already shown (a lower row id) is dropped.
  var lastRating = 0;
  client.on("rated", function (f) {
    if (!forCurrent(f)) return;
    if (f.rating < lastRating) return;
    lastRating = f.rating;
    $("rating-error").textContent = "";
    current.rating = { score: f.score, comment: f.comment };
    showRating(current.rating);
  });

  client.on("notice", function (f) {
    var box = $("chat-notices");
    var item = el("div", "notice notice-" + (f.level || "info"), f.text);
    box.appendChild(item);
    while (box.children.length > 3) box.removeChild(box.firstChild);
  });

  client.on("error", function (f) {
    if (f.failed) {
      list.fail(f.ref, f.message);
      showError(f.message);
    } else if (f.retrying) {
      showInfo(_("网络繁忙，正在重试发送…"));
    } else if (f.ref === "rate") {
      $("rating-error").textContent = f.message;
    } else {
      showError(f.message);
    }
  });

  function submit() {
    if (!current) {
      // Kept in the box and sent as soon as the session is open (setSession).
      sendWhenReady = true;
      showInfo(_("正在连接客服，会话就绪后自动发送"));
      return;
    }
    if (current.state === "closed") {
      showError(_("会话已结束，请开始新的咨询"));
      return;
    }
    var result = client.sendText(current.id, input.value);
    if (result.error) {
      showError(result.error);
      return;
    }
    showError("");
    list.addPending(result.entry, { sender_kind: "buyer", sender_name: "" });
    input.value = "";
    input.dispatchEvent(new Event("input"));
    input.focus();
  }

  composer.addEventListener("submit", function (e) { e.preventDefault(); submit(); });
  input.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      submit();
    }
  });
  input.addEventListener("input", function () {
    var now = Date.now();
    if (current && current.state !== "closed" && input.value && now - lastTypingSent > 2000) {
      lastTypingSent = now;
      client.send({ type: "typing", session: current.id });
    }
  });
  csc.bindCounter(input, $("counter"), function (n) {
    $("btn-send").disabled = n > csc.MAX_TEXT;
    if (n > csc.MAX_TEXT) showError(csc.checkText(input.value));
    else if (composerError.textContent && !composerError.classList.contains("info")) showError("");
  });

  $("btn-image").addEventListener("click", function () { $("image-input").click(); });
  $("image-input").addEventListener("change", function () {
    var file = this.files[0];
    this.value = "";
    if (!current) return;
    var problem = csc.checkImage(file);
    if (problem) { showError(problem); return; }
    showInfo("");
    client.uploadImage(current.id, file, state.urls.images, function (entry) {
      list.addPending(entry, { sender_kind: "buyer", sender_name: "" });
    }).then(function (result) {
      if (result.error) {
        if (result.entry) list.fail(result.entry.client_msg_id, result.error);
        showError(result.error);
      }
    });
  });

  $("btn-human").addEventListener("click", function () {
    if (current) client.send({ type: "human", session: current.id });
  });

  $("btn-new").addEventListener("click", function () {
    openSession();
  });

  ratingForm.addEventListener("submit", function (e) {
    e.preventDefault();
    var picked = ratingForm.querySelector('input[name="score"]:checked');
    if (!picked) { $("rating-error").textContent = _("请选择满意度"); return; }
    var comment = ratingForm.comment.value.trim();
    if (comment.length > 500) { $("rating-error").textContent = _("评价内容最多 500 字"); return; }
    $("rating-error").textContent = "";
    ratingEdited = false;
    client.send({ type: "rate", session: current.id, score: Number(picked.value), comment: comment });
  });

  document.addEventListener("visibilitychange", sendRead);
  window.addEventListener("focus", sendRead);
  window.addEventListener("offline", function () { client.drop(); });
  window.addEventListener("online", function () {
    if (!client.isOpen()) { client.attempt = 1; client.connect(); }
  });

  window.cscBuyer = { client: client, list: list, current: function () { return current; } };
  if (!state.chat_open) {
    // The page says why (#store-status); there is no session to open.
    composer.hidden = true;
    $("messages").hidden = true;
    $("conn").hidden = true;
  } else {
    client.connect();
  }
})();
