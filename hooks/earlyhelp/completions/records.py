"""Read and check training record files, row by row, without losing any.

A file is parsed once and kept in a cache keyed by its size and modification
time (and by the registries and today's date, which decide what is valid), so
a live-reload rebuild of ``mkdocs serve`` does not re-read unchanged records.

Speed: a file with no mistakes is checked column by column with C-level
builtins (``str.split``, ``map``, ``set``), or by Arrow when it is big (see
``columnar``): each distinct date, course and agency is checked once, not once
per row. Only a file with a problem takes the slower row-by-row path, which
names the file, line and reason of every rejected row.
Messages never repeat an attendee identifier: build logs can be public.
"""

from __future__ import annotations

import csv
import gc
import io
import re
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from itertools import compress
from pathlib import Path

from ..findings import Finding, display_path
from . import columnar
from .checks import COUNTED, OPTIONAL, REQUIRED, RowChecker, columns_usable, period_code
from .registry import Registry

_ANYTHING = re.compile(r"[^\s,]")
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
    # Each counted record's period code (see period_code), in step with the columns.
    periods: list = field(default_factory=list)
    # (period code, course, agency) -> records, before duplicates are dropped.
    combos: Counter = field(default_factory=Counter)
    findings: list = field(default_factory=list)

    def values(self, name: str) -> list:
        """A column as a Python list, however it was read."""
        column = getattr(self, name)
        return column.to_pylist() if columnar.is_columnar(column) else column


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


@contextmanager
def paused_gc():
    """Reading a big file makes millions of new objects; the cyclic garbage collector
    would walk them again and again without freeing any, so it waits until the end."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


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
    if not text or text.isspace():
        return _fail(out, 0, "This file is empty.",
                     "Delete it, or put the header row date,course,attendee,agency and one record per line in it.")
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    try:
        with paused_gc():
            return _check(out, text, data.removeprefix(b"\xef\xbb\xbf"), registry, today)
    except csv.Error as exc:
        return _fail(FileRecords(display), 0, f"This file cannot be read as comma-separated values: {exc}.",
                     "Open it in a spreadsheet and save it again as CSV UTF-8.")


def _check(out: FileRecords, text: str, data: bytes, registry: Registry, today: str) -> FileRecords:
    reader = csv.reader(_lines(text))
    header_line = 1
    for header in reader:
        if any(c.strip() for c in header):
            break
        header_line = reader.line_num + 1
    header_end = reader.line_num
    header = [c.strip().lower() for c in header]
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
    if not _ANYTHING.search(text, _line_end(text, header_end)):
        return _fail(out, header_line, "This file has a header row but no records.",
                     "Add records below the header, or delete the file.")
    col = {name: header.index(name) for name in REQUIRED + OPTIONAL if name in header}
    if header_end == 1 and len(data) >= columnar.BIG_FILE_BYTES:
        found = columnar.read(data, header, col, registry, today)
        if found is not None:
            for name, value in found.items():
                setattr(out, name, value)
            return out
    columns = None
    if header_end == 1:
        columns = _split_columns(text, len(header), {col[n] for n in REQUIRED + ("status",) if n in col})
    if columns is None or not _fast_path(out, columns, col, registry, today):
        _slow_path(out, text, header_end, len(header), col, registry, today)
    return out


def _lines(text: str):
    """The lines of ``text`` one by one (csv.reader over io.StringIO would copy all of it)."""
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        yield text[start:end]
        start = end


def _line_end(text: str, lines: int) -> int:
    """Offset just after the first ``lines`` lines."""
    offset = -1
    for _ in range(lines):
        offset = text.find("\n", offset + 1)
        if offset < 0:
            return len(text)
    return offset + 1


def _split_columns(text: str, ncol: int, needed: set[int]) -> list | None:
    """The record columns of a file with the header on line 1 and no quotes or blank
    lines, by one split of the whole text (no copy of it per row or per field).

    Each line end becomes "\\x00," before splitting on commas, so a line with too
    few or too many values moves a marker out of the last column: then None.
    """
    if '"' in text or "\x00" in text or "\r" in text:
        return None
    if not text.endswith("\n"):
        text += "\n"
    lines = text.count("\n")
    flat = text.replace("\n", "\x00,").split(",")
    flat.pop()
    if len(flat) != lines * ncol or "".join(flat[ncol - 1::ncol]).count("\x00") != lines:
        return None
    columns = [flat[ncol + i::ncol] if i in needed else None for i in range(ncol - 1)]
    last = flat[2 * ncol - 1::ncol]
    columns.append("\n".join(last).replace("\x00", "").split("\n") if ncol - 1 in needed and last else
                   [] if ncol - 1 in needed else None)
    return columns


def _fast_path(out, columns, col, registry, today) -> bool:
    """Check whole columns at once; False (and nothing changed) if any row has a problem."""
    dates, courses, agencies, attendees = (columns[col[n]] for n in ("date", "course", "agency", "attendee"))
    statuses = set(columns[col["status"]]) if "status" in col else {""}
    joined = "\n".join(attendees)
    if "" in attendees or " " in joined or "\t" in joined:
        return False
    lowered = joined.lower()
    if lowered != joined:
        attendees = lowered.split("\n")
    # Every row is checked, counted or not, as the row-by-row path does.
    distinct_dates = set(dates)
    if not columns_usable(statuses, distinct_dates, set(courses), set(agencies), registry, today):
        return False
    period = {d: period_code(d) for d in distinct_dates}
    if not statuses <= COUNTED:
        keep = list(map(COUNTED.__contains__, columns[col["status"]]))
        out.not_counted = len(keep) - sum(keep)
        dates, courses, attendees, agencies = (list(compress(c, keep)) for c in (dates, courses, attendees, agencies))
    periods = list(map(period.__getitem__, dates))
    combos = Counter(zip(periods, courses, agencies))
    out.rows = len(columns[col["date"]])
    out.dates, out.courses, out.attendees, out.agencies = dates, courses, attendees, agencies
    out.periods, out.combos = periods, combos
    return True


def _slow_path(out, text, header_end, ncol, col, registry, today) -> None:
    """Row by row: every rejected row becomes a finding with its line and reasons."""
    checker = RowChecker(registry, today)
    for line, row in _numbered(text):
        if line <= header_end or not any(c.strip() for c in row):
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
                " ".join(dict.fromkeys(f for _, _, f in problems)), kind=", ".join(k for k, _, _ in problems)))
        elif values["status"] not in COUNTED:
            out.not_counted += 1
        else:
            out.dates.append(values["date"])
            out.courses.append(values["course"])
            out.attendees.append(values["attendee"])
            out.agencies.append(values["agency"])
    period = {d: period_code(d) for d in set(out.dates)}
    out.periods = list(map(period.__getitem__, out.dates))
    out.combos = Counter(zip(out.periods, out.courses, out.agencies))


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
