"""Issue 23: refreshers (renew_every) and course completion from the records, with hand-worked answers."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from earlyhelp.completions import due, learning

COURSES = """\
courses:
  - id: el
    title: E-learning
    mode: e-learning
    audience: All
    duration: 60
    pass_mark: 80
    renew_every: 12
    modules: [m/one.md, m/two.md]
  - id: w
    title: Workshop
    mode: workshop
    audience: All
    duration: 60
    renew_every: 24
  - id: b
    title: Briefing
    mode: briefing
    audience: All
    duration: 60
"""
AGENCIES = "agencies:\n  - name: School\n    sector: education\n    partner: true\n"
RECORDS = """\
date,course,attendee,agency,status,source,module
2023-01-10,el,a@t.test,School,completed,portal,m/one.md
2023-02-01,el,a@t.test,School,completed,portal,m/two.md
2023-06-01,el,b@t.test,School,completed,portal,m/one.md
2022-05-31,w,c@t.test,School,attended,register,
2022-01-15,w,d@t.test,School,attended,register,
2023-12-01,w,d@t.test,School,attended,register,
2020-01-01,b,e@t.test,School,attended,register,
2022-01-01,el,f@t.test,School,completed,portal,m/one.md
2022-02-01,el,f@t.test,School,completed,portal,m/two.md
2023-03-01,el,f@t.test,School,completed,portal,m/one.md
2023-03-05,el,f@t.test,School,completed,portal,m/two.md
"""
# a: both modules, complete 2023-02-01, due 12 months later, 2024-02-01: overdue on 2024-03-01.
# b: one module only: never complete. c: workshop 2022-05-31, due 2024-05-31, within 3 months.
# d: renewed 2023-12-01, due 2025-12-01. e: a briefing never expires.
# f: complete 2022-02-01, both modules again by 2023-03-05 (a recompletion), due 2024-03-05.
EXPECTED = [
    {"attendee": "a@t.test", "agency": "School", "course": "el", "completed": "2023-02-01", "due": "2024-02-01",
     "status": "overdue"},
    {"attendee": "f@t.test", "agency": "School", "course": "el", "completed": "2023-03-05", "due": "2024-03-05",
     "status": "due"},
    {"attendee": "c@t.test", "agency": "School", "course": "w", "completed": "2022-05-31", "due": "2024-05-31",
     "status": "due"},
]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "training" / "records").mkdir(parents=True)
    (tmp_path / "training" / "courses.yml").write_text(COURSES, encoding="utf-8")
    (tmp_path / "training" / "agencies.yml").write_text(AGENCIES, encoding="utf-8")
    (tmp_path / "training" / "records" / "r.csv").write_text(RECORDS, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("day, months, later", [("2024-01-31", 1, "2024-02-29"), ("2023-03-05", 12, "2024-03-05"),
                                                ("2023-11-30", 3, "2024-02-29"), ("2024-05-31", 24, "2026-05-31")])
def test_add_months(day, months, later):
    assert learning.add_months(day, months) == later


def test_who_is_due_or_overdue(project):
    rows, findings = due.listing(project / "training" / "records", project / "training", "2024-03-01", 3)
    assert findings == [] and rows == EXPECTED
    rows, _ = due.listing(project / "training" / "records", project / "training", "2024-03-01", 0)
    assert [r["attendee"] for r in rows] == ["a@t.test"]  # only what is already due


def test_the_list_goes_to_the_terminal_or_a_csv_never_into_the_site(project, capsys, monkeypatch):
    monkeypatch.delenv("TRAINING_RECORDS_DIR", raising=False)
    assert due.main(["--today", "2024-03-01"], root=project) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "3 due or overdue for renewal (within 3 months of 2024-03-01):"
    assert "overdue  2024-02-01  el  a@t.test" in out
    target = project / "due.csv"
    assert due.main(["--today", "2024-03-01", "--out", str(target)], root=project) == 0
    rows = list(csv.DictReader(io.StringIO(target.read_text("utf-8"))))
    assert rows == EXPECTED
    for inside in (project / "site" / "due.csv", project / "docs" / "training" / "due.csv"):
        assert due.main(["--today", "2024-03-01", "--out", str(inside)], root=project) == 2
        message = capsys.readouterr().err
        assert message.startswith("Error: ") and "How to fix:" in message and not inside.exists()


def test_a_value_like_a_formula_is_neutralised_in_the_csv():
    text = due.csv_text([{"attendee": "=1+1", "agency": "@x", "course": "w", "completed": "2024-01-01",
                          "due": "2026-01-01", "status": "due"}])
    assert text.splitlines()[1] == "'=1+1,'@x,w,2024-01-01,2026-01-01,due"


def test_course_completion_needs_every_module(project):
    from earlyhelp.completions import report

    published, _ = report.build(project / "training" / "records", project / "training", 1, "2024-04-01")
    years = {y["year"]: y for y in published["years"]}
    # 2021/22: f completes (2022-02-01). 2022/23: a (2023-02-01) and f again (2023-03-05); passes: a two,
    # f two. 2023/24: b passes one module and completes nothing.
    assert years["2021/22"]["course_completions"] == {"el": 1}
    assert years["2022/23"]["course_completions"] == {"el": 2} and years["2022/23"]["module_passes"] == {"el": 4}
    assert years["2023/24"]["course_completions"] == {"el": 0} and years["2023/24"]["module_passes"] == {"el": 1}
    # Current at 31 March 2024: a (el due 2024-02-01) has lapsed; b never completed; c (w, due 2024-05-31),
    # d (w, 2025-12-01), e (briefing: never expires) and f (el, due 2024-03-05: lapsed) -> c, d, e.
    assert years["2023/24"]["current_partner_attendees"] == 3
    # Attendances count a person, course and day once: a's two modules on two days are two.
    assert years["2022/23"]["by_course"]["el"] == 4
