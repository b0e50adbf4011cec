"""Pattern detectors for personal data other than names: numbers, addresses, dates, places.

Each detector takes the text and returns ``Hit`` values (kind, start, end); the
anonymisation gate (anonymise.py) turns them into findings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterable

PHONE = "phone number"
EMAIL = "email address"
POSTCODE = "postcode"
NHS = "NHS number"
NI = "National Insurance number"
DOB = "date of birth"
AGE_DATE = "age with a date"
ADDRESS = "street address"
PLACE = "named school or place"


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int
    end: int


_PHONE = re.compile(r"(?<![\w+])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?![\w])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.I)
_OUTWARD_AFTER_WORD = re.compile(r"\bpost ?code\b\W{0,3}([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?)\b", re.I)
_NHS = re.compile(r"(?<![\d-])([1-9]\d{2})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_NI = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b")

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_DATE = re.compile(
    rf"\b(?:{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+(?:19|20)\d\d)?"       # 3 March 2010, 3rd of March
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+(?:19|20)\d\d)?(?![\d])"              # March 3rd, 2010
    rf"|{_MONTH}\s+(?:19|20)\d\d"                                       # March 2010
    r"|\d{1,2}[/.]\d{1,2}[/.](?:19|20)?\d\d"                            # 03/03/2010, 3.3.10
    r"|(?:19|20)\d\d-[01]\d-[0-3]\d)\b")                                # 2010-03-03
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DOB_WORD = re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|born|birthday)\b", re.I)
_NUMBER_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
                r"|fifteen|sixteen|seventeen|eighteen|nineteen|\d{1,2})")
# An exact age, not a range such as "aged 0 to 15" or "aged 10-11".
_AGE_N = rf"{_NUMBER_WORD}\b(?!\s*(?:-|–|to|and)\s*(?:\d|{_NUMBER_WORD}\b))"
_AGE = re.compile(
    rf"\b(?:aged?\s+{_AGE_N}|{_NUMBER_WORD}[- ](?:years?|months?|weeks?)[- ]old\b|turned\s+{_AGE_N}"
    rf"|(?:who|he|she|they)\s+(?:is|was|were)\s+{_AGE_N}(?![ -](?:minutes?|hours?|days?|miles?|%))"
    rf"|at\s+the\s+age\s+of\s+{_AGE_N}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)\s+birthday)", re.I)
# A sentence also ends at a table cell, a blank line, or a new list item or heading.
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)|\n\s*\n|\||\n(?=[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|#|>))")

_STRONG_STREET = r"(?:Street|Road|Lane|Avenue|Close|Crescent|Drive|Terrace|Grove|Gardens|Mews)"
_WEAK_STREET = r"(?:Way|Court|Place|Walk|Row|Square|Park|Green|Hill|View|Parade|Rise|Vale|Croft|Brow|St|Rd|Ave|Ln|Dr)"
_CAP = r"[A-Z][a-z'’]+"
_ADDRESS = re.compile(
    rf"\b(?:(?:Flat|Apartment)\s+\d+[A-Za-z]?,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+(?:{_CAP}\s+){{1,3}}(?:{_STRONG_STREET}|{_WEAK_STREET})\b"
    rf"|\b(?:{_CAP}\s+){{1,3}}{_STRONG_STREET}\b"
    r"|\b(?:Flat|Apartment)\s+\d+[A-Za-z]?\b")

_PLACE_SUFFIX = (r"(?:Primary School|Primary|Infant School|Infants|Junior School|Juniors|High School|Secondary School"
                 r"|School|Academy|College|Nursery|Pre-School|Preschool|Children'?s Centre|Family Centre|Community Centre"
                 r"|Youth Centre|Medical Centre|Health Centre|Leisure Centre|Centre|Center|Surgery|Hospital|Church|Mosque"
                 r"|Chapel|Gurdwara|Temple|Library|Estate|Park)")
_PLACE = re.compile(rf"((?:(?:St\.?|{_CAP}(?:-{_CAP})?)\s+){{1,4}}){_PLACE_SUFFIX}\b")
# Words that only say what kind of place it is, not which one ("a Catholic Primary School").
_GENERIC = frozenset("""
    the a an our their your this that local primary secondary high special junior infant infants sunday children's
    childrens community family youth leisure job day health medical early years private state free grammar
    independent residential boarding general district catholic church faith nursery village new main
    parents parent school schools after breakfast holiday car housing council help support advice wellbeing
    resource resources learning training contact referral assessment treatment recovery crisis sexual mental
    drug alcohol women's womens men's citizens information play sport sports music arts art activity city
    town borough county methodist baptist anglican pentecostal evangelical orthodox christian muslim jewish
    sikh hindu united reformed
