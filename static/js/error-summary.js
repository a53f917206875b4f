// Progressive enhancement: after a form comes back with mistakes, move focus to the list
// of mistakes so screen readers read it first. Its links work without this script.
(function () {
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    summary.focus();
  }
})();
