/* A buyer's report (举报) of a message or of the whole session, from the chat
 * and the transcript: any [data-report-message] or [data-report-session]
 * button opens the dialog; the auditors' queue receives it. */
(function () {
  "use strict";
  var dialog = document.getElementById("report-dialog");
  if (!dialog) return;
  var _ = window.gettext || function (s) { return s; };
  var form = document.getElementById("report-form");
  var error = document.getElementById("report-error");
  var what = document.getElementById("report-what");
  var target = null;

  function open(button) {
    var message = button.getAttribute("data-report-message");
    target = {
      button: button,
      url: message
        ? "/api/messages/" + message + "/report/"
        : "/api/sessions/" + button.getAttribute("data-report-session") + "/report/",
    };
    what.textContent = message ? _("举报这条消息：") + (button.getAttribute("data-excerpt") || "")
                               : _("举报本次会话的服务");
    form.reset();
    error.textContent = "";
    dialog.showModal();
  }

  document.addEventListener("click", function (event) {
    var button = event.target.closest && event.target.closest("[data-report-message], [data-report-session]");
    if (button && !button.disabled) {
      event.preventDefault();
      open(button);
    }
  });
  document.getElementById("report-cancel").addEventListener("click", function () { dialog.close(); });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    if (!target) return;
    var body = new FormData(form);
    if (!body.get("reason")) { error.textContent = _("请选择举报原因。"); return; }
    var csrf = form.querySelector("[name=csrfmiddlewaretoken]").value;
    fetch(target.url, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "X-CSRFToken": csrf },
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (!result.ok) { error.textContent = result.data.message || _("举报失败，请稍后再试。"); return; }
      var button = target.button;
      button.disabled = true;
      button.textContent = _("已举报");
      button.classList.add("reported");
      dialog.close();
    }, function () {
      error.textContent = _("网络异常，举报未提交，请稍后再试。");
    });
  });
})();
