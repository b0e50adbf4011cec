"""Pattern detectors for personal data written as numbers and codes, and the kinds every detector uses.

Each detector takes the text and returns ``Hit`` values (kind, start, end); the anonymisation
gate (anonymise.py) turns them into findings. Dates are in pii_dates.py, addresses in pii_addresses.py,
places in pii_places.py, handles in pii_handles.py, initials in pii_initials.py, nicknames in
pii_people.py, lower-case names in pii_lower.py, things named like people (stories, pets,
conditions) in notpeople.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

PHONE = "phone number"
EMAIL = "email address"
POSTCODE = "postcode"
NHS = "NHS number"
NI = "National Insurance number"
DOB = "date of birth"
AGE_DATE = "age with a date"
ADDRESS = "address"
HANDLE = "handle"
VEHICLE = "vehicle registration"
INITIALS = "initials"
PLACE = "place"
SCHOOL = "school"
MEDICAL = "medical practice"
HOSPITAL = "hospital"
WORSHIP = "place of worship"
REFERENCE = "reference number"

# Capital and small letters of the Latin alphabets, so "Łukasz Wiśniewski" is read like "Luke Smith"
# (Python's re has no \p{Lu}); both are character classes.
_LATIN = [chr(c) for c in range(0x41, 0x250)]
UPPER = "[" + "".join(c for c in _LATIN if c.isupper()) + "]"
LOWER = "[" + "".join(c for c in _LATIN if c.islower()) + "]"

# Kinds the allow list can never accept: no service is named like this.
NEVER_ALLOWED = frozenset({PHONE, EMAIL, POSTCODE, NHS, NI, DOB, AGE_DATE, ADDRESS, HANDLE, VEHICLE, REFERENCE})


@dataclass(frozen=True)
class Hit:
    kind: str
    start: int
    end: int


# "one" to "twenty": ages, flats and numbers said aloud are written in words as often as in figures.
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
# Any grouping a writer uses ("01744 28 3917"); phones() then keeps only ten or eleven digits.
_PHONE = re.compile(r"(?<![\w+.])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d{2,4}\)?(?:[\s.-]?\d{2,4}){2,3}(?![\w]|\.\d)")
# Ofcom's 03 range is for organisations (030 for public bodies and charities) and 08 for services such as freephone:
_ORGANISATION_RANGES = ("03", "08")  # a helpline's number, never a person's, so no allow-list line is needed
# A number from abroad ("+48 512 334 876"): a country code, then eight to twelve more digits in groups.
_PHONE_ABROAD = re.compile(r"(?<![\w+])\+(?!44)[1-9]\d{0,2}(?:[\s-]?\d{2,4}){2,4}(?![\w])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_POSTCODE = re.compile(r"\b(?:GIR ?0AA|[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})\b", re.I)
# "postcode: WA9", "postcode_area: L35 6": a district, or a sector (the district and one digit), after the word.
_OUTWARD_AFTER_WORD = re.compile(r"\bpost ?code(?:[ _-]?(?:area|district|sector))?\b\W{0,3}"
                                 r"([A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?(?:[ \t]\d(?![\w/.:]))?)\b", re.I)
# "somewhere in wa10 5", "in l34 2": a postcode sector (the district and the first digit after the space),
# in any case; a one-letter area only with a two-digit district ("the M6 5 miles on" is a road).
_SECTOR = re.compile(r"(?<![\w/.-])([A-Z]{2}\d{1,2}|[A-Z]\d\d)[ \t](\d)(?![\w/.:-]|[ \t]*(?:%|[-–]\d|(?:miles?|mins?"
                     r"|minutes?|km|hours?|days?|weeks?|months?|years?|times|tablets?|doses?|mg|ml)\b))", re.I)
# The postcode areas of the UK (Royal Mail): a postcode written all in lower case ("wa10 1rs") is only one
# when its letters are a real area and its last part is no ordinal ("b12 3rd").
_AREAS = frozenset("""
    ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt dy e ec eh en ex fk fy
    g gl gu gy ha hd hg hp hr hs hu hx ig im ip iv je ka kt kw ky l la ld le ll ln ls lu m me mk ml n ne ng nn np nr
    nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa
    wc wd wf wn wr ws wv yo ze
