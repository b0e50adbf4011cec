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
import bz2
import gzip
import html
import io
import lzma
import re
import unicodedata
import zipfile
import zlib
from pathlib import Path
from typing import Iterator
from urllib.parse import unquote

from ..findings import Finding
from . import csvlines
from .location import PAGES_AND_ASSETS, WHERE_RECORDS_BELONG
from .records import record_paths

# An address is found from its "@" (which re skips to quickly), then the name before it.
_AT_DOMAIN = re.compile(r"@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_LOCAL = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}\Z")
_SEPARATOR = re.compile(r"[^a-z0-9]")
# Any other identifier (a staff number, a username, a name) is compared as its runs of letters and
# digits: "e1234567." at the end of a sentence, "hr/7654321", "Jane Smithers" and "jane.smithers"
# are then found as the record wrote them.
_RUN = re.compile(r"[^\W_]+")
_LARGEST_MEMBER = 50_000_000  # a zip member larger than this is not unpacked (a zip bomb)


def _key(value: str) -> str:
    """How a value is looked for: an address as it is written, anything else as its runs of letters
    and digits with one space between them."""
    return value if "@" in value else " ".join(_RUN.findall(value))


def _distinctive(key: str) -> bool:
    """An email address, or a value no page would print by chance: six letters and digits or more,
    with a digit in them ("e1234567", "123456"), one word no dictionary holds ("jsmithers"), or words
    not all everyday ones ("jane smithers"). "1234", "teacher" and "team leader" are in many pages."""
    if "@" in key:
        return True
    if len(key.replace(" ", "")) < 6:
        return False
    if any(c.isdigit() for c in key):
        return True
    from .. import names  # read only when the records hold such a value
    if " " in key:
        return not all(names.load().is_common_word(w) for w in key.split())
    return not names.is_dictionary_word(key)


def _folded(value: str) -> str:
    """A value as the pages are compared in: compatibility forms ("＠", full-width letters) as the
    plain ones, in lower case."""
    return unicodedata.normalize("NFKC", value).strip().lower()


def _attendees(data: bytes) -> Iterator[str]:
    """Every value in the attendee column, rows the report leaves out too; the lines are split as the
    report splits them (LF, CRLF or CR alone, blank lines before the header)."""
    rows = csvlines.lines(decoded(data))
    start = next((i for i, line in enumerate(rows) if not csvlines.is_blank(line)), None)
    header = csvlines.fields(rows[start].lstrip("\ufeff")) if start is not None else []
    header = [h.strip().lower() for h in header] if isinstance(header, list) else []
    if "attendee" not in header:
        return
    column = header.index("attendee")
    for line in rows[start + 1:]:
        row = csvlines.fields(line)
        row = row if isinstance(row, list) else line.split(",")  # an unclosed quote: still looked for
        if len(row) > column:
            yield row[column]


