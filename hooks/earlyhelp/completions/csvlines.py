"""Split a record file into numbered rows, one record per line.

A training record is one line: the importer writes every value on one line,
and so does the portal's downloaded record. Reading line by line means a
mistake in one row (a quote never closed, a 200 KB value, a stray carriage
return) is one located error and every other row is still read, and the line
numbers are the ones an editor shows. Lines end with LF or CRLF; a file with
carriage returns only (old Mac spreadsheets) is read by those. A stray CR inside
a line of an LF file stays part of that line, so later line numbers do not move.
"""

from __future__ import annotations

import csv

# No record needs a line this long; a longer one is reported, never parsed.
LONGEST_LINE = 4096
UTF16_MARKS = (b"\xff\xfe", b"\xfe\xff")


class Unreadable(Exception):
    """The whole file cannot be read as text: (line, message)."""

    def __init__(self, line: int, message: str):
        super().__init__(message)
        self.line, self.message = line, message


def decode(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is fine); UTF-16 or another encoding is Unreadable."""
    if data[:2] in UTF16_MARKS:
        raise Unreadable(1, "This file is saved as UTF-16 ('Unicode text'), not UTF-8, so it cannot be read.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1 if b"\n" in data else data.count(b"\r", 0, exc.start) + 1
        raise Unreadable(line, f"This file is not UTF-8 text: byte 0x{data[exc.start]:02x} on line {line} "
                         "cannot be read (the file was probably saved in an older spreadsheet format).") from None


def lines(text: str) -> list[str]:
    """The file's lines: split at LF (a CR before it is removed with the value's spaces), or at CR
    when the file has no LF at all."""
    if "\n" in text:
        return text.split("\n")
    return text.split("\r") if "\r" in text else [text]


def is_blank(line: str) -> bool:
    return not line.strip(" \t\r,")


def fields(line: str) -> list[str] | str:
    """The values of one line, or a reason (a str) why the line cannot be split."""
    if len(line) > LONGEST_LINE:
        return (f"this line is {len(line):,} characters long, far longer than any record "
                "(often a quote that is never closed)")
    if '"' not in line:
        return line.split(",")
    try:
        return next(csv.reader([line.rstrip("\r")], strict=True))
    except csv.Error:
        return "a quoted value is not closed on this line, or text follows its closing quote"
