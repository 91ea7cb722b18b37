/* Metrics pages: trend and ranking charts (vendored Chart.js), live refresh.
   Values from the server are only ever written with textContent. */
(function () {
  "use strict";
  const gettext = window.gettext || ((text) => text);
  const PERCENT = new Set(["no_service", "reply_3min", "dissatisfaction"]);
  const RED = "#dc2626";
  const GREEN = "#15803d";
  const BLUE = "#1e64d6";
  const dataNode = document.getElementById("metrics-data");
  if (!dataNode) return;
  const data = JSON.parse(dataNode.textContent);

  function shown(code, value) {
    if (value === null || value === undefined) return null;
    return PERCENT.has(code) ? Math.round(value * 10000) / 100 : value;
  }

  function unit(code) {
    return PERCENT.has(code) ? "%" : " s";
  }

  function drawTrends() {
    if (!data.daily || typeof Chart === "undefined") return;
    const labels = data.daily.map((r) => r.start.slice(5));
    document.querySelectorAll("canvas[data-trend]").forEach((canvas) => {
      const code = canvas.dataset.trend;
      const cards = data.daily.map((r) => r.cards.find((c) => c.code === code));
      const limit = shown(code, cards[0] ? cards[0].limit : null);
      new Chart(canvas, {
        type: "line",
        data: {
          labels,
          datasets: [
            {
              label: gettext("每日"),
              data: cards.map((c) => shown(code, c.raw)),
              borderColor: BLUE,
              backgroundColor: BLUE,
              pointBackgroundColor: cards.map((c) => (c.passed ? GREEN : RED)),
              pointRadius: 4,
              spanGaps: true,
              tension: 0.2,
            },
            {
              label: gettext("标准"),
              data: labels.map(() => limit),
              borderColor: RED,
              borderDash: [6, 4],
              pointRadius: 0,
            },
          ],
        },
        options: {
          animation: false,
          maintainAspectRatio: true,
          plugins: { legend: { position: "bottom" } },
          scales: {
            y: {
              beginAtZero: true,
              ticks: { callback: (v) => v + unit(code) },
            },
          },
        },
      });
    });
  }

  // The bars are coloured by whether each store meets the standard: the
  // legend says so (and the standard), not one swatch for every bar.
  function rankingLegend(code, limit) {
    const item = (text, colour) => ({
      text: text,
      fillStyle: colour,
      strokeStyle: colour,
      lineWidth: 0,
      hidden: false,
      datasetIndex: 0,
    });
    const items = [item(gettext("达标"), GREEN), item(gettext("未达标"), RED)];
    if (limit !== null) {
      items.push(item(`${gettext("标准")} ${limit}${unit(code)}`, "rgba(0, 0, 0, 0)"));
    }
    return items;
  }

  function drawRankings() {
    if (!data.tables || typeof Chart === "undefined") return;
    document.querySelectorAll("canvas[data-ranking]").forEach((canvas) => {
      const code = canvas.dataset.ranking;
      const rows = data.tables[code] || [];
      const limit = shown(code, data.limits ? data.limits[code] : null);
      new Chart(canvas, {
        type: "bar",
        data: {
          labels: rows.map((r) => r.store),
          datasets: [
            {
              label: gettext("数值") + (limit === null ? "" : ` (${gettext("标准")} ${limit}${unit(code)})`),
              data: rows.map((r) => shown(code, r.value)),
              backgroundColor: rows.map((r) => (r.passed ? GREEN : RED)),
            },
          ],
        },
        options: {
          animation: false,
          indexAxis: "y",
          plugins: {
            legend: {
              position: "bottom",
              onClick: null,
              labels: { generateLabels: () => rankingLegend(code, limit) },
            },
          },
          scales: { x: { beginAtZero: true, ticks: { callback: (v) => v + unit(code) } } },
        },
      });
    });
  }

  function applyLive(result) {
    result.cards.forEach((card) => {
      const node = document.querySelector(`.metric-card[data-metric="${card.code}"]`);
      if (!node) return;
      node.classList.toggle("ok", card.passed);
      node.classList.toggle("bad", !card.passed);
      node.querySelector('[data-field="value"]').textContent = card.value;
      node.querySelector('[data-field="mark"]').textContent = card.mark;
      node.querySelector('[data-field="detail"]').textContent = card.detail;
      const badge = node.querySelector('[data-field="badge"]');
      badge.textContent = card.passed ? gettext("达标") : gettext("未达标");
      badge.className = "badge " + (card.passed ? "ok" : "bad");
    });
    const fast = document.querySelector("[data-reply-30s]");
    if (fast) {
      fast.textContent =
        result.reply_30s_rate === null ? "—" : `${shown("reply_3min", result.reply_30s_rate)}%`;
    }
    const stamp = document.querySelector("[data-live-stamp]");
    if (stamp) {
      stamp.textContent = gettext("更新于") + " " + result.computed_at.slice(11, 19);
    }
  }

  function pollLive() {
    const section = document.querySelector("[data-live-url]");
    if (!section) return;
    const refresh = () =>
      fetch(section.dataset.liveUrl, { credentials: "same-origin" })
        .then((response) => (response.ok ? response.json() : null))
        .then((result) => result && applyLive(result))
        .catch(() => {});
    if (data.live) applyLive(data.live);
    window.setInterval(refresh, 60000);
  }

  drawTrends();
  drawRankings();
  pollLive();
})();
