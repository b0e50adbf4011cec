"""Read the rows of a spreadsheet export: an Excel workbook (.xlsx, .xlsm, .xls, .xlsb) or an
OpenDocument spreadsheet (.ods), one sheet of it.

Microsoft Forms exports only to Excel, and training teams keep registers in
workbooks. python-calamine reads all of these formats with one call, in Rust,
and never runs a formula or a macro. A date cell arrives as a date and is
given to the importer as YYYY-MM-DD, so no day/month guessing is needed; a
whole number (a staff number, an answer of 4) arrives without ".0". Row numbers
are the ones the spreadsheet shows, title rows and blank rows included.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

SUFFIXES = (".xlsx", ".xlsm", ".xls", ".xlsb", ".ods")


class SheetError(Exception):
    """The workbook or the sheet asked for cannot be read: nothing is imported."""


def is_spreadsheet(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def text(value) -> str:
    """A cell as the importer reads it: dates as YYYY-MM-DD, whole numbers without a decimal point."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (time, timedelta)):
        return ""  # a time with no date says nothing about the day of the training
    return str(value)


def numbered_rows(path: Path, sheet: str | None = None) -> tuple[list[tuple[int, list[str]]], str]:
    """(row number, values) of every row of the first sheet, or of ``sheet`` (its name, or its number
    counting from 1), and a description of what was read ("sheet 'Form1' of an Excel workbook")."""
    from python_calamine import CalamineError, load_workbook

    kind = "an OpenDocument spreadsheet" if path.suffix.lower() == ".ods" else "an Excel workbook"
    try:
        book = load_workbook(str(path))
    except FileNotFoundError:
        raise SheetError(f"There is no file {path}.") from None
    except (CalamineError, OSError, ValueError) as exc:
        raise SheetError(f"{path.name} cannot be read as {kind} ({type(exc).__name__}): save it again from the "
                         "spreadsheet, or save the sheet as CSV UTF-8 and import that.") from None
    names = list(book.sheet_names)
    if not names:
        raise SheetError(f"{path.name} has no sheets.")
    chosen = names[0]
    if sheet:
        by_number = names[int(sheet) - 1] if sheet.isdigit() and 1 <= int(sheet) <= len(names) else None
        chosen = sheet if sheet in names else by_number
        if chosen is None:
            raise SheetError(f"{path.name} has no sheet '{sheet}'. Its sheets are: "
                             + ", ".join(f"'{n}'" for n in names) + ". Give one with SHEET=.")
    try:
        cells = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except (CalamineError, ValueError) as exc:
        raise SheetError(f"Sheet '{chosen}' of {path.name} cannot be read ({type(exc).__name__}).") from None
    rows = [(number, [text(v) for v in row]) for number, row in enumerate(cells, start=1)]
    return rows, f"sheet '{chosen}' of {kind}"
