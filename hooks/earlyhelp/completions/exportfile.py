"""Read an export from another system: its text, its rows with line numbers, and its date order.

Exports come from registers, form services and learning systems, in their own
encodings, delimiters and date formats. A quoted value may span lines and be
any length here (a form's comment box): only the columns the records need are
checked, by the importer.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from contextlib import contextmanager
from datetime import date, datetime

UK_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d/%m/%y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%Y/%m/%d")
# The time after a date: "2024-05-01 14:30", "01/05/2024T14:30:00Z", Moodle's "01/05/24, 14:30".
_TIME = re.compile(r",?[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?\s*([AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?$")
# A date written with numbers only, day and month in either order: 03/04/2024, 3-4-24, 03.04.2024.
_NUMERIC = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\b")


def decode(data: bytes) -> tuple[str, str]:
    for encoding, label in (("utf-8-sig", "UTF-8"), ("cp1252", "Windows-1252")):
        try:
            return data.decode(encoding), label
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "Latin-1"


@contextmanager
def _no_field_limit():
    """Python's csv module refuses a value over 128 KB; an export's comment box may hold one."""
    old = csv.field_size_limit()
    csv.field_size_limit(sys.maxsize)
    try:
        yield
    finally:
        csv.field_size_limit(old)


def numbered_rows(text: str) -> list[tuple[int, list[str]]]:
    """(first line, values) of every row; the delimiter (comma, semicolon or tab) is sniffed."""
    try:
        delimiter = csv.Sniffer().sniff(text[:8192], delimiters=",;\t").delimiter
    except csv.Error:
        delimiter = ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    numbered, start = [], 1
    with _no_field_limit():
        for row in reader:
            numbered.append((start, row))
            start = reader.line_num + 1
    return numbered


def parse_date(value: str, date_format: str | None = None) -> str | None:
    """An ISO date from a UK-style date or timestamp (day first unless told otherwise).

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
        raise ValueError("the date does not exist")
    return None


def _shown(text: str) -> str:
    """A date as an example, unless it is before 2000: that may be a date of birth in the wrong
    column, and messages reach build logs that can be public."""
    year = re.search(r"(\d{4}|\d{2})\D*$", text)
    if not year:
        return text
    value = int(year.group(1))
    if len(year.group(1)) == 2:
        value += 2000 if value <= date.today().year % 100 else 1900
    return text if value >= 2000 else "a date before 2000"


def date_order_problem(dates: list[tuple[int, str]]) -> str | None:
    """Why the export's day/month order cannot be known, or None when it can.

    ``dates`` are (line, text). A date like 13/04/2024 shows the day comes first and
    04/13/2024 that the month does; when no date shows either, and some date reads
    differently each way (03/04/2024), guessing could put attendances on the wrong day,
    so the importer asks. Examples name the line and the date, never anything else."""
    day_first, month_first, either = [], [], []
    for line, text in dates:
        match = _NUMERIC.match(text)
        if not match:
            continue
        first, second = int(match.group(1)), int(match.group(2))
        if first > 12 >= second:
            day_first.append((line, match.group(0).strip()))
        elif second > 12 >= first:
            month_first.append((line, match.group(0).strip()))
        elif first != second and first <= 12 and second <= 12:
            either.append((line, match.group(0).strip()))

    def examples(found):
        """Two rows whose dates differ when there are such (line and date text only)."""
        first = {}
        for line, text in found:
            first.setdefault(text, line)
        picked = sorted((line, text) for text, line in first.items())[:2]
        return " and ".join(f"line {line}: {_shown(text)}" for line, text in picked)

    if day_first and month_first:
        return (f"Some dates have the day first ({examples(day_first[:1])}) and others the month first "
                f"({examples(month_first[:1])}), so the export mixes two date formats.")
    if month_first:
        return (f"The dates have the month first ({examples(month_first)}); dates like that cannot be read "
                "day first.")
    if either and not day_first:
        return (f"Every date reads both as day/month and as month/day ({examples(either)}), so the importer "
                "cannot tell which the export uses.")
    return None
