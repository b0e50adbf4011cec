"""Families named by their surname: "the Whittle family", "the fairclough household", "the
Kowalskis' house", "the popescus have asked", "The Fletchers have been known".

A surname that is also an ordinary word needs its capital ("the Whittle family", never "the Foster
family"); a youth group named like a family ("the Brownies") is an organisation.
"""

from __future__ import annotations

import re

from .names import FAMILY_WORDS, NameIndex, is_dictionary_word
from .pii_patterns import LOWER, UPPER, Hit
from .pii_notes import not_a_name
from .pii_people import NAME

_FAMILY = re.compile(rf"\b[Tt]he[ \t]+((?:O['’]|Mc|Mac)?(?:{UPPER}|{LOWER})(?:{LOWER}|['’-])+|[A-Z]{{5,}})[ \t]+"
                     r"(?:family|families|household|children|kids|boys|girls|twins|siblings)\b")
# "the heyes' house", "police called to the Kowalskis'", "the popescus have asked", "The Fletchers have been
# known": a family by its surname, plural, then a possessive or a verb only people take.
_FAMILY_VERBS = (r"have|has|had|are|were|live|lived|moved|said|say|told|asked|refused|declined|agreed|came|went"
                 r"|did|didn['’]t|don['’]t|won['’]t|would|could|can['’]t|both|all|still|now|also|never|always")
_FAMILY_PLURAL = re.compile(rf"\b(?i:the)[ \t]+((?:O['’]|Mc|Mac)?(?:{UPPER}|{LOWER}){LOWER}+s|[A-Z]{{3,}}S)"
                            rf"(?:(['’])(?![\w'’])|(?=[ \t]+(?:{_FAMILY_VERBS})\b)|(?P<stop>(?=[ \t]*[,.;:!?)])))")
# Youth groups named like a family ("the Brownies are meeting"): organisations, not surnames.
_GROUPS = frozenset("brownies beavers rainbows cubs explorers guides scouts".split())


def _plurals(text: str, index: NameIndex) -> list[Hit]:
    hits = []
    for m in _FAMILY_PLURAL.finditer(text):
        word = m.group(1).lower()
        stems = {word[:-1]} | ({word[:-2]} if word.endswith("es") else set())
        exact = index.is_surname(word) and not index.is_common_word(word) and not index.is_common_word(word[:-1])
        plural = any(index.is_surname(s) and not index.is_word(s) for s in stems)
        # Capitalised after "the", a surname that is also a rarer word: "The Fletchers have", "the WHITTLES were".
        # A common word stays a role ("the Nurses have"), so "the Bakers were" is missed.
        named = m.group(1)[0].isupper() and any(index.is_surname(s) and not index.is_common_word(s) for s in stems)
        if m.group(2) is None and not (plural or named):
            continue  # before a verb the word itself must read as a family: not "the builders have"
        if m.group("stop") is not None and not named:
            continue  # "knows the Smiths, and": before a comma only a capitalised surname is a family
        if (exact or plural or named) and word not in FAMILY_WORDS | _GROUPS and not stems & FAMILY_WORDS:
            hits.append(Hit(NAME, m.start(1), m.end(1)))
    return hits


def families(text: str, index: NameIndex) -> list[Hit]:
    """Every family named by its surname: before "family" or "household", and as a plural."""
    hits = _plurals(text, index)
    for m in _FAMILY.finditer(text):
        word = m.group(1)
        lower = word.lower()
        if word.isupper():  # "The KOVALENKO children": capitals in no word list, not shorthand ("CAMHS")
            if not (index.is_word(lower) or is_dictionary_word(lower) or sum(c in "aeiouy" for c in lower) < 2):
                hits.append(Hit(NAME, m.start(1), m.end(1)))
            continue
        if not index.is_surname(lower) or index.is_common_word(lower) or not_a_name(lower):
            continue
        if word[0].isupper() or not is_dictionary_word(lower):
            hits.append(Hit(NAME, m.start(1), m.end(1)))
    return hits
