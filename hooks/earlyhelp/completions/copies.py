"""Training records published another way than by the records folder itself: a link from a
published folder to the records, or a file there with a records table's columns (a copy, a
backup, an export). MkDocs copies every file of docs/ (and of a theme's custom_dir) into the site,
whatever its name, and a link is followed when it copies."""

from __future__ import annotations

import os
from pathlib import Path

from ..findings import Finding
from . import csvlines
from .exportcolumns import find_columns
from .filetext import decoded
from .leaks import shown_path
from .location import PAGES_AND_ASSETS, WHERE_RECORDS_BELONG
from .spreadsheet import SheetError, is_spreadsheet, numbered_rows

# The columns that make a table personal data about training: who, what and when.
_RECORD_COLUMNS = ("date", "course", "attendee")
_FIRST_BYTES = 65536


def _links_to(link: Path, records_dir: Path) -> bool:
    target, records = link.resolve(), records_dir.resolve()
    return target == records or records in target.parents or target in records.parents


def _header(path: Path) -> list[str]:
    """The first row of a spreadsheet or of any other file that is not a page or an asset (a copy
    saved as x.csv.bak or x.txt is published as surely as x.csv), split at tabs or commas; else []."""
    if is_spreadsheet(path):
        try:
            rows, _ = numbered_rows(path)
        except SheetError:
            return []
        return rows[0][1] if rows else []
    if path.suffix.lower() in PAGES_AND_ASSETS:
        return []
    try:
        with path.open("rb") as handle:
            data = handle.read(_FIRST_BYTES)
    except OSError:
        return []  # MkDocs cannot copy it either, and says so
    text = decoded(data).lstrip("\ufeff")
    first = next((line for line in csvlines.lines(text) if not csvlines.is_blank(line)), "").rstrip("\r")
    split = first.split("\t") if "\t" in first else csvlines.fields(first)
    return split if isinstance(split, list) else []


def _shown(path: Path, base: Path | None) -> str:
    """The path as it stands in the published folder, not where a link leads, with any name that
    looks like an address or a staff number replaced (messages reach public build logs; the adapter
    replaces a name that holds an attendee's identifier too)."""
    return shown_path((Path(os.path.relpath(path, base)) if base else path).as_posix())


def published_records(folders: list[tuple[Path, str]], records_dir: Path, base: Path | None = None) -> list[Finding]:
    """An error for each link to the records and each records-like table in a published folder,
    read through links as MkDocs copies through them. Names starting with a dot are skipped, as
    MkDocs leaves them out of the site."""
    found, seen = [], set()
    for folder, what in folders:
        for root, dirs, files in os.walk(folder, followlinks=True):
            if os.path.realpath(root) in seen:
                dirs[:] = []  # a link back to a folder already read
                continue
            seen.add(os.path.realpath(root))
            for name in sorted(n for n in [*dirs, *files] if not n.startswith(".")):
                path = Path(root) / name
                if path.is_symlink() and _links_to(path, records_dir):
                    found.append(Finding(_shown(path, base), None, f"This link in {what} leads to the training "
                                         "records folder, so the records would be published with the site.",
                                         "Delete the link. " + WHERE_RECORDS_BELONG, kind="records published"))
                elif name in files and path.is_file() and find_columns(_header(path), {}, _RECORD_COLUMNS):
                    found.append(Finding(_shown(path, base), None, f"This file in {what} has the columns of training "
                                         "records (a date, a course and who attended), so it would be published with "
                                         "the site.", "Move it out of the published folders. " + WHERE_RECORDS_BELONG
                                         + " If it holds no one's details, rename those columns.",
                                         kind="records published"))
            dirs[:] = [d for d in dirs if not d.startswith(".") and not _links_to(Path(root) / d, records_dir)]
    return found
