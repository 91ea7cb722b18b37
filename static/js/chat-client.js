/* csc chat protocol client (docs/protocol.md), shared by the buyer page and the
 * agent console. Exactly-once sending: every send gets a client_msg_id and stays in
 * an outbox (also in sessionStorage) until the server's ack; after a reconnect the
 * client re-sends the outbox and re-subscribes from the last seq it has shown.
 * Message text is always rendered with textContent, never innerHTML. */
(function (global) {
  "use strict";

  var _ = global.gettext || function (s) { return s; };
  var fmt = global.interpolate || function (s, args, named) {
    return s.replace(/%\((\w+)\)s/g, function (m, k) { return args[k]; });
  };

  var MAX_TEXT = 2000;
  var MAX_IMAGE = 5 * 1024 * 1024;
  var IMAGE_TYPES = ["image/png", "image/jpeg", "image/webp", "image/gif"];
  var RETRY_CODES = { unavailable: true, throttled: true };

  function uuid4() {
    if (global.crypto && global.crypto.randomUUID) return global.crypto.randomUUID();
    var b = new Uint8Array(16);
    global.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  function cookie(name) {
    var m = document.cookie.match(new RegExp("(?:^|; )" + name + "=([^;]*)"));
    return m ? decodeURIComponent(m[1]) : "";
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /* Times are the platform's (Asia/Shanghai), whatever the browser's zone is:
   * buyers, agents and auditors must read the same clock. */
  var TIME_ZONE = "Asia/Shanghai";
  var clockFormat = new Intl.DateTimeFormat("zh-CN", {
    timeZone: TIME_ZONE, hour: "2-digit", minute: "2-digit", second: "2-digit",
    hourCycle: "h23"
  });
  var dateTimeFormat = new Intl.DateTimeFormat("zh-CN", {
    timeZone: TIME_ZONE, year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23"
  });

  function clock(iso) {
    var d = new Date(iso);
    if (isNaN(d)) return "";
    return clockFormat.format(d);
  }

  function dateTime(iso) {
    var d = new Date(iso);
    if (isNaN(d)) return "";
    return dateTimeFormat.format(d);
  }

  /* Client-side checks mirror the server's so the user learns at once; the server
   * still decides. Returns an error string or "". */
  function checkText(text) {
    var trimmed = (text || "").trim();
    if (!trimmed) return _("消息不能为空");
    if (trimmed.length > MAX_TEXT) {
      return fmt(_("消息最多 %(max)s 字，当前 %(n)s 字，请删减后再发送"), { max: MAX_TEXT, n: trimmed.length }, true);
    }
    return "";
  }

  function checkImage(file) {
    if (!file) return _("请选择图片");
    if (IMAGE_TYPES.indexOf(file.type) < 0) return _("只支持 PNG、JPEG、WebP、GIF 格式的图片");
    if (file.size > MAX_IMAGE) return _("图片不能超过 5 MB");
    return "";
  }

  var SENDER_LABELS = {
    system: function () { return _("系统"); },
    robot: function () { return _("机器人"); },
    assist: function () { return _("智能辅助"); },
  };

  function ChatClient(options) {
    this.url = options.url || ((location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/chat/");
    this.storageKey = "csc-outbox-" + (options.userId || "anon");
    this.handlers = {};
    this.sessions = {}; // id -> {lastSeq, subscribed}
    this.outbox = this._loadOutbox();
    this.ws = null;
    this.state = "connecting";
    this.attempt = 0;
    this.stopped = false;
    this.onConnect = options.onConnect || function () {};
    this.retryTimer = null;
  }

  ChatClient.prototype.on = function (type, fn) {
    (this.handlers[type] = this.handlers[type] || []).push(fn);
    return this;
  };

  ChatClient.prototype.emit = function (type, data) {
    (this.handlers[type] || []).forEach(function (fn) { fn(data); });
    (this.handlers["*"] || []).forEach(function (fn) { fn(data); });
  };

  ChatClient.prototype._setState = function (state) {
    this.state = state;
    this.emit("state", { type: "state", state: state });
  };

  ChatClient.prototype.connect = function () {
    var self = this;
    if (this.stopped) return;
    clearTimeout(this.retryTimer);
    if (this.ws && this.ws.readyState <= WebSocket.OPEN) return;
    this._setState(this.attempt ? "reconnecting" : "connecting");
    var ws;
    try {
      ws = new WebSocket(this.url);
    } catch (e) {
      this._scheduleReconnect();
      return;
    }
    this.ws = ws;
    ws.onopen = function () {
      self.attempt = 0;
      self._setState("connected");
      // Re-send first: the acks then arrive before any history that holds the same
      // messages, so a message is never shown twice while its ack is in flight.
      self._flushOutbox();
      Object.keys(self.sessions).forEach(function (id) {
        var s = self.sessions[id];
        if (s.subscribed) self._send({ type: "subscribe", session: Number(id), after_seq: s.lastSeq });
      });
      self.onConnect(self);
    };
    ws.onmessage = function (event) {
      var frame;
      try { frame = JSON.parse(event.data); } catch (e) { return; }
      if (frame && typeof frame.type === "string") self._receive(frame);
    };
    ws.onclose = function (event) {
      if (self.ws !== ws) return;
      self.ws = null;
      var final = { 4401: "unauthenticated", 4403: "forbidden", 4429: "too_many" };
      if (final[event.code]) {
        self.stopped = true;
        self._setState(final[event.code]);
        return;
      }
      self._scheduleReconnect();
    };
    ws.onerror = function () { /* onclose follows */ };
  };

  ChatClient.prototype._scheduleReconnect = function () {
    var self = this;
    if (this.stopped) return;
    this.attempt += 1;
    this._setState("reconnecting");
    var delay = Math.min(10000, 500 * Math.pow(2, this.attempt - 1)) * (0.75 + Math.random() * 0.5);
    clearTimeout(this.retryTimer);
    this.retryTimer = setTimeout(function () { self.connect(); }, delay);
  };

  /* Drop the socket (tests and the offline handler use it) and reconnect as
   * usual, at once: a socket closed while the network is down may never finish
   * its closing handshake, and its onclose (ignored from here on) could come
   * only after Chromium's closing timeout, with the page saying "connected". */
  ChatClient.prototype.drop = function () {
    var ws = this.ws;
    if (!ws) return;
    this.ws = null;
    try { ws.close(); } catch (e) { /* already closing */ }
    this._scheduleReconnect();
  };

  ChatClient.prototype.isOpen = function () {
    return !!this.ws && this.ws.readyState === WebSocket.OPEN;
  };

  ChatClient.prototype._send = function (frame) {
    if (!this.isOpen()) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  };

  ChatClient.prototype.send = function (frame) { return this._send(frame); };

  ChatClient.prototype.track = function (sessionId, lastSeq) {
    var s = this.sessions[sessionId];
    if (!s) s = this.sessions[sessionId] = { lastSeq: 0, subscribed: false };
    if (lastSeq !== undefined && lastSeq > s.lastSeq) s.lastSeq = lastSeq;
    return s;
  };

  ChatClient.prototype.subscribe = function (sessionId, afterSeq) {
    var s = this.track(sessionId);
    s.subscribed = true;
    this._send({ type: "subscribe", session: sessionId, after_seq: afterSeq === undefined ? s.lastSeq : afterSeq });
  };

  ChatClient.prototype.seen = function (sessionId, seq) {
    if (typeof seq === "number") this.track(sessionId, seq);
  };

  // Outbox ------------------------------------------------------------------

  ChatClient.prototype._loadOutbox = function () {
    try {
      var list = JSON.parse(sessionStorage.getItem(this.storageKey) || "[]");
      return Array.isArray(list) ? list : [];
    } catch (e) {
      return [];
    }
  };

  ChatClient.prototype._saveOutbox = function () {
    try { sessionStorage.setItem(this.storageKey, JSON.stringify(this.outbox)); } catch (e) { /* full */ }
  };

  ChatClient.prototype.pending = function (sessionId) {
    return this.outbox.filter(function (entry) { return entry.session === sessionId; });
  };

  ChatClient.prototype.sendText = function (sessionId, text) {
    var problem = checkText(text);
    if (problem) return { error: problem };
    var entry = {
      client_msg_id: uuid4(),
      session: sessionId,
      text: text.trim(),
      created_at: new Date().toISOString(),
    };
    this.outbox.push(entry);
    this._saveOutbox();
    this._send({ type: "send", session: sessionId, client_msg_id: entry.client_msg_id, text: entry.text });
    return { entry: entry };
  };

  ChatClient.prototype._flushOutbox = function () {
    var self = this;
    this.outbox.forEach(function (entry) {
      self._send({ type: "send", session: entry.session, client_msg_id: entry.client_msg_id, text: entry.text });
    });
  };

  ChatClient.prototype._settle = function (clientMsgId) {
    var before = this.outbox.length;
    this.outbox = this.outbox.filter(function (e) { return e.client_msg_id !== clientMsgId; });
    if (this.outbox.length !== before) this._saveOutbox();
  };

  /* Upload an image; `onChecking(entry)` is called at once with a pending entry
   * (its local preview in `image_url`) to show while the server reads it. */
  ChatClient.prototype.uploadImage = function (sessionId, file, template, onChecking) {
    var self = this;
    var problem = checkImage(file);
    if (problem) return Promise.resolve({ error: problem });
    var clientMsgId = uuid4();
    var entry = {
      client_msg_id: clientMsgId,
      session: sessionId,
      created_at: new Date().toISOString(),
      image_url: window.URL && URL.createObjectURL ? URL.createObjectURL(file) : "",
    };
    if (onChecking) onChecking(entry);
    var body = new FormData();
    body.append("image", file);
    body.append("client_msg_id", clientMsgId);
    var url = template.replace("/0/", "/" + sessionId + "/");
    return fetch(url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": cookie("csrftoken") },
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (response.ok && data && data.id) {
          data.type = "ack";
          data.client_msg_id = data.client_msg_id || clientMsgId;
          data.session = sessionId;
          self.emit("ack", data);
          return { ack: data };
        }
        var message = (data && (data.message || (data.error && data.error.message) || data.detail)) ||
          fmt(_("图片发送失败（%(status)s）"), { status: response.status }, true);
        return { error: message, entry: entry };
      });
    }, function () {
      return { error: _("网络异常，图片未发送，请重试"), entry: entry };
    });
  };

  // Incoming ------------------------------------------------------------------

  ChatClient.prototype._receive = function (frame) {
    var self = this;
    if (frame.type === "ack") {
      this._settle(frame.client_msg_id);
      if (frame.message && frame.message.seq) this.seen(frame.message.session || frame.session, frame.message.seq);
    } else if (frame.type === "error") {
      var ref = frame.ref;
      var inOutbox = this.outbox.some(function (e) { return e.client_msg_id === ref; });
      if (inOutbox && RETRY_CODES[frame.code]) {
        setTimeout(function () {
          self.outbox.forEach(function (e) {
            if (e.client_msg_id === ref) self._send({ type: "send", session: e.session, client_msg_id: e.client_msg_id, text: e.text });
          });
        }, frame.code === "throttled" ? 1500 : 3000);
        frame.retrying = true;
      } else if (inOutbox) {
        this._settle(ref);
        frame.failed = true;
      }
    }
    this.emit(frame.type, frame);
  };

  /* A message list that keeps one node per message, in seq order, whatever the
   * order of arrival; pending sends sit at the end until their ack. */
  function MessageList(container, options) {
    this.container = container;
    this.mine = options.mine; // function(message) -> bool
    this.onRender = options.onRender || function () {};
    this.byId = {};
    this.pendingNodes = {};
    this.readSeq = 0;
  }

  MessageList.prototype.clear = function () {
    this.container.textContent = "";
    this.byId = {};
    this.pendingNodes = {};
    this.readSeq = 0;
  };

  MessageList.prototype.ids = function () { return Object.keys(this.byId); };

  MessageList.prototype._node = function (m, pending) {
    var mine = pending ? true : this.mine(m);
    var li = el("li", "msg from-" + (m.sender_kind || "me") + (mine ? " mine" : ""));
    var meta = el("div", "msg-meta");
    // An assist reply is named once, by its badge.
    var label = m.sender_kind === "assist" ? (m.sender_name || "")
      : SENDER_LABELS[m.sender_kind] ? SENDER_LABELS[m.sender_kind]() : (m.sender_name || "");
    if (label) meta.appendChild(el("span", "who", label));
    meta.appendChild(el("time", "", clock(m.created_at)));
    if (m.sender_kind === "assist") meta.appendChild(el("span", "badge assist", _("智能辅助")));
    li.appendChild(meta);
    var bubble = el("div", "bubble");
    if (m.kind === "note") {
      li.classList.add("note");
      meta.appendChild(el("span", "badge note", _("内部备注")));
    }
    if (m.kind === "image" && m.image_url) {
      var img = el("img", "msg-image");
      img.src = m.image_url;
      img.alt = _("图片");
      // A picture gets its height when it loads: keep a list that was at its
      // end at its end, so the newest message stays in view.
      var box = this.container;
      var atEnd = function () { return box.scrollHeight - box.scrollTop - box.clientHeight < 160; };
      var wasAtEnd = true;
      img.addEventListener("load", function () {
        if (wasAtEnd || atEnd()) box.scrollTop = box.scrollHeight;
      });
      setTimeout(function () { wasAtEnd = atEnd(); }, 0);
      var full = el("a", "image-link");
      full.href = m.image_url;
      full.target = "_blank";
      full.rel = "noopener";
      full.title = _("查看原图");
      full.appendChild(img);
      bubble.appendChild(full);
    } else {
      bubble.textContent = m.body || m.text || "";
    }
    li.appendChild(bubble);
    if (mine) li.appendChild(el("div", "msg-status"));
    this._decorate(li, m, pending);
    return li;
  };

  MessageList.prototype._decorate = function (li, m, pending) {
    li.dataset.ts = m.created_at || "";
    if (m.seq) li.dataset.seq = m.seq; else delete li.dataset.seq;
    if (m.id) li.dataset.id = m.id;
    var status = li.querySelector(".msg-status");
    li.classList.toggle("pending", !!pending);
    li.classList.toggle("blocked", m.verdict === "block" || m.status === "blocked");
    li.classList.toggle("masked", m.verdict === "mask" || m.status === "masked");
    // The reader reads the masked text (the other side; `masked` in the
    // frame): say why, without saying what.
    var hidden = !!m.masked;
    var note = li.querySelector(".msg-masked");
    if (hidden && !note) li.appendChild(el("div", "msg-masked", _("部分内容违反平台规则，已隐藏")));
    else if (!hidden && note) note.remove();
    if (!status) return;
    // An image is read for contact details before it is delivered.
    if (pending) status.textContent = m.kind === "image" ? _("检查中…") : _("发送中…");
    else if (m.verdict === "block") status.textContent = _("未发送");
    else status.textContent = m.seq && m.seq <= this.readSeq ? _("已读") : _("未读");
    status.classList.toggle("read", !pending && !!m.seq && m.seq <= this.readSeq);
  };

  MessageList.prototype._place = function (li) {
    var seq = Number(li.dataset.seq || 0);
    var items = this.container.children;
    if (!seq) {
      // Blocked own messages have no seq: they go after everything not newer.
      var ts = li.dataset.ts;
      for (var j = items.length - 1; j >= 0; j--) {
        if (!items[j].classList.contains("pending") && (items[j].dataset.ts || "") <= ts) {
          this.container.insertBefore(li, items[j].nextSibling);
          return;
        }
      }
      this.container.insertBefore(li, this.container.firstChild);
      return;
    }
    for (var i = 0; i < items.length; i++) {
      var other = items[i];
      if (other === li) continue;
      var otherSeq = Number(other.dataset.seq || 0);
      if (other.classList.contains("pending") || (otherSeq && otherSeq > seq)) {
        this.container.insertBefore(li, other);
        return;
      }
    }
    this.container.appendChild(li);
  };

  /* Add or update a stored message; returns true when it was new. */
  MessageList.prototype.upsert = function (m) {
    if (m.client_msg_id && this.pendingNodes[m.client_msg_id]) {
      this.acknowledge({ client_msg_id: m.client_msg_id, id: m.id, seq: m.seq, message: m });
      return true;
    }
    var key = String(m.id);
    var existing = this.byId[key];
    if (existing) {
      this._decorate(existing, m, false);
      return false;
    }
    var li = this._node(m, false);
    this.byId[key] = li;
    this._place(li);
    this.onRender(li, m);
    return true;
  };

  MessageList.prototype.addPending = function (entry, extra) {
    if (this.pendingNodes[entry.client_msg_id]) return;
    var m = { sender_kind: extra.sender_kind, sender_name: extra.sender_name, body: entry.text, created_at: entry.created_at, kind: entry.image_url ? "image" : "text", image_url: entry.image_url };
    var li = this._node(m, true);
    li.dataset.client = entry.client_msg_id;
    this.pendingNodes[entry.client_msg_id] = li;
    this.container.appendChild(li);
    this.onRender(li, m);
  };

  /* An ack turns the pending bubble into the stored message, unless that message
   * already arrived (history after a reconnect), in which case the bubble goes. */
  MessageList.prototype.acknowledge = function (ack) {
    var li = this.pendingNodes[ack.client_msg_id];
    delete this.pendingNodes[ack.client_msg_id];
    var message = ack.message || { id: ack.id, seq: ack.seq, created_at: ack.created_at, body: li ? li.querySelector(".bubble").textContent : "" };
    if (!message.id) message.id = ack.id;
    if (message.seq === undefined) message.seq = ack.seq;
    if (!message.verdict) message.verdict = ack.status === "blocked" ? "block" : ack.status === "masked" ? "mask" : "allow";
    var known = this.byId[String(message.id)];
    if (known) {
      if (li) li.remove();
      this._decorate(known, message, false);
      return known;
    }
    if (!li) {
      this.upsert(message);
      return this.byId[String(message.id)];
    }
    var fresh = this._node(message, false);
    li.replaceWith(fresh);
    this.byId[String(message.id)] = fresh;
    this._place(fresh);
    this.onRender(fresh, message);
    return fresh;
  };

  MessageList.prototype.fail = function (clientMsgId, text) {
    var li = this.pendingNodes[clientMsgId];
    if (!li) return null;
    delete this.pendingNodes[clientMsgId];
    li.classList.remove("pending");
    li.classList.add("failed");
    var status = li.querySelector(".msg-status");
    if (status) status.textContent = _("发送失败");
    li.appendChild(el("div", "msg-error", text));
    return li;
  };

  MessageList.prototype.markRead = function (seq) {
    if (seq <= this.readSeq) return;
    this.readSeq = seq;
    var self = this;
    Array.prototype.forEach.call(this.container.querySelectorAll("li.mine[data-seq]"), function (li) {
      var status = li.querySelector(".msg-status");
      var read = Number(li.dataset.seq) <= self.readSeq;
      if (status && !li.classList.contains("blocked")) {
        status.textContent = read ? _("已读") : _("未读");
        status.classList.toggle("read", read);
      }
    });
  };

  // compliance.rule_texts.HELD_IMAGE_RULE: an image whose text could not be read.
  var HELD_IMAGE_RULE = "image.unread";

  /* The sender's view of a screened message: which words broke which rule (for
   * an image, the words read in it), and the compliant alternative. */
  /* After a reload, the reasons the sender's screened messages were blocked or
   * masked, asked for once per session and shown as the live ack showed them. */
  function restoreExplanations(container, sessionId) {
    if (!container.querySelector("li.mine.blocked, li.mine.masked")) return;
    if (container.dataset.explained === String(sessionId)) return;
    container.dataset.explained = String(sessionId);
    fetch("/api/sessions/" + sessionId + "/explanations/", { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : { acks: [] }; })
      .then(function (data) {
        (data.acks || []).forEach(function (ack) {
          var li = container.querySelector('li.mine[data-id="' + ack.id + '"]');
          var note = violationNote(ack);
          if (li && note && !li.querySelector(".violation")) li.appendChild(note);
        });
      }, function () {});
  }

  function violationNote(ack) {
    var violations = ack.violations || [];
    if (!violations.length && ack.status !== "blocked" && ack.status !== "masked") return null;
    var box = el("div", "violation " + (ack.status === "blocked" ? "is-blocked" : "is-masked"));
    var held = violations.filter(function (v) { return v.rule === HELD_IMAGE_RULE; })[0];
    if (held) {
      box.appendChild(el("div", "violation-title", held.rule_name || _("图片暂未发送，已转人工审核")));
      if (held.suggestion) box.appendChild(el("div", "suggestion", held.suggestion));
      return box;
    }
    box.appendChild(el("div", "violation-title", ack.status === "blocked" ? _("消息未发送：包含违规内容") : _("消息已发送，部分内容已打码")));
    var list = el("ul");
    violations.forEach(function (v) {
      var item = el("li");
      item.appendChild(el("span", "", _("“")));
      item.appendChild(el("mark", "", v.match || ""));
      item.appendChild(el("span", "", fmt(_("”违反了规则：%(rule)s"), { rule: v.rule_name || v.rule || v.category || "" }, true)));
      if (v.joined && v.joined.length) {
        // read with earlier messages of the session: a handle answering "有vx吗"
        item.appendChild(el("span", "joined", " · " + fmt(_("结合此前 %(n)s 条消息"), { n: v.joined.length }, true)));
      }
      if (v.suggestion) {
        item.appendChild(el("br"));
        item.appendChild(el("span", "suggestion-label", _("建议改为：")));
        item.appendChild(el("span", "suggestion", v.suggestion));
      }
      list.appendChild(item);
    });
    if (violations.length) box.appendChild(list);
    if (ack.suggestion) {
      var whole = el("div", "suggestion-whole");
      whole.appendChild(el("span", "suggestion-label", _("合规写法：")));
      whole.appendChild(el("span", "suggestion", ack.suggestion));
      box.appendChild(whole);
    }
    return box;
  }

  var STATE_LABELS = {
    connecting: function () { return _("连接中"); },
    connected: function () { return _("已连接"); },
    reconnecting: function () { return _("重连中"); },
    unauthenticated: function () { return _("未登录"); },
    forbidden: function () { return _("无权使用聊天"); },
    too_many: function () { return _("打开的聊天窗口过多，请关闭其他窗口后刷新"); },
  };

  function showConnection(node, state) {
    node.textContent = STATE_LABELS[state] ? STATE_LABELS[state]() : state;
    node.className = "conn conn-" + state;
    node.dataset.state = state;
  }

  /* A live counter under a textarea: n/2000, red past the limit. */
  function bindCounter(input, counter, onChange) {
    function update() {
      var n = input.value.trim().length;
      counter.textContent = n + "/" + MAX_TEXT;
      counter.classList.toggle("over", n > MAX_TEXT);
      if (onChange) onChange(n);
    }
    input.addEventListener("input", update);
    update();
    return update;
  }

  function lastText(session) {
    var last = session.last_message;
    if (!last) return "";
    if (typeof last === "string") return last;
    if (last.kind === "image") return _("[图片]");
    return last.body || "";
  }

  /* Summaries of one session can arrive out of order (events from two server
   * processes); `version` grows with every change, so a lower one is stale.
   * Without versions (an older server) fall back to last_seq. */
  function isStaleSummary(incoming, known) {
    if (!known) return false;
    if (typeof incoming.version === "number" && typeof known.version === "number") {
      return incoming.version < known.version;
    }
    return (incoming.last_seq || 0) < (known.last_seq || 0);
  }

  global.csc = {
    lastText: lastText,
    isStaleSummary: isStaleSummary,
    ChatClient: ChatClient,
    MessageList: MessageList,
    restoreExplanations: restoreExplanations,
    violationNote: violationNote,
    showConnection: showConnection,
    bindCounter: bindCounter,
    checkText: checkText,
    checkImage: checkImage,
    el: el,
    clock: clock,
    dateTime: dateTime,
    fmt: fmt,
    _: _,
    MAX_TEXT: MAX_TEXT,
  };
})(window);
