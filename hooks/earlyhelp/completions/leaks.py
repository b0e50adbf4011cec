"""Attendee identifiers from the training records, looked for in everything the build wrote.

The checks before a build guess at how records could reach the site (the records folder, a link
to it, a file with a records table's header). This one reads what MkDocs actually wrote, whatever
path or format took it there: a copy with a title line or semicolons, JSON, UTF-16, a workbook or a
zip (read inside), a PDF, a data: link, a page with records pasted in (soft hyphens, markup inside
an address, full-width characters and all), an address in a link written with percent escapes, a
dot-folder let in by exclude_docs. Messages name
the file, never the identifier.
"""

from __future__ import annotations

import base64
import csv
import gzip
import html
import io
import re
import unicodedata
import zipfile
import zlib
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote

from ..findings import Finding
from .location import WHERE_RECORDS_BELONG

# An address is found from its "@" (which re skips to quickly), then the name before it.
_AT_DOMAIN = re.compile(r"@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_LOCAL = re.compile(r"[a-z0-9._%+'-]{1,64}\Z")
_TOKEN = re.compile(r"[a-z0-9._%+'@-]+")
_LARGEST_MEMBER = 50_000_000  # a zip member larger than this is not unpacked (a zip bomb)


def _distinctive(value: str) -> bool:
    """An email address, or a staff number no page would print by chance (letters and digits, or
    seven digits or more): "1234" is in many pages, "e1234567" in none."""
    return "@" in value or (len(value) >= 6 and any(c.isdigit() for c in value)
                            and (any(c.isalpha() for c in value) or len(value) >= 7))


def _folded(value: str) -> str:
    """A value as the pages are compared in: compatibility forms ("＠", full-width letters) as the
    plain ones, in lower case."""
    return unicodedata.normalize("NFKC", value).strip().lower()


def identifiers(folder: Path) -> frozenset[str]:
    """Every attendee value of every .csv in the records folder, rows left out too, in lower case."""
    found = set()
    for path in sorted(folder.glob("*.csv")):
        try:
            rows = csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig", errors="replace")))
            header = [h.strip().lower() for h in next(rows, [])]
            if "attendee" in header:
                column = header.index("attendee")
                found.update(_folded(r[column]) for r in rows if len(r) > column)
        except (OSError, csv.Error):
            continue  # the report names a file it cannot read; what was read is still looked for
    return frozenset(v for v in found if _distinctive(v))


def public_values(data) -> frozenset[str]:
    """Every text in the site's configuration (extra: its contact and training addresses), in lower
    case: a team inbox that signed a register is published on purpose, and is nobody's own."""
    if isinstance(data, dict):
        return frozenset().union(*map(public_values, data.values()))
    if isinstance(data, (list, tuple)):
        return frozenset().union(*map(public_values, data))
    return frozenset({_folded(data)}) if isinstance(data, str) else frozenset()


def decoded(data: bytes) -> str:
    """Any file's bytes as text, however it was saved: UTF-8, or UTF-16 or UTF-32 with or without a mark."""
    for mark, encoding in ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
                           (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(mark):
            return data.decode(encoding, errors="replace")
    if data.count(0) > len(data) // 4:  # UTF-16 or UTF-32 without a byte-order mark: read it every way
        return "\n".join(data.decode(e, errors="replace") for e in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
    return data.decode("utf-8", errors="replace")


# Text hidden inside text: a file in a data: link ("data:text/csv;base64,..."), and a PDF's
# compressed streams (a register printed to PDF keeps simple text in them).
_DATA_URI = re.compile(r"data:[\w/+.-]*(?:;[\w=.-]+)*;base64,([A-Za-z0-9+/=\s]{8,})")
_PDF_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.S)
# Invisible characters a page can put inside an address to hide it from a search ("jo&shy;@x.org").
# Each is looked for before any is taken out: a file rarely holds one, and finding one character is
# many times quicker than re's pass over every character of the text.
_INVISIBLES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLES}]")
_ESCAPED_INVISIBLE = re.compile(r"(?i)\\u(?:00ad|200[bcd]|2060|feff)")  # as JSON writes them (the search index)
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")  # as a link's address writes them: "mailto:jo%40x.org"
_TAG = re.compile(r"<[^<>]*>")  # markup inside an address ("jo.<em>bloggs</em>@x.org") that a reader never sees


def _texts(data: bytes, depth: int = 0) -> Iterator[str]:
    """The file's text, and the text inside it: a zip (xlsx, ods, docx), gzip, a PDF's streams, a
    data: link. ``depth`` stops a file that holds itself, over and over, from being read for ever."""
    text = decoded(data)
    yield text
    if depth > 3:
        return
    for m in _DATA_URI.finditer(text):
        try:
            yield from _texts(base64.b64decode("".join(m.group(1).split()), validate=False), depth + 1)
        except ValueError:
            continue
    if data[:5] == b"%PDF-":
        for m in _PDF_STREAM.finditer(data):
            try:
                yield from _texts(zlib.decompress(m.group(1)), depth + 1)
            except zlib.error:
                continue
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for member in archive.infolist():
                    if member.file_size <= _LARGEST_MEMBER:
                        yield from _texts(archive.read(member), depth + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
            return
    elif data[:2] == b"\x1f\x8b":
        try:
            yield from _texts(gzip.decompress(data), depth + 1)
        except (OSError, EOFError):
            return


def _emails(text: str) -> Iterator[str]:
    for m in _AT_DOMAIN.finditer(text):
        local = _LOCAL.search(text, max(0, m.start() - 64), m.start())
        if local:  # "x='jo@x.org'": a quote can open the address or belong to it ("o'neill@...")
            yield local.group(0) + m.group(0)
            yield local.group(0).lstrip("'") + m.group(0)


def _holds(text: str, wanted: frozenset[str], emails_only: bool) -> bool:
    text = unicodedata.normalize("NFKC", html.unescape(text) if "&" in text else text)
    if "%" in text and _PERCENT.search(text):
        text += "\n" + unquote(text)
    if emails_only and "@" not in text:
        return False  # every address has one, and nothing below makes one
    if "<" in text:
        text += "\n" + _TAG.sub("", text)
    text = (_INVISIBLE.sub("", text) if any(c in text for c in _INVISIBLES) else text).lower()
    text = _ESCAPED_INVISIBLE.sub("", text) if "\\u" in text else text
    found = set(_emails(text)) if emails_only else set(_TOKEN.findall(text)) | set(_emails(text))
    return not wanted.isdisjoint(found)


def _theirs(data: bytes, relative: Path, theme_dirs: list[Path]) -> bool:
    """The theme's own file, byte for byte (Material's scripts): written by no one on the site."""
    for folder in theme_dirs:
        source = folder / relative
        if source.is_file() and source.stat().st_size == len(data) and source.read_bytes() == data:
            return True
    return False


def published_identifiers(site_dir: Path, wanted: frozenset[str],
                          theme_dirs: list[Path] = ()) -> list[tuple[Path, Finding]]:
    """(path in the site, error) for each file in the built site that holds an attendee identifier.
    theme_dirs: the installed themes' folders (not a site's custom_dir), whose unchanged files are
    not read."""
    if not wanted:
        return []
    emails_only = all("@" in w for w in wanted)
    found = []
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        try:
            data = path.read_bytes()
        except OSError:
            continue
        if _theirs(data, path.relative_to(site_dir), list(theme_dirs)):
            continue
        if any(_holds(text, wanted, emails_only) for text in _texts(data)):
            relative = path.relative_to(site_dir)
            found.append((relative, Finding(f"{site_dir.name}/{relative.as_posix()}", None, "The built site holds an attendee's identifier from "
                                 "the training records in this file, so it has been deleted from the site folder.",
                                 "Find where it came from in docs/ (a copy of records, a pasted register, a "
                                 "spreadsheet) and remove it. " + WHERE_RECORDS_BELONG, kind="records published")))
    return found
