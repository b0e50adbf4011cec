"""The text a built file holds, however it was saved or hidden: what the last check for attendee
identifiers (leaks.py) reads.

A file's bytes as UTF-8, UTF-16 or UTF-32 with or without a mark, or text among NULs (a tar); and
the text inside it: a zip (xlsx, ods, docx), gzip, xz or bzip2, a PDF's streams, a data: link. Then
each form a text may hide letters in: HTML entities, compatibility characters, percent escapes (twice
over), JSON's \\u escapes, quoted-printable mail, a calendar's folded lines, markup inside a word
and markup between words, and accents.
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
from typing import Iterator
from urllib.parse import unquote

from ..names import fold_accents

_LARGEST_MEMBER = 50_000_000  # a zip member larger than this is not unpacked (a zip bomb)


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
_PERCENT = re.compile(r"%[0-9a-fA-F]{2}")  # as a link's address writes them: "mailto:jo%40x.org"
_TAG = re.compile(r"<[^<>]*>")  # markup inside an address ("jo.<em>bloggs</em>@x.org") that a reader never sees


# gzip, xz and bzip2: each file's first bytes say which (a tar inside is read as text among NULs).
_COMPRESSED = ((b"\x1f\x8b", gzip.decompress), (b"\xfd7zXZ\x00", lzma.decompress), (b"BZh", bz2.decompress))


def texts(data: bytes, depth: int = 0) -> Iterator[str]:
    """The file's text, and the text inside it: a zip (xlsx, ods, docx), gzip, xz or bzip2, a PDF's
    streams, a data: link. ``depth`` stops a file that holds itself, over and over, from being read for ever."""
    text = decoded(data)
    yield text
    if depth > 3:
        return
    for m in _DATA_URI.finditer(text):
        try:
            yield from texts(base64.b64decode("".join(m.group(1).split()), validate=False), depth + 1)
        except ValueError:
            continue
    if data[:5] == b"%PDF-":
        for m in _PDF_STREAM.finditer(data):
            try:
                yield from texts(zlib.decompress(m.group(1)), depth + 1)
            except zlib.error:
                continue
    if data[:2] == b"PK":
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                for member in archive.infolist():
                    if member.file_size <= _LARGEST_MEMBER:
                        yield from texts(archive.read(member), depth + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError):
            return
    for magic, unpack in _COMPRESSED:
        if data.startswith(magic):
            try:
                yield from texts(unpack(data), depth + 1)
            except (OSError, EOFError, ValueError, lzma.LZMAError):
                return


# Escapes a file can hide letters behind: JSON and JavaScript's ("\u0040"), quoted-printable mail's
# soft line breaks and =40, and a calendar's or contact card's folded lines (RFC 5545, 6350).
_U_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_QP = re.compile(r"=([0-9A-Fa-f]{2})")
_FOLDED_LINE = re.compile(r"\r?\n[ \t]")


def decoded_forms(text: str) -> str:
    """The text with entities and compatibility characters read, and after it the text with its
    escapes undone (percent twice over: "%2540" is an escaped "%40"; JSON's "\\u0040"; quoted-
    printable mail): each quick, and only where the text has such an escape."""
    text = unicodedata.normalize("NFKC", html.unescape(text) if "&" in text else text)
    more = []
    if "%" in text and _PERCENT.search(text):
        more.append(unquote(unquote(text)))
    if "\\u" in text:
        more.append(_U_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text))
    if ("=\n" in text or "=\r\n" in text) and "quoted-printable" in text.lower():  # mail, not a script's "=40"
        more.append(_QP.sub(lambda m: chr(int(m.group(1), 16)), re.sub(r"=\r?\n", "", text)))
    return "\n".join([text, *more])


def spread_forms(text: str, words: bool = True) -> str:
    """A decoded text, and after it the forms that spread one value over more text: a calendar's or
    contact card's folded lines and markup inside a word; with ``words`` (names, not only addresses,
    are looked for), markup between words (table cells, spans) and the text without its accents."""
    more = [_FOLDED_LINE.sub("", text)] if "BEGIN:V" in text else []
    if "<" in text:
        more += [_TAG.sub("", text), _TAG.sub(" ", text)] if words else [_TAG.sub("", text)]
    text = "\n".join([text, *more])
    if not words or text.isascii():
        return text
    folded = fold_accents(text)  # as the name lists fold a name
    return text if folded == text else text + "\n" + folded
