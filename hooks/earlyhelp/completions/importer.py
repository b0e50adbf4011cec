"""Turn exports from other systems into canonical training records.

An attendance register, a form-service export, a learning-system completion
report and the training portal's downloaded record all say who attended what,
when and from where, in their own column names and date formats. ``plan``
maps each row onto the canonical columns and checks it as the build would;
``apply`` appends the new rows to one canonical file per financial year by
writing a temporary file and renaming it over the old one. ``run`` does both
while holding the records folder's lock, so imports at the same time take
turns and none loses another's rows. A row already in the records folder is
not added again, so importing the same export twice adds nothing.

No message repeats a value from the export except a date on its line, or a
course or agency name from the registries.
"""

from __future__ import annotations

import csv
import io
import os
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..findings import Finding
from . import exportfile, spreadsheet
from .checks import (COUNTED, NOT_COUNTED, confidence_problem, date_problem, financial_year, identifier_problem,
                     module_problem)
from .exportcolumns import COLUMNS, OLD_COLUMNS, STATUSES, ExportError, find_columns, parse_mapping  # noqa: F401
from .describe import shape, starts_like_formula
from .folderlock import locked
from .location import TEMPORARY_PREFIX, TEMPORARY_SUFFIX
from .records import E_LEARNING, read_folder
from .registry import Registry, key, suggest

FORMULA_FIX = "Correct the value: a spreadsheet would run a value starting with =, +, -, @, a tab or a return."
parse_date = exportfile.parse_date


@dataclass
class ImportPlan:
    source: str
    encoding: str = "UTF-8"
    columns: dict = field(default_factory=dict)
    rows: int = 0
    new: list = field(default_factory=list)
    already: int = 0
    repeated: int = 0
    skipped: int = 0
    mapped_to_other: int = 0
    rejected: list = field(default_factory=list)
    removed: list = field(default_factory=list)  # temporary files an unfinished import had left


def _check_options(registry: Registry, course, agency, other_agency) -> None:
    for value, known, what, where in ((course, registry.courses, "course", "courses"),
                                      (agency, registry.agencies, "agency", "agencies"),
                                      (other_agency, registry.agencies, "agency", "agencies")):
        if value and value not in known:
            hint = suggest(value, known)
            raise ExportError(f"The {what} given is not in training/{where}.yml"
                              + (f": did you mean '{hint}'?" if hint else "."))


def _date_problems(raw: str, date_format: str | None, today: str) -> list[tuple[str, str]]:
    """Why a date from an export cannot be used (empty when it can)."""
    if not raw:
        return [("the date is blank", "Fill in the date.")]
    try:
        iso = parse_date(raw, date_format)
    except ValueError as exc:
        return [(str(exc), "Check the day and month.")]
    if iso is None:
        return [(f"the date is not in the expected format ({shape(raw)})",
                 f"Dates are read as {'the DATE_FORMAT given' if date_format else 'day/month/year or YYYY-MM-DD'}; "
                 "give the export's format with DATE_FORMAT, for example DATE_FORMAT=%d/%m/%Y.")]
    problem = date_problem(iso, today)
    return [problem[1:]] if problem else []


def _rows(path: Path, sheet: str | None) -> tuple[list[tuple[int, list[str]]], str]:
    """(line, values) of every row, and what was read: a spreadsheet's sheet, or a text file's encoding."""
    if spreadsheet.is_spreadsheet(path):
        try:
            return spreadsheet.numbered_rows(path, sheet)
        except spreadsheet.SheetError as exc:
            raise ExportError(str(exc)) from None
    if sheet:
        raise ExportError(f"SHEET= is for a spreadsheet (.xlsx, .ods), and {path.name} is a text file.")
    text, encoding = _read(path)
    return exportfile.numbered_rows(text), encoding


def _read(path: Path) -> tuple[str, str]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise ExportError(f"There is no file {path}.") from None
    except OSError as exc:
        raise ExportError(f"The file {path} cannot be read ({(exc.strerror or 'error').lower()}).") from None
    text, encoding = exportfile.decode(data)
    if not text.strip():
        raise ExportError(f"{path.name} is empty.")
    return text, encoding


