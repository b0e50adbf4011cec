/* The handbook page (issue 24): the printed footer says the day it was printed and the address it
   was printed from, and the Print button opens the browser's print dialog. Without this script the
   footer still gives the address and the review date. */
(function () {
  var footer = document.querySelector("[data-eh-print-footer]");
  var day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });
  function stamp() {
    if (!footer) return;
    footer.querySelector("[data-eh-print-date]").textContent = "on " + day.format(new Date()) + " ";
    footer.querySelector("[data-eh-print-url]").textContent = location.origin + location.pathname;
  }
  stamp();
  window.addEventListener("beforeprint", stamp);
  var button = document.querySelector("[data-eh-print]");
  if (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  }
})();
