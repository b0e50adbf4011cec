/* Wide tables scroll sideways on a narrow screen: Material wraps each one in
   .md-typeset__scrollwrap. A keyboard user can only scroll what can take focus, so a
   wrapper that overflows becomes a focusable region named after its table (WCAG 2.1.1;
   axe's scrollable-region-focusable), as Material does for wide code blocks. A wrapper
   that fits is left alone, so it adds no tab stop. Loaded only on pages with a table
   (overrides/main.html). */
(function () {
  // The table's caption, else the heading it sits under: what a screen reader announces on focus.
  function name(wrap) {
    var table = wrap.querySelector("table");
    if (table && table.caption) return table.caption.textContent.trim();
    for (var el = wrap.previousElementSibling; el; el = el.previousElementSibling)
      if (/^H[1-6]$/.test(el.tagName)) return el.textContent.replace(/\u00b6/g, "").trim() + " (table)";
    return "Table";
  }

  function update(wrap, wide) {
    if (wide) {
      wrap.setAttribute("tabindex", "0");
      wrap.setAttribute("role", "region");
      wrap.setAttribute("aria-label", name(wrap));
    } else {
      wrap.removeAttribute("tabindex");
      wrap.removeAttribute("role");
      wrap.removeAttribute("aria-label");
    }
  }

  // A ResizeObserver reports each wrapper once the browser has laid the page out, and again whenever
  // its size changes (rotation, zoom), so measuring never forces an early layout of the whole page
  // while it loads. Every width is read before any attribute is written, for the same reason.
  var observer = new ResizeObserver(function (entries) {
    var wide = entries.map(function (entry) { return entry.target.scrollWidth > entry.target.clientWidth; });
    entries.forEach(function (entry, i) { update(entry.target, wide[i]); });
  });
  // After Material has wrapped the tables (document$ emits once per page, and again on each page
  // if instant navigation is ever switched on).
  document$.subscribe(function () {
    observer.disconnect();
    Array.prototype.forEach.call(document.querySelectorAll(".md-typeset__scrollwrap"), function (wrap) {
      observer.observe(wrap);
    });
  });
})();
