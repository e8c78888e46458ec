// Every embed page. Two jobs: the shortened embed's cut, and answering WordPress, which frames an embed it discovered.
(function () {
  "use strict";

  // The shortened embed (/embed/…?lines=n, what oEmbed answers for a small maxheight): its quotation ends at a whole
  // word with an ellipsis, in at most n lines, or in as many whole lines as the frame leaves room for above the footer
  // when the consuming site has made the frame lower. Without this script the stylesheet's line clamp stands, whose
  // ellipsis falls where the line runs out, inside a word if need be, and a lower frame cuts through a line.
  var p = document.querySelector(".embed-quote.clamped p[data-words]");
  var words = p ? Array.prototype.filter.call(p.children, function (el) { return el.tagName === "SPAN"; }) : [];
  var asked = p ? +((/clamp-(\d+)/.exec(p.parentElement.className) || [])[1]) || 1 : 0;
  var mark = document.createElement("span");
  mark.className = "ellipsis";
  mark.textContent = "\u2026";
  function uncut() {
    words.forEach(function (w) { w.hidden = false; });
    mark.remove();
  }
  function cut() {
    if (!p) return;
    uncut();
    p.classList.add("cut"); // the clamp off: the lines are counted here
    var top = p.getBoundingClientRect().top, height = parseFloat(getComputedStyle(p).lineHeight);
    // The room the frame gives (the paragraph shrinks to it, the footer keeps its own), in whole lines.
    var room = Math.max(1, Math.min(asked, Math.floor((p.clientHeight + 1) / height)));
    function line(el) { var r = el.getClientRects(); return r.length ? Math.floor((r[0].top - top + height / 2) / height) : 0; }
    var first = -1;
    for (var i = 0; i < words.length; i++) if (line(words[i]) >= room) { first = i; break; }
    if (first < 0) return;
    for (var j = first; j < words.length; j++) words[j].hidden = true;
    var last = first - 1;
    if (last < 0) return;
    words[last].after(mark);
    while (last > 0 && line(mark) >= room) { words[last].hidden = true; last--; words[last].after(mark); }
  }

  // WordPress keeps only the iframe of an oEmbed answer from a site it discovered, adds "#?secret=…" to its address
  // and frames it sandboxed with scripts alone allowed (wp_filter_oembed_result). Its own script on the page
  // (wp-embed.js) then sizes the frame only by a message from the framed page, { message: "height", value, secret },
  // and opens a link only when asked by { message: "link", value: address } — the sandbox stops a target="_top" link.
  // Answered here: the height the embed needs at the frame's width (not the frame's own, which main never outgrows),
  // when the page is ready, when WordPress says it is ("ready"), when the frame's width changes and when the fonts
  // have come; the links sent up. Outside WordPress (no secret) nothing is posted and the links work as they are.
  var framed = window.parent !== window;
  function secret() {
    var m = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash);
    return m ? m[1] : null;
  }
  function post(message, value) {
    var s = secret();
    if (framed && s) window.parent.postMessage({ message: message, value: value, secret: s }, "*");
  }
  function needed() {
    var root = document.documentElement, main = document.querySelector("main");
    root.classList.add("measuring"); // main as tall as its words, not the frame; undone before anything is painted
    if (p) { uncut(); p.classList.remove("cut"); } // the shortened quotation in all the lines it asked for
    var height = Math.ceil(main.getBoundingClientRect().bottom);
    root.classList.remove("measuring");
    if (p) cut();
    return height;
  }
  function postHeight() { post("height", needed()); }

  var frame = 0;
  function later() {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(function () { cut(); postHeight(); });
  }
  cut();
  postHeight();
  window.addEventListener("resize", later);
  window.addEventListener("load", later);
  window.addEventListener("hashchange", later); // a secret added after the frame loaded
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(later);
  window.addEventListener("message", function (e) {
    var data = e.data;
    if (e.source === window.parent && data && data.message === "ready" && data.secret && data.secret === secret()) postHeight();
  });
  document.addEventListener("click", function (e) {
    if (!framed || !secret() || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var link = e.target.closest && e.target.closest("a[href]");
    if (!link) return;
    post("link", link.href);
    e.preventDefault();
  });
})();
