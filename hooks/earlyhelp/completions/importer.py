"""Turn exports from other systems into canonical training records.

An attendance register, a form-service export, a learning-system completion
report and the training portal's downloaded record all say who attended what,
when and from where, in their own column names and date formats. ``plan``
maps each row onto the canonical columns and checks it as the build would;
``apply`` appends the new rows to one canonical file per financial year by
writing a temporary file and renaming it over the old one, so an existing file
is never half-written. A row already in the records folder is not added again,
so importing the same export twice adds nothing.
"""

from __future__ import annotations

import csv
import io
import os
import re
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from ..findings import Finding
from .checks import COUNTED, NOT_COUNTED, date_problem, financial_year
from .records import read_folder
from .registry import Registry, suggest

COLUMNS = ("date", "course", "attendee", "agency", "status", "source")
# Column names other systems use, compared in lower case with spaces collapsed.
SYNONYMS = {
    "date": ("date", "date attended", "attendance date", "session date", "event date", "course date",
             "completion date", "date completed", "completed on", "completed", "timestamp", "submitted"),
    "course": ("course", "course id", "course name", "course title", "training", "event", "event name",
               "session", "session name", "module", "title"),
    "attendee": ("attendee", "email", "email address", "e-mail", "e-mail address", "work email", "work email address",
                 "user email", "learner email", "username", "staff number", "employee number", "staff id"),
    "agency": ("agency", "organisation", "organization", "your organisation", "employer", "service", "company"),
    "status": ("status", "attendance", "attendance status", "completion status", "attended"),
    "source": ("source",),
}
STATUSES = {
    "": "", "attended": "attended", "present": "attended", "yes": "attended", "y": "attended", "attend": "attended",
    "completed": "completed", "complete": "completed", "passed": "completed", "pass": "completed",
    "finished": "completed", "did not attend": "did not attend", "dna": "did not attend", "absent": "did not attend",
    "no show": "did not attend", "no-show": "did not attend", "no": "did not attend", "n": "did not attend",
    "cancelled": "cancelled", "canceled": "cancelled", "withdrawn": "cancelled", "booked": "booked",
    "registered": "booked", "enrolled": "in progress", "in progress": "in progress", "not started": "in progress",
}
UK_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")
_TIME = re.compile(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?$")


class ExportError(Exception):
    """A problem with the whole export (unreadable, no usable columns): nothing is imported."""


def _key(text: str) -> str:
    return " ".join(str(text).casefold().replace("_", " ").split())


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


def parse_mapping(text: str | None) -> dict[str, str]:
    """'date=Date attended,attendee=Email' -> {'date': 'Date attended', 'attendee': 'Email'}."""
    mapping = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        name, sep, column = part.partition("=")
        if not sep or name.strip() not in COLUMNS:
            raise ExportError(f"'{part}' in the column map is not name=Column: the names are {', '.join(COLUMNS)}.")
        mapping[name.strip()] = column.strip()
    return mapping


def parse_date(value: str, date_format: str | None = None) -> str | None:
    """An ISO date from a UK-style date or timestamp (never read as month/day unless told).

    Returns None when no format fits; raises ValueError for a date that fits a
    format but does not exist (31/02/2024).
    """
    value = value.strip()
    bare = _TIME.sub("", value)
    impossible = None
    for fmt in ((date_format,) if date_format else UK_FORMATS):
        for candidate in dict.fromkeys((value, bare)):
            try:
                return datetime.strptime(candidate, fmt).date().isoformat()
            except ValueError as exc:
                if "match format" not in str(exc) and "unconverted data" not in str(exc):
                    impossible = exc
    if impossible is not None:
        raise ValueError(f"the date '{value}' does not exist")
    return None


def _date_problems(raw: str, date_format: str | None, today: str) -> list[tuple[str, str]]:
    """Why a date from an export cannot be used (empty when it can)."""
    if not raw:
        return [("the date is blank", "Fill in the date.")]
    try:
        iso = parse_date(raw, date_format)
    except ValueError as exc:
        return [(str(exc), "Check the day and month.")]
    if iso is None:
        return [(f"the date '{raw}' is not a date in the expected format",
                 f"Dates are read as {date_format or 'day/month/year or YYYY-MM-DD'}; "
                 "give the export's format with DATE_FORMAT, for example DATE_FORMAT=%d/%m/%Y.")]
    problem = date_problem(iso, today)
    return [problem[1:]] if problem else []


def _decode(data: bytes) -> tuple[str, str]:
    for encoding, label in (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return data.decode(encoding), label
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "Latin-1"


def _columns(header: list[str], mapping: dict[str, str], need: tuple[str, ...]) -> dict[str, int] | None:
    keys = [_key(h) for h in header]
    found = {}
    for name in COLUMNS:
        wanted = [_key(mapping[name])] if name in mapping else [_key(s) for s in SYNONYMS[name]]
        index = next((keys.index(w) for w in wanted if w in keys), None)
        if index is not None:
            found[name] = index
    return found if all(n in found for n in need) else None


def plan(path: Path, records_dir: Path, registry: Registry, mapping: dict[str, str] | None = None,
         date_format: str | None = None, course: str | None = None, agency: str | None = None,
         other_agency: str | None = None, today: str | None = None) -> ImportPlan:
    """Work out what importing ``path`` would add, without writing anything."""
    today = today or date.today().isoformat()
    mapping = mapping or {}
    for value, known, what in ((course, registry.courses, "course"), (agency, registry.agencies, "agency"),
                               (other_agency, registry.agencies, "agency")):
        registry_file = "training/courses.yml" if what == "course" else "training/agencies.yml"
        if value and value not in known:
            hint = suggest(value, known)
            raise ExportError(f"'{value}' is not a {what} in {registry_file}"
                              + (f": did you mean '{hint}'?" if hint else "."))
    if not path.is_file():
        raise ExportError(f"There is no file {path}.")
    text, encoding = _decode(path.read_bytes())
    if not text.strip():
        raise ExportError(f"{path.name} is empty.")
    result = ImportPlan(path.name, encoding)
    try:
        dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t")
        delimiter = dialect.delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered, start = [], 1
    for row in reader:
        numbered.append((start, row))
        start = reader.line_num + 1
    need = ("date", "attendee") + (() if course else ("course",)) + (() if agency else ("agency",))
    header_at, cols = next(((i, c) for i, (_, row) in enumerate(numbered[:10])
                            if (c := _columns(row, mapping, need)) is not None), (None, None))
    if cols is None:
        first = next((row for _, row in numbered if any(row)), [])
        raise ExportError(
            f"Could not find the columns {', '.join(need)} in {path.name}. Its columns are: "
            + ", ".join(f"'{h}'" for h in first) + ". Name them with MAP, for example "
            "MAP=\"date=Date attended,attendee=Email,agency=Organisation,course=Course\".")
    header = numbered[header_at][1]
    result.columns = {name: header[i] for name, i in cols.items()}
    existing = set()
    for records in read_folder(records_dir, registry, today)[0]:
        existing.update(zip(*(records.values(n) for n in ("attendees", "courses", "dates"))))
    seen = set()
    for line, row in numbered[header_at + 1:]:
        if not any(c.strip() for c in row):
            continue
        result.rows += 1
        get = (lambda name: row[cols[name]].strip() if name in cols and cols[name] < len(row) else "")
        problems = []
        problems.extend(_date_problems(get("date"), date_format, today))
        attendee = get("attendee").lower()
        if not attendee:
            problems.append(("the attendee is blank", "Fill in the attendee's work email or staff number."))
        course_id = course or registry.course_aliases.get(_key(get("course")))
        if course_id is None:
            hint = suggest(get("course"), list(registry.courses) + [c.title for c in registry.courses.values()])
            problems.append((f"the course '{get('course')}' is not in training/courses.yml",
                             (f"Did you mean '{hint}'? " if hint else "") + "Use a course id or title, or set COURSE=."))
        agency_name = agency if agency and not get("agency") else registry.agency_aliases.get(_key(get("agency")))
        if agency_name is None and other_agency and get("agency"):
            agency_name = other_agency
            result.mapped_to_other += 1
        if agency_name is None:
            hint = suggest(get("agency"), list(registry.agency_aliases))
            hint = registry.agency_aliases[hint] if hint else None
            problems.append((f"the agency '{get('agency')}' is not in training/agencies.yml",
                             (f"Did you mean '{hint}'? " if hint else "")
                             + "Add the name as an alias in training/agencies.yml, or set OTHER_AGENCY=."))
        status = STATUSES.get(_key(get("status")))
        if status is None:
            problems.append((f"the status '{get('status')}' is not one the importer knows",
                             "Use attended, completed, did not attend, cancelled or booked."))
        if problems:
            result.rejected.append(Finding(path.name, line, "Row left out: " + "; ".join(m for m, _ in problems) + ".",
                                           " ".join(dict.fromkeys(f for _, f in problems))))
            continue
        if status in NOT_COUNTED or status not in COUNTED:
            result.skipped += 1
            continue
        iso = parse_date(get("date"), date_format)
        key = (attendee, course_id, iso)
        if key in existing:
            result.already += 1
        elif key in seen:
            result.repeated += 1
        else:
            seen.add(key)
            result.new.append({"date": iso, "course": course_id, "attendee": attendee, "agency": agency_name,
                               "status": status, "source": get("source") or f"import: {path.name}"})
    return result


def target_name(iso: str) -> str:
    start = financial_year(iso)[0]
    return f"imported-{start}-{(start + 1) % 100:02d}.csv"


def _content(existing: bytes, rows: list[dict]) -> bytes:
    """The old bytes unchanged, then the new rows (with a header if the file is new)."""
    newline = "\r\n" if b"\r\n" in existing else "\n"
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator=newline)
    if not existing.strip():
        writer.writeheader()
    writer.writerows(sorted(rows, key=lambda r: (r["date"], r["course"], r["attendee"])))
    joiner = newline.encode() if existing and not existing.endswith(b"\n") else b""
    return existing + joiner + buffer.getvalue().encode("utf-8")


def apply(result: ImportPlan, records_dir: Path) -> dict[Path, int]:
    """Write the new rows: every file is written in full to a temporary file, then renamed."""
    records_dir.mkdir(parents=True, exist_ok=True)
    groups: dict[Path, list[dict]] = {}
    for row in result.new:
        groups.setdefault(records_dir / target_name(row["date"]), []).append(row)
    staged = []
    try:
        for target, rows in sorted(groups.items()):
            existing = target.read_bytes() if target.exists() else b""
            first = existing.decode("utf-8-sig").splitlines()[:1] if existing.strip() else []
            if first and [c.strip().lower() for c in next(csv.reader(first))] != list(COLUMNS):
                raise ExportError(f"{target} does not start with the header {','.join(COLUMNS)}; "
                                   "move it aside and import again.")
            fd, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=records_dir)
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
