"""Surnames: a surname on its own ("Okonkwo had missed three appointments"), and families named by
their surname ("the Whittle family", "the fairclough household", "the Kowalskis' house", "the
popescus have asked", "The Fletchers have been known").

A surname that is also an ordinary word needs its capital ("the Whittle family", never "the Foster
family"); a youth group named like a family ("the Brownies") is an organisation.
"""

from __future__ import annotations

import re
from typing import Callable

from .names import FAMILY_WORDS, NOT_NAMES, NameIndex, is_dictionary_word, is_short_month
from .pii_patterns import LOWER, UPPER, Hit
from .pii_notes import not_a_name, reads_as_name
from .pii_people import NAME

_FAMILY = re.compile(rf"\b[Tt]he[ \t]+((?:O['’]|Mc|Mac)?(?:{UPPER}|{LOWER})(?:{LOWER}|['’-])+|{UPPER}{{5,}}|{UPPER}{{2,}}-{UPPER}{{2,}})[ \t]+"
                     r"(?:family|families|household|children|kids|boys|girls|twins|siblings)\b")
# "the heyes' house", "police called to the Kowalskis'", "the popescus have asked", "The Fletchers have been
# known": a family by its surname, plural, then a possessive or a verb only people take.
_FAMILY_VERBS = (r"have|has|had|are|were|live|lived|moved|said|say|told|asked|refused|declined|agreed|came|went"
                 r"|did|didn['’]t|don['’]t|won['’]t|would|could|can['’]t|both|all|still|now|also|never|always"
                 r"|saw|see|thought|think|knew|know|want|wanted|need|needed|rang|ring|got|felt|seemed|kept|next door")
_FAMILY_PLURAL = re.compile(rf"\b(?i:the)[ \t]+((?:O['’]|Mc|Mac)?(?:{UPPER}|{LOWER}){LOWER}+s|{UPPER}{{3,}}S)(?!\w)"
                            rf"(?:(['’])(?![\w'’])|(?=[ \t]+(?:{_FAMILY_VERBS})\b)|(?P<stop>(?=[ \t]*[,.;:!?)])))?")
_VERB_AFTER = re.compile(rf"[ \t]+(?:{_FAMILY_VERBS})\b")
# "I have known the Begums since", "we visited the Kowalskis on": a verb whose object is people.
_VERB_BEFORE = re.compile(r"\b(?:known|knew|know|knows|met|meet|visited|visit|supported|support|helped|help|saw|seen"
                          r"|tell|tells|told|ask|asked|contact|contacted|phoned|rang|housed|rehoused|evicted|referred"
                          r"|moved|with|warned|invited)[ \t]+$", re.I)
# Youth groups named like a family ("the Brownies are meeting"): organisations, not surnames.
_GROUPS = frozenset("brownies beavers rainbows cubs explorers guides scouts".split())


def _plurals(text: str, index: NameIndex) -> list[Hit]:
    hits = []
    for m in _FAMILY_PLURAL.finditer(text):
        word = m.group(1).lower()
        after = m.group(2) is not None or m.group("stop") is not None or bool(_VERB_AFTER.match(text, m.end(1)))
        verb_before = bool(_VERB_BEFORE.search(text[max(0, m.start() - 20):m.start()]))
        if not after and not verb_before:
            continue
        stems = {word[:-1]} | ({word[:-2]} if word.endswith("es") else set()) | (
            {word[:-3] + "y"} if word.endswith("ies") else set())  # "Families" is a word's plural
        exact = index.is_surname(word) and not index.is_common_word(word) and not index.is_common_word(word[:-1])
        plural = any(index.is_surname(s) and not index.is_word(s) for s in stems)
        # Capitalised after "the", a surname that is also a rarer word: "The Fletchers have", "the WHITTLES were".
        # A common word is a family only mid-sentence, capitalised, before a verb: "told us the Bakers were".
        mid = m.group(0).startswith("the") and _VERB_AFTER.match(text, m.end(1)) is not None
        named = m.group(1)[0].isupper() and any(index.is_surname(s) and (mid or not index.is_common_word(s))
                                                for s in stems)
        # A capitalised plural of a word in no list: "known the Ferreiras since" (no dataset has every surname).
        named = named or (m.group(1)[0].isupper() and not index.is_word(word) and reads_as_name(word[:-1]) and all(
            not index.is_word(s) and not is_dictionary_word(s) for s in stems))
        if m.group(2) is None and not (plural or named):
            continue  # before a verb the word itself must read as a family: not "the builders have"
        if (m.group("stop") is not None or (verb_before and not after)) and not named:
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
        if is_short_month(text, m.start(1), m.end(1)):
            continue
        hits.append(Hit(NAME, m.start(1), m.end(1)))
    return hits


_BEFORE_SURNAME = re.compile(rf"(?<![\w'’-])({UPPER}{LOWER}{{2,}})[ \t]+((?:O['’]|Mc|Mac)?{UPPER}{LOWER}+(?:-{UPPER}{LOWER}+)?)"
                             rf"(?![\w'’-])")


def unlisted_first_names(text: str, index: NameIndex, is_org: Callable[[int], bool],
                         is_place: Callable[[str], bool], is_dictionary_word: Callable[[str], bool]) -> list[Hit]:
    """'Mushti Price': a first name in no list, no word and no place, before a surname (even one that is
    a word, "Price"). The datasets cannot list every name; a surname after one says it is a person."""
    hits = []
    for m in _BEFORE_SURNAME.finditer(text):
        first, last = m.group(1).lower(), m.group(2).lower()
        if (index.tier(m.group(1)) is None and reads_as_name(first) and not index.is_word(first)
                and not re.search(r"(?:ing|ed|ly|tion|ment|ness)$", first)  # "Anonymising Case Studies"
                and not is_dictionary_word(first) and not not_a_name(first) and not is_place(m.group(1))
                and index.is_surname(last.split("-")[0]) and not is_org(m.end(2)) and not is_org(m.end(1))
                and not re.search(r"\b(?:St\.?|Saint)[ \t]+\Z", text[max(0, m.start(1) - 7):m.start(1)])):  # "St Helens Town"
            hits.append(Hit(NAME, m.start(1), m.end(2)))
    return hits
