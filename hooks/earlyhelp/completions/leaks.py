"""Attendee identifiers from the training records, looked for in everything the build wrote.

The checks before a build guess at how records could reach the site (the records folder, a link
to it, a file with a records table's header). This one reads what MkDocs actually wrote, whatever
path or format took it there (filetext.py reads each file's text in every form it may hide it in),
and every file's name. Messages name the file, never the identifier.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Iterator

from ..findings import Finding
from . import csvlines
from .filetext import decoded, decoded_forms, spread_forms, texts
from .location import PAGES_AND_ASSETS, WHERE_RECORDS_BELONG, record_paths
from ..names import fold_accents

# An address is found from its "@" (which re skips to quickly), then the name before it.
_AT_DOMAIN = re.compile(r"@[a-z0-9-]+(?:\.[a-z0-9-]+)+")
_LOCAL = re.compile(r"[a-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}\Z")
_SEPARATOR = re.compile(r"[^a-z0-9]")
# Any other identifier (a staff number, a username, a name) is compared as its runs of letters and
# digits: "e1234567." at the end of a sentence, "hr/7654321", "Jane Smithers" and "jane.smithers"
# are then found as the record wrote them.
_RUN = re.compile(r"[^\W_]+")


def _keys(value: str) -> set[str]:
    """How a distinctive value is looked for (none for a value that is not): an address as it is
    written, and the name before its @ as runs ("jane.smithers@x.org" is Jane Smithers too); anything
    else as its runs of letters and digits with one space between them, those runs joined
    ("KwabenaOsei") and, for a name, the other way round ("Smithers, Jane"). Accents are folded
    ("José" is "Jose")."""
    value = fold_accents(value)
    if "@" in value:  # the name only when it is one: "synthetic-2495" or "info" is no one's
        local = value.split("@")[0]
        return {value} | (_keys(local) if all(run.isalpha() for run in _RUN.findall(local)) else set())
    runs = _RUN.findall(value)
    if not _distinctive(" ".join(runs)):
        return set()
    return {" ".join(runs)} | ({"".join(runs), " ".join(reversed(runs))} if len(runs) > 1 else set())


def _distinctive(key: str) -> bool:
    """An email address, or a value no page would print by chance: seven digits or more, six letters
    and digits or more with both in them ("e123456"), one word no dictionary holds ("jsmithers"), or
    words not all everyday ones ("jane smithers"). "1234", "676600" (a phone number's end, a colour),
    "teacher" and "team leader" are in many pages."""
    if "@" in key:
        return True
    bare = key.replace(" ", "")
    if len(bare) < 6 or (bare.isdigit() and len(bare) < 7):
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
    return (value if value.isascii() else unicodedata.normalize("NFKC", value)).strip().lower()


# Columns that hold no one's details; every other value in a record file is looked for too (a
# "name" column the report ignores, an address inside the source's words).
_NOT_PERSONAL = frozenset({"date", "course", "agency", "status", "module", "confidence_before", "confidence_after"})
_ADDRESS_IN = re.compile(r"[^\s,;:()<>\"']+@[^\s,;:()<>\"']+")


def _values(data: bytes) -> Iterator[str]:
    """Every value that may be someone's: the attendee and every other column but the known ones, rows
    the report leaves out too, and each address inside a value; lines split as the report splits them
    (LF, CRLF or CR alone, blank lines before the header)."""
    rows = csvlines.lines(decoded(data))
    start = next((i for i, line in enumerate(rows) if not csvlines.is_blank(line)), None)
    header = csvlines.fields(rows[start].lstrip("\ufeff")) if start is not None else []
    header = [h.strip().lower() for h in header] if isinstance(header, list) else []
    if "attendee" not in header:
        return
    columns = [i for i, name in enumerate(header) if name not in _NOT_PERSONAL]
    for line in rows[start + 1:]:
        row = csvlines.fields(line)
        row = row if isinstance(row, list) else line.split(",")  # an unclosed quote: still looked for
        for i in columns:
            value = row[i] if i < len(row) else ""
            if header[i] == "attendee":
                yield value
            elif header[i] == "source" or "@" in value:  # a source's words are a register's, not a name
                yield from _ADDRESS_IN.findall(value)
            elif value.strip():
                yield value


def identifiers(folder: Path) -> frozenset[str]:
    """Every distinctive value of every file the report reads (records.record_paths), rows left out
    too, in lower case, in each form ``_keys`` looks for it."""
    try:
        entries = sorted(folder.iterdir())
    except OSError:
        return frozenset()  # the report names a folder it cannot read
    values = set()
    for path in record_paths(entries):
        try:
            values.update(_values(path.read_bytes()))
        except OSError:
            continue  # the report names a file it cannot read
    return frozenset().union(*(_keys(_folded(v)) for v in values))


def public_values(data) -> frozenset[str]:
    """Every text in the site's configuration (extra: its contact and training addresses), in lower
    case and in each form ``_keys`` gives: a team inbox that signed a register is published on
    purpose, and is nobody's own."""
    if isinstance(data, dict):
        return frozenset().union(*map(public_values, data.values()))
    if isinstance(data, (list, tuple)):
        return frozenset().union(*map(public_values, data))
    return frozenset(_keys(_folded(data))) if isinstance(data, str) else frozenset()


# Invisible characters a page can put inside an address to hide it from a search ("jo&shy;@x.org").
# Each is looked for before any is taken out: a file rarely holds one, and finding one character is
# many times quicker than re's pass over every character of the text.
_INVISIBLES = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLES}]")
_ESCAPED_INVISIBLE = re.compile(r"(?i)\\u(?:00ad|200[bcd]|2060|feff)")  # as JSON writes them (the search index)


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


