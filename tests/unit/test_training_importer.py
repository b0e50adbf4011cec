"""The importer: exports from other systems into canonical training records."""

from __future__ import annotations

import csv
import os
import sys
from pathlib import Path

import pytest

from earlyhelp import importcli as import_training
from earlyhelp.completions import importer, report
from earlyhelp.completions import registry as registry_module
from sitefactory import FIXTURE_TRAINING

TODAY = "2025-06-30"


@pytest.fixture(scope="module")
def reg():
    return registry_module.load(FIXTURE_TRAINING)


def rows_of(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


NO_MODULE = {"module": "", "confidence_before": "", "confidence_after": ""}  # a face-to-face row has none


def run(tmp_path, text, reg, name="export.csv", encoding="utf-8", **options):
    export = tmp_path / name
    export.write_bytes(text.encode(encoding))
    result = importer.plan(export, tmp_path / "records", reg, today=TODAY, **options)
    written = importer.apply(result, tmp_path / "records")
    return result, written


def test_register_with_a_column_map_and_uk_dates(tmp_path, reg):
    text = ("Early Help workshop register\n"
            "When,Name,Work e-mail,Employer,Session,Attendance\n"
            "01/04/2024,A Person,Ann@School.Example,Primary school,EH workshop,Present\n"
            "31/03/2025,B Person,bob@police.example,Merseyside Police,EH workshop,Present\n"
            "02/04/2024,C Person,cy@x.example,Torus,EH workshop,DNA\n")
    # The course column holds a free-text name, so the register is imported for one course with COURSE.
    result, written = run(tmp_path, text, reg, mapping=importer.parse_mapping(
        "date=When,attendee=Work e-mail,agency=Employer,status=Attendance"), course="eh-workshop")
    assert (result.rows, len(result.new), result.already, result.skipped, result.rejected) == (3, 2, 0, 1, [])
    assert {p.name: n for p, n in written.items()} == {"imported-2024-25.csv": 2}
    assert rows_of(tmp_path / "records" / "imported-2024-25.csv") == [
        {"date": "2024-04-01", "course": "eh-workshop", "attendee": "ann@school.example",
         "agency": "Primary schools", "status": "attended", "source": "import: export.csv", **NO_MODULE},
        {"date": "2025-03-31", "course": "eh-workshop", "attendee": "bob@police.example",
         "agency": "Merseyside Police", "status": "attended", "source": "import: export.csv", **NO_MODULE},
    ]


@pytest.mark.parametrize("value, date_format, expected", [
    ("01/04/2024", None, "2024-04-01"),
    ("1/4/24", None, "2024-04-01"),
    ("01-04-2024", None, "2024-04-01"),
    ("1 April 2024", None, "2024-04-01"),
    ("2024-04-01", None, "2024-04-01"),
    ("01/04/2024 10:15", None, "2024-04-01"),
    ("2024-04-01T10:15:00Z", None, "2024-04-01"),
    ("04/13/2024", None, None),           # never read as month/day unless told
    ("04/13/2024", "%m/%d/%Y", "2024-04-13"),
    ("4/1/24 10:15:30 AM", "%m/%d/%y %I:%M:%S %p", "2024-04-01"),
])
def test_dates(value, date_format, expected):
    assert importer.parse_date(value, date_format) == expected


def test_impossible_uk_date_is_named(tmp_path, reg):
    result, _ = run(tmp_path, "date,course,attendee,agency\n31/02/2024,eh-induction,a@x.example,GP\n", reg)
    assert [f.format() for f in result.rejected] == [
        "Error: export.csv:2: Row left out: the date does not exist. How to fix: Check the day and month."]


def test_importing_twice_adds_nothing(tmp_path, reg):
    text = ("Date attended,Email,Organisation,Course\n"
            "13/05/2024,a@x.example,Health visitor,Early Help induction\n"
            "13/05/2024,b@x.example,School nurse,descriptions-of-need\n"
            "13/05/2024,B@X.example,School nurse,descriptions-of-need\n"
            "14/05/2023,c@x.example,Police,eh-workshop\n")
    first, written = run(tmp_path, text, reg)
    assert (len(first.new), first.repeated, first.already) == (3, 1, 0)
    assert sorted(p.name for p in written) == ["imported-2023-24.csv", "imported-2024-25.csv"]
    before = {p.name: p.read_bytes() for p in (tmp_path / "records").iterdir()}
    second, written = run(tmp_path, text, reg)
    assert (len(second.new), second.already, written) == (0, 4, {})  # the repeated row is there now too
    assert {p.name: p.read_bytes() for p in (tmp_path / "records").iterdir()} == before
    result, findings = report.build(tmp_path / "records", FIXTURE_TRAINING, 5, TODAY)
    assert findings == [] and sum(y["attendances"] for y in report.build(
        tmp_path / "records", FIXTURE_TRAINING, 1, TODAY)[0]["years"]) == 3


def test_a_new_row_is_appended_and_the_old_bytes_kept(tmp_path, reg):
    run(tmp_path, "date,course,attendee,agency\n2024-05-10,eh-induction,a@x.example,GP practices\n", reg)
    target = tmp_path / "records" / "imported-2024-25.csv"
    old = target.read_bytes()
    result, _ = run(tmp_path, "date,course,attendee,agency\n2024-06-10,eh-induction,d@x.example,GP\n", reg)
    assert len(result.new) == 1
    assert target.read_bytes().startswith(old) and target.read_bytes().count(b"\n") == 3


def test_an_error_halfway_leaves_the_existing_file_unchanged(tmp_path, reg, monkeypatch):
    run(tmp_path, "date,course,attendee,agency\n2024-05-10,eh-induction,a@x.example,GP practices\n", reg)
    target = tmp_path / "records" / "imported-2024-25.csv"
    before = target.read_bytes()
    export = tmp_path / "more.csv"
    export.write_text("date,course,attendee,agency\n2024-06-10,eh-induction,b@x.example,GP\n"
                      "2023-06-10,eh-induction,c@x.example,GP\n", encoding="utf-8")
    result = importer.plan(export, tmp_path / "records", reg, today=TODAY)

    calls = []

    def failing_replace(src, dst):
        calls.append(dst)
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError):
        importer.apply(result, tmp_path / "records")
    assert calls
    assert target.read_bytes() == before
    assert sorted(p.name for p in (tmp_path / "records").iterdir()) == ["imported-2024-25.csv"]  # no temp files


