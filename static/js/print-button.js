// Progressive enhancement: a Print button on printable sheets. Without JavaScript the
// sheet still prints from the browser's menu, and the hint next to the button says so.
document.addEventListener("DOMContentLoaded", function () {
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll(".sheet__hint").forEach(function (hint) { hint.hidden = true; });
});
