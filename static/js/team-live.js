/* The live team view: one `team` frame per change from /ws/team/, drawn with
   textContent only; waits tick locally each second (nothing is polled). */
(function () {
  "use strict";
  const gettext = window.gettext || ((text) => text);
  const rows = document.querySelector("[data-team-rows]");
  const status = document.querySelector("[data-team-status]");
  const first = document.getElementById("team-snapshot");
  if (!rows || !first) return;
  const PRESENCE = {
    online: gettext("在线"),
    busy: gettext("忙碌"),
    away: gettext("离开"),
    offline: gettext("离线"),
  };
  let skew = 0;

  function waited(since) {
    if (!since) return "—";
    const seconds = Math.max(0, Math.floor((Date.now() - skew - Date.parse(since)) / 1000));
    if (seconds < 60) return seconds + " s";
    const minutes = Math.floor(seconds / 60);
    return minutes + " min " + (seconds % 60) + " s";
  }

  function cell(tr, text, className) {
    const td = document.createElement("td");
    td.textContent = text;
    if (className) td.className = className;
    tr.appendChild(td);
    return td;
  }

  function draw(team) {
    skew = Date.now() - Date.parse(team.at);
    document.querySelector("[data-queue-length]").textContent = team.queue.length;
    document.querySelector("[data-queue-wait]").dataset.since = team.queue.since || "";
    rows.replaceChildren();
    team.agents.forEach((agent) => {
      const tr = document.createElement("tr");
      tr.dataset.agent = agent.id;
      tr.dataset.presence = agent.presence;
      cell(tr, agent.name);
      const state = cell(tr, "");
      const badge = document.createElement("span");
      badge.className = "state " + agent.presence;
      badge.textContent = "● " + (PRESENCE[agent.presence] || agent.presence);
      state.appendChild(badge);
      cell(tr, agent.open + " / " + agent.capacity, agent.open >= agent.capacity ? "error" : "");
      cell(tr, agent.waiting);
      const wait = cell(tr, "", "wait");
      wait.dataset.since = agent.longest_wait_since || "";
      rows.appendChild(tr);
    });
    tick();
  }

  function tick() {
    document.querySelectorAll("[data-since]").forEach((node) => {
      node.textContent = waited(node.dataset.since);
    });
  }

  function connect(delay) {
    const url = (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/team/";
    const ws = new WebSocket(url);
    ws.onopen = () => {
      status.textContent = gettext("实时");
      status.dataset.state = "live";
      delay = 1000;
    };
    ws.onmessage = (event) => {
      const frame = JSON.parse(event.data);
      if (frame.type === "team") draw(frame);
    };
    ws.onclose = (event) => {
      status.textContent = gettext("已断开，重连中…");
      status.dataset.state = "closed";
      if (event.code === 4401 || event.code === 4403) {
        status.textContent = gettext("无权查看，请重新登录。");
        return;
      }
      window.setTimeout(() => connect(Math.min(delay * 2, 30000)), delay);
    };
  }

  draw(JSON.parse(first.textContent));
  window.setInterval(tick, 1000);
  connect(1000);
})();
