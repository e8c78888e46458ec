// Progressive enhancement only: every page works without this file.
// - "/" focuses the search box; focus moves to the results after a search, whose passages found by meaning are
//   fetched apart; Copy buttons copy.
// - Suggestions while typing in a search box (below; one file with the rest, as every page loads both: one
//   script tag fewer on every page, issue #26). The passage panel and the Cite section are in reader.js.
(function () {
  "use strict";
  // Smooth scrolling (site.css) only once the page has arrived: set from the start, the browser's own scroll to an
  // address's fragment was animated too, through the whole of Part III to priority 11 on a phone, and a reader who
  // followed a link watched the page run past (a fresh-eyes review). That scroll is done by the frame after the load.
  function arrived() { requestAnimationFrame(function () { requestAnimationFrame(function () { document.documentElement.classList.add("arrived"); }); }); }
  if (document.readyState === "complete") arrived(); else addEventListener("load", arrived);

  // A refused edition's links to the same passage elsewhere (the current text, the edition meant) take the fragment
  // the reader followed (#s3), which the server never sees: without it they led to the top of the item (review 18).
  if (location.hash) document.querySelectorAll("a[data-keeps-fragment]").forEach(function (a) {
    var href = a.getAttribute("href");
    if (href.indexOf("#") >= 0) return;
    if (a.textContent === href) a.textContent = href + location.hash;
    a.setAttribute("href", href + location.hash);
  });

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

  // After a search, move focus to the results so screen readers start there — without scrolling: the page stays at
  // its top, where the reader sees the search box and can change the query (focus alone scrolled it ~140 px away).
  var results = document.getElementById("results");
  if (results && !location.hash) results.focus({ preventScroll: true });

  // Passages found by meaning not yet searched (issue 24): the search page shows its keyword results at once, holds
  // the place of these, and asks for that section apart (meaning=only), since the model's turn may take a while.
  // Without script the section's link asks the page to wait for them instead.
  var held = document.querySelector("section.by-meaning-pending[data-meaning]");
  if (held && window.fetch) {
    var alone = held.classList.contains("by-meaning-alone");
    var count = document.querySelector("#results .meaning-count");
    // The count line never shrinks either: "3 found by meaning" is shorter than "not looked for yet", and a line fewer
    // moved everything under it up (a phone, one keyword result).
    if (count) count.parentNode.style.minHeight = count.parentNode.getBoundingClientRect().height + "px";
    if (count) count.textContent = "passages close in meaning: looking for them.";
    var say = function (text, found) {
      if (count) {
        count.textContent = "";
        // Passages found: a link to them, as the page writes it when it has them at once.
        if (found) { var link = document.createElement("a"); link.href = "#by-meaning"; link.textContent = text; count.append(link, "."); }
        else count.textContent = text + ".";
      }
      held.setAttribute("aria-busy", "false");
    };
    fetch(held.getAttribute("data-meaning"), { headers: { Accept: "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var answer = document.createElement("template");
        answer.innerHTML = html;
        var section = answer.content.querySelector("section.by-meaning");
        if (!section) throw new Error("no section");
        // In sight, the place held never shrinks, or what follows would move up under the reader; out of sight it
        // may, since the browser's scroll anchoring keeps the reader's view where it is.
        var at = held.getBoundingClientRect();
        if (at.top < window.innerHeight && at.bottom > 0) held.style.minHeight = at.height + "px";
        var n = section.getAttribute("data-count");
        held.className = section.className;
        held.replaceChildren.apply(held, Array.prototype.slice.call(section.childNodes));
        // Beside keyword results the place held is small: where something after it is in sight (the keyword results
        // below a section shown first, the page's foot), the passages wait behind a button, since filling the place
        // would move them under the reader; opening it is the reader's own change.
        if (!alone && n && n !== "0" && at.bottom > 0 && at.bottom < window.innerHeight) fold(held, +n);
        say(n === "0" ? "none found by meaning" : n ? n + " found by meaning" : "passages close in meaning: " + (section.getAttribute("data-busy") || "not looked for"), n && n !== "0");
      })
      .catch(function () { say("passages close in meaning: could not be looked for"); });
  }

  // Where am I, on a long part's page on a phone: the part, then the item whose text is at the top of the screen.
  var where = document.querySelector(".where-am-i[data-where]");
  if (where) {
    var part = where.getAttribute("data-where"), whole = where.textContent;
    var items = Array.prototype.slice.call(document.querySelectorAll(".reading section.item[data-label]"));
    var heading = document.querySelector("header.reading");
    var pending = false;
    var place = function () {
      pending = false;
      if (window.getComputedStyle(where).display === "none") return; // not shown on a wide screen (a fixed line has no offsetParent)
      // An item counts from 6rem under the line: arriving at #priority-12 puts its top 5.5rem down (the page's
      // scroll margin, which shows what precedes it), and the line must then name it, not the one before.
      var line = where.getBoundingClientRect().bottom + 96, current = null;
      for (var i = 0; i < items.length && items[i].getBoundingClientRect().top <= line; i++) current = items[i];
      var text = current ? part + " · " + current.getAttribute("data-label") : whole;
      if (where.textContent !== text) where.textContent = text;
      // Shown once the part's own heading has left the screen: until then the page says it already.
      where.classList.toggle("in-sight", !!heading && heading.getBoundingClientRect().bottom < 0);
    };
    window.addEventListener("scroll", function () { if (!pending) { pending = true; window.requestAnimationFrame(place); } }, { passive: true });
    place();
  }

  // An edition's line at the foot of a phone's screen, once its banner has left the screen (_EditionBanner.cshtml).
  var editionLine = document.querySelector("[data-edition-line]");
  var editionBanner = document.getElementById("edition-banner");
  if (editionLine && editionBanner) {
    var waiting = false;
    var mark = function () {
      waiting = false;
      editionLine.classList.toggle("in-sight", editionBanner.getBoundingClientRect().bottom < 0);
    };
    window.addEventListener("scroll", function () { if (!waiting) { waiting = true; window.requestAnimationFrame(mark); } }, { passive: true });
    mark();
  }

  // The passages found by meaning behind a summary, under the section's heading, as the page itself folds them
  // when it shows them first beside keyword results: open when the reader asks.
  function fold(section, n) {
    if (section.querySelector("details.by-meaning-fold")) return;
    var heading = section.querySelector("h2");
    var details = document.createElement("details");
    details.className = "by-meaning-fold";
    var summary = document.createElement("summary");
    // Named, as the page's own summary names it: which passage waits behind the button (_FoundByMeaning.cshtml).
    var first = section.querySelector("li.result[data-name]");
    if (first) {
      var name = document.createElement("span");
      name.className = "fold-first";
      name.textContent = first.getAttribute("data-name");
      summary.append("Show ", name, n === 1 ? ", found by meaning" : " and " + (n - 1) + " more " + (n === 2 ? "passage" : "passages") + " found by meaning");
    } else summary.textContent = n === 1 ? "Show the passage found by meaning" : "Show the " + n + " passages found by meaning";
    // Why to open it, where the first passage was found through the editors' questions: the subject index's entry it
    // stands under (as the page's own summary says).
    var under = section.querySelector("li.result .answers-under .subject-term");
    if (under) {
      summary.appendChild(document.createTextNode(n === 1 ? ", indexed under " : "; the first indexed under "));
      var words = document.createElement("span");
      words.className = "editors";
      words.textContent = "\u201c" + under.textContent + "\u201d";
      summary.appendChild(words);
    }
    details.appendChild(summary);
    Array.prototype.slice.call(section.childNodes).forEach(function (node) { if (node !== heading) details.appendChild(node); });
    section.appendChild(details);
  }
})();

// Copy buttons: data-copy names an element whose text is copied, data-copy-text is the text itself. Shown only
// where the clipboard can be written; the text stays selectable without them.
window.GsiCopy = (function () {
  "use strict";
  // With html, the clipboard holds it beside the plain text, so that a word processor keeps a citation's italic
  // title (review 19, D6: the buttons wrote text/plain only). The html is the citation's own markup, no page styles.
  function copy(text, html) {
    if (html && navigator.clipboard && navigator.clipboard.write && window.ClipboardItem && window.isSecureContext)
      return navigator.clipboard.write([new ClipboardItem({
        "text/plain": new Blob([text], { type: "text/plain" }),
        "text/html": new Blob([html], { type: "text/html" }),
      })]).catch(function () { return navigator.clipboard.writeText(text); });
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
      var source = button.hasAttribute("data-copy-text") ? null : document.getElementById(button.getAttribute("data-copy"));
      var text = source ? source.innerText : button.getAttribute("data-copy-text");
      if (!text) return;
      copy(text.trim(), source && source.querySelector("i, em") ? source.innerHTML.trim() : null).then(function () { say(button, button.getAttribute("data-copied") || "Copied"); },
                             function () { say(button, "Select and copy"); });
    });
  }
  document.querySelectorAll("button[data-copy], button[data-copy-text]").forEach(wire);
  return { copy: copy, wire: wire };
})();

