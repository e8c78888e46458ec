/*
 * GsiPortal linker: for other sites. Include it with
 *   <script src="https://THIS-SITE/js/linker.js" defer></script>
 * and references to the Global Security Initiative Concept Paper in the page — "GSI II.4", "GSI III.15",
 * "Global Security Initiative Concept Paper, commitment 4" — become links to the passage, and those links and any
 * link to this site's paper or commentaries show the passage and its citation in a popover on click, tap or Enter.
 * No dependency; it changes nothing else in the page, and styles only what it adds.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var style = script.getAttribute("data-style") || "chicago";

  var numerals = { I: 1, II: 2, III: 3, IV: 4 };
  // "GSI II.4" and "Global Security Initiative Concept Paper, commitment 4" (priority, platform, or plurals' singular).
  var pattern = /\bGSI\s+(IV|I{1,3})\.(\d{1,2})\b|\bGlobal Security Initiative Concept Paper,?\s+(commitment|priority|platform)\s+(\d{1,2})\b/g;
  var skip = { A: 1, SCRIPT: 1, STYLE: 1, TEXTAREA: 1, INPUT: 1, CODE: 1, PRE: 1, BUTTON: 1, SELECT: 1, NOSCRIPT: 1 };

  function referenceOf(match) {
    if (match[1]) return numerals[match[1]] ? match[1] + "." + match[2] : null;
    return match[3] + " " + match[4];
  }

  function linkReferences(root) {
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        for (var el = node.parentNode; el && el !== root.parentNode; el = el.parentNode) {
          if (el.nodeType === 1 && (skip[el.nodeName] || el.hasAttribute("data-gsi-linker"))) return NodeFilter.FILTER_REJECT;
        }
        pattern.lastIndex = 0;
        return pattern.test(node.nodeValue) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP;
      }
    });
    var nodes = [];
    while (walker.nextNode()) nodes.push(walker.currentNode);
    nodes.forEach(function (node) {
      var text = node.nodeValue, last = 0, match, fragment = document.createDocumentFragment();
      pattern.lastIndex = 0;
      while ((match = pattern.exec(text))) {
        var reference = referenceOf(match);
        if (!reference) continue;
        fragment.appendChild(document.createTextNode(text.slice(last, match.index)));
        var link = document.createElement("a");
        link.href = origin + "/ref/" + encodeURIComponent(reference);
        link.textContent = match[0];
        link.setAttribute("data-gsi-reference", reference);
        fragment.appendChild(link);
        last = match.index + match[0].length;
      }
      if (last === 0) return;
      fragment.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(fragment, node);
    });
  }

  function query(link) {
    var reference = link.getAttribute("data-gsi-reference");
    if (reference) return "reference=" + encodeURIComponent(reference);
    var url = new URL(link.href);
    return "address=" + encodeURIComponent(url.pathname + url.hash);
  }

  function isPassageLink(link) {
    if (link.hasAttribute("data-gsi-reference")) return true;
    try {
      var url = new URL(link.href);
      return url.origin === origin && /^\/(paper|commentaries)\//.test(url.pathname);
    } catch (e) { return false; }
  }

  var open = null;
  var counter = 0;

  function close(returnFocus) {
    if (!open) return;
    var was = open;
    open = null;
    was.popover.remove();
    was.link.setAttribute("aria-expanded", "false");
    if (returnFocus) was.link.focus();
  }

  function el(tag, text, css) {
    var node = document.createElement(tag);
    if (text) node.textContent = text;
    if (css) Object.keys(css).forEach(function (k) { node.style[k] = css[k]; });
    return node;
  }

  function show(link) {
    if (open && open.link === link) { close(true); return; }
    close(false);
    var id = "gsi-linker-" + (++counter);
    var popover = el("div", "", {
      position: "absolute", zIndex: "2147483000", maxWidth: "min(32rem, calc(100vw - 2rem))", padding: "1rem 1.1rem",
      background: "#fffdf8", color: "#1b1b1b", border: "1px solid #8a8170", borderRadius: "6px",
      boxShadow: "0 6px 24px rgba(0,0,0,.18)", font: "16px/1.5 Georgia, 'Times New Roman', serif", textAlign: "left"
    });
    popover.id = id;
    popover.setAttribute("role", "dialog");
    popover.setAttribute("aria-labelledby", id + "-title");
    popover.setAttribute("data-gsi-linker", "");
    var title = el("p", "Loading…", { margin: "0 2rem .5rem 0", font: "600 15px/1.3 system-ui, sans-serif" });
    title.id = id + "-title";
    var closer = el("button", "×", {
      position: "absolute", top: ".4rem", right: ".5rem", border: "0", background: "none", font: "22px/1 system-ui, sans-serif",
      color: "#1b1b1b", cursor: "pointer", padding: ".2rem .4rem"
    });
    closer.type = "button";
    closer.setAttribute("aria-label", "Close");
    closer.addEventListener("click", function () { close(true); });
    popover.appendChild(closer);
    popover.appendChild(title);

    var rect = link.getBoundingClientRect();
    popover.style.top = (window.scrollY + rect.bottom + 6) + "px";
    popover.style.left = Math.max(8, Math.min(window.scrollX + rect.left, window.scrollX + document.documentElement.clientWidth - 520)) + "px";
    document.body.appendChild(popover);
    link.setAttribute("aria-expanded", "true");
    link.setAttribute("aria-controls", id);
    open = { link: link, popover: popover };

    fetch(origin + "/api/passages?" + query(link) + "&style=" + encodeURIComponent(style), { credentials: "omit" })
      .then(function (response) { if (!response.ok) throw new Error(response.status); return response.json(); })
      .then(function (passage) {
        if (!open || open.popover !== popover) return;
        title.textContent = passage.title;
        var quote = el("blockquote", passage.text, { margin: "0 0 .7rem", padding: "0 0 0 .8rem", borderLeft: "3px solid #b9ad94" });
        quote.cite = passage.url;
        var cite = el("p", passage.citation.text, { margin: "0 0 .6rem", font: "14px/1.45 system-ui, sans-serif", color: "#3a3a3a" });
        var read = el("a", "Read it on GsiPortal", { font: "600 14px/1.4 system-ui, sans-serif", color: "#0b5394" });
        read.href = passage.url;
        popover.appendChild(quote);
        popover.appendChild(cite);
        popover.appendChild(read);
      })
      .catch(function () {
        if (!open || open.popover !== popover) return;
        title.textContent = "The passage could not be loaded.";
        var read = el("a", "Open it on GsiPortal", { font: "14px system-ui, sans-serif", color: "#0b5394" });
        read.href = link.href;
        popover.appendChild(read);
      });
    closer.focus();
  }

  function start() {
    linkReferences(document.body);
    Array.prototype.forEach.call(document.querySelectorAll("a[href]"), function (link) {
      if (!isPassageLink(link)) return;
      link.setAttribute("aria-haspopup", "dialog");
      link.setAttribute("aria-expanded", "false");
      link.addEventListener("click", function (event) {
        // A modified click opens the link as the reader asked.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        show(link);
      });
    });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape" && open) close(true); });
    document.addEventListener("click", function (event) {
      if (open && !open.popover.contains(event.target) && event.target !== open.link) close(false);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
