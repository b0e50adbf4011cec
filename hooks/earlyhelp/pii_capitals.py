"""Words in capitals: "ZAINAB: I told him", "copied to WHISTON HOSPITAL", "MUM SAID KAYDEN WAS OUT".

The detectors read a name by its capital letter and the lower-case letters after it, so a name typed
in capitals (a transcript's speaker, a form, a shouted note) slipped past them. Here every word in
capitals that is no abbreviation the site lists is rewritten in Title Case, in a copy of the lines
around it, so the detectors can read the copy; a finding there counts where it lies on such a word.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from typing import Iterable

from .names import NameIndex, is_dictionary_word
from .pii_patterns import Hit
from .pii_people import PERSON_DOES

NAME = "personal name"

# "O'BRIEN", "ST HELEN'S", "KING-SMITH"; two letters too ("ST", "DR"), though alone they are
# initials, which the rules for initials read in the text as written.
_CAPITALS = re.compile(r"(?<![\w'’-])[A-Z](?:[A-Z]|['’-](?=[A-Z]))+(?![\w-]|['’](?!s\b)[a-z])")  # "KACPER's mum" too
# A letter after these starts a new capital in a name: "O'BRIEN" is "O'Brien", "MCDONALD" is "McDonald".
_NEW_CAPITAL = re.compile(r"(?<=\b[OD]['’])[a-z]|(?<=\bMc)[a-z]|(?<=-)[a-z]")


# Small words stay in lower case, as Title Case writes them, so "UNTIL SCHOOL" or "FROM THE SCHOOL NURSE"
# reads as no school's name while "CHURCH OF ENGLAND" reads as "Church of England".
_SMALL_WORDS = frozenset("""a an and the of to in on at by for from with until till re as or but nor into onto off
    over under upon than via per is are was were be been has have had do does did not no""".split())


def _title(word: str) -> str:
    if word.lower() in _SMALL_WORDS:
        return word.lower()
    lower = word[0] + word[1:].lower()
    lower = re.sub(r"['’]S$", lambda m: m.group(0).lower(), lower)
    return _NEW_CAPITAL.sub(lambda m: m.group(0).upper(), lower)


# How much of its line around a word in capitals the copy keeps: enough for any rule's context.
_REACH = 80


@dataclass(frozen=True)
class Copy:
    """The lines around words in capitals, in Title Case, one paragraph each: small to read again."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]  # (start in the copy, start in the text, length)
    spans: tuple[tuple[int, int, str], ...]   # each word in capitals in the text, as written


def title_cased(text: str, abbreviations: Iterable[str]) -> Copy | None:
    """None when the text has no word in capitals other than the site's listed abbreviations."""
    listed = {a.lower() for a in abbreviations}

    def changed(word: str) -> str | None:  # so the copy holds no word to change again
        titled = _title(word)
        return titled if word.lower() not in listed and titled != word and len(titled) == len(word) else None

    spans = tuple((m.start(), m.end(), m.group(0)) for m in _CAPITALS.finditer(text) if changed(m.group(0)))
    if not spans:
        return None
    parts, pieces, size = [], [], 0
    for lo, hi in _around(text, spans):
        parts.append(_CAPITALS.sub(lambda m: changed(m.group(0)) or m.group(0), text[lo:hi]))
        pieces.append((size, lo, hi - lo))
        size += hi - lo + 2  # the "\n\n" between pieces
    return Copy("\n\n".join(parts), tuple(pieces), spans)


def _around(text: str, spans: Iterable[tuple[int, int, str]]) -> list[tuple[int, int]]:
    """Each word's line, at most _REACH characters either side, widened to whole words; merged."""
    windows: list[tuple[int, int]] = []
    for start, end, _ in spans:
        lo = max(text.rfind("\n", 0, start) + 1, start - _REACH)
        line_end = text.find("\n", end)
        hi = min(len(text) if line_end < 0 else line_end, end + _REACH)
        while lo > 0 and not text[lo - 1].isspace():
            lo -= 1
        while hi < len(text) and not text[hi].isspace():
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], max(windows[-1][1], hi))
        else:
            windows.append((lo, hi))
    return windows


