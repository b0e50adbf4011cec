"""Names written in lower case, as quick notes and messages write them: "visited jayden and his
mum", "little amelia", "the social worker emma", "mcdermott had lost his job".

A first name that is no English word counts wherever it stands; one that is also a word ("grace",
"hope") counts only where what comes before or after says it is a person.
"""

from __future__ import annotations

import re

from .names import FAMILY_WORDS, NAME_FIRST, TEXTING_LETTERS, NOT_NAMES, NameIndex, is_dictionary_word
from .pii_patterns import LOWER, Hit
from .pii_people import PERSON_DOES, is_apposition

NAME = "personal name"

_SPEECH_OR_VERB = frozenset("""
    had has was is did said told says tells went would could felt wanted asked lives lived stayed started stopped
    refused disclosed became began missed agreed admitted explained needed moved left came rang called visited
    attended denied arrived
""".split())
# Verbs whose object is a person ("the worker phoned Kowalski").
_BEFORE_PERSON = frozenset("visited told asked met saw seen rang called phoned emailed texted helped supported".split())
_SPEECH = frozenset("said says told tells asked asks replied explained agreed admitted disclosed wanted felt cried "
                    "shouted screamed laughed".split())
_RELATIVES = frozenset("mum dad mother father son daughter children partner family brother sister home house baby "
                       "school nan gran teacher".split())


# "mason, hes only 7": a comma, then the person's age.
_AGE_CLAUSE = re.compile(r"[ \t]*,[ \t]*(?:he|she)(?:['’]?s|[ \t]+is)[ \t]+(?:only[ \t]+)?\d")
# "i hope", "the grace period", "will": before these a word-name is the word.
_WORD_BEFORE = frozenset("i we you they he she it the a an this our my your his her their no any some to "
                         "would could should will can may might must do does did".split())


_ROLE_BEFORE = re.compile(r"\b(worker|ex|partner|boyfriend|girlfriend|nurse|teacher|coach|mentor|hv|sw|stepdad|stepmum"
                          r"|dad|mum|nan|nanna|nana|grandad|grandma|uncle|auntie|aunty"
                          r"|son|daughter|brother|sister|cousin|neighbour|mate)[ \t]*\(?\Z")


def _stems(word: str) -> set[str]:
    """"referred" is "refer" with an ending; "wellbeing" is two words joined."""
    halves = {part for i in range(3, len(word) - 2) if is_dictionary_word(word[:i]) and is_dictionary_word(word[i:])
              for part in (word[:i], word[i:])}
    return {word, re.sub(r"(?:ed|ing|s|es)$", "", word), re.sub(r"(.)\1(?:ed|ing)$", r"\1", word),
            re.sub(r"d$", "", word)} | halves


def _role_before(text: str, start: int) -> str | None:
    """The role just before a word ("the social worker emma"), or None."""
    m = _ROLE_BEFORE.search(text, max(0, start - 15), start)
    return m.group(1) if m else None


def _word_before(text: str, start: int, words: frozenset[str] = _WORD_BEFORE) -> bool:
    """"i hope", "the grace period": after these a word-name is the word."""
    before = re.search(r"([a-z]+)[ \t]*$", text[max(0, start - 15):start])
    return bool(before) and before.group(1) in words


def _does_as_person(text: str, start: int, end: int) -> bool:
    return bool(PERSON_DOES.match(text, end) or _AGE_CLAUSE.match(text, end)) and not _word_before(text, start)


# Not in a link or a URL: "(tel:...)", "](mailto:...)", "example.org/kai".
_LOWER_TOKEN = re.compile(rf"(?<![\w/@.'’#&=_-])(?<!\w\()(?<!\]\()({LOWER}(?:{LOWER}|['’-]){{2,}})(?![\w@/=_]|\.\w|-\w|:\S)")