def identifiers(folder: Path) -> frozenset[str]:
    """Every distinctive attendee value of every file the report reads (records.record_paths), rows
    left out too, in lower case, as ``_key`` looks for it."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return frozenset()  # the report names a folder it cannot read
    found = set()
    for path in record_paths(entries):
        try:
            found.update(_key(_folded(v)) for v in _attendees(path.read_bytes()))
        except OSError:
            continue  # the report names a file it cannot read
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
    if data.count(0) > len(data) // 4:  # UTF-16 or UTF-32 without a mark, or text among NULs (a tar): every way
        return "\n".join(data.decode(e, errors="replace")
                         for e in ("utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"))
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


# gzip, xz and bzip2: each file's first bytes say which (a tar inside is read as text among NULs).
_COMPRESSED = ((b"\x1f\x8b", gzip.decompress), (b"\xfd7zXZ\x00", lzma.decompress), (b"BZh", bz2.decompress))


def _texts(data: bytes, depth: int = 0) -> Iterator[str]:
    """The file's text, and the text inside it: a zip (xlsx, ods, docx), gzip, xz or bzip2, a PDF's
    streams, a data: link. ``depth`` stops a file that holds itself, over and over, from being read for ever."""
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
    for magic, unpack in _COMPRESSED:
        if data.startswith(magic):
            try:
                yield from _texts(unpack(data), depth + 1)
            except (OSError, EOFError, ValueError, lzma.LZMAError):
                return


def _emails(text: str) -> Iterator[str]:
    """Each address, and each shorter one it holds: the name from any separator on ("x='jo@x.org'",
    "certificate-jo@x.org"), the domain to any of its dots ("jo@x.org.pdf")."""
    for m in _AT_DOMAIN.finditer(text):
        local = _LOCAL.search(text, max(0, m.start() - 64), m.start())
        if not local:
            continue
        name, labels = local.group(0), m.group(0).split(".")
        names = [name] + [name[s.end():] for s in _SEPARATOR.finditer(name)]
        for n in names:
            for end in range(2, len(labels) + 1):
                yield n + ".".join(labels[:end])


def _runs(text: str, wanted: frozenset[str]) -> set[str]:
    """The text's runs of letters and digits, and the groups of runs in a row that begin as a wanted
    value of several runs begins."""
    runs = _RUN.findall(text)
    found = set(runs)
    multi = [w.split(" ") for w in wanted if " " in w]
    if multi:
        firsts = {w[0] for w in multi}
        sizes = {len(w) for w in multi}
        for i, run in enumerate(runs):
            if run in firsts:
                found.update(" ".join(runs[i:i + k]) for k in sizes)
    return found


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
    found = set(_emails(text)) if emails_only else _runs(text, wanted) | set(_emails(text))
    return not wanted.isdisjoint(found)


def _theirs(data: bytes, relative: Path, theme_dirs: list[Path]) -> bool:
    """The theme's own page or asset, byte for byte (Material's scripts): written by no one on the
    site. Any other file a theme holds (a table, a text file) is read like the site's own."""
    if relative.suffix.lower() not in PAGES_AND_ASSETS:
        return False
    for folder in theme_dirs:
        source = folder / relative
        if source.is_file() and source.stat().st_size == len(data) and source.read_bytes() == data:
            return True
    return False


def published_identifiers(site_dir: Path, wanted: frozenset[str],
                          theme_dirs: list[Path] = ()) -> list[tuple[Path, Finding]]:
    """(path in the site, error) for each file in the built site that holds an attendee identifier,
    in its text or in its name (a certificate saved as the person's address). theme_dirs: the
    installed themes' folders (not a site's custom_dir), whose unchanged pages and assets are not read."""
    if not wanted:
        return []
    emails_only = all("@" in w for w in wanted)
    found = []
    for path in sorted(p for p in site_dir.rglob("*") if p.is_file()):
        relative = path.relative_to(site_dir)
        named = _holds(relative.as_posix(), wanted, emails_only)
        try:
            data = path.read_bytes()
        except OSError:
            data = b""
        if named or (not _theirs(data, relative, list(theme_dirs))
                     and any(_holds(text, wanted, emails_only) for text in _texts(data))):
            found.append((relative, _finding(site_dir, relative, named)))
    return found


def _finding(site_dir: Path, relative: Path, named: bool) -> Finding:
    """Named by its path; a file whose name holds the identifier is named by its folder alone, as
    messages reach public build logs."""
    folder = f"{site_dir.name}/{relative.parent.as_posix()}".rstrip("/.")
    if named:
        return Finding(folder, None, "The built site holds a file in this folder whose name holds an attendee's "
                       "identifier from the training records, so it has been deleted from the site folder.",
                       "Rename or remove the file in the same folder of docs/: a file's name is published in "
                       "its address. " + WHERE_RECORDS_BELONG, kind="records published")
    return Finding(f"{site_dir.name}/{relative.as_posix()}", None, "The built site holds an attendee's identifier from "
                   "the training records in this file, so it has been deleted from the site folder.",
                   "Find where it came from in docs/ (a copy of records, a pasted register, a "
                   "spreadsheet) and remove it. " + WHERE_RECORDS_BELONG, kind="records published")
