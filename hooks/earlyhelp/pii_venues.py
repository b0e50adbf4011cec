"""Places named by what is around them: a church or surgery by its street, a pub, a house name, an
estate after "a house in", and a school's short name in lower case.

These name no town, so the gazetteer cannot find them; the words around them say what they are.
The wider kind wins: "the mosque on Boundary Road" is a place of worship, not only an address.
"""

from __future__ import annotations

import re
from typing import Callable

from .names import FAMILY_WORDS, MONTHS, NOT_NAMES
from .pii_patterns import ADDRESS, HOSPITAL, MEDICAL, PLACE, SCHOOL, WORSHIP, Hit

_KINDS = {WORSHIP: "kingdom hall|church|mosque|masjid|chapel|gurdwara|gurudwara|temple|mandir|synagogue",
          MEDICAL: "surgery|medical centre|health centre|gp practice|family practice|medical practice|doctors['’]?|clinic",
          SCHOOL: "primary school|high school|school|academy|nursery|pre-?school|college"}
_KIND_WORD = "|".join(_KINDS.values())
_STREET = r"(?:street|road|lane|avenue|close|crescent|drive|terrace|grove|gardens|mews|way|st|rd)"
# "the mosque on Boundary Road", "the kingdom hall on chester lane", "the surgery off Duke St".
_ON_STREET = re.compile(rf"\b(?i:({_KIND_WORD}))[ \t]+(?:on|in|off)[ \t]+(?:the[ \t]+)?"
                        rf"((?:[A-Za-z][a-z'’]+[ \t]+){{1,3}})(?i:{_STREET})\b")
# "the rainhill road surgery": a street's name, then the kind of place.
_STREET_FIRST = re.compile(rf"(?<![\w'’-])((?:[a-z][a-z'’]+[ \t]+){{1,2}}){_STREET}[ \t]+"
                           rf"({_KIND_WORD})\b")
# "the Bull's Head", "the Legh Arms", "the Black Horse Inn": a pub locates a family as a street does.
_PUB = re.compile(r"(?<![\w'’])((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+['’]?s[ \t]+Head"
                  r"|(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+(?=[ \t]+pub\b)"  # "the Wheatsheaf pub"
                  r"|(?:[A-Z][a-z]+[ \t]+){1,2}(?:Arms|Inn|Tavern))\b(?![ \t]+(?:of|[Tt]eachers?)\b)")
_NOT_PUB_OWNER = frozenset("school council trust service team academy college year department partnership the".split())
# "they live at Rosewood", "staying at Fern Cottage": a house by its name.
_LIVE_AT = re.compile(r"\b(?:live[sd]?|living|stay(?:s|ed|ing)?|resid(?:es|ed|ing))[ \t]+at[ \t]+"
                      r"([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)(?!['’\w-])")
# "a council house in Four Acre", "a flat on Bleak Hill": a housing estate or area by its name.
_HOME_IN = re.compile(r"\b(?:house|flat|home|property|bungalow|maisonette|tenancy|hostel)[ \t]+(?:in|on)[ \t]+"
                      r"((?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+)(?![\w'’-])")
# "at 'Rosemount', 3 Cherry Tree Drive": a house's name just before its number and street.
_HOUSE_BEFORE_NUMBER = re.compile(r"(['‘\"“])?([A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?)['’\"”]?,[ \t]+\d{1,4}[a-z]?[ \t]+"
                                  r"(?:[A-Z][a-z]+[ \t]+){1,3}(?:Street|Road|Lane|Avenue|Close|Crescent|Drive|Terrace"
                                  r"|Grove|Gardens|Way|Mews|Place|Court|Walk|Rise|View)\b")
# "a farmhouse called Rosemount", "a cottage known as The Laurels": a home by its name.
_HOUSE_CALLED = re.compile(r"\b(?:house|farmhouse|farm|cottage|bungalow|lodge|barn|property|home|caravan|boat)[ \t]+"
                           r"(?:(?:is|was)[ \t]+)?(?:called|named|known[ \t]+as)[ \t]+"
                           r"((?:The[ \t]+)?[A-Z][a-z'’]+(?:[ \t]+[A-Z][a-z'’]+)?)(?![\w-])")
