"""Issue 23: spreadsheet exports (.xlsx and .ods) import like CSV, with the columns their systems write.

The workbooks are written by tests/data/spreadsheets.py into a temporary folder for each run."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from earlyhelp.completions import importer
from earlyhelp.completions import registry as registry_module
from sitefactory import FIXTURE_TRAINING

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests" / "data"))
import spreadsheets  # noqa: E402

TODAY = "2025-06-30"


@pytest.fixture(scope="module")
def reg():
    return registry_module.load(FIXTURE_TRAINING)


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return spreadsheets.write_all(tmp_path_factory.mktemp("sheets"))


def plan(tmp_path, path, reg, **options):
    return importer.plan(path, tmp_path / "records", reg, today=TODAY, **options)


def picked(result) -> list[tuple]:
    return [(r["date"], r["course"], r["attendee"], r["agency"], r["status"], r["confidence_before"],
             r["confidence_after"]) for r in result.new]


def test_a_microsoft_forms_export_with_evaluation_answers(tmp_path, files, reg):
    mapping = importer.parse_mapping("agency=Which organisation do you work for?,"
                                     "confidence_before=How confident did you feel before the session? (1 to 5),"
                                     "confidence_after=How confident do you feel now? (1 to 5)")
    result = plan(tmp_path, files["forms"], reg, mapping=mapping, course="eh-workshop")
    assert result.encoding == "sheet 'Sheet1' of an Excel workbook"
    assert result.columns["date"] == "Completion time" and result.columns["attendee"] == "Email"
    assert picked(result) == [
        ("2024-05-14", "eh-workshop", "ann.forms@example.org", "Primary schools", "", "2", "4"),
        ("2024-05-14", "eh-workshop", "bo.forms@example.org", "Merseyside Police", "", "3", "5")]
    [rejected] = [f.format() for f in result.rejected]
    assert rejected.startswith("Error: microsoft-forms-export.xlsx:4: Row left out: the confidence answers must "
                               "both be whole numbers from 1 to 5")
    assert "cy.forms" not in rejected


def test_a_moodle_course_completion_report_as_ods(tmp_path, files, reg):
    with pytest.raises(importer.ExportError, match="reads both as day/month and as month/day"):
        plan(tmp_path, files["moodle"], reg, course="descriptions-of-need")
    result = plan(tmp_path, files["moodle"], reg, course="descriptions-of-need", date_format="%d/%m/%y")
    assert result.columns == {"date": "Course complete", "attendee": "Email address", "agency": "Institution"}
    assert picked(result) == [
        ("2024-06-03", "descriptions-of-need", "dee.moodle@example.org", "Torus Housing", "", "", ""),
        ("2024-06-10", "descriptions-of-need", "eli.moodle@example.org", "Health visiting", "", "", "")]
    assert [f.format() for f in result.rejected] == [
        "Error: moodle-course-completion.ods:4: Row left out: the date is blank. How to fix: Fill in the date."]


def test_an_eventbrite_attendee_list_counts_those_checked_in(tmp_path, files, reg):
    result = plan(tmp_path, files["eventbrite"], reg, course="eh-workshop")
    assert result.columns["date"] == "Date Attending"  # not "Date", the day the ticket was ordered
    assert result.columns["status"] == "Attendee Status" and result.columns["agency"] == "Company"
    assert picked(result) == [
        ("2024-04-18", "eh-workshop", "gus.event@example.org", "Secondary schools", "attended", "", ""),
        ("2024-04-18", "eh-workshop", "ivy.event@example.org", "Youth Justice Service", "attended", "", "")]
    assert result.skipped == 1 and result.rejected == []  # "Attending": booked, not checked in


@pytest.mark.parametrize("name", ["register", "register_ods"])
def test_a_hand_made_register_with_title_rows_and_a_second_sheet(tmp_path, files, reg, name):
    result = plan(tmp_path, files[name], reg)
    assert result.columns == {"date": "Date", "course": "Course", "attendee": "Email", "agency": "Organisation",
                              "status": "Attended"}
    assert picked(result) == [
        ("2024-07-09", "eh-workshop", "jo.register@example.org", "Early years settings", "attended", "", ""),
        ("2024-07-10", "eh-workshop", "lu.register@example.org", "Child and adolescent mental health services",
         "attended", "", "")]
    assert result.skipped == 1  # "No"
    for sheet in ("Briefings", "2"):
        other = plan(tmp_path, files[name], reg, sheet=sheet)
        assert picked(other) == [("2024-08-01", "descriptions-of-need", "mo.register@example.org", "Midwifery",
                                  "", "", "")]
    with pytest.raises(importer.ExportError, match="has no sheet 'Sheet9'. Its sheets are: 'Register', 'Briefings'"):
        plan(tmp_path, files[name], reg, sheet="Sheet9")


def test_a_file_named_xlsx_that_is_not_a_workbook(tmp_path, reg):
    fake = tmp_path / "register.xlsx"
    fake.write_text("date,course,attendee,agency\n2024-05-01,eh-workshop,a@x.example,GP\n", encoding="utf-8")
    with pytest.raises(importer.ExportError, match="cannot be read as an Excel workbook"):
        plan(tmp_path, fake, reg)
    csv_file = tmp_path / "register.csv"
    csv_file.write_text("date,course,attendee,agency\n", encoding="utf-8")
    with pytest.raises(importer.ExportError, match="SHEET= is for a spreadsheet"):
        plan(tmp_path, csv_file, reg, sheet="Register")


def test_make_import_training_with_sheet(tmp_path, files):
    """`make import-training FILE=... SHEET=...` runs the command with --from-make and these variables."""
    records = tmp_path / "records"
    env = {**os.environ, "FILE": str(files["register"]), "SHEET": "Briefings", "TRAINING_RECORDS_DIR": str(records)}
    done = subprocess.run([sys.executable, "-m", "earlyhelp", "import-training", "--from-make"],
                          capture_output=True, text=True, env=env, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "read as sheet 'Briefings' of an Excel workbook" in done.stdout
    with (records / "imported-2024-25.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["date"], r["course"], r["module"]) for r in rows] == [("2024-08-01", "descriptions-of-need", "")]
    assert "mo.register" not in done.stdout + done.stderr
