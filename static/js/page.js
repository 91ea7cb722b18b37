/* Behaviour every page shares, kept out of the HTML so that the
   Content-Security-Policy can forbid inline scripts and handlers. */
(function () {
  "use strict";
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("select[data-autosubmit]") && target.form) {
      target.form.submit();
    }
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      event.preventDefault();
    }
  });
  /* A table that scrolls sideways in its own box (on a phone) takes the
     keyboard's focus, so it can be scrolled without a pointer. */
  function focusableScrolls() {
    var tables = document.querySelectorAll("table.data");
    for (var i = 0; i < tables.length; i++) {
      if (tables[i].scrollWidth > tables[i].clientWidth + 1) tables[i].tabIndex = 0;
      else tables[i].removeAttribute("tabindex");
    }
  }
  focusableScrolls();
  window.addEventListener("resize", focusableScrolls);
})();
