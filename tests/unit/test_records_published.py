"""The whole report step: complete texts or an exception, never an empty or partial report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from earlyhelp.completions import published, render

from sitefactory import FIXTURE_TRAINING


def records(folder: Path) -> Path:
    """Ten people from partner agencies at a workshop in a quarter long past: a whole report."""
    folder.mkdir()
    rows = "".join(f"2024-01-{10 + n},eh-workshop,person-{n}@example.test,{agency}\n"
                   for n, agency in enumerate(["Primary schools", "Merseyside Police"] * 5))
    (folder / "records.csv").write_text("date,course,attendee,agency\n" + rows, "utf-8")
    return folder


def test_the_step_gives_a_whole_page_and_json_that_agree(tmp_path):
    made = published.make(tmp_path, FIXTURE_TRAINING, records(tmp_path / "records"), {"suppression_threshold": 5})
    data = json.loads(made.data)
    assert made.head.startswith("---\ntitle: Partners attending Early Help training\n")
    assert "## Data quality" in made.body and made.findings == []
    assert f'{data["years"][-1]["partner_attendees"]:,} people from partner agencies' in made.body


def test_a_missing_records_folder_is_a_finding_with_a_whole_page(tmp_path):
    made = published.make(tmp_path, FIXTURE_TRAINING, tmp_path / "nowhere", {"suppression_threshold": 5})
    assert json.loads(made.data)["years"] == []
    assert "No completed quarter has any training records yet" in made.body
    assert [(f.severity, f.line) for f in made.findings] == [("error", None)]
    assert "does not exist" in made.findings[0].message


def test_a_step_that_fails_part_way_raises_instead_of_returning_part(tmp_path, monkeypatch):
    def broken(report, strategy="the strategy"):
        raise KeyError("years")

    monkeypatch.setattr(render, "body", broken)
    folder = records(tmp_path / "records")
    with pytest.raises(KeyError):
        published.make(tmp_path, FIXTURE_TRAINING, folder, {"suppression_threshold": 5})
    monkeypatch.setattr(render, "body", lambda report, strategy="": "")
    with pytest.raises(published.ReportFailed):
        published.make(tmp_path, FIXTURE_TRAINING, folder, {"suppression_threshold": 5})