def plan(path: Path, records_dir: Path, registry: Registry, mapping: dict[str, str] | None = None,
         date_format: str | None = None, course: str | None = None, agency: str | None = None,
         other_agency: str | None = None, today: str | None = None, sheet: str | None = None) -> ImportPlan:
    """Work out what importing ``path`` would add, without writing anything. A spreadsheet's first sheet
    is read, or ``sheet``; the header is the first of the first ten rows that names the columns."""
    today, mapping = today or date.today().isoformat(), mapping or {}
    _check_options(registry, course, agency, other_agency)
    numbered, encoding = _rows(path, sheet)
    result = ImportPlan(path.name, encoding)
    need = ("date", "attendee") + (() if course else ("course",)) + (() if agency else ("agency",))
    header_at, cols = next(((i, c) for i, (_, row) in enumerate(numbered[:10])
                            if (c := find_columns(row, mapping, need)) is not None), (None, None))
    if cols is None:
        first = next((row for _, row in numbered if any(row)), [])
        raise ExportError(
            f"Could not find the columns {', '.join(need)} in {path.name}. Its first row has {len(first)} "
            "columns. Name the columns with MAP, for example "
            "MAP=\"date=Date attended,attendee=Email,agency=Organisation,course=Course\".")
    header = numbered[header_at][1]
    result.columns = {name: header[i] for name, i in cols.items()}
    body = [(line, row) for line, row in numbered[header_at + 1:] if any(c.strip() for c in row)]
    if not date_format:
        problem = exportfile.date_order_problem(
            [(line, row[cols["date"]]) for line, row in body if cols["date"] < len(row)])
        if problem:
            raise ExportError(problem + " Give the format with DATE_FORMAT, for example DATE_FORMAT=%d/%m/%Y "
                              "(day first) or DATE_FORMAT=%m/%d/%Y (month first).")
    existing = {k for records in read_folder(records_dir, registry, today)[0] for k in records.kept}
    seen = set()
    for line, row in body:
        result.rows += 1
        raw = {name: row[i] if i < len(row) else "" for name, i in cols.items()}
        get = {name: value.strip() for name, value in raw.items()}.get
        problems = _date_problems(get("date", ""), date_format, today)
        if starts_like_formula(raw.get("attendee", "")):
            problems.append(("the attendee starts like a spreadsheet formula", FORMULA_FIX))
        else:
            problems += [p[1:] for p in (identifier_problem(get("attendee", "").lower()),) if p]
        course_id = course or registry.course_aliases.get(key(get("course", "")))
        if course_id is None:
            hint = suggest(get("course", ""), list(registry.courses) + [c.title for c in registry.courses.values()])
            problems.append((f"the course is not in training/courses.yml ({shape(get('course', ''))})",
                             (f"Did you mean '{hint}'? " if hint else "")
                             + "Use a course id or title, or set COURSE=."))
        given = get("agency", "")
        agency_name = agency if agency and not given else registry.agency_aliases.get(key(given))
        if starts_like_formula(raw.get("agency", "")):
            problems.append(("the agency starts like a spreadsheet formula", FORMULA_FIX))
        elif agency_name is None and other_agency and given:
            agency_name = other_agency
            result.mapped_to_other += 1
        elif agency_name is None:
            hint = suggest(given, list(registry.agency_aliases))
            problems.append((f"an agency not in training/agencies.yml ({shape(given)})",
                             (f"Did you mean '{registry.agency_aliases[hint]}'? " if hint else "")
                             + "Add the name as an alias in training/agencies.yml, or set OTHER_AGENCY=."))
        source = " ".join(get("source", "").split())
        if starts_like_formula(source):
            problems.append(("the source starts like a spreadsheet formula", FORMULA_FIX))
        status = STATUSES.get(key(get("status", "")))
        if status is None:
            problems.append((f"the status is not one the importer knows ({shape(get('status', ''))})",
                             "Use attended, completed, did not attend, cancelled or booked."))
        module = get("module", "")
        if not module and source.startswith(E_LEARNING) and (course_id, source[12:].strip()) in registry.modules:
            module = source[12:].strip()  # the portal's record from before the module column
        answers = (get("confidence_before", ""), get("confidence_after", ""))
        problems += [p[1:] for p in (module_problem(course_id, module, registry) if course_id else None,
                                     confidence_problem(*answers)) if p]
        if problems:
            result.rejected.append(Finding(path.name, line, "Row left out: " + "; ".join(m for m, _ in problems) + ".",
                                           " ".join(dict.fromkeys(f for _, f in problems))))
            continue
        if status in NOT_COUNTED or status not in COUNTED:
            result.skipped += 1
            continue
        iso = parse_date(get("date"), date_format)
        row_key = (get("attendee").lower(), course_id, iso) + ((module,) if module else ())
        if row_key in existing:
            result.already += 1
        elif row_key in seen:
            result.repeated += 1
        else:
            seen.add(row_key)
            result.new.append({"date": iso, "course": course_id, "attendee": row_key[0], "agency": agency_name,
                               "status": status, "source": source or f"import: {' '.join(path.name.split())}",
                               "module": module, "confidence_before": answers[0], "confidence_after": answers[1]})
    return result


