/*
 * GsiPortal linker: for other sites. Include it with
 *   <script src="https://THIS-SITE/js/linker.js" defer></script>
 * and every reference to the Global Security Initiative Concept Paper or its commentaries in the page — "GSI II.4",
 * "commitment 4 of the GSI concept paper", "priorities 3–5", "Khokhar ¶4", "paragraph 4 of Khokhar" — becomes a link
 * to the passage. The page's text is sent to this site's /api/references, which reads references with the site's one
 * grammar: only what it finds is linked, so no link leads to a page that is not there. Those links, and any existing
 * link to this site's paper, commentaries or /ref/ addresses, show the passage and its citation in a popover on
 * click, tap or Enter. Text added to the page later is read too. No dependency; it changes nothing else in the page,
 * and styles only what it adds.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var origin = new URL(script.src).origin;
  var style = script.getAttribute("data-style") || "chicago";
  var skip = { A: 1, SCRIPT: 1, STYLE: 1, TEXTAREA: 1, INPUT: 1, CODE: 1, PRE: 1, BUTTON: 1, SELECT: 1, NOSCRIPT: 1, TEMPLATE: 1 };
  // The endpoint takes 50,000 characters; a page's text is sent in parts well under it.
  var chunkLength = 30000;
  var answers = {};
  var observer = null;

  function skipped(node, root) {
    for (var el = node.parentNode; el && el !== root.parentNode; el = el.parentNode) {
      if (el.nodeType === 1 && (skip[el.nodeName] || el.hasAttribute("data-gsi-linker"))) return true;
    }
    return false;
  }

  function textNodes(root) {
    var nodes = [];
    if (root.nodeType === 3) {
      if (root.parentNode && !skipped(root, document.body) && /\S/.test(root.nodeValue)) nodes.push(root);
      return nodes;
    }
    if (root.nodeType !== 1 || skip[root.nodeName] || root.hasAttribute("data-gsi-linker") || skipped(root, document.body)) return nodes;
    var walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
      acceptNode: function (node) {
        if (!/\S/.test(node.nodeValue)) return NodeFilter.FILTER_SKIP;
        return skipped(node, root) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT;
      }
    });
    while (walker.nextNode()) nodes.push(walker.currentNode);
    return nodes;
  }

  // An answer's text, or null when refused. A refusal's body is read too: this site sends its errors "no-store", and
  // Chromium holds such a response open until the page reads it, which kept the including page from network idle.
  function body(response) { return response.text().then(function (text) { return response.ok ? text : null; }); }

  // One request per part of the text, each answer kept: the same text is never sent twice.
  function references(text) {
    if (!answers[text]) {
      answers[text] = fetch(origin + "/api/references", {
        method: "POST", credentials: "omit", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: text })
      }).then(function (response) { return body(response).then(function (text) { return text === null ? { references: [] } : JSON.parse(text); }); })
        .catch(function () { return { references: [] }; });
    }
    return answers[text];
  }

  // Text nodes are joined with a line break, so that a reference never runs from one node into the next.
  function linkReferences(root) {
    var nodes = textNodes(root);
    var parts = [], part = { nodes: [], starts: [], text: "" };
    nodes.forEach(function (node) {
      if (part.text.length + node.nodeValue.length > chunkLength && part.nodes.length) { parts.push(part); part = { nodes: [], starts: [], text: "" }; }
      part.starts.push(part.text.length);
      part.nodes.push(node);
      part.text += node.nodeValue.slice(0, chunkLength) + "\n";
    });
    if (part.nodes.length) parts.push(part);
    return Promise.all(parts.map(function (p) {
      return references(p.text).then(function (answer) { apply(p, answer.references || []); });
    }));
  }

  function apply(part, found) {
    var byNode = [];
    found.forEach(function (reference) {
      for (var i = part.starts.length - 1; i >= 0; i--) {
        if (part.starts[i] <= reference.start) {
          var node = part.nodes[i], at = reference.start - part.starts[i];
          if (at + reference.length <= node.nodeValue.length) (byNode[i] = byNode[i] || []).push({ at: at, reference: reference });
          return;
        }
      }
    });
    byNode.forEach(function (list, i) {
      var node = part.nodes[i];
      if (!node.parentNode || skipped(node, document.body)) return;
      var text = node.nodeValue, last = 0, fragment = document.createDocumentFragment();
      list.sort(function (a, b) { return a.at - b.at; }).forEach(function (item) {
        if (item.at < last || text.substr(item.at, item.reference.length) !== item.reference.text) return;
        fragment.appendChild(document.createTextNode(text.slice(last, item.at)));
        var link = document.createElement("a");
        link.href = item.reference.url;
        link.textContent = item.reference.text;
        link.title = item.reference.title;
        link.setAttribute("data-gsi-address", item.reference.address);
        prepare(link);
        fragment.appendChild(link);
        last = item.at + item.reference.length;
      });
      if (last === 0) return;
      fragment.appendChild(document.createTextNode(text.slice(last)));
      node.parentNode.replaceChild(fragment, node);
    });
    // The script's own changes are not new text to read.
    if (observer) observer.takeRecords();
  }

  function query(link) {
    var address = link.getAttribute("data-gsi-address");
    if (address) return "address=" + encodeURIComponent(address);
    var url = new URL(link.href);
    if (url.pathname.indexOf("/ref/") === 0) return "reference=" + encodeURIComponent(decodeURIComponent(url.pathname.slice(5)));
    return "address=" + encodeURIComponent(url.pathname + url.hash);
  }

  function isPassageLink(link) {
    if (link.hasAttribute("data-gsi-address")) return true;
    try {
      var url = new URL(link.href);
      return url.origin === origin && /^\/(paper|commentaries|ref)(\/|$)/.test(url.pathname);
    } catch (e) { return false; }
  }

  function prepare(link) {
    if (link.hasAttribute("data-gsi-prepared") || !isPassageLink(link)) return;
    link.setAttribute("data-gsi-prepared", "");
    link.setAttribute("aria-haspopup", "dialog");
    link.setAttribute("aria-expanded", "false");
  }

  function prepareLinks(root) {
    if (root.nodeType !== 1) return;
    if (root.nodeName === "A") prepare(root);
    Array.prototype.forEach.call(root.querySelectorAll("a[href]"), prepare);
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
    var closer = el("button", "\u00d7", {
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
      .then(function (response) { return body(response).then(function (text) { if (text === null) throw new Error(response.status); return JSON.parse(text); }); })
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
    prepareLinks(document.body);
    var ready = linkReferences(document.body);
    // One listener for every passage link, those the page adds later included.
    document.addEventListener("click", function (event) {
      var link = event.target && event.target.closest ? event.target.closest("a[data-gsi-prepared]") : null;
      if (link) {
        // A modified click opens the link as the reader asked.
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
        event.preventDefault();
        show(link);
        return;
      }
      if (open && !open.popover.contains(event.target)) close(false);
    });
    document.addEventListener("keydown", function (event) { if (event.key === "Escape" && open) close(true); });

    // Text added later (comments, infinite scroll, a single-page app) is read once it settles.
    var pending = [], timer = 0;
    observer = new MutationObserver(function (mutations) {
      mutations.forEach(function (mutation) {
        if (mutation.target.nodeType === 1 && mutation.target.closest && mutation.target.closest("[data-gsi-linker]")) return;
        if (mutation.type === "characterData") pending.push(mutation.target);
        Array.prototype.forEach.call(mutation.addedNodes, function (node) {
          if (node.nodeType === 1 && (node.hasAttribute("data-gsi-linker") || node.hasAttribute("data-gsi-address"))) return;
          pending.push(node);
        });
      });
      if (!pending.length) return;
      clearTimeout(timer);
      timer = setTimeout(function () {
        var roots = pending.filter(function (node) { return node.isConnected; });
        pending = [];
        ready = ready.then(function () {
          return Promise.all(roots.map(function (root) { prepareLinks(root); return linkReferences(root); }));
        });
      }, 300);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
