"""Say what kind of value a record holds without repeating it.

Build logs of a public repository are public, and a value in the wrong column
can be anyone's email address or staff number. So a message about a record
names a value only when it is already public (a course id, an agency name from
the registries, a valid date); anything else is described by its shape.
"""

from __future__ import annotations

import re

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_DIGITS = re.compile(r"\d")
# Characters a spreadsheet reads as the start of a formula (OWASP "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_identifier(value: str) -> bool:
    """An email address, or a value with digits in it (a staff number, a phone number)."""
    text = value.strip()
    return bool(_EMAIL.match(text) or "@" in text or len(_DIGITS.findall(text)) >= 3)


def starts_like_formula(value: str) -> bool:
    """Also true for a value already neutralised with a leading ' (the portal's downloaded record)."""
    return value.startswith(FORMULA_STARTS) or (value[:1] == "'" and value[1:2].startswith(FORMULA_STARTS)
                                                and value[1:2] != "")


def shape(value: str) -> str:
    """A description of a value that does not contain it, to go in brackets after what is wrong."""
    text = value.strip()
    if not text:
        return "blank"
    if _EMAIL.match(text):
        return "looks like an email address"
    if "@" in text:
        return "has an @ in it, like an email address"
    if starts_like_formula(value):
        return "starts like a spreadsheet formula"
    if len(text) <= 24 and not any(c.isalpha() for c in text):
        return "written " + _DIGITS.sub("9", text)  # the layout of a number or date, not its digits
    if len(_DIGITS.findall(text)) >= 3:
        return "has digits in it, like a reference number"
    if len(text) > 80:
        return f"{len(text):,} characters long"
    words = len(text.split())
    return f"{words} word{'s' if words != 1 else ''}, {len(text)} characters"
