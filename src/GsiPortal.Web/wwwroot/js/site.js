// Progressive enhancement only: every page works without this file.
// - "/" focuses the search box; focus moves to the results after a search; Copy buttons copy.
// Suggestions while typing are in suggest.js; the passage panel and the Cite section in reader.js.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT" || t.isContentEditable)) return;
    var box = document.querySelector("main input[type=search]") || document.getElementById("site-q");
    if (box) { e.preventDefault(); box.focus(); }
  });

  // Folds: a button opens what it names (aria-controls: the contents) or, the header's Menu, the site's links next
  // to it, on a narrow screen, where the stylesheet hides them until opened. Wider, the button is not shown.
  document.querySelectorAll("button[data-fold], button.menu").forEach(function (button) {
    var target = button.hasAttribute("aria-controls") ? document.getElementById(button.getAttribute("aria-controls")) : button.nextElementSibling;
    if (!target) return;
    button.setAttribute("aria-expanded", "false");
    button.addEventListener("click", function () {
      var open = button.getAttribute("aria-expanded") !== "true";
      button.setAttribute("aria-expanded", open ? "true" : "false");
      target.classList.toggle("open", open);
    });
  });

  // After a search, move focus to the results so screen readers start there.
  var results = document.getElementById("results");
  if (results && !location.hash) results.focus();
})();

// Copy buttons: data-copy names an element whose text is copied, data-copy-text is the text itself. Shown only
// where the clipboard can be written; the text stays selectable without them.
window.GsiCopy = (function () {
  "use strict";
  function copy(text) {
    if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
    // An older or insecure context: copy through a selected, off-screen text area.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.className = "visually-hidden";
      document.body.appendChild(area);
      area.select();
      var done = false;
      try { done = document.execCommand("copy"); } catch (e) { done = false; }
      area.remove();
      if (done) resolve(); else reject(new Error("copy refused"));
    });
  }
  function say(button, message) {
    var status = button.parentElement && button.parentElement.querySelector(".status");
    var label = button.textContent;
    button.textContent = message;
    if (status) status.textContent = message;
    setTimeout(function () { button.textContent = label; if (status) status.textContent = ""; }, 1600);
  }
  function wire(button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      var text = button.hasAttribute("data-copy-text") ? button.getAttribute("data-copy-text")
        : (document.getElementById(button.getAttribute("data-copy")) || {}).innerText;
      if (!text) return;
      copy(text.trim()).then(function () { say(button, button.getAttribute("data-copied") || "Copied"); },
                             function () { say(button, "Select and copy"); });
    });
  }
  document.querySelectorAll("button[data-copy], button[data-copy-text]").forEach(wire);
  return { copy: copy, wire: wire };
})();