def test_an_error_while_writing_leaves_the_existing_file_unchanged(tmp_path, reg, monkeypatch):
    run(tmp_path, "date,course,attendee,agency\n2024-05-10,eh-induction,a@x.example,GP practices\n", reg)
    target = tmp_path / "records" / "imported-2024-25.csv"
    before = target.read_bytes()
    export = tmp_path / "more.csv"
    export.write_text("date,course,attendee,agency\n2024-06-10,eh-induction,b@x.example,GP\n", encoding="utf-8")
    result = importer.plan(export, tmp_path / "records", reg, today=TODAY)
    monkeypatch.setattr(importer, "_content", lambda existing, rows: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        importer.apply(result, tmp_path / "records")
    assert target.read_bytes() == before
    assert [p.name for p in (tmp_path / "records").iterdir()] == ["imported-2024-25.csv"]


def test_the_training_portal_download_imports_as_it_is(tmp_path, reg):
    # What the portal's "Record my completion" download holds (Windows line endings, quoted when needed).
    text = ("date,course,attendee,agency,status,source\r\n"
            "2025-01-15,eh-induction,learner@school.example,Primary schools,completed,"
            "e-learning: training/induction/what-is-early-help.md\r\n")
    result, written = run(tmp_path, text, reg, name="early-help-completion-eh-induction-2025-01-15.csv")
    assert result.rejected == [] and len(result.new) == 1
    assert rows_of(tmp_path / "records" / "imported-2024-25.csv")[0]["source"] == \
        "e-learning: training/induction/what-is-early-help.md"


def test_rejected_rows_name_line_and_reason(tmp_path, reg):
    text = ("Date,Email,Organisation,Course\n"
            "13/05/2024,,GP,eh-induction\n"
            "13/05/2024,a@x.example,Mersyside Police,eh-induction\n"
            "13/05/2024,b@x.example,GP,EH inductoin\n"
            "13/05/2099,c@x.example,GP,eh-induction\n")
    result, _ = run(tmp_path, text, reg)
    messages = [f.format() for f in result.rejected]
    assert messages[0].startswith("Error: export.csv:2: Row left out: the attendee is blank.")
    assert messages[1].startswith("Error: export.csv:3: Row left out: an agency not in training/agencies.yml (2 words")
    assert "Did you mean 'Merseyside Police'?" in messages[1] and "Mersyside" not in messages[1]
    assert "the course is not in training/courses.yml (2 words, 12 characters)" in messages[2]
    assert "Did you mean 'eh-induction'?" in messages[2]
    assert "is in the future" in messages[3]


def test_an_attendee_with_a_line_break_or_an_invisible_character_is_left_out(tmp_path, reg):
    """A quoted line break would put a second line into the records file, which the build then
    rejects; a zero-width space would make one person two. Neither value is repeated."""
    text = ("Date,Email,Organisation,Course\n"
            '13/05/2024,"a@x.example\nb@x.example",GP,eh-induction\n'
            "13/05/2024,c\u200b@x.example,GP,eh-induction\n"
            "13/05/2024,d\u3164@x.example,GP,eh-induction\n"  # a blank letter that str.isprintable() accepts
            "13/05/2024,d@x.example,GP,eh-induction\n")
    result, _ = run(tmp_path, text, reg)
    messages = [f.format() for f in result.rejected]
    assert [m.split(": Row left out: ")[0] for m in messages] == ["Error: export.csv:2", "Error: export.csv:4",
                                                                 "Error: export.csv:5"]
    assert all("a line break, an invisible character" in m and "x.example" not in m for m in messages)
    assert len(result.new) == 1
    assert [r["attendee"] for r in rows_of(tmp_path / "records" / "imported-2024-25.csv")] == ["d@x.example"]


def test_other_agency_and_windows_1252_export(tmp_path, reg):
    text = "Date,Email,Organisation,Course\n13/05/2024,a@x.example,Café Community Trust,eh-induction\n"
    result, _ = run(tmp_path, text, reg, encoding="cp1252", other_agency="Other organisation")
    assert result.encoding == "Windows-1252" and result.mapped_to_other == 1
    assert result.new[0]["agency"] == "Other organisation"


def test_semicolon_export_and_missing_columns(tmp_path, reg):
    result, _ = run(tmp_path, "Date;Email;Organisation;Course\n13/05/2024;a@x.example;GP;eh-induction\n", reg)
    assert len(result.new) == 1
    with pytest.raises(importer.ExportError, match="Could not find the columns"):
        run(tmp_path, "When,Who\n13/05/2024,a@x.example\n", reg)
    with pytest.raises(importer.ExportError, match="not name=Column"):
        importer.parse_mapping("date")


def test_command_line(tmp_path, capsys):
    export = tmp_path / "export.csv"
    export.write_text("Date attended,Email,Organisation\n13/05/2024,a@x.example,GP\n"
                      "13/05/2024,b@x.example,Nowhere\n", encoding="utf-8")
    args = [str(export), "--course", "eh-workshop", "--records", str(tmp_path / "records")]
    assert import_training.main(args) == 1
    out = capsys.readouterr().out
    assert "1 added" in out and "1 rejected" in out and "export.csv:3: Row left out" in out
    assert "a@x.example" not in out and "b@x.example" not in out
    assert import_training.main(args) == 1
    assert "0 added" in capsys.readouterr().out
    assert import_training.main([str(tmp_path / "nothing.csv"), "--records", str(tmp_path / "records")]) == 2
