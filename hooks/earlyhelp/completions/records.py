"""Read and check training record files, row by row, without losing any.

A file is parsed once and kept in a cache keyed by its size and modification
time (and by the registries and today's date, which decide what is valid), so
a live-reload rebuild of ``mkdocs serve`` does not re-read unchanged records.

Speed: a file with no mistakes is checked column by column with C-level
builtins (``csv``, ``map``, ``set``): each distinct date, course and agency is
checked once, not once per row. Only a file with a problem takes the slower
row-by-row path, which names the file, line and reason of every rejected row.
Messages never repeat an attendee identifier: build logs can be public.
"""

from __future__ import annotations

import csv
import io
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from pathlib import Path

from ..findings import Finding
from .registry import Registry, suggest

REQUIRED = ("date", "course", "attendee", "agency")
OPTIONAL = ("status", "source")
# Status values: blank, attended and completed count as attending.
COUNTED = frozenset({"", "attended", "completed"})
NOT_COUNTED = frozenset({"did not attend", "cancelled", "booked", "in progress"})
EARLIEST_YEAR = 2000
SAVE_AS_UTF8 = ("In the spreadsheet choose Save As and the type 'CSV UTF-8 (Comma delimited)', "
                "or convert the export with: make import-training FILE=...")


@dataclass
class FileRecords:
    """One file's verdict: the counted records as columns, and what was left out."""

    path: str
    rows: int = 0
    rejected: int = 0
    not_counted: int = 0
    skipped: bool = False
    dates: list = field(default_factory=list)
    courses: list = field(default_factory=list)
    attendees: list = field(default_factory=list)
    agencies: list = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)
    findings: list = field(default_factory=list)


def date_problem(value: str, today: str) -> tuple[str, str, str] | None:
    """(kind, message, fix) when ``value`` is not a usable ISO date, else None."""
    example = "Write dates as YYYY-MM-DD, for example 2024-04-01."
    if len(value) != 10 or value[4] != "-" or value[7] != "-" or not (
            value[:4] + value[5:7] + value[8:]).isascii() or not (value[:4] + value[5:7] + value[8:]).isdigit():
        return "bad date", f"the date '{value}' is not written as YYYY-MM-DD", example
    try:
        date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        return "impossible date", f"the date '{value}' does not exist", "Check the day and month. " + example
    if value > today:
        return "future date", f"the date '{value}' is in the future", "Record training after it has happened."
    if int(value[:4]) < EARLIEST_YEAR:
        return "impossible date", f"the date '{value}' is before {EARLIEST_YEAR}", "Check the year for a typo."
    return None


class _Checker:
    """Row checks with memoised verdicts for each distinct value."""

    def __init__(self, registry: Registry, today: str):
        self.registry, self.today, self.dates = registry, today, {}

    def problems(self, values: dict[str, str]) -> list[tuple[str, str, str]]:
        found = []
        for name in ("date", "course", "agency"):
            if not values[name]:
                found.append(("missing field", f"the {name} is blank", f"Fill in the {name}."))
        if not values["attendee"]:
            found.append(("empty identifier", "the attendee is blank",
                          "Fill in the attendee's work email or staff number."))
        d = values["date"]
        if d:
            if d not in self.dates:
                self.dates[d] = date_problem(d, self.today)
            if self.dates[d]:
                found.append(self.dates[d])
        course = values["course"]
        if course and course not in self.registry.courses:
            hint = suggest(course, self.registry.courses)
            found.append(("unknown course", f"the course '{course}' is not in training/courses.yml",
                          (f"Did you mean '{hint}'? " if hint else "") + "Use a course id from training/courses.yml."))
        agency = values["agency"]
        if agency and agency not in self.registry.agencies:
            hint = suggest(agency, self.registry.agencies)
            found.append(("unknown agency", f"the agency '{agency}' is not in training/agencies.yml",
                          (f"Did you mean '{hint}'? " if hint else "")
                          + "Use an agency name exactly as written in training/agencies.yml, or add the agency there."))
        status = values.get("status", "")
        if status not in COUNTED and status not in NOT_COUNTED:
            found.append(("unknown status", f"the status '{status}' is not one the report knows",
                          "Use attended, completed, did not attend, cancelled, booked or in progress, or leave it blank."))
        return found


def _numbered(text: str):
    """(first line, row) pairs; a quoted value may span lines."""
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    for row in reader:
        yield start, row
        start = reader.line_num + 1


def _fail(out: FileRecords, line: int, message: str, fix: str) -> FileRecords:
    out.skipped = True
    out.findings.append(Finding(out.path, line, message, fix))
    return out


def parse_bytes(display: str, data: bytes, registry: Registry, today: str) -> FileRecords:
    """Check one file's bytes: UTF-8 (a byte-order mark is fine), any line endings."""
    out = FileRecords(display)
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return _fail(out, 1, "This file is saved as UTF-16 ('Unicode text'), not UTF-8, so it cannot be read.",
                     SAVE_AS_UTF8)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        return _fail(out, line, f"This file is not UTF-8 text: byte 0x{data[exc.start]:02x} on line {line} "
                     "cannot be read (the file was probably saved in an older spreadsheet format).", SAVE_AS_UTF8)
    if not text.strip():
        return _fail(out, 0, "This file is empty.",
                     "Delete it, or put the header row date,course,attendee,agency and one record per line in it.")
    try:
        rows = list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error as exc:
        return _fail(out, 0, f"This file cannot be read as comma-separated values: {exc}.",
                     "Open it in a spreadsheet and save it again as CSV UTF-8.")
    return _check_rows(out, text, rows, registry, today)