def lower_case_names(text: str, index: NameIndex) -> list[Hit]:
    """'visited jayden and his mum', 'little amelia', 'mcdermott, the dad,': a first name or surname
    written in lower case, either no English word or used as a person."""
    hits, word_names = [], []
    for m in _LOWER_TOKEN.finditer(text):
        token = m.group(1)
        bare = re.sub(r"['’]s?$", "", token) if ("'" in token or "’" in token) else token
        # "ellie-may": the first part decides, since the second is often a word-name ("may", "rose").
        first = bare.split("-")[0]
        if first in NOT_NAMES or first in FAMILY_WORDS or re.search(r"[\d£$%][ \t]*\Z", text[max(0, m.start(1) - 3):m.start(1)]):
            continue  # "(£15 max!)": a limit after a number, not a child
        end = m.start(1) + len(bare)
        if _owner_without_apostrophe(text, index, first, m.end(1)):
            hits.append(Hit(NAME, m.start(1), end - 1))  # "at jaydens mums": a possessive with no apostrophe
            continue
        if "-" in bare and all(p in index.lower_first and p not in FAMILY_WORDS for p in bare.split("-")):
            person = True  # "amelia-rose", "tayla-jo": two first names joined are one child's name
        elif first in index.lower_first and _introduced(text, m.start(1), end, index.is_common_word(first)):
            person = True  # "hi its patience from flat 22", "its jade here": a message's sender says who it is
        elif first in index.lower_first and _AGED_AFTER.match(text, end):
            person = True  # "amir (aged 13)": an age in brackets after a first name
        elif (role := _role_before(text, m.start(1))) and (not index.is_common_word(first) or _person_follows(text, m.end(1))) and (
                first in index.lower_first or (role not in FAMILY_WORDS  # "ur mum shud": after mum only a known name
                                               and not any(index.is_word(w) or is_dictionary_word(w) for w in _stems(first)))):
            person = True  # "the social worker emma", "my ex gaz", "mum's new partner (kyle?)"
        elif first in index.lower_first and _INITIAL_AFTER.match(text, end) and not _word_before(
                text, m.start(1), _ARTICLES):
            person = True  # "kyle w was seen", "sarah b, the TA": a first name and a surname's initial
        elif first in index.lower_first and _does_as_person(text, m.start(1), end):
            person = True  # "dad said hope had not been eating", "grace wont be in school tomorrow"
        elif first in index.lower_first:
            person = not index.is_word(first) or (not index.is_common_word(first) and (
                _person_follows(text, m.end(1)) or is_apposition(text, end)
                or (first not in NAME_FIRST and _person_before(text, m.start(1)))))
        else:  # a surname that is no word, used as a person: "mcdermott had lost his job"
            person = (index.is_surname(first) and not index.is_word(first)
                      and (_person_follows(text, m.end(1), _SPEECH_OR_VERB) or is_apposition(text, end)))
        # "me and deacon on the wall": a first name beside "me and" is a person, even one that is a word.
        beside_me = (first in index.lower_first or (index.is_surname(first) and not index.is_common_word(first))) \
            and _ME_AND.search(text, max(0, m.start(1) - 8), m.start(1))
        if person or beside_me or (first in index.lower_first and _endeared(text, m.start(1), m.end(1))):
            hits.append(Hit(NAME, m.start(1), end))
        elif (first in index.lower_first and not index.is_common_word(first)) or (
                index.is_surname(first) and not index.is_word(first)):
            word_names.append(Hit(NAME, m.start(1), end))  # "brooklyn and oakley": named only beside a name
    return hits + _coordinated(text, word_names, hits)


# A message that says who sent it: "hiya its precious mum", "hi, this is faith", "its jade here".
_INTRO_BEFORE = re.compile(r"(?i)(?:\b(hi+|hiya|hey|hello|morning|afternoon|evening)[ \t,!.]*)?"
                           r"\b(?:it['’]?s|this is|i['’]?m|im)[ \t]+\Z")
_INTRO_AFTER = re.compile(r"[ \t]*(?:(here)\b|from\b|again\b|x+\b|mum\b|mam\b|dad\b|,|[.!?]|\Z)")


def _introduced(text: str, start: int, end: int, common: bool) -> bool:
    """After a greeting, any first name; without one, a name that is no everyday word, then "here"
    ("its summer here" is the weather)."""
    before = _INTRO_BEFORE.search(text, max(0, start - 30), start)
    after = before and _INTRO_AFTER.match(text, end)
    return bool(after) and (bool(before.group(1)) or (not common and bool(after.group(1))))


