// Progressive enhancement only: every page works without this file.
// - "/" focuses the search box; - suggestions while typing, from /api/suggest, chosen with the keyboard.
(function () {
  "use strict";
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) return;
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.isContentEditable)) return;
    var box = document.querySelector("main input[type=search]") || document.getElementById("site-q");
    if (box) { e.preventDefault(); box.focus(); }
  });

  document.querySelectorAll("input[data-suggest]").forEach(function (input, n) {
    var list = document.createElement("ul");
    list.className = "suggestions";
    list.id = "suggestions-" + n;
    list.setAttribute("role", "listbox");
    list.hidden = true;
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.insertAdjacentElement("afterend", list);
    var items = [], active = -1, timer = 0, latest = 0;

    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; }
    function select(i) {
      items.forEach(function (li, j) { li.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", items[i].id);
    }
    function choose(s) {
      if (s.url) { window.location.href = s.url; return; }
      input.value = s.text;
      close();
      input.form.submit();
    }
    function render(suggestions) {
      list.textContent = "";
      items = suggestions.map(function (s, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.textContent = s.text;
        li.addEventListener("mousedown", function (e) { e.preventDefault(); choose(s); });
        li.suggestion = s;
        list.appendChild(li);
        return li;
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      active = -1;
    }
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { close(); return; }
      timer = setTimeout(function () {
        var ticket = ++latest;
        fetch("/api/suggest?q=" + encodeURIComponent(q)).then(function (r) { return r.ok ? r.json() : []; })
          .then(function (s) { if (ticket === latest) render(s); }).catch(close);
      }, 120);
    });
    input.addEventListener("keydown", function (e) {
      if (list.hidden) return;
      if (e.key === "ArrowDown") { e.preventDefault(); select(Math.min(active + 1, items.length - 1)); }
      else if (e.key === "ArrowUp") { e.preventDefault(); select(Math.max(active - 1, 0)); }
      else if (e.key === "Enter" && active >= 0) { e.preventDefault(); choose(items[active].suggestion); }
      else if (e.key === "Escape") { close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
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
