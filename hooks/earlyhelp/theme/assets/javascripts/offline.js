/* Keep a copy of the site on this device (issue 24). Every page carries only this script's tag (guidance
   pages have a byte budget), so it adds the rest itself: the web app manifest link (so the site can be
   installed on a phone), the line at the foot of the page saying whether the copy is ready, and, once
   the page has loaded, the service worker (sw.js at the site's root, made by the build). Addresses are
   worked out from this script's own, so a site under a sub-path works. */
(function () {
  var root = new URL("../../", document.currentScript.src);
  var manifest = document.createElement("link");
  manifest.rel = "manifest";
  manifest.href = new URL("manifest.webmanifest", root).href;
  document.head.appendChild(manifest);
  var style = document.createElement("style");
  style.textContent = ".eh-offline{margin-top:2em;font-size:.7rem;color:var(--md-default-fg-color--light)}" +
    "@media print{.eh-offline{display:none}}";
  document.head.appendChild(style);
  var article = document.querySelector("article.md-content__inner");
  if (!article) return;
  var line = document.createElement("p");
  line.className = "eh-offline";
  line.setAttribute("role", "status");
  line.hidden = true;
  article.appendChild(line);
  function say(text) {
    if (line.textContent !== text) line.textContent = text;
    line.hidden = false;
  }
  if (!("serviceWorker" in navigator)) {
    say(window.isSecureContext === false
      ? "This site is not served over HTTPS, so it cannot be kept on this device for use offline."
      : "This browser cannot keep a copy of the guidance for use offline.");
    return;
  }
  var registration = null;
  function ask(worker) {
    if (worker) worker.postMessage("offline-status");
  }
  function watch(worker) {
    if (!worker) return;
    say("Saving the guidance on this device for use offline\u2026");
    worker.addEventListener("statechange", function () {
      if (worker.state === "activated") ask(worker);
      if (worker.state === "redundant" && registration && !registration.installing && !registration.waiting) {
        if (registration.active) ask(registration.active);
        else say("The guidance could not be saved on this device for use offline. It will try again on your next visit.");
      }
    });
  }
  navigator.serviceWorker.addEventListener("message", function (event) {
    var answer = event.data;
    if (!answer || answer.type !== "offline-status") return;
    if (answer.preview) say("This is a preview (mkdocs serve): it is not kept for use offline.");
    else if (answer.complete) say("Available offline, updated " + answer.date);
    else say("Saving the guidance on this device for use offline\u2026");
  });
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    ask(navigator.serviceWorker.controller);
  });
  function start() {
    navigator.serviceWorker.register(new URL("sw.js", root).href).then(function (reg) {
      registration = reg;
      watch(reg.installing || reg.waiting);
      if (reg.active) ask(reg.active);
      reg.addEventListener("updatefound", function () { watch(reg.installing); });
    }, function () {
      say("The guidance could not be saved on this device for use offline.");
    });
  }
  ask(navigator.serviceWorker.controller);  // a page opened from the copy says so at once
  // Once the page has loaded and the browser is idle, so saving the copy never slows the page down.
  function later() {
    if (window.requestIdleCallback) window.requestIdleCallback(start, { timeout: 5000 });
    else window.setTimeout(start, 1000);
  }
  if (document.readyState === "complete") later();
  else window.addEventListener("load", later);
})();
