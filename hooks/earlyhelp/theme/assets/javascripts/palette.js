/* The light and dark switch (overrides/partials/palette.html). The header script
   (overrides/partials/javascripts/palette.html) has already applied the reader's
   palette and exposes __eh_palette; this adds what can wait until the page is parsed. */
(function (palette) {
  if (!palette) return;
  var options = palette.options, buttons = palette.buttons, body = document.body;

  // Without a stored choice (or with the automatic one) the page follows the system setting as it changes.
  options.forEach(function (option) {
    if (!option.media) return;
    matchMedia(option.media).addEventListener("change", function () {
      var stored = palette.stored();
      if (stored === null) palette.apply(palette.matching());
      else if (options[stored].media === palette.auto) palette.apply(stored);
    });
  });

  // Each button switches to the next palette; the choice is kept for every page (Material's format).
  Array.prototype.forEach.call(buttons, function (button) {
    button.addEventListener("click", function () {
      var next = (+button.getAttribute("data-eh-palette") + 1) % options.length;
      body.setAttribute("data-md-color-switching", "");  // Material's CSS: no colour transitions mid-switch
      __md_set("__palette", { index: next, color: palette.apply(next) });
      // The pressed button is now hidden: move focus to the one shown, so keyboard users keep their place.
      Array.prototype.forEach.call(buttons, function (other) { if (!other.hidden) other.focus(); });
      setTimeout(function () { body.removeAttribute("data-md-color-switching"); });
    });
  });
})(window.__eh_palette);
