// The commentary page's notes on shared wording are folded, one line per paragraph (<details>, no script needed).
// This makes the page-level link a toggle that opens or folds them all without reloading, and remembers the
// reader's choice for the next commentary. Without it the link loads the page with every note open (?notes=all).
(function () {
  "use strict";
  var toggle = document.querySelector("[data-notes-switch]");
  if (!toggle) return;
  var key = "gsi.notes";
  function remembered() { try { return localStorage.getItem(key); } catch (e) { return null; } }
  function remember(v) { try { localStorage.setItem(key, v); } catch (e) { /* private mode: the choice lasts the page */ } }
  function apply(all) {
    document.querySelectorAll("details.shared-note").forEach(function (d) { d.open = all; });
    toggle.setAttribute("aria-pressed", all ? "true" : "false");
    toggle.textContent = toggle.getAttribute(all ? "data-hide" : "data-show");
  }
  toggle.setAttribute("role", "button");
  toggle.addEventListener("click", function (e) {
    e.preventDefault();
    var all = toggle.getAttribute("aria-pressed") !== "true";
    apply(all);
    remember(all ? "all" : "quiet");
  });
  toggle.addEventListener("keydown", function (e) { if (e.key === " ") { e.preventDefault(); toggle.click(); } });
  if (remembered() === "all" && toggle.getAttribute("aria-pressed") !== "true") apply(true);
})();
