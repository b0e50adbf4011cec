"""The whole report step: complete texts or an exception, never an empty or partial report."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from earlyhelp.completions import published, render

ROOT = Path(__file__).resolve().parents[2]


def test_the_step_gives_a_whole_page_and_json_that_agree(tmp_path):
    made = published.make(ROOT, ROOT / "training", ROOT / "training" / "records", {"suppression_threshold": 5})
    data = json.loads(made.data)
    assert made.head.startswith("---\ntitle: Partners attending Early Help training\n")
    assert "## Data quality" in made.body and made.findings == []
    assert f'{data["years"][-1]["partner_attendees"]:,} people from partner agencies' in made.body


def test_a_missing_records_folder_is_a_finding_with_a_whole_page(tmp_path):
    made = published.make(tmp_path, ROOT / "training", tmp_path / "nowhere", {"suppression_threshold": 5})
    assert json.loads(made.data)["years"] == []
    assert "No completed quarter has any training records yet" in made.body
    assert [(f.severity, f.line) for f in made.findings] == [("error", None)]
    assert "does not exist" in made.findings[0].message


def test_a_step_that_fails_part_way_raises_instead_of_returning_part(tmp_path, monkeypatch):
    def broken(report, strategy="the strategy"):
        raise KeyError("years")

    monkeypatch.setattr(render, "body", broken)
    with pytest.raises(KeyError):
        published.make(ROOT, ROOT / "training", ROOT / "training" / "records", {"suppression_threshold": 5})
    monkeypatch.setattr(render, "body", lambda report, strategy="": "")
    with pytest.raises(published.ReportFailed):
        published.make(ROOT, ROOT / "training", ROOT / "training" / "records", {"suppression_threshold": 5})
