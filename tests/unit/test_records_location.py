"""Issue 18: records are never published, and no import leftover lies beside them unnoticed.

``TRAINING_RECORDS_DIR=docs/records make build`` used to publish every email in
the records; a killed import left a temporary copy of the records that the
build silently skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from earlyhelp.completions import report
from earlyhelp.completions.location import records_location_problem
from sitefactory import FIXTURE_TRAINING


@pytest.fixture
def project(tmp_path: Path) -> Path:
    for folder in ("docs", "site", "training/records", "elsewhere"):
        (tmp_path / folder).mkdir(parents=True)
    return tmp_path


@pytest.mark.parametrize("records", ["docs", "docs/records", "docs/a/b/records", "site", "site/records"])
def test_records_inside_docs_or_the_site_are_an_error(project, records):
    finding = records_location_problem(project / records, project / "docs", project / "site", base=project)
    assert finding is not None and finding.severity == "error" and finding.line is None
    where = "the docs folder" if records.startswith("docs") else "the site folder"
    assert finding.message == (f"The training records folder {records} is inside {where} "
                               f"({records.split('/')[0]}), so the records would be published with the site.")
    assert "TRAINING_RECORDS_DIR" in finding.fix


@pytest.mark.parametrize("records", ["training/records", "elsewhere", "docs-records", "."])
def test_records_elsewhere_are_fine(project, records):
    assert records_location_problem(project / records, project / "docs", project / "site") is None


def test_a_relative_path_and_a_symbolic_link_are_followed(project, monkeypatch):
    monkeypatch.chdir(project)
    assert records_location_problem(Path("docs/../docs/records"), Path("docs"), Path("site")) is not None
    os.symlink(project / "docs", project / "link-to-docs")
    assert records_location_problem(project / "link-to-docs" / "records", project / "docs", project / "site")


def test_a_leftover_import_file_is_an_error_in_the_build(project):
    records = project / "training" / "records"
    (records / "a.csv").write_text("date,course,attendee,agency\n2024-01-10,eh-workshop,a@x.example,"
                                   "Merseyside Police\n", "utf-8")
    (records / ".import-imported-2024-25.csv.k2j4.tmp").write_text("date,course,attendee,agency\n", "utf-8")
    _, findings = report.build(records, FIXTURE_TRAINING, 5, "2025-06-30", base=project)
    leftovers = [f for f in findings if f.kind == "leftover import file"]
    assert [(f.file, f.severity) for f in leftovers] == [
        ("training/records/.import-imported-2024-25.csv.k2j4.tmp", "error")]
    assert "make import-training again" in leftovers[0].fix
