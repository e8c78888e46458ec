// Progressive enhancement only: every page works without this file.
// - "/" focuses the search box; focus moves to the results after a search; Copy buttons copy.
// Suggestions while typing are in suggest.js.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var box = document.querySelector("main input[type=search]") || document.getElementById("site-q");
    if (box) { e.preventDefault(); box.focus(); }
  });

  // After a search, move focus to the results so screen readers start there.
  var results = document.getElementById("results");
  if (results && !location.hash) results.focus();
})();

// Copy buttons of the Cite panel: shown only where the script runs; the text is selectable without it.
(function () {
  "use strict";
  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) return;
      navigator.clipboard.writeText(source.innerText.trim()).then(function () {
        var label = button.textContent;
        button.textContent = "Copied";
        setTimeout(function () { button.textContent = label; }, 1500);
      });
    });
  });
})();
