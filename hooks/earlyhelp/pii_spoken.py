"""Numbers and codes said aloud, as a call transcript or a note taken on the phone writes them:
"oh seven nine four six double two one three eight five", "w a ten two j l", "gaz underscore
saints at gmail dot com".

A run of spelled letters and number words is joined up ("07946221385", "WA102JL") and checked
against the same shapes as written numbers: a phone number, a postcode, a National Insurance
number or a vehicle registration. Nothing else is said that way, so the shape decides.
"""

from __future__ import annotations

import re

from typing import Callable, Iterable

from .pii_patterns import (EMAIL, HANDLE, NI, NUMBER_WORDS, PHONE, POSTCODE, REFERENCE, VEHICLE, Hit,
                           normalise_phone)

NAME = "personal name"

_DIGITS = {"oh": "0", "o": "0", "zero": "0", "nought": "0", **{w: str(n) for n, w in enumerate(NUMBER_WORDS, 1)}}
_REPEAT = {"double": 2, "triple": 3}
_TOKEN = re.compile(r"[A-Za-z]+|\d+")
_ONE = r"(?:" + "|".join(list(_DIGITS) + list(_REPEAT)) + r"|[A-Za-z]|\d{1,2})"
# A quote may open or close a run ("as 'oh seven nine double four'"); an apostrophe inside a word
# ("don't", "o'clock") may not.
_RUN = re.compile(rf"(?i)(?<!\w)(?<!\w['’]){_ONE}(?:[ \t,-]+{_ONE}){{3,}}(?!\w)(?!['’]\w)")
_MAX_RUN = 24  # tokens: longer than any code said aloud, and it keeps the search linear

_SHAPES = [
    (PHONE, re.compile(r"0\d{9,10}|7\d{9}")),  # "seven seven double oh nine...": a mobile, its 0 left off
    (POSTCODE, re.compile(r"[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}")),
    (NI, re.compile(r"[A-Z]{2}\d{6}[A-D]")),  # as written numbers are read (pii_patterns._NI)
    (VEHICLE, re.compile(r"[A-HJ-PR-Y]{2}\d{2}[A-HJ-PR-Z]{3}")),
]
# "gaz underscore saints at gmail dot com", "kayleigh [at] gmail [dot] com": an address said aloud, or
# written so that no program picks it up, ending in a domain written the same way.
_NOT_A_MAILBOX = frozenset("look looking go visit see check find found online us them it".split())
_AT, _DOT = r"[ \t]*[\[(]?at[\])]?[ \t]*", r"[ \t]*[\[(]?dot[\])]?[ \t]*"
_SPOKEN_EMAIL = re.compile(rf"(?i)\b[a-z0-9][a-z0-9_.]*(?:[ \t]+(?:underscore|dot|dash|hyphen)[ \t]+[a-z0-9_.]+)*(?<=\w)[ \t]"
                           rf"{_AT}[a-z0-9]+(?:{_DOT}[a-z0-9]+)*?{_DOT}(?:com|org|net|uk|co{_DOT}uk)\b")


def _spoken(word: str) -> str | None:
    """What one spoken token stands for: a digit or two, a letter, or None."""
    lower = word.lower()
    if lower in _DIGITS:
        return _DIGITS[lower]
    if word.isdigit() and len(word) <= 2:
        return word
    if len(word) == 1 and word.isalpha():
        return word.upper()
    return None


def _runs(text: str):
    """Each run of at least four spoken tokens: a list of (start, end, value, repeat) per token. One
    regular expression finds the runs, so ordinary prose costs a single pass."""
    for run in _RUN.finditer(text):
        tokens = []
        for m in _TOKEN.finditer(text, run.start(), run.end()):
            word = m.group(0)
            tokens.append((m.start(), m.end(), _spoken(word), _REPEAT.get(word.lower(), 0)))
        for i in range(0, len(tokens), _MAX_RUN):  # a very long run is looked at in pieces: still linear
            if len(tokens[i:i + _MAX_RUN]) >= 4:
                yield tokens[i:i + _MAX_RUN]


def _joined(tokens) -> str:
    out, times = [], 1
    for _, _, value, repeat in tokens:
        if repeat:
            times = repeat
            continue
        out.append(value * times if value else "")
        times = 1
    return "".join(out)


# "they gave me a reference it's C R four four seven one two": after a reference's label, a run with
# digits in it is that reference.
_REF_SAID = re.compile(r"(?i)\b(?:ref(?:erence)?|case|crime|log|incident)(?:[ \t]+(?:number|no))?\b[^.\n]{0,15}\Z")
# "his name on it is shadow killer two two": a gaming or chat name said aloud, words then numbers.
_NUMBER_WORD = r"(?:" + "|".join(list(_DIGITS) + list(_REPEAT)) + r"|\d{1,4})"
_HANDLE_SAID = re.compile(rf"(?i)\b(?:gamer ?tag|user ?name|xbox name|psn(?: name)?|(?:his|her|their) tag"
                          rf"|name on (?:it|there|the xbox|xbox|playstation|fortnite|roblox|discord|snap|tiktok))"
                          rf"(?:[ \t]+is|[ \t]*:)?[ \t]+((?:[a-z]+[ \t]+){{1,3}}?{_NUMBER_WORD}(?:[ \t]+{_NUMBER_WORD}){{0,3}})\b")


def spoken_numbers(text: str, service_numbers: Iterable[str] = (),
                   is_name: Callable[[str], bool] | None = None) -> list[Hit]:
    """service_numbers: the site's own, which may be given aloud as in writing. is_name: whether a
    word spelled out letter by letter ("j a y d e n") is a person's name."""
    allowed = {normalise_phone(str(n)) for n in service_numbers}
    hits = [Hit(HANDLE, m.start(1), m.end(1)) for m in _HANDLE_SAID.finditer(text)]
    for run in _runs(text):
        code = _joined(run)
        if any(c.isdigit() for c in code) and _REF_SAID.search(text, max(0, run[0][0] - 40), run[0][0]):
            hits.append(Hit(REFERENCE, run[0][0], run[-1][1]))
            continue
        if is_name is not None and code.isalpha() and all(len(text[a:b]) == 1 for a, b, _, _ in run) and is_name(code):
            hits.append(Hit(NAME, run[0][0], run[-1][1]))  # "his name is jaden j a y d e n"
            continue
        stretches = [(i, j, _joined(run[i:j])) for i in range(len(run)) for j in range(len(run), i + 3, -1)]
        # A stretch that is one of the site's own numbers, said aloud, covers its tokens: none of them is found.
        said = {k for i, j, code in stretches if normalise_phone(code) in allowed for k in range(i, j)}
        found = None  # the longest stretch of the run that has a known shape
        for i, j, code in stretches:
            kind = next((k for k, shape in _SHAPES if shape.fullmatch(code)), None)
            if kind and not said & set(range(i, j)) and (found is None or j - i > found[0]):
                found = (j - i, kind, run[i][0], run[j - 1][1])
        if found:
            hits.append(Hit(found[1], found[2], found[3]))
    hits += [Hit(EMAIL, m.start(), m.end()) for m in _SPOKEN_EMAIL.finditer(text)
             if m.group(0).split()[0].lower() not in _NOT_A_MAILBOX]  # "look at bbc dot co dot uk" is a website
    return hits
