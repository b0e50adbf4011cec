"""Steps of the build run by a second process (earlyhelp/background.py): the content checks, the
training report and the portal's checks give the same result there as in the build's own process,
one process runs all of a build's steps, a failure becomes an error finding that fails a strict
build, and a kept result is used without starting anything."""

from __future__ import annotations

import datetime as dt
import logging
import shutil
import signal

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import get_files

import filled_pages
from conftest import ROOT
from earlyhelp import background, courses, sitecheck
from earlyhelp.completions import published
from earlyhelp.settings import Settings

GUIDE = ("---\ntitle: Guide\ndescription: A page for the tests.\ntype: guidance\nowner: Early Help Partnership Team\n"
         f"last_reviewed: {dt.date.today().isoformat()}\nreview_every: 12\n---\n\n# Guide\n\nAsk CAMHS before you "
         "start an EHAT. Read [the guidance](https://www.gov.uk/).\n")
SETTINGS = Settings(reading_ease_target=50.0, service_numbers=("01744 676600",), local_places=("Parr",),
                    partnership={"name": "St Helens"})


def project(folder):
    """A project folder with the real glossary and course registry, and no .cache/."""
    (folder / "includes").mkdir(parents=True)
    shutil.copy(ROOT / sitecheck.GLOSSARY, folder / sitecheck.GLOSSARY)
    (folder / "training").mkdir()
    shutil.copy(ROOT / sitecheck.COURSES, folder / sitecheck.COURSES)
    return folder


def test_the_content_checks_give_the_same_result_in_a_second_process(tmp_path):
    pages = [("guide.md", GUIDE)]
    today = dt.date.today()
    here = sitecheck.check_site(project(tmp_path / "here"), pages, SETTINGS, today, "docs", None)
    there = run("earlyhelp.sitecheck", sitecheck.job(project(tmp_path / "there"), pages, SETTINGS, today, "docs", None))
    assert there == here
    assert [(f["kind"], f["text"], f["line"]) for f in there["findings"] if f["severity"] == "error"] == [
        ("unknown abbreviation", "CAMHS", 12)]
    assert "https://www.gov.uk/" in there[sitecheck.HEALTH]
    assert (tmp_path / "there" / sitecheck.TEXT_CHECKS).is_file(), "the second process keeps its results too"


def test_the_training_report_gives_the_same_result_in_a_second_process(tmp_path):
    args = (ROOT, ROOT / "training", ROOT / "training" / "records", 5, {"note": "from settings"}, "the strategy")
    here = published.make(*args)
    there = run("earlyhelp.completions.published", published.job(*args))
    assert there == here
    assert '"note": "from settings"' in there["data"] and "Partners attending Early Help training" in there["head"]


def test_the_portal_checks_give_the_same_result_in_a_second_process():
    text = (ROOT / "training" / "courses.yml").read_text(encoding="utf-8")
    registry, _ = courses.parse("training/courses.yml", text)
    pages = [("training/induction/ten-principles.md", "---\ntitle: Ten principles\ntype: training-module\n---\n\n"
              "# Ten principles\n\n<quiz>\nIs this a question?\n- [x] Yes\n- [ ] No\n</quiz>\n")]
    here = courses.check_portal("training/courses.yml", ROOT / "training", pages, registry)
    there = run("earlyhelp.courses", courses.portal_job("training/courses.yml", text, ROOT / "training", pages))
    assert there == here
    assert there["modules"] == {"training/induction/ten-principles.md": {"title": "Ten principles", "questions": 1}}
    assert "Another agency" not in there["agencies"] and len(there["agencies"]) > 5


def run(module, job):
    worker = background.Worker()
    return worker.result(worker.give(module, job))


def test_one_process_runs_every_step_of_a_build_in_order_and_ends_when_they_are_collected(tmp_path):
    job = published.job(ROOT, ROOT / "training", ROOT / "training" / "records", 5, None, "the strategy")
    first = background.Step(tmp_path / "first.json", "key", published.FIELDS, "earlyhelp.completions.published",
                            lambda: job)
    failing = background.Step(tmp_path / "failing.json", "key", ("findings",), "earlyhelp.no_such_step", lambda: {})
    last = background.Step(tmp_path / "last.json", "key", published.FIELDS, "earlyhelp.completions.published",
                           lambda: job)
    worker = first._worker
    assert failing._worker is worker and last._worker is worker and worker.open
    assert last.result() == first.result(), "a step after one that failed still runs"
    assert worker.open, "one step is not collected yet"
    assert failing.result()["findings"][0]["severity"] == "error"
    worker._process.wait(timeout=30)  # told there are no more steps, it ends by itself
    assert worker._process.returncode == 0 and not worker.open
    assert background.worker() is not worker, "the next build's steps get a new process"


