"""Read and check training record files, row by row, without losing any.

Every row of every file goes through the same loop: split, check, keep or
reject. There is no second path that some files take. It is quick because each
distinct date, course, agency and status is checked once (the verdicts are kept
in dictionaries for the file), so a row costs a split and a few look-ups.
Nothing is cached between builds, and nothing is written anywhere.

Messages never repeat an attendee identifier or an unknown value (see
``describe``): build logs can be public.
"""

from __future__ import annotations

import gc
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..findings import Finding, display_path
from . import csvlines
from .checks import (CONFIDENCE, COUNTED, LONGEST_IDENTIFIER, NOT_COUNTED, OPTIONAL, REQUIRED, date_problem,
                     period_code, problems)
from .describe import FORMULA_STARTS
from .leaks import shown_path
from .location import leftover_problems, record_paths
from .registry import Registry

# How the portal's record named a module before the module column: "e-learning: <module page>".
E_LEARNING = "e-learning: "
SAVE_AS_UTF8 = ("In the spreadsheet choose Save As and the type 'CSV UTF-8 (Comma delimited)', "
                "or convert the export with: make import-training FILE=...")


@dataclass
class FileRecords:
    """One file's verdict: the usable records, and what was left out."""

    path: str
    rows: int = 0
    rejected: int = 0
    skipped: bool = False
    # (attendee, course, date) -> (agency, period code) of each counted record, in file order; a row
    # that names an e-learning module is keyed (attendee, course, date, module). The same key again is
    # the same attendance (or module pass): the first row read is kept.
    kept: dict = field(default_factory=dict)
    # (attendee, course, period code, confidence before, confidence after) of each counted row with
    # evaluation answers.
    evaluations: list = field(default_factory=list)
    # The period code of each counted row that repeated an earlier one in the file.
    repeats: list = field(default_factory=list)
    # (date or None, status) of each row read that says the person did not attend.
    not_counted: list = field(default_factory=list)
    reasons: Counter = field(default_factory=Counter)
    findings: list = field(default_factory=list)


def _fail(out: FileRecords, line: int | None, message: str, fix: str) -> FileRecords:
    out.skipped = True
    out.findings.append(Finding(out.path, line, message, fix, kind="unreadable file"))
    return out


def parse_bytes(display: str, data: bytes, registry: Registry, today: str) -> FileRecords:
    """Check one file's bytes: UTF-8 (a byte-order mark is fine), LF, CRLF or CR line endings."""
    out = FileRecords(display)
    try:
        text = csvlines.decode(data)
    except csvlines.Unreadable as exc:
        return _fail(out, exc.line, exc.message, SAVE_AS_UTF8)
    rows = csvlines.lines(text)
    start = next((i for i, line in enumerate(rows) if not csvlines.is_blank(line)), None)
    if start is None:
        return _fail(out, None, "This file is empty.",
                     "Delete it, or put the header row date,course,attendee,agency and one record per line in it.")
    header = csvlines.fields(rows[start])
    header = [c.strip().lower() for c in header] if isinstance(header, list) else []
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        return _fail(out, start + 1, "The first row must name the columns date, course, attendee and agency; "
                     f"this file has no {', '.join(missing)} column.",
                     "Put the header row date,course,attendee,agency first, or convert the export with "
                     "make import-training FILE=... (it maps other column names).")
    unknown = [c for c in header if c not in REQUIRED + OPTIONAL]
    if unknown:
        out.findings.append(Finding(out.path, start + 1, f"The header has {len(unknown)} unknown column(s).",
                                    "The columns are date, course, attendee, agency and optionally status, source, "
                                    "module, confidence_before and confidence_after: delete the others (the rest of "
                                    "the file is still read).",
                                    severity="notice", kind="unknown column"))
    if all(csvlines.is_blank(line) for line in rows[start + 1:]):  # a register set up before anyone attended
        out.findings.append(Finding(out.path, start + 1, "This file has a header row but no records yet.",
                                    "Add records below the header when people have attended, or delete the file.",
                                    "notice", "no records"))
        return out
    _check_rows(out, rows, start, header, registry, today)
    return out