# "born at the Royal Albert Edward in Wigan", "rushed to the Royal": where a child is born or admitted
# is a hospital.
_BORN_AT = re.compile(r"\b(?:born[ \t]+at|(?:admitted|rushed|blue[ -]lighted|discharged)[ \t]+(?:to|from|into|at))"
                      r"[ \t]+(?:the[ \t]+)?((?:[A-Z][\w'’-]+[ \t]+){0,3}[A-Z][\w'’-]+"
                      r"(?:[ \t]+in[ \t]+[A-Z][\w'’-]+)?)")
# "in the Royal", "the nurse at the royal said": the name people give a town's hospital ("the royal
# family", "the Royal Mail" are none).
_THE_ROYAL = re.compile(r"\b(?:at|in|to|from|into|up|down)[ \t]+the[ \t]+([Rr]oyal(?:[ \t]+(?P<town>(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b)[A-Z][a-z]+))?)\b(?![ \t]+(?:(?:family|families|mail"
                        r"|wedding|navy|baby|household|society|college|academy|court|visit|box|seal|icing|blue|flush"
                        r"|treatment|we)\b))")
# "his old school, Broad Oak, and", "her GP surgery, Parkview": the kind of place, then its name.
_KIND_THEN_NAME = re.compile(r"\b(school|nursery|surgery|practice|church|mosque|hospital)[ \t]*[,(–—-][ \t]*"
                             r"((?:[A-Z][a-z'’]+[ \t]+){0,3}[A-Z][a-z'’]+)(?=[ \t]*[,)–—.;]|[ \t]+(?:and|where|which)\b)")
_KIND_OF = {"school": SCHOOL, "nursery": SCHOOL, "surgery": MEDICAL, "practice": MEDICAL, "church": WORSHIP,
            "mosque": WORSHIP, "hospital": HOSPITAL}
# "rehab at Broadgreen", "appendix out at Aintree": where a treatment happened is a hospital, even one
# named only by its district.
_TREATED_AT = re.compile(r"\b(?i:rehab|op|operation|surgery|appendix out|scan|x-?ray|appointment|appt|outpatients?|physio"
                         r"|fracture clinic|a&e|a and e|ed|ward|admission|stay)[ \t]+(?:[a-z]+[ \t]+)?(?:at|in)[ \t]+"
                         r"((?:[A-Z][a-z]+[ \t]+)?[A-Z][a-z]+)\b(?![ \t]+[A-Z])")
# "born at Liverpool Women's": a town's women's or children's hospital by the name people use.
_TOWN_HOSPITAL = re.compile(r"\b([A-Z][a-z]+[ \t]+(?:Women|Children)['’]s)(?![ \t]+(?:[A-Z]|(?:aid|refuge|centre|services?"
                            r"|groups?|charity|trust)\b))")
# "she's at hope academy", "moved to haydock high": a school's own name in lower case before its kind.
# "starts at busy bees nursery", "appt at lance lane medical centre": any name, of ordinary words too.
_LOWER_NAMED_SCHOOL = re.compile(r"\b(?:at|to|from|with|attends|attending|joined|left|rang|phoned|called|contacted)[ \t]+((?:[a-z][a-z'’-]+[ \t]+){1,3}?)"
                                 r"(high school|primary school|academy|high|primary|juniors|infants|nursery|pre-?school|medical centre"
                                 r"|health centre|family practice|medical practice|surgery|church|chapel|mosque)\b"
                                 r"(?![ \t]+(?:school|street|st|road|rd|lane|hall|group|staff|worker|nurse|team))")
_GENERIC_SCHOOL_WORDS = frozenset("""a an the her his their my our your this that new old local same different another every
    each any secondary primary junior infant nursery special free catholic church faith village community state private
    independent grammar sixth form middle first upper lower big main senior high school very family hub children's
    childrens day baby toddler sure start council walk-in gp doctors methodist baptist anglican evangelical
    pentecostal orthodox parish united reformed muslim sikh hindu christian sunday breakfast after holiday play
    stay and or community""".split())