def _in_text(copy: Copy, hit: Hit) -> Hit | None:
    """The hit where it lies in the text; None if it runs from one piece into the next."""
    i = bisect_right(copy.pieces, (hit.start, float("inf"))) - 1
    at, origin, length = copy.pieces[i]
    if hit.end > at + length:
        return None
    return Hit(hit.kind, origin + hit.start - at, origin + hit.end - at)


def is_name_word(index: NameIndex, word: str) -> bool:
    """A word in capitals is a person's name only if the name data knows it and it is no English
    word: "KAYDEN", "AMY" and "KOWALCZYK" are; "WILL", "MASH" and "CAMHS" are not."""
    lower = re.sub(r"['’]s$", "", word.lower())
    parts = [p for p in re.split(r"[-'’]", lower) if len(p) > 1]
    def no_word(p: str) -> bool:  # "amy" is in the dictionary too, as a name; "mash" is only a word
        return not index.is_common_word(p) and (index.tier(p.capitalize()) == "english"
                                                or not (index.is_word(p) or is_dictionary_word(p)))
    return bool(parts) and all(no_word(p) for p in parts) and any(
        index.tier(p.capitalize()) or index.is_surname(p) for p in parts)


def _known(index: NameIndex, word: str) -> bool:
    lower = re.sub(r"['’]s$", "", word.lower())
    return len(lower) > 2 and (index.is_word(lower) or is_dictionary_word(lower) or index.is_surname(lower)
                               or bool(index.tier(lower.capitalize())))


# "AMY:" opening a line of a transcript: a speaker.
_SPEAKER = re.compile(r"(?m)^[ \t>*_-]*$")
_SURNAME_AFTER = re.compile(r"[ \t]+([A-Z][A-Z'’-]+)\b")


def _short_name(index: NameIndex, text: str, hit: Hit, start: int, end: int, word: str) -> bool:
    """Three or four capitals are as often shorthand ("TAF", "LADO", "IRO") as a name, so they
    count only as a name common in Britain, and only as a speaker ("AMY:"), before what a person
    does, with a title or beside another name ("MR OKAFOR", "AMY O'BRIEN")."""
    if index.tier(word.capitalize()) != "english" and not index.is_surname(word.lower()):
        return False
    speaker = text[end:end + 1] == ":" and bool(_SPEAKER.match(text[text.rfind("\n", 0, start) + 1:start]))
    speaker = speaker or bool(PERSON_DOES.match(text, end))  # "LEE has been messaging her"
    surname = _SURNAME_AFTER.match(text, end)
    return speaker or (hit.start, hit.end) != (start, end) or bool(surname and index.is_surname(surname.group(1)))


def found_in_capitals(text: str, copy: Copy, found: list[Hit], index: NameIndex) -> list[Hit]:
    """The copy's findings that lie on a word in capitals; a name only where that word is one."""
    spans = copy.spans
    starts, kept = [a for a, _, _ in spans], []
    for hit in filter(None, (_in_text(copy, h) for h in found)):
        i = bisect_left(starts, hit.end)  # the spans before i start before the hit ends
        words = [(a, b, w) for a, b, w in spans[max(0, i - 12):i] if b > hit.start]
        if not words:
            continue
        if hit.kind == NAME:
            named = any(is_name_word(index, w) and (len(w) > 4 or _short_name(index, text, hit, a, b, w))
                        for a, b, w in words)
        else:  # "WHISTON HOSPITAL", not "ESOL Entry 2": some word in capitals is one the data knows
            named = any(_known(index, w) for _, _, w in words)
        if named:
            kept.append(hit)
    return kept