""".split())
# Case, crime, log and pupil numbers: a label (or a system's initials before "ID", "no." or "number": "LCS ID",
# "EHM number") or a case system's name (Mosaic, Eclipse, CareFirst), then a code with at least four
# digits; or a code shaped like one on its own ("EH-2024-00871", "CR/22/4419"); or a unique pupil number (a letter and twelve characters).
_REF_LABEL = re.compile(r"\b(?:(?i:ref(?:erence)?|case|crime|log|incident|file|client|pupil|student|upn|uln|crn"
                        r"|mosaic|eclipse|carefirst|job|occurrence|claim|account|tenancy|application|member|membership|hospital"
                        r"|patient|attendance|voucher|lcs|cpoms|ehat|yjs|myconcern)|ID"
                        r"|[A-Z]{2,6}(?=[ \t]+(?i:no\.?|number)\b))(?![A-Za-z])"  # not "accounts/UKCUMBERLAND"
                        r"(?:[ \t]+(?i:no\.?|number|num|ref|id))?(?:[ \t]+(?:on|in)(?:[ \t]+[A-Za-z]{2,12}){1,3})?"  # "ref on our system:"
                        r"(?:[ \t]+(?:is|was))?[ \t]*[:#.(]?[ \t]*(?:[A-Z]{2,6}[ \t]+(?=\d{5}))?"  # "LCS 4410923"
                        r"(?P<code>(?=(?:[ \t]?\d){8})\d{2,5}(?:[ \t]\d{2,6}){1,3}(?![\w/-])"  # "crime ref 2903 2407 8811"
                        r"|(?=[\w/-]*\d[\w/-]*\d[\w/-]*\d[\w/-]*\d)[A-Za-z0-9][\w/-]*[A-Za-z0-9])"
                        r"(?![\w/-])(?![ \t]+\d{3})")  # "the NSPCC number 0808 800 5000" is a phone, not a case
_YEAR = re.compile(r"(?:19|20)\d{2}(?:[-/](?:\d{2}|(?:19|20)\d{2}))?")
# "EH-2023-0456", a UPN, and any code of capitals and six digits or more ("24MP118392X", "Y1298834",
# "2024/EH/5521"): no plate, postcode or date has that shape, and a system gives one to one family.
_REF_SHAPE = re.compile(r"(?<![\w/-])(?:[A-Z]{1,4}(?:[-/][A-Z]{1,4})?[-/]\d{2,4}[-/]\d{3,}|[A-Z]\d{11}[0-9A-Z]"
                        r"|(?=[A-Z0-9/-]*[A-Z])(?=(?:[A-Z/-]*\d){6})[A-Z0-9][A-Z0-9/-]{5,}[A-Z0-9]"
                        r"|\d{1,2}/\d{2}/(?!(?:19|20)\d\d)\d{4}"  # "03/24/1187": no date ends so
                        r"|[A-Z]{1,4}-\d{3,6}-[A-Z]{2,4})(?![\w/-])")  # "FB-2291-STH"
# A leading 0 only beside the label: a Scottish CHI number starts with a day of the month.
_NHS = re.compile(r"(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{4})(?![\d-])")
_NI = re.compile(r"\b[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b", re.I)
_NI_LABEL = re.compile(r"\b(?:NI|N\.I\.|NINO|national insurance)\b", re.I)

# UK registrations: current (AB12 CDE), prefix (K123 ABC) and suffix (ABC 123D) styles.
_VEHICLE = re.compile(r"\b(?:[A-HJ-PR-Y][A-HJ-PR-Y]\d{2}\s?[A-HJ-PR-Z]{3}"
                      r"|[A-HJ-NPR-Y]\d{1,3}\s?[A-HJ-PR-Y]{3}|[A-HJ-PR-Y]{3}\s?\d{1,3}[A-HJ-NPR-Y])\b")
_VEHICLE_LOWER = re.compile(r"\b(?:reg(?:istration)?|number ?plate|plate)\b[^.\n]{0,25}?\b([a-z]{2}\d{2}\s?[a-z]{3})\b", re.I)
# "the private plate D4N NY": a personalised plate has any shape, so its label says what it is.
_PRIVATE_PLATE = re.compile(r"\b(?:private|personali[sz]ed|personal|cherished)[ \t]+(?:number[ \t]+)?(?:plate|reg(?:istration)?)"
                            r"[ \t]*[:.]?[ \t]*((?=[A-Z]*\d)[A-Z\d]{1,4}(?:[ \t][A-Z\d]{1,3})?)\b")
# "partial reg CX67": part of a plate after its label still narrows a car down to a few.
_VEHICLE_PART = re.compile(r"\b(?:partial|part)[ \t]+(?:reg(?:istration)?|plate)[ \t]*[:.]?[ \t]*([A-Z]{2}\d{2}(?:[ \t]?[A-Z]{1,2})?)\b",
                           re.I)

# Any case, but only the current shape exactly: a valid memory tag, an age identifier (02-29, 51-79: March
# and September since 2002) and three letters that are no word ("lf64 bnm", not "yr11 boy").
_VEHICLE_ANY_CASE = re.compile(r"(?<![\w.@/-])[a-hj-pr-y]{2}(?:0[2-9]|[12]\d|5[1-9]|[67]\d)[ \t]?([a-hj-pr-z]{3})(?![\w@-])",
                               re.I)


def _mod11_ok(digits: str) -> bool:
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1)))
    check = 11 - total % 11
    check = 0 if check == 11 else check
    return check != 10 and check == int(digits[9])


def normalise_phone(text: str) -> str:
    digits = re.sub(r"\D", "", text.replace("(0)", ""))  # "+44 (0) 7700 900123": the 0 is the trunk prefix
    return "0" + digits[2:] if digits.startswith("44") else digits


# "bidding for 3-beds in WA11 or WA12": a postcode district (the part before the space) after a word of
# place, in a two-letter postcode area; one-letter areas are left out ("the M6", "an A4 sheet").
_ONE_DISTRICT = r"(?i:[A-Z]{2})\d{1,2}\b(?![ \t]*\d[A-Z]{2})"
_DISTRICT = re.compile(rf"\b(?:in|near|around|from|to|within|outside)[ \t]+({_ONE_DISTRICT}"
                       rf"(?:(?:[ \t]*[,/][ \t]*|[ \t]+(?:or|and|not|nor|but not)[ \t]+){_ONE_DISTRICT})*)")


# "a WA11 address", "the L35 area": a district before a word that makes it one, any postcode area.
_DISTRICT_BEFORE = re.compile(r"\b(?:a|an|the|in|from|same)[ \t]+([A-Z]{1,2})(\d{1,2})[ \t]+"
                              r"(?:address|area|postcode|district|patch)\b")


def postcode_districts(text: str) -> list[Hit]:
    """"in WA11 or WA12": each district of the list, when its letters are a real postcode area."""
    hits = [Hit(POSTCODE, m.start(1) + d.start(), m.start(1) + d.end()) for m in _DISTRICT.finditer(text)
            for d in re.finditer(r"[A-Za-z]{2}\d{1,2}", m.group(1)) if d.group(0)[:2].lower() in _AREAS]
    return hits + [Hit(POSTCODE, m.start(1), m.end(2)) for m in _DISTRICT_BEFORE.finditer(text)
                   if m.group(1).lower() in _AREAS]


# "claim ref 7734210988", "EMIS ref: 0012938476": after a reference's label a number is that reference
# (references() finds it), whatever else its digits could be.
_REF_BEFORE = re.compile(r"\b(?i:ref(?:erence)?|case|crime|claim|file|log|incident|account)(?:[ \t]+(?i:no\.?|number))?"
                         r"[ \t]*[:#.]?[ \t]*\Z")


def _labelled_reference(text: str, start: int) -> bool:  # "on file 07456 120 339" is a phone kept on file
    label = _REF_BEFORE.search(text, max(0, start - 25), start)
    return bool(label) and not re.search(r"(?i)\bon[ \t]+\Z", text[max(0, label.start() - 4):label.start()])


def _not_personal_phone(code: str, allowed: set[str]) -> bool:
    number = normalise_phone(code)
    return number in allowed or (" " in code and number.startswith(_ORGANISATION_RANGES))


def phones(text: str, service_numbers: Iterable[str] = ()) -> list[Hit]:
    allowed = {normalise_phone(str(n)) for n in service_numbers}
    hits = []
    for m in _PHONE.finditer(text):
        number = normalise_phone(m.group(0))
        if (len(number) in (10, 11) and number not in allowed and not _labelled_reference(text, m.start())
                and not number.startswith(_ORGANISATION_RANGES)):
            hits.append(Hit(PHONE, m.start(), m.end()))
    for m in _PHONE_ABROAD.finditer(text):
        if 9 <= len(re.sub(r"\D", "", m.group(0))) <= 15 and normalise_phone(m.group(0)) not in allowed:
            hits.append(Hit(PHONE, m.start(), m.end()))
    return hits


def emails(text: str) -> list[Hit]:
    return [Hit(EMAIL, m.start(), m.end()) for m in _EMAIL.finditer(text)]


def _lower_postcode(code: str) -> bool:
    outward, inward = code.split()[0] if " " in code else code[:-3], code[-3:]
    return outward.rstrip("0123456789") in _AREAS and inward[1:] not in ("st", "nd", "rd", "th")


def postcodes(text: str) -> list[Hit]:
    hits = [Hit(POSTCODE, m.start(), m.end()) for m in _POSTCODE.finditer(text)
            if any(c.isdigit() for c in m.group(0)) and (not m.group(0).islower() or _lower_postcode(m.group(0)))]
    hits += [Hit(POSTCODE, m.start(1), m.end(1)) for m in _OUTWARD_AFTER_WORD.finditer(text)]
    hits += [Hit(POSTCODE, m.start(1), m.end(2)) for m in _SECTOR.finditer(text)
             if m.group(1).rstrip("0123456789").lower() in _AREAS]
    return hits


def nhs_numbers(text: str) -> list[Hit]:
    hits = []
    for m in _NHS.finditer(text):
        digits = "".join(m.groups())
        near_label = re.search(r"\bNHS\b", text[max(0, m.start() - 30):m.start()], re.I)  # "nhs no 4857773456"
        # "NHS number is 601 223 8740 and the mother's is 601 229 1152": grouped 3-3-4 after the label
        # in the same sentence, even where a writer's invented number fails the check digit.
        grouped = bool(re.fullmatch(r"\d{3}[ -]\d{3}[ -]\d{4}", m.group(0))) and bool(
            re.search(r"\bNHS\b[^.!?\n]*\Z", text[max(0, m.start() - 120):m.start()], re.I))
        if digits[0] == "0" and not near_label:
            continue
        if (near_label or grouped or _mod11_ok(digits)) and not _labelled_reference(text, m.start()):
            hits.append(Hit(NHS, m.start(), m.end()))
    return hits


def ni_numbers(text: str) -> list[Hit]:
    """Upper case anywhere; lower case only after a label ("ni number qq123456c")."""
    return [Hit(NI, m.start(), m.end()) for m in _NI.finditer(text)
            if m.group(0).isupper() or _NI_LABEL.search(text, max(0, m.start() - 30), m.start())]


def references(text: str, service_numbers: Iterable[str] = ()) -> list[Hit]:
    """Case, crime, log and pupil numbers: each points at one family's records (a year after the
    label is none: "in this case 2024", "the file 2023-24"; nor is a number phones() lets through,
    "the NSPCC number 0808 800 5000")."""
    allowed = {normalise_phone(str(n)) for n in service_numbers}
    hits = [Hit(REFERENCE, m.start("code"), m.end("code")) for m in _REF_LABEL.finditer(text)
            if not _YEAR.fullmatch(m.group("code")) and not _not_personal_phone(m.group("code"), allowed)]
    return hits + [Hit(REFERENCE, m.start(), m.end()) for m in _REF_SHAPE.finditer(text)]


def vehicle_registrations(text: str, is_word=None) -> list[Hit]:
    hits = [Hit(VEHICLE, m.start(), m.end()) for m in _VEHICLE.finditer(text)]
    hits += [Hit(VEHICLE, m.start(), m.end()) for m in _VEHICLE_ANY_CASE.finditer(text)
             if not m.group(0).isupper() and not (is_word is not None and is_word(m.group(1)))]
    hits += [Hit(VEHICLE, m.start(1), m.end(1)) for m in (*_VEHICLE_LOWER.finditer(text), *_VEHICLE_PART.finditer(text),
                                                             *_PRIVATE_PLATE.finditer(text))]
    return hits