def _check_rows(out: FileRecords, rows: list[str], start: int, header: list[str], registry: Registry,
                today: str) -> None:
    """The one loop: every row is split, checked, and kept or rejected with its line and reasons."""
    ncol = len(header)
    di, ci, ai, gi = (header.index(n) for n in REQUIRED)
    si, oi, mi, bi, ei = (header.index(n) if n in header else None for n in OPTIONAL)
    courses, agencies, modules, evaluate = registry.courses, registry.agencies, registry.modules, out.evaluations.append
    elearning = {c for c, _ in modules}
    periods: dict[str, int] = {}  # date -> period code, or 0 when the date is not usable
    keep, skip, repeat = out.kept.setdefault, out.not_counted.append, out.repeats.append
    fields, is_blank, split, longest = csvlines.fields, csvlines.is_blank, str.split, csvlines.LONGEST_LINE
    formula = frozenset(FORMULA_STARTS)
    for number, line in enumerate(rows[start + 1:], start + 2):
        if '"' in line or len(line) > longest:
            row = fields(line)
            if isinstance(row, str):
                if not is_blank(line):
                    _reject(out, number, [("unreadable row", row, "Check the quotes on this line.")])
                continue
        else:
            row = split(line, ",")
        if len(row) != ncol:
            if is_blank(line):
                continue
            _reject(out, number, [("wrong column count",
                                   f"it has {len(row)} values but the header has {ncol} columns",
                                   "Check for a missing or extra comma; put quotes around a value with a comma.")])
            continue
        d, c, a, g = row[di].strip(), row[ci].strip(), row[ai].strip().lower(), row[gi].strip()
        s = row[si].strip().lower() if si is not None else ""
        m = row[mi].strip() if mi is not None else ""
        if not m and oi is not None and c in elearning and row[oi].startswith(E_LEARNING) \
                and (c, row[oi][12:].strip()) in modules:
            m = row[oi][12:].strip()  # a record from before the module column
        eb, ea = (row[bi].strip() if bi is not None else "", row[ei].strip() if ei is not None else "")
        period = periods.get(d)
        if period is None:
            period = periods[d] = 0 if date_problem(d, today) else period_code(d)
        if period and c in courses and g in agencies and a and a[0] not in formula \
                and len(a) <= LONGEST_IDENTIFIER and a.isascii() and a.isprintable() and (not m or (c, m) in modules) \
                and (not (eb or ea) or (eb in CONFIDENCE and ea in CONFIDENCE)):
            if s in COUNTED:
                value = (g, period)
                if keep((a, c, d, m) if m else (a, c, d), value) is not value:
                    repeat(period)
                elif eb:
                    evaluate((a, c, period, int(eb), int(ea)))
                continue
            if s in NOT_COUNTED:
                skip((d, s))
                continue
        if not (d or c or a or g or s) and is_blank(line):
            continue
        found = problems({"date": d, "course": c, "attendee": a, "agency": g, "status": s, "module": m,
                          "confidence_before": eb, "confidence_after": ea}, registry, today)
        if found:
            _reject(out, number, found)
        else:  # unreachable unless the quick test and the checks disagree: count it as the checks say
            (keep((a, c, d, m) if m else (a, c, d), (g, period)) if s in COUNTED else skip((d, s)))
    out.rows = len(out.kept) + len(out.repeats) + len(out.not_counted) + out.rejected


def _reject(out: FileRecords, line: int, found: list[tuple[str, str, str]]) -> None:
    out.rejected += 1
    out.reasons.update(kind for kind, _, _ in found)
    out.findings.append(Finding(out.path, line, "Row left out: " + "; ".join(m for _, m, _ in found) + ".",
                                " ".join(dict.fromkeys(f for _, _, f in found)),
                                kind=", ".join(k for k, _, _ in found)))


def read_file(path: Path, display: str, registry: Registry, today: str) -> FileRecords:
    """One file's records; a file that cannot be opened is a finding with its path."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        return _fail(FileRecords(display), None, f"The file {display} cannot be read ({_reason(exc)}).",
                     "Check that the file exists and that the account running the build may read it.")
    return parse_bytes(display, data, registry, today)


def _reason(exc: OSError) -> str:
    return (exc.strerror or type(exc).__name__).lower()


def read_folder(folder: Path, registry: Registry, today: str | None = None,
                base: Path | None = None) -> tuple[list[FileRecords], list[Finding]]:
    """Every ``*.csv`` file in the records folder, in name order, and the folder's own problems."""
    today = today or date.today().isoformat()
    shown = display_path(folder, base)
    fix = ("Create the folder and put the records in it, run make sample-data for a synthetic sample, "
           "or set TRAINING_RECORDS_DIR to the folder that holds the records.")
    try:
        entries = sorted(folder.iterdir())
    except FileNotFoundError:
        return [], [Finding(shown, None, f"The training records folder {shown} does not exist.", fix)]
    except OSError as exc:
        return [], [Finding(shown, None, f"The training records folder {shown} cannot be read ({_reason(exc)}).",
                            "Check that the account running the build may open the folder and list its files.")]
    findings = leftover_problems(entries, base)
    paths = record_paths(entries)
    if not paths:  # a new site before its first import: the report says so, and the build goes on
        findings.append(Finding(shown, None, f"The training records folder {shown} has no .csv files yet, so the "
                                "training report says that no records have been added.",
                                "Import the first records with make import-training FILE=..., or run make "
                                "sample-data to try the report with a synthetic sample.", "notice", "no records"))
    # Named by the folder and the file's own name (a symbolic link is named, not where it points).
    # A file named after someone ("jo.bloggs@x.org.csv") is named by what it is: logs can be public.
    return [read_file(p, f"{shown}/{shown_path(p.name)}", registry, today) for p in paths], findings


@contextmanager
def paused_gc():
    """Reading records makes a few new tuples per row and frees none until the end; the cyclic garbage
    collector would walk them again and again for nothing (it doubled the time at 200,000 rows)."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