def _header(data: bytes) -> list[str]:
    first = data.decode("utf-8-sig").splitlines()[:1]
    return [c.strip().lower() for c in next(csv.reader(first))] if first else []


def target_name(iso: str) -> str:
    start = financial_year(iso)[0]
    return f"imported-{start}-{(start + 1) % 100:02d}.csv"


def _upgraded(existing: bytes) -> bytes:
    """A file with the header from before the module column, given the whole header and an empty module
    and evaluation on every record (a record is one line)."""
    lines = existing.decode("utf-8-sig").splitlines(keepends=True)
    extra = "," * (len(COLUMNS) - len(OLD_COLUMNS))
    out = [",".join(COLUMNS) + lines[0][len(lines[0].rstrip("\r\n")):]]
    for line in lines[1:]:
        body = line.rstrip("\r\n")
        out.append(body + (extra if body.strip(" ,") else "") + line[len(body):])
    return "".join(out).encode("utf-8")


def _content(existing: bytes, rows: list[dict]) -> bytes:
    """The old bytes unchanged (a file from before the module column gets the new header first), then
    the new rows (with a header if the file is new)."""
    if existing.strip() and _header(existing) == list(OLD_COLUMNS):
        existing = _upgraded(existing)
    newline = "\r\n" if b"\r\n" in existing else "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator=newline)
    if not existing.strip():
        writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: (r["date"], r["course"], r["attendee"])))
    joiner = newline.encode() if existing and not existing.endswith((b"\n", b"\r")) else b""
    return existing + joiner + buffer.getvalue().encode("utf-8")


def apply(result: ImportPlan, records_dir: Path) -> dict[Path, int]:
    """Write the new rows: every file is written in full to a temporary file, then renamed. On any
    failure every temporary file is removed and no record file has changed."""
    records_dir.mkdir(parents=True, exist_ok=True)
    groups: dict[Path, list[dict]] = {}
    for row in result.new:
        groups.setdefault(records_dir / target_name(row["date"]), []).append(row)
    staged = []
    try:
        for target, rows in sorted(groups.items()):
            existing = target.read_bytes() if target.exists() else b""
            if existing.strip() and _header(existing) not in (list(COLUMNS), list(OLD_COLUMNS)):
                raise ExportError(f"{target} does not start with the header {','.join(COLUMNS)}; "
                                  "move it aside and import again.")
            fd, temp = tempfile.mkstemp(prefix=f"{TEMPORARY_PREFIX}{target.name}.", suffix=TEMPORARY_SUFFIX,
                                        dir=records_dir)
            staged.append((temp, target))
            with os.fdopen(fd, "wb") as handle:
                handle.write(_content(existing, rows))
                handle.flush()
                os.fsync(handle.fileno())
        while staged:
            temp, target = staged[0]
            os.replace(temp, target)
            staged.pop(0)
    finally:
        for temp, _ in staged:
            if os.path.exists(temp):
                os.unlink(temp)
    return {target: len(rows) for target, rows in sorted(groups.items())}


def run(path: Path, records_dir: Path, registry: Registry, dry_run: bool = False,
        **options) -> tuple[ImportPlan, dict[Path, int]]:
    """Plan and apply under the folder's lock: the records read are the records written to."""
    with locked(records_dir) as removed:
        result = plan(path, records_dir, registry, **options)
        result.removed = removed
        return result, ({} if dry_run else apply(result, records_dir))
