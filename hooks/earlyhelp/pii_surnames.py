"""Surnames: a surname on its own ("Okonkwo had missed three appointments"), and families named by
their surname ("the Whittle family", "the fairclough household", "the Kowalskis' house", "the
popescus have asked", "The Fletchers have been known").

A surname that is also an ordinary word needs its capital ("the Whittle family", never "the Foster
family"); a youth group named like a family ("the Brownies") is an organisation.
"""

from __future__ import annotations

import re
from typing import Callable

from .names import FAMILY_WORDS, NOT_NAMES, NameIndex, is_dictionary_word
from .pii_patterns import LOWER, UPPER, Hit
from .pii_notes import not_a_name, reads_as_name
from .pii_people import NAME

_FAMILY = re.compile(rf"\b[Tt]he[ \t]+((?:O['’]|Mc|Mac)?(?:{UPPER}|{LOWER})(?:{LOWER}|['’-])+|{UPPER}{{5,}})[ \t]+"
                     r"(?:family|families|household|children|kids|boys|girls|twins|siblings)\b")
# "the heyes' house", "police called to the Kowalskis'", "the popescus have asked", "The Fletchers have been
# known": a family by its surname, plural, then a possessive or a verb only people take.
_FAMILY_VERBS = (r"have|has|had|are|were|live|lived|moved|said|say|told|asked|refused|declined|agreed|came|went"
                 r"|did|didn['’]t|don['’]t|won['’]t|would|could|can['’]t|both|all|still|now|also|never|always")
_FAMILY_PLURAL = re.compile(rf"\b(?i:the)[ \t]+((?:O['’]|Mc|Mac)?(?:{UPPER}|{LOWER}){LOWER}+s|{UPPER}{{3,}}S)"
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
            if reads_as_name(lower) and not (index.is_word(lower) or is_dictionary_word(lower)):
                hits.append(Hit(NAME, m.start(1), m.end(1)))
            continue
        if not index.is_surname(lower) or index.is_common_word(lower) or not_a_name(lower):
            continue
        if word[0].isupper() or not is_dictionary_word(lower):
            hits.append(Hit(NAME, m.start(1), m.end(1)))
    return hits


_CAP_TOKEN = re.compile(rf"(?<![\w/@.'’-])((?:O['’]|Mc|Mac)?{UPPER}{LOWER}{{2,}}(?:-{UPPER}{LOWER}+)?)(?![\w@]|-[a-z])")


# "the Munro review", "the Wood report": a document named after its author, not a person in the story.
_DOCUMENT_AFTER = re.compile(r"[ \t]+(?:review|report|inquiry|principles|recommendations|model|triangle|scale)\b", re.I)


def surnames_alone(text: str, index: NameIndex, is_org: Callable[[int], bool] | None = None,
                   word_before: Callable[[int], str] | None = None,
                   is_place: Callable[[str], bool] | None = None,
                   is_dictionary_word: Callable[[str], bool] | None = None) -> list[Hit]:
    """'Okonkwo had missed three appointments', 'both Kowalczyk brothers': a capitalised surname
    that is no English word is a person wherever it stands, with or without a title or a verb.
    A surname that is a word ("Heath", "Mark") needs the context pii_names looks for."""
    hits = []
    for m in _CAP_TOKEN.finditer(text):
        token = m.group(1)
        before = word_before(m.start(1)) if word_before else ""
        if before in ("st", "saint") or (is_org is not None and is_org(m.end(1))) or _DOCUMENT_AFTER.match(text, m.end(1)):
            continue  # "St Helens", "Fairclough Youth Centre", "the Munro review"
        plural = token.endswith("s") and index.is_surname(token[:-1]) and not index.is_word(token[:-1])
        if plural and before == "the":
            hits.append(Hit(NAME, m.start(1), m.end(1)))  # "the Hussains had lived here for years"
            continue
        if not index.is_surname(token) or index.is_word(token) or token.lower() in NOT_NAMES:
            continue
        if token.lower() in FAMILY_WORDS or (is_place is not None and is_place(token)):
            continue  # "visited Liverpool": a town or country, found by the place rules if it is near
        if is_dictionary_word is not None and is_dictionary_word(token):
            continue
        hits.append(Hit(NAME, m.start(1), m.end(1)))
    return hits