def _check_rows(out: FileRecords, text: str, rows: list, registry: Registry, today: str) -> FileRecords:
    h = next(i for i, row in enumerate(rows) if any(c.strip() for c in row))
    header = [c.strip().lower() for c in rows[h]]
    header_line = h + 1
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return _fail(out, header_line, "The first row must name the columns date, course, attendee and agency; "
                     f"this file has no {', '.join(missing)} column.",
                     "Put the header row date,course,attendee,agency first, or convert the export with "
                     "make import-training FILE=... (it maps other column names).")
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if unknown:
        out.findings.append(Finding(out.path, header_line, f"Unknown column(s) {', '.join(repr(c) for c in unknown)}.",
                                    "The columns are date, course, attendee, agency and optionally status and "
                                    "source: delete the others (the rest of the file is still read)."))
    body = rows[h + 1:]
    if not any(any(c.strip() for c in row) for row in body):
        return _fail(out, header_line, "This file has a header row but no records.",
                     "Add records below the header, or delete the file.")
    col = {name: header.index(name) for name in REQUIRED + OPTIONAL if name in header}
    if not _fast_path(out, body, len(header), col, registry, today):
        _slow_path(out, text, h, len(header), col, registry, today)
    return out


def _fast_path(out, body, ncol, col, registry, today) -> bool:
    """Check whole columns at once; False (and nothing changed) if any row has a problem."""
    if len(body[0]) != ncol or len(set(map(len, body))) != 1:
        return False
    columns = list(zip(*body))
    strip = str.strip
    dates = list(map(strip, columns[col["date"]]))
    courses = list(map(strip, columns[col["course"]]))
    agencies = list(map(strip, columns[col["agency"]]))
    attendees = list(map(str.lower, map(strip, columns[col["attendee"]])))
    statuses = list(map(str.lower, map(strip, columns[col["status"]]))) if "status" in col else None
    if ("" in attendees or not set(courses) <= registry.courses.keys()
            or not set(agencies) <= registry.agencies.keys()
            or (statuses is not None and not set(statuses) <= COUNTED | NOT_COUNTED)
            or any(date_problem(d, today) for d in set(dates))):
        return False
    out.rows = len(body)
    if statuses is not None and not set(statuses) <= COUNTED:
        keep = list(map(COUNTED.__contains__, statuses))
        out.not_counted = len(keep) - sum(keep)
        dates, courses, attendees, agencies = (list(compress(c, keep)) for c in (dates, courses, attendees, agencies))
    out.dates, out.courses, out.attendees, out.agencies = dates, courses, attendees, agencies
    return True


def _slow_path(out, text, h, ncol, col, registry, today) -> None:
    """Row by row: every rejected row becomes a finding with its line and reasons."""
    checker = _Checker(registry, today)
    for index, (line, row) in enumerate(_numbered(text)):
        if index <= h or not any(c.strip() for c in row):
            continue
        out.rows += 1
        if len(row) != ncol:
            problems = [("wrong column count", f"it has {len(row)} values but the header has {ncol} columns",
                         "Check for a missing or extra comma; put quotes around a value that contains a comma.")]
        else:
            values = {name: row[i].strip() for name, i in col.items()}
            values["attendee"] = values["attendee"].lower()
            values["status"] = values.get("status", "").lower()
            problems = checker.problems(values)
        if problems:
            out.rejected += 1
            out.reasons.update(kind for kind, _, _ in problems)
            out.findings.append(Finding(
                out.path, line, "Row left out: " + "; ".join(m for _, m, _ in problems) + ".",
                " ".join(dict.fromkeys(f for _, _, f in problems))))
        elif values["status"] not in COUNTED:
            out.not_counted += 1
        else:
            out.dates.append(values["date"])
            out.courses.append(values["course"])
            out.attendees.append(values["attendee"])
            out.agencies.append(values["agency"])


# path -> ((size, mtime_ns, registry fingerprint, today), FileRecords)
_CACHE: dict[str, tuple[tuple, FileRecords]] = {}


def read_file(path: Path, display: str, registry: Registry, today: str) -> FileRecords:
    """One file's records, re-parsed only when the file (or what decides validity) changed."""
    stat = path.stat()
    key = (stat.st_size, stat.st_mtime_ns, registry.fingerprint, today)
    hit = _CACHE.get(str(path))
    if hit is not None and hit[0] == key:
        return hit[1]
    result = parse_bytes(display, path.read_bytes(), registry, today)
    _CACHE[str(path)] = (key, result)
    return result


def display_path(path: Path, base: Path | None) -> str:
    """Paths in messages: relative to the project when inside it, else as given."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix() if base else str(path)
    except ValueError:
        return str(path)


def read_folder(folder: Path, registry: Registry, today: str | None = None,
                base: Path | None = None) -> tuple[list[FileRecords], list[Finding]]:
    """Every ``*.csv`` file in the records folder, in name order."""
    today = today or date.today().isoformat()
    shown = display_path(folder, base)
    fix = ("Create the folder and put the records in it, run make sample-data for a synthetic sample, "
           "or set TRAINING_RECORDS_DIR to the folder that holds the records.")
    if not folder.is_dir():
        return [], [Finding(shown, 0, f"The training records folder {shown} does not exist.", fix)]
    paths = sorted(p for p in folder.iterdir() if p.suffix.lower() == ".csv" and p.is_file())
    if not paths:
        return [], [Finding(shown, 0, f"The training records folder {shown} has no .csv files.", fix)]
    return [read_file(p, display_path(p, base), registry, today) for p in paths], []
