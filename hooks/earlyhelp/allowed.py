"""Phrases allowed where they stand: the site's allow list, and services and stories named after people.

A finding inside one of them is dropped; personal data that is never allowed is dropped only when the
phrase is all of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Iterable

from . import pii_patterns as pp
from .pii_names import NAME


def allowed_spans(text: str, phrases: Iterable[str], lowered: str) -> list[tuple[int, int, str]]:
    spans = []
    for phrase in phrases:
        phrase = str(phrase).strip()
        if not phrase or phrase.lower() not in lowered:  # most phrases are absent: skip the regex
            continue
        spans += [(m.start(), m.end(), phrase)
                  for m in re.finditer(rf"(?<![\w]){re.escape(phrase)}(?:['’]s)?(?![\w])", text, re.I)]
    return sorted(spans)


def inside(spans: list[tuple[int, int, str]], hit: pp.Hit) -> list[tuple[int, int, str]]:
    """The spans (sorted by start) that hold the hit whole; only spans starting within the longest
    span's length before the hit can, so each look-up is a bisection."""
    longest = max(b - a for a, b, _ in spans)
    lo = bisect_left(spans, (hit.end - longest,))
    hi = bisect_right(spans, (hit.start, float("inf")))
    return [s for s in spans[lo:hi] if s[0] <= hit.start and hit.end <= s[1]]


def named_thing(text: str, spans: list[tuple[int, int, str]], hit: pp.Hit) -> bool:
    """Inside a service's or a story's name. A kind never allowed only as the whole name, and not where
    a street would stand: "watching Coronation Street", not "14 Coronation Street" or "on Coronation Street"."""
    holding = inside(spans, hit)
    return bool(holding) and (hit.kind not in pp.NEVER_ALLOWED or (
        any((a, b) == (hit.start, hit.end) for a, b, _ in holding)
        and not re.search(r"\b(?:on|off|at|along|near|in|of)[ \t]+\Z", text[max(0, hit.start - 8):hit.start])))


_TITLED = re.compile(r"(?:(?:Professor|Prof\.?|Dr\.?|Sir|Dame|Baroness)[ \t]+)?(.+?)(?:['’]s)?", re.S)


def untitled(text: str, hit: pp.Hit) -> pp.Hit:
    """A name without its title and possessive: "Professor Eileen Munro's" is the researcher listed as
    "Eileen Munro"."""
    if hit.kind != NAME:
        return hit
    m = _TITLED.fullmatch(text, hit.start, hit.end)
    return pp.Hit(hit.kind, m.start(1), m.end(1)) if m else hit