// Suggestions while typing in any search box marked data-suggest, from /api/suggest, chosen with the keyboard
// or the pointer. Progressive enhancement only: without it the form searches as typed.
(function () {
  "use strict";
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
    // The list hangs from the box's own row, just under it (see .suggests in site.css), never over what was typed.
    input.parentElement.classList.add("suggests");
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
    // An item is named as its page names it: "Commitment 4 · Indivisible security; …" (the label in the editors' style),
    // then, where only the paper's sentence holds what was typed, a few of its words; the typed letters are marked.
    function runs(parent, parts) {
      (parts || []).forEach(function (p) {
        var el = document.createElement(p.marked ? "mark" : "span");
        el.textContent = p.text;
        parent.appendChild(el);
      });
    }
    function write(li, s) {
      if (!s.heading || !s.heading.length) { li.textContent = s.text; return; }
      if (s.name) {
        var name = document.createElement("span");
        name.className = "name";
        name.textContent = s.name + ": ";
        li.appendChild(name);
      }
      var heading = document.createElement("span");
      if (s.headingIsEditors) heading.className = "editors";
      runs(heading, s.heading);
      li.appendChild(heading);
      if (s.context && s.context.length) {
        var context = document.createElement("span");
        context.className = "context";
        context.append("\u201c");
        runs(context, s.context);
        context.append("\u201d");
        li.appendChild(context);
      }
    }
    function render(suggestions) {
      list.textContent = "";
      items = suggestions.map(function (s, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        write(li, s);
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
        fetch("/api/suggest?q=" + encodeURIComponent(q))
          // A refusal's body is read as well (429, 400): unread, Chromium holds a "no-store" answer open (reader.js's answerText).
          .then(function (r) { return r.text().then(function (text) { return r.ok ? JSON.parse(text) : []; }); })
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

})();