# What a person has: "kaylas house", "at jaydens mums", "rileys nan".
_OWNED = frozenset("""
    mum mums mam dad dads nan nans gran grans nana nanas grandad mother father sister brother cousin aunt auntie
    uncle house home flat place room bedroom party birthday phone boyfriend girlfriend mate mates friend friends
""".split())


def _owner_without_apostrophe(text: str, index: NameIndex, word: str, end: int) -> bool:
    """'jaydens' before 'mums' or 'house': a first name that is no word, with an s and no apostrophe."""
    if not word.endswith("s") or word[:-1] not in index.lower_first or index.is_word(word[:-1]) or index.is_word(word):
        return False
    after = re.match(r"[ \t]+([a-z]+)\b", text[end:end + 20])
    return bool(after) and after.group(1) in _OWNED


_JOINED = re.compile(r"[ \t]*(?:,[ \t]*)?(?:and|&|or|n|'n'|’n’)?[ \t]*")
_ME_AND = re.compile(r"\b(?:me|i|him|her|them|us)[ \t]+(?:and|n|&)[ \t]+$")
# A surname's initial after a first name ("kyle w"); not an article, "i" or a texting letter.
_INITIAL_AFTER = re.compile(rf"[ \t]+(?![ai{TEXTING_LETTERS}]\b)[A-Za-z](?![\w'’&-])(?=[ \t]*(?:[,;:)!?]|\.(?!\w)|$)|[ \t]+[a-z])", re.M)
_ARTICLES = frozenset("i we you they he she it the a an this that my your his her our their".split())
_AGED_AFTER = re.compile(r"[ \t]*\((?:aged?[ \t]*)?\d{1,2}\b")


def _coordinated(text: str, candidates: list[Hit], names: list[Hit]) -> list[Hit]:
    """'ruby and alfie', 'alfie, ruby': a name that is also a word, joined to a name that is none."""
    starts = {h.start: h for h in names}
    ends = {h.end: h for h in names}
    found = []
    for c in candidates:
        after = _JOINED.match(text, c.end)
        before = re.search(r"[ \t]*(?:,[ \t]*)?(?:and|&|or|n)?[ \t]*$", text[max(0, c.start - 12):c.start])
        if (after.end() > c.end and after.end() in starts) or (before and before.group(0) and
                                                               c.start - len(before.group(0)) in ends):
            found.append(c)
    return found


def _person_follows(text: str, end: int, verbs: frozenset[str] | None = None) -> bool:
    """'amelia said', 'amelia's mum': a rarer dictionary word used as a person."""
    after = re.match(r"(['’]s)?[ \t]+([a-z]+)", text[end - 2:end + 20] if text[end - 2:end] in ("'s", "’s")
                     else text[end:end + 20])
    verbs = verbs if verbs is not None else _SPEECH
    return bool(after) and (after.group(2) in verbs if not after.group(1) else after.group(2) in _RELATIVES)


# "little amelia", "visited amelia": words that come just before a person.
_BEFORE_LOWER = frozenset("little wee lil baby young tiny big poor brave sweet our brother sister son daughter cousin "
                          "nephew niece boyfriend girlfriend".split())


# "our little summer has been poorly": a word-name as a child, between an endearment and a verb.
_ENDEARMENT = re.compile(r"\b(?:our|my|her|his|their)[ \t]+(?:little|wee|lil|baby|youngest|eldest)[ \t]+$")
_ENDEARED_VERB = re.compile(r"[ \t]+(?:has|had|is|was|hasn['’]t|isn['’]t|wasn['’]t|loves|loved|says|said|started)\b")
_PET_NAMES = frozenset("one girl boy man lad lass princess prince angel star monkey sunshine darling bear baby".split())


def _endeared(text: str, start: int, end: int) -> bool:  # the word is not a pet name
    return (text[start:end] not in _PET_NAMES and bool(_ENDEARMENT.search(text[max(0, start - 25):start]))
            and bool(_ENDEARED_VERB.match(text, end)))


def _person_before(text: str, start: int) -> bool:
    before = re.search(r"([a-z]+)[ \t]+$", text[max(0, start - 20):start])
    return bool(before) and (before.group(1) in _BEFORE_LOWER or before.group(1) in _BEFORE_PERSON)