def test_a_step_that_fails_says_so_in_its_last_line():
    worker = background.Worker()
    with pytest.raises(background.Failed, match="ModuleNotFoundError: No module named 'earlyhelp.no_such_step'"):
        worker.result(worker.give("earlyhelp.no_such_step", {}))


def test_a_step_that_prints_does_not_break_the_results(tmp_path, monkeypatch):
    (tmp_path / "noisy_step.py").write_text('def run_job(job):\n    print("hello")\n    return {"got": job}\n')
    monkeypatch.setenv("PYTHONPATH", str(tmp_path))
    worker = background.Worker()
    numbers = [worker.give("noisy_step", n) for n in (1, 2)]
    assert [worker.result(n) for n in numbers] == [{"got": 1}, {"got": 2}]


def test_a_process_that_dies_fails_every_step_it_had_not_finished():
    worker = background.Worker()
    steps = [worker.give("earlyhelp.completions.published", {}) for _ in range(2)]
    worker._started.wait()
    worker._process.kill()
    for number in steps:
        with pytest.raises(background.Failed, match="it ended with exit status -9|it ended before it gave a result"):
            worker.result(number)


def test_a_failed_step_is_an_error_finding_with_empty_fields_and_is_not_kept(tmp_path, caplog):
    kept = tmp_path / ".cache" / "step.json"
    step = background.Step(kept, "key", ("findings", "page"), "earlyhelp.no_such_step", lambda: {})
    with caplog.at_level(logging.DEBUG, logger="mkdocs.plugins.earlyhelp"):
        made = step.result()
        assert step.result() is made
    assert made["page"] == "" and [f["severity"] for f in made["findings"]] == ["error"]
    message = made["findings"][0]["message"]
    assert message.startswith("A step of the build stopped with an error: ") and "No module named 'earlyhelp.no_such_step'" in message
    assert [r.levelname for r in caplog.records] == ["DEBUG", "WARNING"], "reported once, as a warning, so --strict fails"
    assert 'File "' in caplog.records[0].getMessage(), "the whole traceback, for mkdocs build --verbose"
    assert "How to fix: Run the build again" in caplog.records[1].getMessage()
    assert not kept.exists()


def test_a_kept_result_is_used_without_starting_the_step(tmp_path):
    kept = tmp_path / ".cache" / "step.json"
    first = background.Step(kept, "key", published.FIELDS, "earlyhelp.completions.published",
                            lambda: published.job(ROOT, ROOT / "training", ROOT / "training" / "records", 5, None, "it"))
    made = first.result()
    assert kept.is_file() and made["findings"] == []
    # The same key: the result is read from .cache/, so a step that could not even start is never asked.
    again = background.Step(kept, "key", published.FIELDS, "earlyhelp.no_such_step", lambda: {})
    assert again.result() == made
    other = background.Step(kept, "another key", published.FIELDS, "earlyhelp.no_such_step", lambda: {})
    assert other.result()["findings"][0]["severity"] == "error"


def test_a_step_stopped_early_leaves_no_process(tmp_path):
    worker = background.Worker()
    worker.give("earlyhelp.sitecheck", sitecheck.job(project(tmp_path), [("guide.md", GUIDE)], SETTINGS,
                                                     dt.date.today(), "docs", None))
    worker._started.wait()
    worker.stop()  # at once: the second process is still starting Python
    assert worker._process.returncode == -signal.SIGKILL, "ended, not waited for"
    assert not worker.open


def test_pages_filled_from_a_second_process_are_read_last():
    config = load_config(str(ROOT / "mkdocs.yml"))
    files = get_files(config)
    filled_pages.read_last(files, "about/content-health.md", "training/report.md")
    assert [f.src_uri for f in files.documentation_pages()][-2:] == ["about/content-health.md", "training/report.md"]