# "near the chippy on elephant lane", "holy cross church, corporation street": a street in lower case.
_LOWER_STREET = re.compile(r"(?:\b(?:on|in|off|near|along|at|up|down|from|to|onto|into|of)|,)[ \t]+"
                           r"((?:[a-z][a-z'’-]+[ \t]+){1,2}?)(street|road|lane|avenue|crescent|terrace|grove)\b(?!-)")
_NOT_STREET_NAMES = frozenset("""the a an this that their his her our my your its same other one each every any main high
    ring back side old new top bottom long busy bypass link memory fast slow middle inside outside toll slip bus cycle
    country open dual private public wrong right next last first quiet narrow dark local very""".split())
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# "transferred from de la salle to ...", "a managed move to cowley", "goes to de la salle": a school's
# short name in lower case.
_LOWER_SCHOOL = re.compile(r"\b(?i:managed (?:move|transfer)s?[ \t]+(?:to|from)|transferr(?:ed|ing)[ \t]+(?:to|from)"
                           r"|go(?:es)?[ \t]+to|went[ \t]+to"
                           r"|excluded[ \t]+from|head of year[ \t]+at|senco[ \t]+at|year[ \t]+\d{1,2}[ \t]+at)[ \t]+"
                           r"((?:[a-z][a-z'’-]*)(?:[ \t]+(?!(?:to|and|after|in|on|for|from|at|with|because|since|now"
                           r"|when|but|so|last|this|then|until|the|as|or)\b)[a-z][a-z'’-]*){0,2})")
# "i hate de la salle", "the vicar at st aidans": a school or church by its own name, in lower case and
# with no apostrophe; a place called "St Something" (the borough itself) is left to the place rules.
_LOWER_PARTICLE_NAME = re.compile(r"(?<!cr[eè]me )\bde la [a-z]{3,}\b|\bst\.? [a-z]{3,}s\b(?!['’])")
_PLAIN_STREETS = frozenset("main high ring back old new top bottom long busy same other bypass link".split())
_NAME_PARTICLES = frozenset("de la le st saint".split())


def _ordinary(word: str, is_word: Callable[[str], bool] | None) -> bool:
    lower = word.lower()
    return lower in MONTHS or lower in _WEEKDAYS or lower in FAMILY_WORDS or lower in NOT_NAMES or (
        is_word is not None and is_word(lower))


