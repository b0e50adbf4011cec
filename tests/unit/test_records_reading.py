"""Issue 18: reading record files whatever is in them, and saying so without repeating a record.

Each failure the issue lists is a test here: a huge quoted field or an unclosed
quote skipped the whole file at "line 0"; CR-only files were not read; a stray
CR moved every later line number; an unreadable folder gave a traceback; a value
in the wrong column was echoed into the (public) build log.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from earlyhelp.completions import records, report
from earlyhelp.completions import registry as registry_module
from sitefactory import FIXTURE_TRAINING

TODAY = "2025-06-30"
HEADER = "date,course,attendee,agency\n"
GOOD = "2024-01-10,eh-workshop,good-{n}@example.test,Merseyside Police\n"
BAD_COURSE = "2024-01-10,eh-nothing,bad@example.test,Merseyside Police\n"


@pytest.fixture(scope="module")
def reg():
    return registry_module.load(FIXTURE_TRAINING)


def parse(text: str | bytes, reg) -> records.FileRecords:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return records.parse_bytes("r.csv", data, reg, TODAY)


def lines_and_kinds(parsed) -> list[tuple[int | None, str]]:
    return [(f.line, f.kind) for f in parsed.findings]


def test_a_huge_quoted_field_is_one_located_error_and_the_rest_is_read(reg):
    huge = '2024-01-10,eh-workshop,"' + "x" * 200_000 + '",Merseyside Police\n'
    parsed = parse(HEADER + GOOD.format(n=1) + huge + GOOD.format(n=2) + BAD_COURSE, reg)
    assert not parsed.skipped
    assert lines_and_kinds(parsed) == [(3, "unreadable row"), (5, "unknown course")]
    assert "200,0" in parsed.findings[0].message and "xxx" not in parsed.findings[0].message
    assert len(parsed.kept) == 2


def test_an_unclosed_quote_is_one_located_error(reg):
    parsed = parse(HEADER + '2024-01-10,eh-workshop,"open@example.test,Merseyside Police\n'
                   + GOOD.format(n=1) + BAD_COURSE, reg)
    assert lines_and_kinds(parsed) == [(2, "unreadable row"), (4, "unknown course")]
    assert len(parsed.kept) == 1


def test_a_huge_attendee_is_a_row_error(reg):
    parsed = parse(HEADER + "2024-01-10,eh-workshop," + "a" * 300 + "@example.test,Merseyside Police\n", reg)
    assert lines_and_kinds(parsed) == [(2, "identifier too long")]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_every_line_ending_gives_the_same_rows_and_lines(reg, ending):
    text = (HEADER + GOOD.format(n=1) + BAD_COURSE + GOOD.format(n=2)).replace("\n", ending)
    parsed = parse(text, reg)
    assert lines_and_kinds(parsed) == [(3, "unknown course")]
    assert [row[0] for row in parsed.kept] == ["good-1@example.test", "good-2@example.test"]


def test_a_stray_carriage_return_does_not_move_later_line_numbers(reg):
    stray = "2024-01-10,eh-workshop,stray@example.test\r,Merseyside Police\n"  # a CR inside line 2
    parsed = parse(HEADER + stray + GOOD.format(n=1) + BAD_COURSE, reg)
    assert lines_and_kinds(parsed) == [(4, "unknown course")]
    assert len(parsed.kept) == 2  # the CR is trimmed with the spaces around the value


def test_a_value_in_the_wrong_column_is_described_not_repeated(reg):
    parsed = parse(HEADER + "2024-01-10,eh-workshop,Merseyside Police,jane.doe@school.example\n"
                   "2024-01-10,eh-workshop,a@x.example,Police 123456\n"
                   "2024-01-10,eh-workshop,a@x.example,Mersyside Police\n", reg)
    messages = [f.format() for f in parsed.findings]
    assert "an agency not in training/agencies.yml (looks like an email address)" in messages[0]
    assert "jane.doe" not in " ".join(messages) and "123456" not in " ".join(messages)
    assert "Mersyside" not in messages[2] and "Did you mean 'Merseyside Police'?" in messages[2]
    assert "Did you mean" not in messages[1]  # identifier-like: no hint that would echo it back


@pytest.mark.parametrize("row, hidden", [
    ("2024-13-45,eh-workshop,a@x.example,Merseyside Police", "2024-13-45"),
    ("13/01/2024,eh-workshop,a@x.example,Merseyside Police", "13/01/2024"),
    ("2024-01-10,jane@x.example,a@x.example,Merseyside Police", "jane@x.example"),
    ("2024-01-10,eh-workshop,a@x.example,Merseyside Police,07700900123", "07700900123"),
    ("2024-01-10,eh-workshop,a@x.example,Merseyside Police,x,y", "a@x.example"),
])
def test_no_message_repeats_a_value_from_the_row(reg, row, hidden):
    header = "date,course,attendee,agency,status\n" if row.count(",") == 4 else HEADER
    parsed = parse(header + row + "\n", reg)
    assert parsed.findings and all(hidden not in f.format() for f in parsed.findings)


def test_findings_are_errors_or_notices_and_a_file_finding_has_no_line(tmp_path, reg):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "empty.csv").write_bytes(b"")
    (folder / "extra.csv").write_text("date,course,attendee,agency,notes\n2024-01-10,eh-workshop,a@x.example,"
                                      "Merseyside Police,\n", "utf-8")
    _, findings = report.build(folder, FIXTURE_TRAINING, 5, TODAY)
    assert {f.severity for f in findings} == {"error", "notice"}
    assert [f.line for f in findings if f.file.endswith("empty.csv")] == [None]
    assert all(f.line is None or f.line >= 1 for f in findings)


def test_a_records_folder_that_cannot_be_listed_is_a_plain_message(tmp_path):
    not_a_folder = tmp_path / "records"
    not_a_folder.write_text("a file where the folder should be", "utf-8")
    _, findings = report.build(not_a_folder, FIXTURE_TRAINING, 5, TODAY)
    assert [f.format() for f in findings] == [
        f"Error: {not_a_folder}: The training records folder {not_a_folder} cannot be read (not a directory). How to fix: "
        "Check that the account running the build may open the folder and list its files."]


def test_a_record_file_that_cannot_be_read_is_a_plain_message(tmp_path):
    folder = tmp_path / "records"
    folder.mkdir()
    (folder / "good.csv").write_text(HEADER + GOOD.format(n=1), "utf-8")
    os.symlink(tmp_path / "gone.csv", folder / "gone.csv")  # a link to a file that is not there
    result, findings = report.build(folder, FIXTURE_TRAINING, 5, TODAY, base=tmp_path)
    assert [f.format() for f in findings] == [
        "Error: records/gone.csv: The file records/gone.csv cannot be read (no such file or directory). How to fix: "
        "Check that the file exists and that the account running the build may read it."]
    assert result["data_quality"]["files_skipped"] == 1


def test_nothing_is_written_beside_the_records_or_into_a_cache(tmp_path, monkeypatch):
    project = tmp_path / "project"
    shutil_copy = __import__("shutil").copytree
    shutil_copy(FIXTURE_TRAINING, project / "training")
    (project / "training" / "records").mkdir()
    (project / "training" / "records" / "records.csv").write_text(
        "date,course,attendee,agency\n" + "".join(f"2024-01-1{n},eh-workshop,p{n}@example.test,Primary schools\n"
                                                  for n in range(6)), "utf-8")
    monkeypatch.chdir(project)
    before = sorted(p.relative_to(project) for p in project.rglob("*"))
    report.build(project / "training" / "records", project / "training", 5, TODAY, base=project)
    assert sorted(p.relative_to(project) for p in project.rglob("*")) == before
    assert not (project / ".cache").exists()
