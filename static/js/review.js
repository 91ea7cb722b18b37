// The agent's one-click dispute of a blocked message (POST, CSRF, JSON answer).
(function () {
  "use strict";
  var table = document.querySelector("table.blocked-list");
  if (!table) return;
  var i18n = { sent: table.dataset.sent, failed: table.dataset.failed };

  function csrfToken() {
    var input = document.querySelector("input[name=csrfmiddlewaretoken]");
    return input ? input.value : "";
  }

  function dispute(button) {
    button.disabled = true;
    var body = new URLSearchParams();
    fetch(button.dataset.url, {
      method: "POST",
      headers: { "X-CSRFToken": csrfToken() },
      body: body,
      credentials: "same-origin",
    })
      .then(function (response) {
        return response.json().then(function (data) {
          return { ok: response.ok, data: data };
        });
      })
      .then(function (result) {
        var badge = document.createElement("span");
        badge.className = "badge";
        badge.textContent = result.ok ? i18n.sent : result.data.message || i18n.failed;
        if (!result.ok) {
          button.disabled = false;
          badge.className = "badge bad";
          button.after(badge);
          return;
        }
        button.replaceWith(badge);
      })
      .catch(function () {
        button.disabled = false;
        button.title = i18n.failed;
      });
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.dispute");
    if (button) dispute(button);
  });
})();
