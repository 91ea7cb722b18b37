// A transcript opened at a flagged message: its scrolling box shows that
// message (in the middle where it can), not the start of a long session.
(function () {
  "use strict";
  document.querySelectorAll("ol.transcript").forEach(function (box) {
    var line = box.querySelector(".line.focus");
    if (!line || box.scrollHeight <= box.clientHeight) return;
    var top =
      line.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTop = Math.max(0, top - (box.clientHeight - line.offsetHeight) / 2);
  });
})();
