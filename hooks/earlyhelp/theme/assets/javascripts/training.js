/* Training portal: progress, completion records and certificates, all in the
   learner's browser. mkdocs-quiz keeps answers in localStorage under
   "quiz_progress_" + page path; this script only reads them, and keeps the
   learner's own details under "eh_learner" until they choose to forget them. */
(function () {
  "use strict";
  var QUIZ_PREFIX = "quiz_progress_";
  var LEARNER_KEY = "eh_learner";
  var CERT_KEY = "eh_certificates";

  function readJSON(key, fallback) {
    try {
      var raw = window.localStorage.getItem(key);
      return raw ? JSON.parse(raw) : fallback;
    } catch (e) {
      return fallback;
    }
  }
  function writeJSON(key, value) {
    try { window.localStorage.setItem(key, JSON.stringify(value)); } catch (e) { /* storage off */ }
  }

  /* Answers for a page: {answered, correct, total, wrong: [quiz ids]} */
  function progressFor(pathname, total) {
    var data = readJSON(QUIZ_PREFIX + pathname, {}) || {};
    var answered = 0, correct = 0, wrong = [];
    Object.keys(data).forEach(function (id) {
      var q = data[id];
      if (!q || !q.answered) return;
      answered += 1;
      if (q.correct) correct += 1; else wrong.push(id);
    });
    return { answered: Math.min(answered, total), correct: Math.min(correct, total), total: total, wrong: wrong };
  }
  function percent(p) { return p.total ? Math.round((p.correct / p.total) * 100) : 0; }
  function passed(p, mark) { return p.total > 0 && p.answered === p.total && percent(p) >= mark; }

  /* One CSV field, quoted when it holds a comma, quote or line break (RFC 4180). A value a spreadsheet
     would run as a formula (first character = + - @, tab or carriage return) gets a leading ' and
     quotes, as the OWASP CSV injection guidance says; the importer refuses such a value. */
  function csvField(value) {
    var text = String(value == null ? "" : value);
    var formula = /^[=+\-@\t\r]/.test(text);
    if (formula) text = "'" + text;
    return formula || /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }
  var COLUMNS = ["date", "course", "attendee", "agency", "status", "source", "module", "confidence_before",
    "confidence_after"];
  function csvLine(record) { return COLUMNS.map(function (c) { return csvField(record[c]); }).join(","); }
  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function today() {
    var d = new Date();
    return d.getFullYear() + "-" + pad(d.getMonth() + 1) + "-" + pad(d.getDate());
  }
  /* The same day some months later (the month's last day when it is shorter), as the records' report counts. */
  function addMonths(iso, months) {
    var y = +iso.slice(0, 4), m = +iso.slice(5, 7) - 1 + months, d = +iso.slice(8, 10);
    y += Math.floor(m / 12); m = ((m % 12) + 12) % 12;
    var last = new Date(y, m + 1, 0).getDate();
    return y + "-" + pad(m + 1) + "-" + pad(Math.min(d, last));
  }
  function longDate(iso) {
    return new Date(iso + "T12:00:00").toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
  }
  function csvFile(records) {
    return COLUMNS.join(",") + "\r\n" + records.map(csvLine).join("\r\n") + "\r\n";
  }

  /* ---------- Module page: the completion panel ---------- */
  function initModule() {
    var dataEl = document.getElementById("eh-module-data");
    var panel = document.getElementById("record-completion");
    if (!dataEl || !panel) return;
    var mod = JSON.parse(dataEl.textContent);
    var total = document.querySelectorAll(".quiz").length;
    var status = panel.querySelector(".eh-record__status");
    var retry = panel.querySelector(".eh-record__retry");
    var form = panel.querySelector(".eh-record__form");
    var result = panel.querySelector(".eh-record__result");
    var lastState = null;

    function questionLabel(id) {
      var el = document.getElementById(id);
      var number = el && el.querySelector(".quiz-number");
      var question = el && el.querySelector(".quiz-question");
      var text = question ? question.textContent.trim().replace(/\s+/g, " ") : id;
      if (text.length > 90) text = text.slice(0, 87) + "...";
      return (number ? number.textContent.trim() + ": " : "") + text;
    }

    function update() {
      var p = progressFor(window.location.pathname, total);
      var state = p.answered + "/" + p.correct + "/" + p.wrong.join(",");
      if (state === lastState) return;
      lastState = state;
      panel.hidden = false;
      if (p.answered < p.total) {
        status.textContent = "You have answered " + p.answered + " of " + p.total +
          " questions. Answer them all to record your completion (pass mark " + mod.pass_mark + "%).";
        retry.hidden = true; form.hidden = true; result.hidden = !result.dataset.ready;
        return;
      }
      var score = percent(p);
      if (score >= mod.pass_mark) {
        status.textContent = "Well done: you scored " + score + "% (" + p.correct + " of " + p.total +
          "), which meets the pass mark of " + mod.pass_mark + "%. You can now record your completion.";
        retry.hidden = true;
        form.hidden = !!result.dataset.ready;
        prefill();
      } else {
        status.textContent = "You scored " + score + "% (" + p.correct + " of " + p.total +
          "). The pass mark is " + mod.pass_mark + "%, so this module is not complete yet.";
        var list = retry.querySelector(".eh-record__revisit");
        list.innerHTML = "";
        p.wrong.forEach(function (id) {
          var li = document.createElement("li");
          var a = document.createElement("a");
          a.href = "#" + id;
          a.textContent = questionLabel(id);
          li.appendChild(a);
          list.appendChild(li);
        });
        retry.hidden = false; form.hidden = true; result.hidden = true;
      }
    }

    function prefill() {
      var learner = readJSON(LEARNER_KEY, null);
      if (!learner) return;
      var name = form.querySelector("#eh-name"), email = form.querySelector("#eh-email");
      var agency = form.querySelector("#eh-agency");
      if (!name.value) name.value = learner.name || "";
      if (!email.value) email.value = learner.email || "";
      if (!agency.value && learner.agency) {
        var known = Array.prototype.some.call(agency.options, function (o) { return o.value === learner.agency; });
        agency.value = known ? learner.agency : "__other";
        if (!known) form.querySelector("#eh-agency-other").value = learner.agency;
        toggleOther();
      }
    }

    function toggleOther() {
      var other = form.querySelector(".eh-record__other");
      other.hidden = form.querySelector("#eh-agency").value !== "__other";
    }
    form.querySelector("#eh-agency").addEventListener("change", toggleOther);

    function validate() {
      var problems = [];
      var name = form.querySelector("#eh-name").value.trim();
      var email = form.querySelector("#eh-email").value.trim().toLowerCase();
      var choice = form.querySelector("#eh-agency").value;
      var agency = choice === "__other" ? form.querySelector("#eh-agency-other").value.trim() : choice;
      if (!name) problems.push(["eh-name", "Enter your full name."]);
      if (!/^[^\s@,"]+@[^\s@,"]+\.[^\s@,"]+$/.test(email)) problems.push(["eh-email", "Enter your work email, like name@organisation.org."]);
      if (!agency) problems.push([choice === "__other" ? "eh-agency-other" : "eh-agency", "Choose your organisation, or type its name."]);
      var before = form.querySelector("#eh-before"), after = form.querySelector("#eh-after");
      var answers = [before ? before.value : "", after ? after.value : ""];
      if (!answers[0] !== !answers[1]) problems.push([answers[0] ? "eh-after" : "eh-before", "Answer both confidence questions, or neither."]);
      return { problems: problems, name: name, email: email, agency: agency, answers: answers };
    }

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var v = validate();
      var box = form.querySelector(".eh-record__errors");
      form.querySelectorAll("[aria-invalid]").forEach(function (el) { el.removeAttribute("aria-invalid"); });
      if (v.problems.length) {
        box.textContent = v.problems.map(function (p) { return p[1]; }).join(" ");
        box.hidden = false;
        v.problems.forEach(function (p) { document.getElementById(p[0]).setAttribute("aria-invalid", "true"); });
        document.getElementById(v.problems[0][0]).focus();
        return;
      }
      box.hidden = true;
      var p = progressFor(window.location.pathname, total);
      if (!passed(p, mod.pass_mark)) { update(); return; }
      var record = {
        date: today(), course: mod.course_id, attendee: v.email, agency: v.agency,
        status: "completed", source: "e-learning: " + mod.module_path, module: mod.module_path,
        confidence_before: v.answers[0], confidence_after: v.answers[1]
      };
      writeJSON(LEARNER_KEY, { name: v.name, email: v.email, agency: v.agency });
      var certs = readJSON(CERT_KEY, {}) || {};
      certs[mod.module_path] = {
        name: v.name, agency: v.agency, date: record.date, course: mod.course_title,
        module: mod.module_title, position: mod.position, count: mod.count, score: percent(p),
        course_id: mod.course_id, before: v.answers[0], after: v.answers[1]
      };
      writeJSON(CERT_KEY, certs);
      showResult(record, v.name);
    });

    function showResult(record, name) {
      var line = csvLine(record);
      var csv = csvFile([record]);
      result.querySelector(".eh-record__line").textContent = line;
      var download = result.querySelector(".eh-record__download");
      download.href = "data:text/csv;charset=utf-8," + encodeURIComponent(csv);
      download.setAttribute("download", "early-help-completion-" + record.course + "-" + record.date + ".csv");
      var mail = result.querySelector(".eh-record__mailto");
      if (mail) {
        var body = "Please add my Early Help training completion to the training records.\n\n" +
          "Name: " + name + "\nCourse: " + mod.course_title + "\nModule: " + mod.position + " of " + mod.count +
          ", " + mod.module_title + "\n\nRecord (CSV):\n" + COLUMNS.join(",") + "\n" + line + "\n";
        mail.href = "mailto:" + encodeURIComponent(mod.email) + "?subject=" +
          encodeURIComponent("Early Help training completion: " + mod.module_title) + "&body=" + encodeURIComponent(body);
      }
      var post = result.querySelector(".eh-record__post");
      if (post) {
        COLUMNS.forEach(function (c) { post.querySelector('[name="' + c + '"]').value = record[c]; });
        post.querySelector('[name="name"]').value = name;
      }
      var cert = result.querySelector(".eh-record__certificate");
      cert.href = mod.certificate_url + "#" + encodeURIComponent(mod.module_path);
      result.dataset.ready = "1";
      form.hidden = true;
      result.hidden = false;
      result.querySelector(".eh-record__download").focus();
    }

    function resetQuiz() {
      try { window.localStorage.removeItem(QUIZ_PREFIX + window.location.pathname); } catch (e) { /* ignore */ }
      window.location.hash = "";
      window.location.reload();
    }
    retry.querySelector(".eh-record__reset").addEventListener("click", resetQuiz);
    result.querySelector(".eh-record__forget").addEventListener("click", function () {
      try {
        window.localStorage.removeItem(LEARNER_KEY);
        window.localStorage.removeItem(CERT_KEY);
      } catch (e) { /* ignore */ }
      form.reset();
      delete result.dataset.ready;
      result.hidden = true;
      lastState = null;
      update();
      status.textContent = "Your details have been removed from this computer. " + status.textContent;
    });

    /* mkdocs-quiz announces each answer with a quizProgressUpdate event; the
       storage event covers other tabs, and the reset links in the quiz itself. */
    window.addEventListener("quizProgressUpdate", function () { setTimeout(update, 0); });
    window.addEventListener("storage", update);
    document.addEventListener("click", function (e) {
      if (e.target.closest && e.target.closest(".quiz, #quiz-results")) setTimeout(update, 50);
    });
    update();
  }

  /* Shared with training-course.js (the training index and the certificate page). */
  window.ehTraining = { readJSON: readJSON, writeJSON: writeJSON, progressFor: progressFor, percent: percent,
    passed: passed, csvLine: csvLine, csvFile: csvFile, today: today, addMonths: addMonths, longDate: longDate,
    CERT_KEY: CERT_KEY, LEARNER_KEY: LEARNER_KEY };

  function init() { initModule(); }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
