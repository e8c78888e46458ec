// The shortened embed (/embed/…?lines=n, what oEmbed answers for a small maxheight): its quotation ends at a whole word
// with an ellipsis, in at most n lines, or in as many whole lines as the frame leaves room for above the footer when
// the consuming site has made the frame lower. Without this script the stylesheet's line clamp stands, whose ellipsis
// falls where the line runs out, inside a word if need be, and a lower frame cuts through a line.
(function () {
  "use strict";
  var p = document.querySelector(".embed-quote.clamped p[data-words]");
  if (!p) return;
  var words = Array.prototype.filter.call(p.children, function (el) { return el.tagName === "SPAN"; });
  var asked = +((/clamp-(\d+)/.exec(p.parentElement.className) || [])[1]) || 1;
  var mark = document.createElement("span");
  mark.className = "ellipsis";
  mark.textContent = "\u2026";
  function cut() {
    words.forEach(function (w) { w.hidden = false; });
    mark.remove();
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
  var frame = 0;
  function later() { cancelAnimationFrame(frame); frame = requestAnimationFrame(cut); }
  cut();
  window.addEventListener("resize", later);
  if (document.fonts && document.fonts.ready) document.fonts.ready.then(later);
})();
