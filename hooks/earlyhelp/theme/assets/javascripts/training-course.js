/* Training portal, the learner's view of whole courses: progress on the training index, a course
   complete when every module is passed (with its renewal date, course certificate and course record),
   and the printable certificate. Everything is read from this browser's storage only; the helpers are
   training.js's (window.ehTraining), loaded first. */
(function () {
  "use strict";
  var t = window.ehTraining;
  if (!t) return;
  var readJSON = t.readJSON, writeJSON = t.writeJSON, progressFor = t.progressFor, percent = t.percent;
  var passed = t.passed, csvLine = t.csvLine, csvFile = t.csvFile, today = t.today, addMonths = t.addMonths;
  var longDate = t.longDate, CERT_KEY = t.CERT_KEY, LEARNER_KEY = t.LEARNER_KEY;

  /* ---------- Training index: progress through each course ---------- */
  function initProgress() {
    var rows = document.querySelectorAll("[data-eh-module]");
    if (!rows.length) return;
    var courses = {};
    rows.forEach(function (el) {
      var href = new URL(el.getAttribute("data-eh-module"), window.location.href).pathname;
      var total = parseInt(el.getAttribute("data-eh-questions"), 10) || 0;
      var mark = parseInt(el.getAttribute("data-eh-pass-mark"), 10) || 100;
      var course = el.getAttribute("data-eh-course");
      var p = progressFor(href, total);
      var text;
      if (p.answered === 0) text = "Not started";
      else if (p.answered < p.total) text = "In progress: " + p.answered + " of " + p.total + " answered";
      else if (passed(p, mark)) text = "Passed (" + percent(p) + "%)";
      else text = "Not passed yet (" + percent(p) + "%): try again";
      el.textContent = text;
      courses[course] = courses[course] || { done: 0, count: 0, paths: [] };
      courses[course].count += 1;
      courses[course].paths.push(el.getAttribute("data-eh-module-path"));
      if (passed(p, mark)) courses[course].done += 1;
    });
    document.querySelectorAll("[data-eh-course-progress]").forEach(function (el) {
      var id = el.getAttribute("data-eh-course-progress");
      var c = courses[id];
      if (!c) return;
      el.textContent = "Your progress: " + c.done + " of " + c.count + " modules passed" +
        (c.done === c.count ? ". Course complete." : ".");
      if (c.done === c.count) showCourseDone(id, el, c.paths);
    });
  }

  /* Every module passed: the course's completion date (its last module pass recorded here), renewal,
     the course certificate and the course record, one line a module. */
  function showCourseDone(id, progress, paths) {
    var box = document.querySelector('[data-eh-course-done="' + id + '"]');
    if (!box) return;
    var certs = readJSON(CERT_KEY, {}) || {};
    var learner = readJSON(LEARNER_KEY, null);
    var dates = paths.map(function (p) { return certs[p] ? certs[p].date : today(); });
    var done = dates.slice().sort().pop();
    var title = progress.getAttribute("data-eh-course-title");
    var text = "You have passed every module of " + title + ": course complete on " + longDate(done) + ".";
    var renew = parseInt(progress.getAttribute("data-eh-renew-every"), 10);
    if (renew) {
      var due = addMonths(done, renew);
      text += due <= today() ? " It was due for renewal on " + longDate(due) + ": take the modules again to renew it."
        : " It is due for renewal by " + longDate(due) + ".";
    }
    box.querySelector(".eh-course-done__status").textContent = text;
    var cert = box.querySelector(".eh-course-done__certificate");
    var first = certs[paths[0]] || {};
    var name = (learner && learner.name) || first.name;
    if (name) {
      certs["course:" + id] = { kind: "course", name: name, agency: (learner && learner.agency) || first.agency,
        date: done, course: title, count: paths.length };
      writeJSON(CERT_KEY, certs);
      cert.href = cert.getAttribute("href").split("#")[0] + "#" + encodeURIComponent("course:" + id);
      cert.hidden = false;
    } else {
      cert.hidden = true;
    }
    if (learner && learner.email) {
      var records = paths.map(function (p, i) {
        var own = certs[p] || {};
        return { date: dates[i], course: id, attendee: learner.email, agency: own.agency || learner.agency,
          status: "completed", source: "e-learning: " + p, module: p,
          confidence_before: own.before || "", confidence_after: own.after || "" };
      });
      var lineBox = box.querySelector(".eh-course-done__line");
      lineBox.textContent = records.map(csvLine).join("\n");
      var download = box.querySelector(".eh-course-done__download");
      download.href = "data:text/csv;charset=utf-8," + encodeURIComponent(csvFile(records));
      download.setAttribute("download", "early-help-course-" + id + "-" + done + ".csv");
      lineBox.hidden = download.hidden = box.querySelector(".eh-course-done__record").hidden = false;
    } else {
      box.querySelector(".eh-course-done__status").textContent = text +
        " To get your course record and certificate, choose \"Create my completion record\" at the end of any module.";
    }
    box.hidden = false;
  }

  /* ---------- Certificate page ---------- */
  function initCertificate() {
    var box = document.getElementById("eh-certificate");
    if (!box) return;
    var certs = readJSON(CERT_KEY, {}) || {};
    var wanted = decodeURIComponent(window.location.hash.slice(1));
    var keys = Object.keys(certs);
    var key = certs[wanted] ? wanted : keys[keys.length - 1];
    var empty = document.getElementById("eh-certificate-empty");
    if (!key) { if (empty) empty.hidden = false; return; }
    var c = certs[key];
    var course = c.kind === "course";
    var fields = {
      name: c.name, agency: c.agency, course: c.course, count: String(c.count),
      title: course ? c.course : "Module " + c.position + " of " + c.count + ": " + c.module,
      date: longDate(c.date), score: c.score + "%"
    };
    Object.keys(fields).forEach(function (f) {
      box.querySelectorAll('[data-eh-field="' + f + '"]').forEach(function (el) { el.textContent = fields[f]; });
    });
    box.querySelectorAll("[data-eh-show]").forEach(function (el) {
      el.hidden = el.getAttribute("data-eh-show") !== (course ? "course" : "module");
    });
    box.hidden = false;
    var print = document.getElementById("eh-print");
    if (print) print.addEventListener("click", function () { window.print(); });
  }

  function init() { initProgress(); initCertificate(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
