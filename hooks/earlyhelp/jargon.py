"""Jargon: every all-capitals abbreviation a reader sees must be in the glossary.

An abbreviation is a word of two or more characters, starting with a capital,
made of capitals and digits (EHAT, GCP2, L2, A&E). Not counted: single letters
("S", "P" in the STEP UP headings), Roman numerals (II, IV), and ordinary
English words written in capitals for emphasis (NOT, STEP UP), which are
checked against the Dale-Chall word list that names.py already loads.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from . import mdtext
from .findings import Finding, line_of

GLOSSARY_FILE = "includes/abbreviations.md"
KIND = "unknown abbreviation"

# Not part of a web or file name ("GOV.UK", "README.md"): no dot, slash or dash joined on either side.
_ABBR = re.compile(r"(?<![\w&/.-])([A-Z](?:[A-Z0-9]|&(?=[A-Z]))+)(s|'s|’s)?(?![\w&]|[./-]\w)")
_ROMAN = re.compile(r"^(?:X{0,3})(?:IX|IV|V?I{0,3})$")


def is_abbreviation(word: str, is_common_word: Callable[[str], bool] | None = None) -> bool:
    if len(word) < 2 or _ROMAN.match(word):
        return False
    # An English word in capitals for emphasis (NOT, STEP UP) is not an abbreviation.
    return not (word.isalpha() and is_common_word is not None and is_common_word(word))


def check(path: str, text: str, known: Iterable[str], is_common_word: Callable[[str], bool] | None = None,
          glossary_file: str = GLOSSARY_FILE) -> list[Finding]:
    """One error per unknown abbreviation per page, at its first use."""
    known = set(known) | mdtext.page_abbreviations(text)
    prose = mdtext.without_abbreviations(mdtext.visible(text))
    # Multi-word glossary entries ("Front Door") are matched as phrases first.
    for phrase in sorted((k for k in known if " " in k and k in prose), key=len, reverse=True):
        prose = re.sub(rf"(?<!\w){re.escape(phrase)}(?!\w)", lambda m: " " * len(m.group(0)), prose)
    first: dict[str, int] = {}
    count: dict[str, int] = {}
    for m in _ABBR.finditer(prose):
        word = m.group(1)
        if word in known or not is_abbreviation(word, is_common_word):
            continue
        first.setdefault(word, m.start())
        count[word] = count.get(word, 0) + 1
    findings = []
    for word, offset in first.items():
        uses = f" (used {count[word]} times on this page)" if count[word] > 1 else ""
        findings.append(Finding(
            path, line_of(text, offset),
            f"'{word}' looks like an abbreviation but is not in the glossary{uses}.",
            f"Spell it out in plain words, or add a line '*[{word}]: what it stands for' to {glossary_file} "
            "(keep the file in alphabetical order). Every abbreviation there becomes a tooltip and a glossary entry.",
            "error", KIND, word))
    return findings