def venues(text: str, is_common: Callable[[str], bool], is_dictionary_word: Callable[[str], bool],
           is_place: Callable[[str], bool], is_org: Callable[[int], bool] | None = None) -> list[Hit]:
    """is_common: a familiar English word; is_place: a town, council area or country anywhere."""
    hits = []
    def named(word: str) -> bool:  # a street's own name in lower case: no word, or a town ("chester lane")
        return word not in _PLAIN_STREETS and (is_place(word) or not (is_common(word) or is_dictionary_word(word)))

    for m in _ON_STREET.finditer(text):
        if m.group(2)[:1].isupper() or any(named(w) for w in m.group(2).split()):  # not "on the main road"
            hits.append(Hit(_kind(m.group(1)), m.start(1), m.end()))
    for m in _STREET_FIRST.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        while words and not named(words[0].group(0)):
            words.pop(0)  # "the rainhill road surgery": the name starts after "the"
        if words:
            hits.append(Hit(_kind(m.group(2)), m.start(1) + words[0].start(), m.end()))
    for m in _PUB.finditer(text):
        owner = re.split(r"['’]", m.group(1))[0].split()[-1].lower()
        chain = re.search(r"\b(?:an?|any)[ \t]+$", text[max(0, m.start() - 4):m.start()])
        if owner not in _NOT_PUB_OWNER and not chain:
            hits.append(Hit(PLACE, m.start(1), m.end(1)))
    for m in _LIVE_AT.finditer(text):
        name = m.group(1)
        if not (is_place(name) or (" " not in name and _ordinary(name, is_common))):
            hits.append(Hit(ADDRESS, m.start(1), m.end(1)))
    for m in _HOME_IN.finditer(text):
        name = m.group(1)
        if not (is_place(name) or (is_org is not None and is_org(m.start(1)))
                or any(_ordinary(w, None) for w in name.split()) or (" " not in name and is_common(name))):
            hits.append(Hit(PLACE, m.start(1), m.end(1)))
    for m in _HOUSE_BEFORE_NUMBER.finditer(text):
        if m.group(1) or not (is_place(m.group(2)) or any(_ordinary(w, is_common) for w in m.group(2).split())):
            hits.append(Hit(ADDRESS, m.start(2), m.end(2)))
    for m in _HOUSE_CALLED.finditer(text):
        if not is_place(m.group(1)):
            hits.append(Hit(ADDRESS, m.start(1), m.end(1)))
    for m in _BORN_AT.finditer(text):
        if not is_place(m.group(1)) or " " in m.group(1):  # "born at Whiston" is a hospital; a country is not
            hits.append(Hit(HOSPITAL, m.start(1), m.end(1)))
    hits += [Hit(_KIND_OF[m.group(1)], m.start(2), m.end(2)) for m in _KIND_THEN_NAME.finditer(text)
             if not (is_org is not None and is_org(m.start(2)))
             and not _ordinary(m.group(2).split()[0], None)  # "after school, Mum and", "school, Monday"
             and (" " in m.group(2) or not _ordinary(m.group(2), is_common))]  # one everyday word is no name
    hits += [Hit(HOSPITAL, m.start(1), m.end(1)) for m in _TREATED_AT.finditer(text)
             if not any(_ordinary(w, is_common) or is_dictionary_word(w.lower()) for w in m.group(1).split())]
    hits += [Hit(HOSPITAL, m.start(1), m.end(1)) for m in _THE_ROYAL.finditer(text)
             if not m.group("town") or is_place(m.group("town"))]  # "the Royal Liverpool", not "the Royal Mail"
    hits += [Hit(HOSPITAL, m.start(1), m.end(1)) for m in _TOWN_HOSPITAL.finditer(text)
             if is_place(m.group(1).split()[0])]
    for m in _LOWER_NAMED_SCHOOL.finditer(text):
        words = m.group(1).split()
        # "aim high", "fly high": before "high" the name is a place or no word at all ("haydock high").
        plain = m.group(2) == "high" and not (is_place(" ".join(words)) or any(
            not (is_common(w) or is_dictionary_word(w)) for w in words))
        if words and not plain and not any(w in _GENERIC_SCHOOL_WORDS or _ordinary(w, None) for w in words):
            school = m.group(2) in ("academy", "high", "primary", "juniors", "infants", "high school", "primary school")
            hits.append(Hit(SCHOOL if school else _kind(m.group(2)), m.start(1), m.end(2)))
    for m in _LOWER_STREET.finditer(text):
        words = m.group(1).split()
        if not any(w in _NOT_STREET_NAMES or _ordinary(w, None) for w in words):
            hits.append(Hit(ADDRESS, m.start(1), m.end(2)))
    for m in _LOWER_SCHOOL.finditer(text):
        words = m.group(1).split()
        named = words[0] in _NAME_PARTICLES or any(not is_dictionary_word(w) and not is_common(w) for w in words)
        if named and not is_place(m.group(1)) and not any(_ordinary(w, None) for w in words):
            hits.append(Hit(SCHOOL, m.start(1), m.end(1)))
    for m in _LOWER_PARTICLE_NAME.finditer(text):  # last: a rule above that also found it knows its kind
        name = m.group(0)
        if not (is_place(name) or is_place(name.replace(".", "")) or any(h.start < m.end() and h.end > m.start()
                                                                        for h in hits)):
            hits.append(Hit(SCHOOL if name.startswith("de") else WORSHIP, m.start(), m.end()))
    return hits


def _kind(word: str) -> str:
    lower = word.lower()
    return next(k for k, alts in _KINDS.items() if re.fullmatch(alts, lower))
