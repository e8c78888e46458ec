// The reading tools: one gesture on a sentence or paragraph opens a small panel with its link, its quotation with a
// citation in the reader's style, the Cite section narrowed to it, and its embed code. Sentences are reached with the
// keyboard too (Tab to the text, arrow keys, Home and End between sentences, Shift with them to extend, also from the
// panel, Enter to open); to a screen reader each is a button named by its words. Ranges in the
// address (#s2-s3, #p4-p6) are marked on arrival. Without this script the ¶ numbers are links and the Cite section
// shows Chicago with every format as a download.
(function () {
  "use strict";
  var body = document.body;
  var api = body.getAttribute("data-api-passages");
  var citeRoute = body.getAttribute("data-cite-route");
  var STYLE_KEY = "gsiportal.citeStyle", NUMBERS_KEY = "gsiportal.sentenceNumbers";

  // An answer's text, or its status refused. A refusal's body is read too: an error page is sent "no-store", and
  // Chromium holds such a response open until the page reads it, so a 404 left unread kept the page from ever
  // reaching network idle (archivers and preview tools waited on it to the end of their patience; a fresh-eyes review).
  function answerText(r) { return r.text().then(function (text) { return r.ok ? text : Promise.reject(r.status); }); }
  function store(key, value) { try { if (value === undefined) return localStorage.getItem(key); localStorage.setItem(key, value); } catch (e) { return null; } }
  // The reader's citation style: the one the Cite section shows (the choice on the page), else the one remembered.
  function style() { var picker = document.getElementById("cite-style"); return (picker && picker.value) || store(STYLE_KEY) || "chicago"; }
  function styleLabel() {
    var picker = document.getElementById("cite-style"), option = picker && picker.options[picker.selectedIndex];
    return option ? option.textContent : styleName(style());
  }

  // A human style's citation is two lines, which a writer pastes apart: Chicago's note, then its bibliography entry;
  // APA's and MLA's reference-list entry, then the in-text citation (after its label, "Bibliography: ", "In text: ").
  // Copied whole, the note and the entry were pasted together (a fresh-eyes review).
  function citationLines(text) {
    var at = text.indexOf("\n");
    if (at < 0) return { first: text, label: "", second: "" };
    var rest = text.slice(at + 1), colon = rest.indexOf(": ");
    return { first: text.slice(0, at), label: rest.slice(0, colon + 2), second: rest.slice(colon + 2) };
  }
  // The part that follows a quotation: Chicago's note (its entry goes in the bibliography); APA's and MLA's in-text
  // citation (the entry goes in the reference list).
  function quotedPart(citation) {
    var lines = citationLines(citation.text);
    return citation.format === "chicago" || !lines.second ? { text: lines.first, name: partName(citation.format) } : { text: lines.second, name: partName(citation.format) };
  }
  // The same part of the citation's markup (its title in <i>), split where citationLines splits the text.
  function quotedPartHtml(citation) {
    var at = citation.html.indexOf("<br>");
    if (at < 0) return citation.html;
    var rest = citation.html.slice(at + 4), colon = rest.indexOf(": ");
    return citation.format === "chicago" ? citation.html.slice(0, at) : rest.slice(colon + 2);
  }
  function escaped(text) { return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); }
  function partName(format) { return format === "chicago" ? "note" : format === "apa" || format === "mla" ? "in-text citation" : "citation"; }

  // ---- Sentences and paragraphs as passages ----
  // A sentence is a span directly in its paragraph; it carries no class of its own (every byte is on every item page).
  var sentences = Array.prototype.slice.call(document.querySelectorAll("main .para > span"));
  // A sentence's number is the digits its id ends in (s3, commitment-4-s3, p5-s2); written as data-n for the
  // stylesheet's numbers, which the page does not carry twice.
  sentences.forEach(function (s) { s.setAttribute("data-n", /(\d+)$/.exec(s.id)[1]); });
  function paragraphOf(el) { return el.closest(".para"); }
  // A paragraph's page: its data-page, or on an item's own page (which leaves it out) the page the Cite section cites.
  var thisPage = (document.querySelector("#cite[data-cite-base]") || body).getAttribute("data-cite-base");
  function pageOf(p) { return p.getAttribute("data-page") || thisPage; }
  // A sentence's fragment is its id less its number: s3 on an item's own page, commitment-4-s3 or p5-s2 elsewhere.
  function prefixOf(s) { return s.id.replace(/\d+$/, ""); }
  function containerKey(s) { return pageOf(paragraphOf(s)) + "#" + prefixOf(s); }
  function sentenceAddress(first, last) {
    var p = paragraphOf(first), prefix = prefixOf(first);
    var a = first.getAttribute("data-n"), b = last.getAttribute("data-n");
    return pageOf(p) + "#" + prefix + a + (a === b ? "" : "-s" + b);
  }
  // A title to show at once; the server's own replaces it when the passage arrives.
  function sentenceTitle(first, last) {
    var a = first.getAttribute("data-n"), b = last.getAttribute("data-n");
    return paragraphOf(first).getAttribute("data-title") + ", " + (a === b ? "sentence " + a : "sentences " + a + "–" + b);
  }

  var anchor = null, focusIndex = 0, selection = [];
  function select(first, last) {
    sentences.forEach(function (s) { s.classList.remove("selected"); });
    var i = sentences.indexOf(first), j = sentences.indexOf(last);
    if (i > j) { var t = i; i = j; j = t; }
    selection = sentences.slice(i, j + 1);
    selection.forEach(function (s) { s.classList.add("selected"); });
  }
  function focusSentence(index) {
    if (!sentences.length) return;
    index = Math.max(0, Math.min(sentences.length - 1, index));
    sentences[focusIndex].setAttribute("tabindex", "-1");
    focusIndex = index;
    sentences[index].setAttribute("tabindex", "0");
    sentences[index].focus();
  }
  // The tools above a text get the controls only this script makes work: Sentence numbers and the hint on
  // sentences. The page itself carries neither; the stylesheet keeps their room from the first paint (issue #16's
  // cuts made them script-made; a slow phone paints before this runs, and the text must not move when it does).
  // The page's own link is copied from the Cite section, so the tools carry no second Copy link.
  var tools = document.querySelector("main .tools");
  if (tools && sentences.length) {
    var numbers = control("button", "quiet", "Sentence numbers");
    numbers.setAttribute("data-sentence-numbers", "");
    numbers.setAttribute("aria-pressed", "false");
    // On a touch screen the hint is one line that says what a tap does; the stylesheet keeps room for the same words.
    var touch = window.matchMedia && window.matchMedia("(hover: none) and (pointer: coarse)").matches;
    var hint = control("span", "hint", touch ? "Tap a sentence for its link, quotation and citation."
      : "Click or tap a sentence (or press Enter on it; the arrow keys move between sentences) for its link, quotation, citation and embed code.");
    hint.id = "reading-hint";
    tools.append(numbers, hint);
  }
  // The commentators' passages beside the text: a part page has them; an item page fetches them from the item's
  // passages page (its own bytes stay few). Without script the compare page has the same passages. A filter shows one
  // commentary's at a time. On a wide screen they go under the text, in its column, which is empty there: set at the
  // end of the narrow "In the commentaries" column, four thousand pixels of quotations pushed the Cite section below
  // them after the page was shown (a reviewer's finding). On a phone they end that panel, before the tools to cite.
  // Only an item's panel says it has such a page (data-passages): Part I's, made by _PassageLinks, has none, and asking
  // there was a 404 on every visit to /paper/background (a fresh-eyes review).
  var itemLinks = document.querySelector(".item-links[data-passages]");
  if (itemLinks && window.fetch && window.DOMParser) {
    // With the page's highlight, so that the searched words are marked in the passages too (review 20 D3).
    var searched = new URLSearchParams(location.search).get("highlight");
    fetch(location.pathname.replace(/\/$/, "") + "/passages" + (searched ? "?highlight=" + encodeURIComponent(searched) : ""))
      .then(answerText)
      .then(function (html) {
        var section = new DOMParser().parseFromString(html, "text/html").querySelector(".commentary-passages");
        // An item no commentary takes up: the panel's own lines already say so; a third "none" would repeat them.
        if (!section || section.querySelector(".none")) return;
        var wide = window.matchMedia && matchMedia("(min-width: 72rem)").matches;
        var place = wide && document.querySelector(".main-column") || itemLinks;
        var target = location.hash.length > 1 && document.getElementById(location.hash.slice(1));
        var before = target && target.getBoundingClientRect().top;
        place.append(document.importNode(section, true));
        // The section is here: the link to its page, for a reader without script, would only repeat it.
        var link = itemLinks.querySelector("a[href$='/passages']");
        if (link) link.parentNode.remove();
        filter(place.querySelector(".commentary-passages"));
        // A link to a place after them (#cite), opened cold, stays where the reader sees it while it is on screen.
        if (target && before >= 0 && before < innerHeight) scrollBy({ top: target.getBoundingClientRect().top - before, behavior: "instant" });
      })
      .catch(function () { /* the counts and the compare page's link stay */ });
  }
  document.querySelectorAll(".commentary-passages").forEach(filter);
  function filter(section) {
    var bar = section && section.querySelector(".passage-filter");
    if (!bar) return;
    bar.hidden = false;
    bar.addEventListener("click", function (e) {
      var button = e.target.closest && e.target.closest("button[data-show]");
      if (!button) return;
      var id = button.getAttribute("data-show");
      bar.querySelectorAll("button").forEach(function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); });
      section.querySelectorAll("[data-commentary]").forEach(function (g) { g.hidden = id !== "" && g.getAttribute("data-commentary") !== id; });
    });
  }
  function control(tag, className, text) {
    var el = document.createElement(tag);
    if (tag === "button") el.type = "button";
    el.className = className; el.textContent = text;
    return el;
  }
  // Phones have no Shift key: the panel offers a range by a second tap instead.
  var extending = false, coarse = window.matchMedia && window.matchMedia("(pointer: coarse)").matches;
  sentences.forEach(function (s, i) {
    s.setAttribute("tabindex", i === 0 ? "0" : "-1");
    // A control, to a screen reader, that opens the panel: its name is its own words, read once (an aria-label would
    // repeat them, and tabindex alone said nothing of what Enter does: review 19, T5). Made here: no byte on the page.
    s.setAttribute("role", "button");
    s.setAttribute("aria-haspopup", "dialog");
    s.setAttribute("aria-describedby", "reading-hint");
    // Shift+click extends to a range of sentences: keep the browser from selecting text across them instead.
    s.addEventListener("mousedown", function (e) { if (e.shiftKey) e.preventDefault(); });
    s.addEventListener("click", function (e) {
      var chosen = window.getSelection && String(window.getSelection());
      if (chosen && chosen.length > 1 && !e.shiftKey) return; // the reader is selecting text to copy: leave them to it
      // Extending: Shift+click, or a tap after "Extend to a range" where there is no Shift key.
      var wanted = (e.shiftKey || extending) && anchor, from = anchor;
      var extend = wanted && containerKey(anchor) === containerKey(s);
      extending = false;
      if (extend) { select(anchor, s); }
      else { anchor = s; select(s, s); }
      sentences[focusIndex].setAttribute("tabindex", "-1");
      focusIndex = i; s.setAttribute("tabindex", "0");
      openForSentences(s);
      // A range across two paragraphs has no address (#p4-s2-s3 is within ¶4; #p4-p5 is the paragraphs whole): the
      // start was dropped without a word (review 18, D4). The panel says so, and offers the paragraphs whole.
      if (wanted && !extend && from !== s) across(from, s, "so this sentence is chosen alone.");
    });
    s.addEventListener("keydown", function (e) {
      var step = STEPS[e.key];
      if (step) {
        e.preventDefault();
        if (!e.shiftKey) { var next = sentences[Math.max(0, Math.min(sentences.length - 1, i + step))]; anchor = next; select(next, next); focusSentence(sentences.indexOf(next)); return; }
        var to = extend(s, step);
        // Stopped at the paragraph's end: the panel said so and has the range; the focus stays on the sentence.
        if (to) focusSentence(sentences.indexOf(to)); else s.focus({ preventScroll: true });
      } else if (e.key === "Home" || e.key === "End") {
        // As the arrows do: the sentence reached is chosen, and with Shift the range runs to its paragraph's end.
        e.preventDefault();
        if (e.shiftKey) { focusSentence(sentences.indexOf(extendToEnd(s, e.key === "Home" ? -1 : 1))); return; }
        var end = sentences[e.key === "Home" ? 0 : sentences.length - 1];
        anchor = end; select(end, end); focusSentence(sentences.indexOf(end));
      } else if (e.key === "Enter" || e.key === " ") {
        e.preventDefault();
        if (!selection.length || selection.indexOf(s) < 0) { anchor = s; select(s, s); }
        openForSentences(s);
      } else if (e.key === "Escape") {
        select(s, s); selection = [];
      }
    });
  });
  var STEPS = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
  // The range from the anchor moved one sentence on from its moving end (the sentence last reached), within one
  // paragraph: the sentence now ending it, or null where it would cross into the next (the panel then says so).
  function extend(end, step) {
    var next = sentences[Math.max(0, Math.min(sentences.length - 1, sentences.indexOf(end) + step))];
    // A range starts where the reader is, unless it already runs through this sentence.
    if (!anchor || containerKey(anchor) !== containerKey(end)) anchor = end;
    if (next !== end && containerKey(next) !== containerKey(anchor)) {
      // Past the paragraph's end the range stops, and says so as Shift+click does: the focus moved on and the
      // range stayed behind without a word (review 18, after D4). The panel opens on the range as it stands.
      select(anchor, end);
      openForSentences(end);
      across(anchor, next, "so the range ends at this sentence.");
      return null;
    }
    select(anchor, next);
    return next;
  }
  // Shift+Home and Shift+End: the range from the anchor to its paragraph's first or last sentence.
  function extendToEnd(end, direction) {
    if (!anchor || containerKey(anchor) !== containerKey(end)) anchor = end;
    var key = containerKey(anchor), i = sentences.indexOf(end);
    while (sentences[i + direction] && containerKey(sentences[i + direction]) === key) i += direction;
    select(anchor, sentences[i]);
    return sentences[i];
  }
  // A range asked across two paragraphs (or items): said in the panel, with what was done instead, and the paragraphs whole offered.
  function across(from, to, instead) {
    var a = paragraphOf(from), b = paragraphOf(to);
    if (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING) { var t = a; a = b; b = t; }
    var unit = /p\d+(\.\d+)?-s$/.test(prefixOf(from)) ? "paragraph" : "item";
    status("A range of sentences stays within one " + unit + ", " + instead);
    var m = /^(.*p)(\d+)$/.exec(a.id), n = /^(.*p)(\d+)$/.exec(b.id);
    if (!m || !n || m[1] !== n[1] || pageOf(a) !== pageOf(b) || +m[2] >= +n[2]) return;
    var range = a.id + "-p" + n[2], link = document.createElement("a");
    link.href = "#" + range;
    link.textContent = "Choose ¶" + m[2] + "–" + n[2] + " whole";
    link.addEventListener("click", function (e) {
      // Opening the panel again empties this line, taking the link out of it: the page's own click handler would then
      // read the click as one outside the panel and close it.
      e.preventDefault(); e.stopPropagation();
      history.replaceState(null, "", "#" + range);
      markFromHash();
      open(pageOf(a) + "#" + range, a.getAttribute("data-title") + ", ¶" + m[2] + "–" + n[2], a);
    });
    var line = panel.querySelector(".status");
    line.append(" ", link, ".");
  }
  function openForSentences(at) {
    var first = selection[0] || at, last = selection[selection.length - 1] || at, address = sentenceAddress(first, last);
    // The address bar names the sentences chosen, as a paragraph's number does: what a reader copies from it pinpoints.
    var hash = address.indexOf("#");
    if (hash >= 0 && address.slice(0, hash) === location.pathname) history.replaceState(null, "", address.slice(hash));
    open(address, sentenceTitle(first, last), at);
  }

  // A paragraph's margin number: its link, and with the script, its panel.
  document.querySelectorAll("main .para .pnum").forEach(function (link) {
    link.addEventListener("click", function (e) {
      if (e.ctrlKey || e.metaKey || e.shiftKey) return;
      e.preventDefault();
      var p = paragraphOf(link);
      history.replaceState(null, "", "#" + p.id);
      markFromHash();
      // The number is the mark's last text: on a part's page the item's number stands before it (data-title names the item).
      var number = link.classList.contains("numbered") ? ", ¶" + link.lastChild.textContent.trim() : "";
      // A paragraph that is the whole page's passage carries no data-address of its own: it is data-page.
      open(p.getAttribute("data-address") || pageOf(p), p.getAttribute("data-title") + number, link);
    });
  });

  // ---- The panel ----
  var panel = null, returnTo = null, current = null;
  function build() {
    panel = document.createElement("div");
    panel.className = "passage-panel";
    panel.setAttribute("role", "dialog");
    panel.setAttribute("aria-labelledby", "passage-panel-title");
    panel.hidden = true;
    panel.innerHTML =
      '<button type="button" class="close" aria-label="Close">×</button>' +
      '<h2 id="passage-panel-title"></h2>' +
      '<p class="quote"></p>' +
      '<div class="actions">' +
      '<button type="button" data-act="link">Copy link</button>' +
      // The link above follows the text as it is corrected; this one keeps these very words, as a citation's does
      // (legislation.gov.uk's "this version" beside "latest"; a fresh-eyes review). Made here: no byte on the page.
      '<button type="button" data-act="edition" class="quiet">Copy link to this edition</button>' +
      '<button type="button" data-act="quote">Copy quotation</button>' +
      '<button type="button" data-act="cite" class="quiet">Cite…</button>' +
      '<button type="button" data-act="embed" class="quiet">Copy embed code</button>' +
      '<button type="button" data-act="extend" class="quiet">Extend to a range</button>' +
      '</div>' +
      '<p class="status" role="status" aria-live="polite"></p>' +
      '<p class="hint">' + (coarse ? "“Extend to a range”, then tap the range's last sentence, in the same paragraph (in the paper, the same item)." : "Shift+click or Shift+arrow extends to a range of sentences in the same paragraph (in the paper, the same item).") +
      ' The quotation is copied with its <span data-style-part></span> in <span data-style-name></span>.</p>';
    body.appendChild(panel);
    panel.querySelector(".close").addEventListener("click", close);
    panel.addEventListener("keydown", function (e) {
      if (e.key === "Escape") { e.preventDefault(); close(); return; }
      // The panel's hint says Shift+arrow extends: from here too, where Enter put the focus (review 19, T5). The range
      // grows from its moving end, the sentence last reached, and the panel follows it; plain arrows stay the page's.
      var step = STEPS[e.key], edge = e.key === "Home" ? -1 : e.key === "End" ? 1 : 0;
      var end = sentences[focusIndex];
      if (!e.shiftKey || !(step || edge) || !end || returnTo !== end) return;
      e.preventDefault();
      var to = step ? extend(end, step) : extendToEnd(end, edge);
      if (!to) return;
      sentences[focusIndex].setAttribute("tabindex", "-1");
      focusIndex = sentences.indexOf(to);
      to.setAttribute("tabindex", "0");
      openForSentences(to);
    });
    panel.querySelector(".actions").addEventListener("click", function (e) {
      var act = e.target.getAttribute && e.target.getAttribute("data-act");
      if (!act || !current) return;
      if (act === "cite") { citeSection.narrow(current); close(false); return; }
      if (act === "extend") { extending = true; status("Now tap or click the last sentence of the range."); return; }
      // The quotation's citation is in the style the reader chose, even if they chose it after opening the panel.
      if (act === "quote" && current.citation.format !== style()) { fetchPassage(current.address).then(function (p) { current = p; copy(act); }); return; }
      copy(act);
    });
    function copy(act) {
      // A reference names the work and does not quote it, so the quotation is copied ahead of the citation — of the
      // one part a writer puts after a quotation (quotedPart): the note and its bibliography entry were pasted together.
      var text = act === "link" ? current.url : act === "edition" ? current.editionUrl : act === "quote" ? "\u201c" + current.text.replace(/\n\n/g, " ") + "\u201d " + quotedPart(current.citation).text : current.embed && current.embed.html;
      if (!text) return;
      var html = act === "quote" ? "\u201c" + escaped(current.text.replace(/\n\n/g, " ")) + "\u201d " + quotedPartHtml(current.citation) : null;
      window.GsiCopy.copy(text, html).then(function () { status({ link: "Link copied: " + current.url, edition: "Link to this edition copied: " + current.editionUrl, quote: "Quotation copied with its " + quotedPart(current.citation).name + " in " + styleLabel(), embed: "Embed code copied" }[act]); },
                                      function () { status(act === "link" || act === "edition" ? "Copying is blocked here. The link: " + text : "Copying is blocked here: select the text instead."); });
    }
    document.addEventListener("click", function (e) {
      if (!panel.hidden && !panel.contains(e.target) && !(e.target.closest && e.target.closest(".para > span, .pnum, #cite-style"))) close(false);
    });
  }
  function fetchPassage(address) {
    return fetch(api + "?address=" + encodeURIComponent(address) + "&style=" + encodeURIComponent(style()))
      .then(answerText).then(JSON.parse);
  }
  function status(message) { panel.querySelector(".status").textContent = message; }
  // The panel covers nothing a reader is using. On a phone it is a sheet at the screen's foot (site.css), and the page
  // keeps room below its end for it, so everything can still be scrolled above it, the chosen sentence first. Wider,
  // it opens in the text's own column under the paragraph, pushing what follows down: standing over the margin,
  // it covered the Cite section beside the text (a reader's review), and there is no empty margin at 1280 px.
  var sheet = window.matchMedia && window.matchMedia("(max-width: 40rem)");
  function place(target) {
    if (sheet && sheet.matches) {
      if (panel.parentNode !== body) body.appendChild(panel);
      var height = panel.offsetHeight + 16;
      body.style.paddingBottom = height + "px";
      var below = target.getBoundingClientRect().bottom - (window.innerHeight - height);
      if (below > 0) window.scrollBy({ top: below, behavior: "instant" });
      return;
    }
    body.style.paddingBottom = "";
    var para = (target.closest && target.closest(".para")) || target;
    if (panel.previousElementSibling !== para) {
      // Moved from a paragraph above, the panel would pull the chosen sentence up under the pointer: keep it still.
      var before = target.getBoundingClientRect().top;
      para.after(panel);
      window.scrollBy({ top: target.getBoundingClientRect().top - before, behavior: "instant" });
    }
    // Brought into view below the chosen sentence, never scrolling that sentence off the top.
    var below2 = panel.getBoundingClientRect().bottom - window.innerHeight + 16, room = target.getBoundingClientRect().top - 8;
    if (below2 > 0 && room > 0) window.scrollBy({ top: Math.min(below2, room), behavior: "instant" });
  }
  function open(address, title, target) {
    if (!panel) build();
    returnTo = target;
    panel.querySelector("h2").textContent = title;
    panel.querySelector(".quote").textContent = "";
    panel.querySelector("[data-style-name]").textContent = styleLabel();
    panel.querySelector("[data-style-part]").textContent = partName(style());
    status("");
    panel.hidden = false;
    place(target);
    // Placed above already: focus must not scroll the page a second time.
    panel.querySelector('[data-act="link"]').focus({ preventScroll: true });
    fetchPassage(address)
      .then(function (passage) {
        current = passage;
        panel.querySelector("h2").textContent = passage.title;
        panel.querySelector(".quote").textContent = "“" + passage.text.replace(/\n\n/g, " ") + "”";
        panel.querySelector('[data-act="embed"]').hidden = !passage.embed;
        // Within an earlier edition the page's own link is already that edition's: one button says it.
        panel.querySelector('[data-act="edition"]').hidden = !passage.editionUrl || passage.editionUrl === passage.url;
        if (returnTo === target && !panel.hidden) place(target); // the quotation has made it taller
      }, function () { current = null; status("This passage could not be fetched."); });
  }
  function close(restoreFocus) {
    if (!panel || panel.hidden) return;
    panel.hidden = true;
    body.style.paddingBottom = "";
    if (restoreFocus !== false && returnTo) returnTo.focus();
  }

  // ---- The Cite section: the reader's style, remembered; narrowed to a passage from the panel ----
  var citeSection = (function () {
    // The cite section carries its base address; /how-to-cite has a heading with the same id and no such section.
    var section = document.querySelector("#cite[data-cite-base]");
    if (!section) return { narrow: function (p) { location.href = p.url; } };
    var box = document.getElementById("citation");
    var whole = section.getAttribute("data-cite-base"), address = whole;
    var controls = section.querySelector(".citation-controls");
    // The page carries only what works without script; the controls are made here. The style picker offers the
    // downloads the server marks as styles (data-style), by their own labels.
    var picker = document.createElement("select");
    picker.id = "cite-style";
    section.querySelectorAll(".cite-downloads a[data-style]").forEach(function (a) {
      var option = document.createElement("option");
      option.value = new URL(a.href).searchParams.get("format");
      option.textContent = a.textContent;
      picker.appendChild(option);
    });
    var label = control("label", "", "Style");
    label.htmlFor = "cite-style";
    controls.insertBefore(picker, controls.firstChild);
    controls.insertBefore(label, picker);
    // What is cited, when the panel has narrowed the section to a passage.
    var citing = control("p", "citing", "");
    citing.hidden = true;
    section.querySelector(".citation-box").before(citing);
    // The copy buttons, which copy the link's and the citation's own text.
    var link = document.getElementById("cite-link");
    // The citation's two lines (citationLines) each in its own element, copied by its own button: the first line (a
    // note, a reference entry) by "Copy citation", the second (a bibliography entry, an in-text citation) without its
    // label by the button named for it. Without script the lines stand as served, each selectable.
    var copyFirst = null, copySecond = null;
    function showLines(html) {
      var at = html.indexOf("<br>");
      if (at < 0) { box.innerHTML = '<span class="citation-line" id="citation-first">' + html + "</span>"; }
      else {
        var rest = html.slice(at + 4), colon = rest.indexOf(": ");
        box.innerHTML = '<span class="citation-line" id="citation-first">' + html.slice(0, at) + '</span><span class="citation-line">'
          + '<span class="citation-label">' + rest.slice(0, colon + 2) + '</span><span id="citation-second">' + rest.slice(colon + 2) + "</span></span>";
      }
      if (!copySecond) return;
      var label = (box.querySelector(".citation-label") || { textContent: "" }).textContent;
      copySecond.hidden = !label;
      var what = /^Bibliography/.test(label) ? "bibliography entry" : /^In text/.test(label) ? "in-text citation" : label.replace(/: $/, "").toLowerCase();
      copySecond.textContent = "Copy " + what;
      copySecond.setAttribute("data-copied", what.charAt(0).toUpperCase() + what.slice(1) + " copied");
    }
    // A hand copy of the citation takes its words and its italics, not the page's colours and fonts, which a browser
    // writes into the copied html and a word processor keeps: pale text on a black band from the dark scheme (review 19, D6).
    box.addEventListener("copy", function (e) {
      var selection = window.getSelection();
      if (!e.clipboardData || !selection || selection.isCollapsed) return;
      var holder = document.createElement("div");
      for (var r = 0; r < selection.rangeCount; r++) holder.appendChild(selection.getRangeAt(r).cloneContents());
      holder.querySelectorAll("[style]").forEach(function (el) { el.removeAttribute("style"); });
      e.clipboardData.setData("text/plain", selection.toString());
      e.clipboardData.setData("text/html", holder.innerHTML);
      e.preventDefault();
    });
    if (window.GsiCopy) {
      if (link) link.parentNode.append(" ", copyButton("cite-link", "Copy link", "Link copied", "copy quiet"));
      copyFirst = copyButton("citation-first", "Copy citation", "Citation copied", "copy");
      copySecond = copyButton("citation-second", "Copy bibliography entry", "Copied", "copy quiet");
      controls.insertBefore(copyFirst, controls.querySelector(".status"));
      controls.insertBefore(copySecond, controls.querySelector(".status"));
    }
    showLines(box.innerHTML);
    // The link and the citation carry the edition's address, which shows the cited words for ever. The current text's
    // address, and a citation carrying it (/cite/…?url=current), are made here, as the item page has no bytes to spare
    // (ItemPageSizeTests). Not on a fixed edition's page, whose banner links the current text.
    var currentLine = null;
    if (link && !/^\/editions\//.test(location.pathname)) {
      currentLine = control("p", "current-line", "The current text, which may change: ");
      currentLine.append(control("a", "", ""), " (", control("a", "", "a citation with this address"), ")");
      currentLine.children[0].id = "cite-current";
      currentLine.children[1].id = "cite-current-citation";
      currentLine.children[1].setAttribute("download", "");
      // At the section's end: inserted above the citation, it pushed the citation down after the page was painted.
      section.appendChild(currentLine);
    }
    function showCurrent(cited) {
      if (!currentLine) return;
      var hash = cited.indexOf("#");
      currentLine.children[0].href = cited;
      currentLine.children[0].textContent = location.origin + cited;
      currentLine.children[1].href = citeRoute + (hash < 0 ? cited : cited.slice(0, hash)) + "?format=" + picker.value + (hash < 0 ? "" : "&at=" + cited.slice(hash + 1)) + "&url=current";
    }
    function copyButton(target, text, copied, className) {
      var b = control("button", className, text);
      b.setAttribute("data-copy", target);
      b.setAttribute("data-copied", copied);
      window.GsiCopy.wire(b);
      return b;
    }
    // The remembered style (style() reads this picker, which has no choice of its own yet).
    picker.value = store(STYLE_KEY) || "chicago";
    function load() {
      fetch(api + "?address=" + encodeURIComponent(address) + "&style=" + encodeURIComponent(picker.value))
        .then(answerText).then(JSON.parse)
        .then(function (passage) {
          showLines(passage.citation.html);
          // The link line names what is cited, at the edition's address the citation carries: the sentences when
          // narrowed, the page otherwise.
          if (link) { link.href = passage.editionUrl; link.textContent = passage.editionUrl; }
          showCurrent(passage.address);
          box.setAttribute("data-format", passage.citation.format);
          var hash = address.indexOf("#");
          // Each download keeps its format (its address's ?format=) and is narrowed to the passage cited.
          section.querySelectorAll(".cite-downloads a[download], .cite-downloads a[data-markup]").forEach(function (a) {
            var params = new URL(a.href).searchParams, markup = params.get("markup");
            var format = a.hasAttribute("data-markup") ? picker.value : params.get("format");
            a.href = citeRoute + (hash < 0 ? address : address.slice(0, hash)) + "?format=" + format + (hash < 0 ? "" : "&at=" + address.slice(hash + 1)) + (markup ? "&markup=" + markup : "");
          });
          if (address === whole) { citing.hidden = true; citing.textContent = ""; return; }
          citing.hidden = false;
          citing.textContent = "Citing " + passage.title + ". ";
          var back = document.createElement("button");
          back.type = "button"; back.className = "quiet"; back.textContent = "Cite the whole page instead";
          back.addEventListener("click", function () { address = whole; load(); });
          citing.appendChild(back);
        });
    }
    picker.addEventListener("change", function () {
      store(STYLE_KEY, picker.value); load();
      // An open panel names the style its quotation will be copied with.
      var named = panel && panel.querySelector("[data-style-name]");
      if (named) named.textContent = styleLabel();
      var part = panel && panel.querySelector("[data-style-part]");
      if (part) part.textContent = partName(picker.value);
      if (panel && !panel.hidden && current) fetchPassage(current.address).then(function (p) { current = p; }, function () { /* copied afresh on demand */ });
    });
    // Arriving at a sentence, a paragraph or a run of them (#s2-s3, #commitment-4-s7, #p7, #background-p3) cites
    // them, as choosing them would; so does a change of the fragment on the same page.
    function pinpointed() {
      var f = decodeURIComponent(location.hash.slice(1));
      return whole.indexOf("#") < 0 && /^[a-z0-9-]*?(s|p)\d+(-(s|p)\d+)?$/.test(f)
        && !!(document.getElementById(f) || document.getElementById(f.replace(/-(s|p)\d+$/, "")));
    }
    if (pinpointed()) { address = whole + location.hash; load(); }
    else if (picker.value !== box.getAttribute("data-format")) load();
    else showCurrent(whole);
    window.addEventListener("hashchange", function () {
      if (pinpointed()) { address = whole + location.hash; load(); }
    });
    return {
      narrow: function (passage) {
        address = passage.address; load();
        section.scrollIntoView({ block: "start" });
        section.querySelector("h2").setAttribute("tabindex", "-1");
        section.querySelector("h2").focus({ preventScroll: true });
      },
    };
  })();
  function styleName(key) { return { chicago: "Chicago", apa: "APA", mla: "MLA" }[key] || key; }

  // ---- Sentence numbers on demand, remembered ----
  document.querySelectorAll("[data-sentence-numbers]").forEach(function (button) {
    if (!sentences.length) return;
    button.hidden = false;
    function show(on) { body.classList.toggle("show-sentence-numbers", on); button.setAttribute("aria-pressed", on ? "true" : "false"); }
    show(store(NUMBERS_KEY) === "on");
    button.addEventListener("click", function () { var on = button.getAttribute("aria-pressed") !== "true"; store(NUMBERS_KEY, on ? "on" : "off"); show(on); });
  });

  // ---- Ranges in the address: #s2-s3, #commitment-4-s2-s3, #p5-s2-s3, #p4-p6, #priority-4-p2-p3 ----
  function markFromHash() {
    document.querySelectorAll(".in-range").forEach(function (el) { el.classList.remove("in-range"); });
    var fragment = decodeURIComponent(location.hash.slice(1)), marked = [], m, n, el;
    if ((m = /^(.*?)s(\d+)-s(\d+)$/.exec(fragment))) {
      for (n = +m[2]; n <= +m[3]; n++) {
        el = document.getElementById(m[1] + "s" + n);
        // On an item page the long id (commitment-4-s3) is the span inside the sentence (s3): mark the sentence.
        if (el) marked.push(el.parentElement.matches(".para > span") ? el.parentElement : el);
      }
    } else if ((m = /^(.*?p)(\d+)-p(\d+)$/.exec(fragment))) {
      for (n = +m[2]; n <= +m[3]; n++) {
        el = document.getElementById(m[1] + n);
        if (el && el.classList.contains("para")) marked.push(el);
      }
    }
    marked.forEach(function (e) { e.classList.add("in-range"); });
    if (marked.length) { frame(marked[0]); marked[0].scrollIntoView({ block: "start" }); }
    missing(fragment, marked);
    return marked.length > 0;
  }
  // Arriving at a sentence or paragraph, the reader sees what it is in: the heading above it (the item's, or on an
  // item's own page its title and label) comes into view with it where both fit on the screen; where they do not,
  // the passage stands a little below the top (site.css). The room above the passage is given as its scroll margin,
  // so that the browser's own scroll to the fragment (smooth, and after the load event) lands there: a scroll of
  // our own raced it.
  function frame(target) {
    var heading = null;
    document.querySelectorAll("main h1, main h2, main h3").forEach(function (h) {
      if (h.compareDocumentPosition(target) & Node.DOCUMENT_POSITION_FOLLOWING && !h.closest(".side-column, .cite, .passage-panel")) heading = h;
    });
    if (!heading) return;
    // Only where the passage then still stands in the screen's upper half, where the eye lands: a heading far above
    // it would leave the passage low on the screen, easy to miss.
    var top = heading.getBoundingClientRect().top, box = target.getBoundingClientRect();
    if (box.top - top + 12 <= window.innerHeight / 2 && box.bottom - top + 24 <= window.innerHeight) target.style.scrollMarginTop = (box.top - top + 12) + "px";
  }
  function arrive(e) {
    if (markFromHash()) return;
    var fragment = decodeURIComponent(location.hash.slice(1)), target = /(^|-)(s|p)\d+$/.test(fragment) && document.getElementById(fragment);
    if (!target) return;
    frame(target);
    // On arrival the browser scrolls to the fragment itself, with the margin; a change of fragment has scrolled already.
    if (e) target.scrollIntoView({ block: "start" });
  }
  // An address this page cannot read says so, with the true reason, rather than leaving the reader at the top (or
  // at a part of what was meant) wondering: a sentence or paragraph the page lacks (#s9 on an eight-sentence item, a
  // mistyped #p40), a range written backwards or running past the end, a commentary's form on an item's page (#p1-s5),
  // capitals (#S5), a dangling dash (#s5-), another site's wording (#sentence-5). A fragment naming an element of the
  // page is read by the browser; anything else is the page's to explain (review 19, D4).
  function missing(fragment, marked) {
    var old = document.getElementById("missing-pinpoint");
    if (old) old.remove();
    // A refused edition's page is not the page the fragment was for: its links to that page keep it (site.js).
    if (document.getElementById("edition-refusal")) return;
    if (!fragment || fragment === "top" || document.getElementById(fragment) && !marked.length) return;
    var heading = document.querySelector("main h1");
    if (!heading) return;
    var why = whyNot(fragment, marked);
    if (!why) return;
    var note = control("p", "missing-pinpoint editors", "");
    why.forEach(function (part) {
      if (typeof part === "string") { note.appendChild(document.createTextNode(part)); return; }
      var a = document.createElement("a");
      a.href = "#" + part.to; a.textContent = "#" + part.to;
      note.appendChild(a);
    });
    note.id = "missing-pinpoint";
    note.setAttribute("role", "status");
    heading.after(note);
  }
  // The highest number this page gives ids of the form prefix + kind + number (s8 for "s", p14 for "p"), or 0.
  function highestOf(prefix, kind) {
    var pattern = new RegExp("^" + prefix.replace(/[.*+?^${}()|[\]\\]/g, "\\$&") + kind + "(\\d+)$"), highest = 0;
    document.querySelectorAll("main [id]").forEach(function (el) { var n = pattern.exec(el.id); if (n) highest = Math.max(highest, +n[1]); });
    return highest;
  }
  function readable(fragment) {
    var m = /^(.*?)(s|p)(\d+)-(?:s|p)(\d+)$/.exec(fragment);
    return m ? +m[4] >= +m[3] && !!document.getElementById(m[1] + m[2] + m[3]) && !!document.getElementById(m[1] + m[2] + m[4]) : !!document.getElementById(fragment);
  }
  // How this page names its sentences and paragraphs, read from its own ids, for a fragment written some other way.
  function naming() {
    var sentences = highestOf("", "s"), paragraphs = document.querySelectorAll("main .para[id]"), parts = [];
    if (sentences > 0) parts.push("its sentences are #s1 to #s" + sentences);
    if (paragraphs.length === 1) parts.push("its paragraph is #" + paragraphs[0].id);
    else if (paragraphs.length > 1) parts.push("its paragraphs are #" + paragraphs[0].id + " to #" + paragraphs[paragraphs.length - 1].id);
    return parts.length ? parts.join(", and ") + "." : "a fragment names a sentence or paragraph by the ids the page gives them.";
  }
  function whyNot(fragment, marked) {
    var start = "Nothing on this page answers #" + fragment + ", the end of its address: ", m, highest, kind, lower, trimmed;
    // A range: #s7-s5 or #p6-p4 backwards, #s5-s99 past the end (what there is of it is marked).
    if ((m = /^(.*?)(s|p)(\d+)-(s|p)(\d+)$/.exec(fragment)) && m[2] === m[4]) {
      kind = m[2] === "s" ? "sentence" : "paragraph";
      highest = highestOf(m[1], m[2]);
      if (+m[5] < +m[3] && readable(m[1] + m[2] + m[5] + "-" + m[4] + m[3]))
        return ["#" + fragment + " runs backwards: a range is written from its first " + kind + " to its last, ", { to: m[1] + m[2] + m[5] + "-" + m[4] + m[3] }, "."];
      if (marked.length && +m[5] > highest)
        return ["#" + fragment + " runs past the end: " + kind + "s here are numbered 1 to " + highest + ", so " + m[2] + m[3] + " to " + m[2] + highest + " are marked."];
      if (marked.length) return null;
      if (highest > 0) return [start + "its " + kind + "s here are numbered 1 to " + highest + "."];
    }
    // Capitals: the page's ids are in lower case.
    lower = fragment.toLowerCase();
    if (lower !== fragment && readable(lower)) return [start + "addresses here are written in lower case, ", { to: lower }, "."];
    // A dash with nothing after it.
    trimmed = fragment.replace(/-+$/, "");
    if (trimmed !== fragment && readable(trimmed)) {
      m = /(s|p)(\d+)$/.exec(trimmed);
      var next = m ? trimmed + "-" + m[1] + (+m[2] + 1) : "";
      return [start + "it ends in a dash with nothing after it. ", { to: trimmed }, " names that one" + (next && readable(next) ? "; a range names its last too, as #" + next + "." : ".")];
    }
    // One sentence or paragraph: numbered past what the page has, or written in a form the page does not use.
    if ((m = /^(.*?)(s|p)(\d+)$/.exec(fragment))) {
      kind = m[2] === "s" ? "sentence" : "paragraph";
      if (document.getElementById(fragment)) return null;
      highest = highestOf(m[1], m[2]);
      if (highest > 0) return [start + "its " + kind + "s here are numbered 1 to " + highest + "."];
      return [start + "this page does not name its " + kind + "s so; " + naming()];
    }
    if (document.getElementById(fragment)) return null;
    // Another site's wording (#sentence-5, #para4): the number, in this page's form.
    if ((m = /^(sentence|sent|para|paragraph)[-_.]?(\d+)$/i.exec(fragment)) && readable((/^s/i.test(m[1]) ? "s" : "p") + m[2]))
      return [start + "this page names " + (/^s/i.test(m[1]) ? "sentence" : "paragraph") + " " + m[2] + " ", { to: (/^s/i.test(m[1]) ? "s" : "p") + m[2] }, "; " + naming()];
    return [start + naming()];
  }
  window.addEventListener("hashchange", arrive);
  arrive();
})();