""".split())


def _mod11_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def normalise_phone(text: str) -> str:
    digits = re.sub(r"\D", "", text)
    return "0" + digits[2:] if digits.startswith("44") else digits


def phones(text: str, service_numbers: Iterable[str] = ()) -> list[Hit]:
    allowed = {normalise_phone(str(n)) for n in service_numbers}
    hits = []
    for m in _PHONE.finditer(text):
        number = normalise_phone(m.group(0))
        if len(number) in (10, 11) and number not in allowed:
            hits.append(Hit(PHONE, m.start(), m.end()))
    return hits


def emails(text: str) -> list[Hit]:
    return [Hit(EMAIL, m.start(), m.end()) for m in _EMAIL.finditer(text)]


def postcodes(text: str) -> list[Hit]:
    hits = [Hit(POSTCODE, m.start(), m.end()) for m in _POSTCODE.finditer(text)
            if any(c.isdigit() for c in m.group(0)) and not m.group(0).islower()]
    hits += [Hit(POSTCODE, m.start(1), m.end(1)) for m in _OUTWARD_AFTER_WORD.finditer(text)]
    return hits


def nhs_numbers(text: str) -> list[Hit]:
    hits = []
    for m in _NHS.finditer(text):
        digits = "".join(m.groups())
        near_label = re.search(r"\bNHS\b", text[max(0, m.start() - 30):m.start()])
        if near_label or _mod11_ok(digits):
            hits.append(Hit(NHS, m.start(), m.end()))
    return hits


def ni_numbers(text: str) -> list[Hit]:
    return [Hit(NI, m.start(), m.end()) for m in _NI.finditer(text)]


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = 0
    for m in _SENTENCE_END.finditer(text, 0, pos):
        start = m.end()
    end_match = _SENTENCE_END.search(text, pos)
    return start, end_match.start() + 1 if end_match else len(text)


def dates_of_birth(text: str) -> list[Hit]:
    """'born on 3 March 2010', 'DOB 03/03/2010', 'her birthday is 3 March': a birth date or year."""
    hits = []
    for m in _DOB_WORD.finditer(text):
        lo, hi = _sentence_bounds(text, m.start())
        window_after = text[m.end():min(hi, m.end() + 45)]
        window_before = text[max(lo, m.start() - 30):m.start()]
        date = _DATE.search(window_after) or (m.group(0).lower() == "born" and _YEAR.search(window_after))
        if date:
            hits.append(Hit(DOB, m.start(), m.end() + date.end()))
            continue
        before = list(_DATE.finditer(window_before))
        if before:
            hits.append(Hit(DOB, m.start() - len(window_before) + before[-1].start(), m.end()))
    return hits


def ages_with_dates(text: str) -> list[Hit]:
    """An exact age in the same sentence as a date gives away a date of birth."""
    hits = []
    for m in _AGE.finditer(text):
        lo, hi = _sentence_bounds(text, m.start())
        for d in _DATE.finditer(text, lo, hi):
            hits.append(Hit(AGE_DATE, min(m.start(), d.start()), max(m.end(), d.end())))
            break
    return hits


def addresses(text: str) -> list[Hit]:
    return [Hit(ADDRESS, m.start(), m.end()) for m in _ADDRESS.finditer(text)]


def named_places(text: str, local_places: Iterable[str] = (), is_sentence_start: Callable[[int], bool] | None = None,
                 is_common_word: Callable[[str], bool] | None = None) -> list[Hit]:
    """Named schools, centres and the like, plus the partnership's list of local place names."""
    hits = []
    for m in _PLACE.finditer(text):
        words = m.group(1).split()
        while words and words[0].lower() in _GENERIC:
            words.pop(0)
        if any(w.lower().strip(".") not in _GENERIC for w in words):
            offset = m.group(1).find(words[0])
            hits.append(Hit(PLACE, m.start() + offset, m.end()))
    for place in local_places:
        place = str(place).strip()
        if not place:
            continue
        common = is_common_word is not None and " " not in place and is_common_word(place)
        for m in re.finditer(rf"(?<![\w-]){re.escape(place)}(?![\w-])", text):
            if common and is_sentence_start is not None and is_sentence_start(m.start()):
                continue  # "Bold" the ward, not "Bold steps were taken"
            hits.append(Hit(PLACE, m.start(), m.end()))
    return hits
