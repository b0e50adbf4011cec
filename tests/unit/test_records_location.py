"""Issue 18: records are never published, and no import leftover lies beside them unnoticed.

``TRAINING_RECORDS_DIR=docs/records make build`` used to publish every email in
the records; a killed import left a temporary copy of the records that the
build silently skipped.
"""

from __future__ import annotations

import os
import sys
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


def test_the_themes_custom_dir_is_published_too(project):
    finding = records_location_problem(project / "overrides" / "records", project / "docs", project / "site",
                                       base=project, custom_dir=project / "overrides")
    assert finding is not None and "inside the theme's custom_dir (overrides)" in finding.message


def test_every_folder_of_the_theme_is_published_too(project):
    """MkDocs copies every file of every theme folder (the generator's own, Material's) into the site."""
    theme = project / "venv" / "earlyhelp" / "theme"
    finding = records_location_problem(theme / "records", project / "docs", project / "site", base=project,
                                       theme_dirs=(theme,))
    assert finding is not None and "inside a folder of the site's theme" in finding.message


def test_a_file_named_like_an_address_is_not_named_in_the_message(project):
    """Messages reach public build logs: the folder is named, the name is not."""
    (project / "docs" / "files").mkdir()
    (project / "docs" / "files" / "guard.person@x.example.csv").write_text(RECORDS, "utf-8")
    (project / "docs" / "files" / "staff-1234567.txt").write_text(RECORDS, "utf-8")
    assert _published(project) == [("docs/files/(a name like an attendee's)", "error")] * 2


def _published(project: Path) -> list[tuple[str, str]]:
    from earlyhelp.completions.copies import published_records

    found = published_records([(project / "docs", "the docs folder")], project / "training" / "records", project)
    return [(f.file, f.severity) for f in found]


RECORDS = "date,course,attendee,agency\n2024-01-10,eh-workshop,a@x.example,Merseyside Police\n"


@pytest.mark.parametrize("link, target", [("docs/data", "training/records"), ("docs/all", "training"),
                                          ("docs/one.csv", "training/records/a.csv")])
def test_a_link_in_docs_to_the_records_is_an_error(project, link, target):
    (project / "training" / "records" / "a.csv").write_text(RECORDS, "utf-8")
    (project / link).symlink_to(project / target)
    assert _published(project) == [(link, "error")]


@pytest.mark.parametrize("name, text", [
    ("training/attendance-2025.csv", RECORDS),
    ("records.csv.bak", "\ufeffDate attended,Email,Organisation,Course\r\n2024-01-10,a@x.example,Police,EH\r\n"),
    ("export.tsv", "Timestamp\tEmail address\tTraining\n"),
    ("notes.txt", RECORDS),
])
def test_a_copy_or_an_export_of_records_in_docs_is_an_error(project, name, text):
    (project / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
    (project / "docs" / name).write_text(text, "utf-8")
    assert _published(project) == [(f"docs/{name}", "error")]


def test_a_workbook_of_records_in_docs_is_an_error(project):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "data"))
    import spreadsheets

    spreadsheets._xlsx(project / "docs" / "register.xlsx", {"Form1": spreadsheets.BRIEFINGS})
    assert _published(project) == [("docs/register.xlsx", "error")]


def test_other_tables_links_and_hidden_files_in_docs_are_fine(project):
    (project / "docs" / "services.csv").write_text("Service,Phone,Email\nFamily Hub,01744 676600,hub@x.example\n",
                                                   "utf-8")
    (project / "docs" / "courses.csv").write_text("Course,Date,Venue\nEH workshop,2024-01-10,Town Hall\n", "utf-8")
    (project / "docs" / "table.md").write_text("date,course,attendee\n\nA page that starts oddly.\n", "utf-8")
    (project / "docs" / "elsewhere").symlink_to(project / "elsewhere")
    (project / "docs" / ".drafts").mkdir()
    (project / "docs" / ".drafts" / "r.csv").write_text(RECORDS, "utf-8")  # MkDocs leaves dot-folders out
    assert _published(project) == []


def test_training_due_is_not_written_into_the_folders_mkdocs_yml_names(project):
    from earlyhelp.completions.due import forbidden

    (project / "mkdocs.yml").write_text("site_name: X\ndocs_dir: pages\nsite_dir: public\ntheme:\n  name: material\n"
                                        "  custom_dir: overrides\n", "utf-8")
    for folder in ("pages", "public", "overrides"):
        assert forbidden(project / folder / "due.csv", project), folder
    assert forbidden(project / "docs" / "due.csv", project) is None  # not published by this site
    (project / "pages").mkdir()
    (project / "pages" / "out").symlink_to(project / "elsewhere", target_is_directory=True)
    assert forbidden(project / "pages" / "out" / "due.csv", project)  # a link out of a published folder
    assert forbidden(Path("pages/out/due.csv"), project)
    assert forbidden(project / "elsewhere" / "due.csv", project) is None


def test_a_copy_behind_a_link_to_another_folder_is_found(project):
    """MkDocs copies through a link to a folder outside docs/, so the check reads through it too."""
    (project / "elsewhere" / "exports").mkdir()
    (project / "elsewhere" / "exports" / "march.csv").write_text(RECORDS, "utf-8")
    (project / "docs" / "shared").symlink_to(project / "elsewhere", target_is_directory=True)
    (project / "elsewhere" / "loop").symlink_to(project / "elsewhere", target_is_directory=True)  # read once
    assert _published(project) == [("docs/shared/exports/march.csv", "error")]