# Words that join two names, never a middle name: "Jose and Garcia Road" is no "Jose Garcia".
_JOINING = frozenset("and or the of to a an in at on for with from by is was".split())


def _runs(text: str, wanted: frozenset[str]) -> set[str]:
    """The text's runs of letters and digits, each with the next joined on ("E-7654321"), and the
    groups of runs in a row, or with one run skipped ("Jane A. Smithers"), that begin as a wanted value
    of several runs begins."""
    runs = _RUN.findall(text)
    found = set(runs)
    if any(" " not in w and "@" not in w for w in wanted):  # a staff number or username, joined back
        found |= {a + b for a, b in zip(runs, runs[1:])}
    multi = [w.split(" ") for w in wanted if " " in w]
    if multi:
        firsts = {w[0] for w in multi}
        sizes = {len(w) for w in multi}
        for i, run in enumerate(runs):
            if run in firsts:
                found.update(" ".join(runs[i:i + k]) for k in sizes)
                if i + 1 < len(runs) and runs[i + 1] not in _JOINING:
                    found.update(" ".join(runs[i:i + 1] + runs[i + 2:i + k + 1]) for k in sizes)
    return found


def _holds(text: str, wanted: frozenset[str], emails_only: bool) -> bool:
    text = decoded_forms(text)
    if emails_only and "@" not in text:
        return False  # every address has one, and nothing below makes one
    text = spread_forms(text, words=not emails_only)
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
                     and any(_holds(text, wanted, emails_only) for text in texts(data))):
            found.append((relative, _finding(site_dir, relative, named, wanted)))
    return found


# A name that may be someone's address or staff number, whoever the records name.
_LIKE_AN_IDENTIFIER = re.compile(r"@|\d{6}")
HIDDEN_NAME = "(a name like an attendee's)"


def shown_path(path: str, wanted: frozenset[str] = frozenset()) -> str:
    """A path for a message, which can reach a public build log: each folder or file name that holds
    an attendee's identifier, or looks like an address or a staff number, is replaced by what it is."""
    emails_only = all("@" in w for w in wanted)
    return "/".join(HIDDEN_NAME if _LIKE_AN_IDENTIFIER.search(part) or (wanted and _holds(part, wanted, emails_only))
                    else part for part in path.split("/"))


def _finding(site_dir: Path, relative: Path, named: bool, wanted: frozenset[str]) -> Finding:
    """Named by its path; a file whose name holds the identifier is named by its folder alone, and any
    folder on the way that holds it is replaced too, as messages reach public build logs."""
    folder = shown_path(f"{site_dir.name}/{relative.parent.as_posix()}".rstrip("/."), wanted)
    if named:
        return Finding(folder, None, "The built site holds a file in this folder whose name holds an attendee's "
                       "identifier from the training records, so it has been deleted from the site folder.",
                       "Rename or remove the file in the same folder of docs/: a file's name is published in "
                       "its address. " + WHERE_RECORDS_BELONG, kind="records published")
    return Finding(shown_path(f"{site_dir.name}/{relative.as_posix()}", wanted), None, "The built site holds an attendee's identifier from "
                   "the training records in this file, so it has been deleted from the site folder.",
                   "Find where it came from in docs/ (a copy of records, a pasted register, a "
                   "spreadsheet) and remove it. " + WHERE_RECORDS_BELONG, kind="records published")
