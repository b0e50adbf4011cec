"""Issue 23 in a real browser: pass every module of the induction, and the training index shows the
course complete with a course certificate and a course record that imports as a course completion. On the
generator fixture site: the starter's induction course with the module and the evaluation the fixture adds."""

from __future__ import annotations

import csv
import datetime as dt
import io
import subprocess
import sys

import pytest
from browsing import address

from earlyhelp import courses as course_registry
from earlyhelp import frontmatter, quizzes

pytestmark = pytest.mark.browser


def induction(project) -> course_registry.Course:
    found, findings = course_registry.parse("training/courses.yml",
                                            (project / "training/courses.yml").read_text("utf-8"))
    assert findings == []
    return next(c for c in found if c.id == "induction")


def pass_quiz(page, project, module: str) -> None:
    """Answer every question of a module page correctly, from the page's own source."""
    doc = frontmatter.parse(module, (project / "docs" / module).read_text("utf-8"))
    for index, quiz in enumerate(quizzes.find(doc.body)):
        box = page.locator(f"#quiz-{index}")
        inputs = box.locator("fieldset input")
        for i, (ok, _) in enumerate(quiz.answers):
            if ok:
                inputs.nth(i).check()
        box.locator("button[type=submit]").click()
        box.locator(".quiz-feedback").wait_for(state="visible")


def test_every_module_passed_completes_the_course(page, site_url, generator_site, tmp_path):
    course = induction(generator_site)
    total = len(course.modules)
    assert total == 2 and course.evaluation
    for number, module in enumerate(course.modules):
        page.goto(site_url + address(module))
        pass_quiz(page, generator_site, module)
        status = page.locator("#record-completion .eh-record__status")
        status.filter(has_text="Well done").wait_for()
        if number == 0:  # the learner records the first module, answering the evaluation
            assert page.locator("#eh-before").is_visible()
            page.fill("#eh-name", "Course Learner")
            page.fill("#eh-email", "course.learner@example.org")
            page.select_option("#eh-agency", index=1)
            page.select_option("#eh-before", "2")
            page.select_option("#eh-after", "4")
            page.locator(".eh-record__form button[type=submit]").click()
            result = page.locator(".eh-record__result")
            result.wait_for(state="visible")
            line = result.locator(".eh-record__line").inner_text()
            assert line.endswith(f",{module},2,4")
            result.locator(".eh-record__certificate").click()
            page.locator("#eh-certificate").wait_for(state="visible")
            title = page.locator('[data-eh-field="title"]').inner_text()
            assert title == "Module 1 of 2: What Early Help is"  # the number is not said twice

    page.goto(site_url + "training/")
    progress = page.locator(f'[data-eh-course-progress="{course.id}"]')
    assert f"{total} of {total} modules passed. Course complete." in progress.inner_text()
    done = page.locator(f'[data-eh-course-done="{course.id}"]')
    done.wait_for(state="visible")
    today = dt.date.today()
    assert "course complete on " + f"{today.day} {today:%B %Y}" in done.inner_text()
    lines = done.locator(".eh-course-done__line").inner_text().splitlines()
    assert [row.split(",")[6] for row in lines] == list(course.modules)
    with page.expect_download() as info:
        done.locator(".eh-course-done__download").click()
    saved = tmp_path / info.value.suggested_filename
    info.value.save_as(saved)
    rows = list(csv.DictReader(io.StringIO(saved.read_text("utf-8"))))
    assert [r["module"] for r in rows] == list(course.modules)
    assert {r["attendee"] for r in rows} == {"course.learner@example.org"}
    assert (rows[0]["confidence_before"], rows[0]["confidence_after"]) == ("2", "4")

    # The course certificate names the course once and the number of modules.
    done.locator(".eh-course-done__certificate").focus()
    page.keyboard.press("Enter")
    page.locator("#eh-certificate").wait_for(state="visible")
    assert page.locator('[data-eh-field="title"]').inner_text() == course.title
    assert page.locator('[data-eh-show="course"]').is_visible()
    assert not page.locator('[data-eh-show="module"]').is_visible()
    assert f"every one of its {total} modules" in page.locator("#eh-certificate").inner_text()

    # The course record imports, and the report counts one course completion and one evaluation.
    records = tmp_path / "records"
    imported = subprocess.run([sys.executable, "-m", "earlyhelp", "import-training", str(saved),
                               "--records", str(records)], capture_output=True, text=True, cwd=generator_site)
    assert imported.returncode == 0 and f"{total} added" in " ".join(imported.stdout.split()), imported.stdout
    from earlyhelp.completions import report

    # The first build after the financial year ends: a year not over publishes its quarters only.
    later = dt.date(today.year + (today.month >= 4), 4, 1).isoformat()
    counted, findings = report.build(records, generator_site / "training", 1, today=later)
    assert findings == []
    year = counted["years"][-1]
    assert year["course_completions"]["induction"] == 1 and year["module_passes"]["induction"] == total
    assert year["by_course"]["induction"] == 1  # every module on one day: one attendance
    assert year["evaluation"]["induction"] == {"responses": 1, "average_change": 2.0}
