"""Named places: schools, GP surgeries, hospitals, churches, towns and wards.

A named place narrower than the borough can identify a family. Kinds: school, medical practice,
hospital, place of worship and place (a town, village or ward from the partnership's
list or the gazetteer).
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from .names import FAMILY_WORDS
from .pii_patterns import HOSPITAL, MEDICAL, PLACE, SCHOOL, WORSHIP, Hit

_SUFFIXES = [
    (SCHOOL, r"Primary School|Primary|Infant School|Infants|Junior School|Juniors|High School|High|Secondary School"
             r"|School|Academy|College|Sixth Form|Grammar|Nursery|Pre-School|Preschool|C of E|CE|RC|PRU"
             r"|Pupil Referral Unit"),
    (MEDICAL, r"Medical Centre|Medical Practice|Medical Group|Health Centre|Surgery|Practice|GP Practice|GP Surgery"
              r"|Clinic"),
    (HOSPITAL, r"Hospital|Infirmary|A&E|ED|Hosp"),  # "seen at Aintree ED", "ormskirk hosp"
    (WORSHIP, r"Church|Parish|Mosque|Chapel|Gurdwara|Gurudwara|Temple|Mandir|Vihara|Derasar|Synagogue|Cathedral"
              r"|Kingdom Hall|Masjid|Tabernacle"
              r"|Gospel Hall|Pentecostal|Methodist|Baptist|Evangelical"),
    (PLACE, r"Children'?s Centre|Family Centre|Community Centre|Youth Centre|Leisure Centre|Centre|Center"
            r"|Library|Estate|Park|Café|Cafe|Sculpture|Statue|Monument|Museum|Gallery|Stadium|Arena"
            r"|Care Home|Nursing Home|Boxing Club|Football Club|Rugby Club|Cricket Club|Swimming Club|Gym|FC|ARLFC"
            r"|Car Wash|Takeaway|Barbers|Salon|Garage|Farm|Holiday Park|Caravan Park"),
]
_SUFFIX_KIND = {}
for _kind, _alts in _SUFFIXES:
    for _alt in _alts.split("|"):
        _SUFFIX_KIND[_alt.replace("'?", "").lower()] = _kind
_ALL_SUFFIXES = "|".join(a for _, alts in _SUFFIXES for a in [alts])
_NAME_WORD = r"(?:St\.?|Saint|Our|Holy|{cap}(?:-{cap})?|de|la|le|of|and|the)".format(cap=r"[A-Z][A-Za-z'’]+")
# A kind of place followed by an organisation's noun is the organisation ("Methodist Action", "Baptist Union").
_ORG_AFTER = r"(?![ \t]+(?:Action|Union|Alliance|Council|Network|Trust|Society|Federation|Association|Conference|Army|Aid)\b)"
_PLACE = re.compile(rf"((?:{_NAME_WORD}\s+){{1,5}})({_ALL_SUFFIXES})\b{_ORG_AFTER}")
# The same with a lower-case suffix ("Parr surgery", "Penkford school", "the World of Glass café").
_PLACE_LOWER = re.compile(r"((?:(?:St\.?|[A-Z][A-Za-z'’]+(?:-[A-Z][a-z]+)?)(?:\s+of(?:\s+the)?(?=\s+[A-Z]))?\s+){1,3})"
                          r"(primary school|primary|high school|school|academy|nursery|medical centre|health centre"
                          r"|surgery|practice|clinic|hospital|church|parish|mosque|chapel|estate"
                          r"|café|cafe|sculpture|statue|monument|museum|gallery|arts centre|box office|theatre"
                          r"|leisure centre|sports centre|community centre|social club|working men's club|unit)\b")
# All lower case: "lingholme surgery", "st helens parish church", "holy cross church hall".
_LOWER_SUFFIX = (r"(?:primary school|primary|infants?|juniors?|high school|school|academy|college|nursery"
                 r"|medical (?:centre|practice)|health centre|surgery|practice|clinic|hospital|hosp|infirmary"
                 r"|parish church|church|parish|mosque|chapel|cathedral|gurdwara|gurudwara|temple|mandir|synagogue)")
# "sherdley park", "lingholme surgery": a name that is no word, then the kind of place.
_LOWER_NAMED = re.compile(rf"(?<![\w'’-])((?:[a-z][a-z'’]+(?:-[a-z]+)?[ \t]+){{1,3}})"
                          rf"({_LOWER_SUFFIX}|park|estate|fields|green)\b")
_LOWER_SAINT = re.compile(rf"(?<![\w'’-])(?:st\.?|saint)[ \t]+[a-z]+(?:['’]s\b(?:[ \t]+(?:parish[ \t]+|catholic[ \t]+|rc[ \t]+)?"
                          rf"{_LOWER_SUFFIX}\b)?|[ \t]+(?:parish[ \t]+|catholic[ \t]+|rc[ \t]+)?{_LOWER_SUFFIX}\b)")
# Churches and Catholic schools named by their dedication, in lower case.
_DEDICATIONS = (r"holy (?:cross|trinity|family|spirit|rosary|name|redeemer|angels)|sacred heart|our lady(?: of [a-z]+)?"
                r"|blessed sacrament|christ the king")
# "the youth club at holy cross": a dedication on its own after "at", "to" or "from" is the church or school.
_LOWER_DEDICATION_AT = re.compile(rf"(?:(?<=\bat )|(?<=\bto )|(?<=from ))(?:{_DEDICATIONS})(?![\w-])")
_LOWER_DEDICATION = re.compile(rf"(?<![\w-])(?:(?:{_DEDICATIONS})[ \t]+(?:parish[ \t]+|catholic[ \t]+|rc[ \t]+)?"
                               rf"{_LOWER_SUFFIX}|christ church)\b")
# "Masjid Al-Noor", "Jamia Mosque Ghausia", "Capel Ebeneser": a mosque, gurdwara or Welsh chapel or
# church named after its kind.
# The Arabic article may come first in lower case: "Masjid an-Nur", "Jamia al-Madina".
_NAMED_AFTER_KIND = re.compile(r"\b(?:Masjid|Jamia|Jame|Gurdwara|Capel|Eglwys)\s+(?:(?:al|an|ar|as|ash|at|ad|adh|az|el|ul|e)-)?"
                               r"(?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+)?")
# Churches named without a suffix: "St Mary's", "Holy Cross", "Sacred Heart", "Our Lady of Lourdes".
# "St Mary's", and a saint whose name ends in s with the apostrophe alone or none: "St Thomas'",
# "St Matthews" (a church, a school, or a district named after one).
_SAINT = re.compile(r"\b(?:St\.?|Saint)\s+([A-Z][a-z]+)(?:['’]s\b|(?<=s)['’](?!\w)|(?<=s)\b)"
                    r"(?!\s+(?:Ambulance|Hospice|Day|Eve|Night|Week)\b)"
                    r"|(?<=[Pp]arish of |[Cc]hurch of |[Cc]hapel of )(?:St\.?|Saint)\s+[A-Z][a-z]+(?: the [A-Z][a-z]+)?")
_DEDICATION = re.compile(r"\b(?:Holy (?:Cross|Trinity|Family|Spirit|Rosary|Name|Redeemer|Angels)|Sacred Heart|Christ Church"
                         r"|Our Lady(?: (?:of|Star of|Queen of) (?:[A-Z][a-z]+)(?: [A-Z][a-z]+)?)?|Blessed Sacrament)\b")
# "started at Penkford", "moved to Cowley": a school by its short name.
# A managed move is always from one school to another, so what follows it is a school even where a
# town has the same name; after "moved to" a known place is a place.
# "back at Cowley", "the head at De La Salle": being at a place, or a school's staff there.
_SCHOOL_CONTEXT = re.compile(r"\b(?:(?:start(?:ed|s|ing)?|managed (?:move|transfer)s?|(?:is|was|are|were|still|now|back"
                             r"|(?i:head ?teachers?|head|teachers?|senco|staff|form tutor|students?"
                             r"|head of (?:year|house|sixth form|key stage)(?: \d{1,2})?|deputy head|class teacher"
                             r"|studying|enrolled|courses?|apprenticeship|a[ -]levels?|gcses?|btec"
                             r"|level \d(?: [a-z&]+){0,4}))(?= at)"
                             r"|(?P<move>mov(?:e|ed|es|ing)|transfers?|transition|go(?:es)?|went)|transferr(?:ed|ing)"
                             r"|excluded|exclusion"
                             r"|attend(?:s|ed|ing)?|pupils?|(?i:year|yr) ?\d{1,2}|reception|place|places)\s+(?:at|to|from)"
                             r"|attend(?:s|ed|ing)?)\s+(?P<name>(?:[A-Z][A-Za-z'’]+\s?){1,3})")

_SCHOOL_ONLY = re.compile(r"(?i:\b(?:year|yr)[ \t]?\d{1,2}|\breception|\bhead ?teacher|\bsenco|\bform tutor|\bclass teacher)"
                          r"[ \t]+(?:at|in)[ \t]+\Z")
# "her GP at Lingholme", "registered at Parkview": a practice by its short name.
_MEDICAL_CONTEXT = re.compile(r"\b(?:(?:GPs?|doctors?['’]?s?)\s+(?:at|with)|registered\s+at)\s+"
                              r"(?P<name>(?:[A-Z][A-Za-z'’]+[ \t]?){1,3})")

# Organisations that are not schools, however a name before them reads.
_NOT_SCHOOL = frozenset("""
    council service services team teams advice cares trust police hospital centre center hub partnership
    aid line group network board unit office home project charity society foundation court
""".split())

# Words that only say what kind of place it is, not which one ("a Catholic Primary School").
_GENERIC = frozenset("""
    the a an our their your this that local primary secondary high special junior infant infants sunday children's
    childrens community family youth leisure job day health medical early years private state free grammar
    independent residential boarding general district catholic church faith nursery village new main
    parents parent school schools after breakfast holiday car housing council help support advice wellbeing
    resource resources learning training contact referral assessment treatment recovery crisis sexual mental
    drug alcohol women's womens men's citizens information play sport sports music arts art activity city
    town borough county methodist baptist anglican pentecostal evangelical orthodox christian muslim jewish
    sikh hindu united reformed of and gp her his its my national regional specialist maternity hub hubs coffee
    drop-in internet pop-up hand car boxing football rugby cricket swimming homework lunch chess drama dance care
    nursing residential
    children's children mum dad baby sixth form further education virtual alternative provision pupil referral
    hospital hospitals surgery practice clinic mosque mosques churches temple temples mandir all any each every some
    other local same nearest nearby team teams around forest saturday weekend supplementary polish
    carers carer young trampoline skate retail theme water business industrial caravan country safari splash adventure
""".split())


_CLUBS = frozenset(["fc", "arlfc", "football club", "rugby club", "cricket club"])
_CLUB_MARKS = frozenset("FC AFC JFC ARLFC RLFC RUFC CC ABC".split())
_SPECIALTIES = frozenset("""
    sleep pain fracture eye ear dental sexual health baby breastfeeding asthma diabetes allergy memory speech
    hearing foot skin continence weight baby's children's flu vaccination immunisation outpatient outpatients
    inpatient antenatal postnatal maternity paediatric orthopaedic audiology physio physiotherapy contraception
    walk-in
""".split())


def _kind_of(name: str) -> str:
    """The kind its longest suffix says: "Parkside Medical Centre" is a practice, not a centre."""
    lower = " ".join(name.lower().replace("'", "").replace("’", "").split())
    best = max((k for k in _SUFFIX_KIND if lower.endswith(" " + k)), key=len, default="")
    return _SUFFIX_KIND.get(best, PLACE)


# The word before "Practice" in a way of working: an adjective ("Reflective", "Trauma-Informed",
# "Relational", "Systemic") or one of a few ("Good Practice"). "Newton Family Practice" is a surgery.
# "Medical", "Dental" and "General" end in -al too, but name a surgery ("Lea Green Medical Practice").
_WAY_OF_WORKING = re.compile(r"(?i)^(?!(?:medical|dental|general)$).*(?:ive|ed|al|ic|ent|ant|ing|ful|ous|based|led"
                             r"|focused|centred|aware|informed)$"
                             r"|^(?:good|best|safe|safer|joint|multi-agency|early|clinical|professional|practice)$")


def _named(words: list[str]) -> list[str]:
    while words and words[0].lower().strip(".") in _GENERIC:
        words.pop(0)
    return words


def named_places(text: str, is_sentence_start: Callable[[int], bool] | None = None,
                 is_word: Callable[[str], bool] | None = None, is_place: Callable[[str], bool] | None = None,
                 is_country: Callable[[str], bool] | None = None,
                 is_dictionary_word: Callable[[str], bool] | None = None) -> list[Hit]:
    """Named schools, surgeries, hospitals, churches and centres."""
    hits = []
    for pattern in (_PLACE, _PLACE_LOWER):
        for m in pattern.finditer(text):
            words = _named(m.group(1).split())
            if not any(w.lower().strip(".") not in _GENERIC for w in words) or words[-1] in ("the", "and", "of"):
                continue  # "the Support Worker and the School Nurse": a name ends in a word of its own
            landmark = m.group(2).lower() in ("sculpture", "statue", "monument", "museum", "gallery", "café", "cafe")
            if (pattern is _PLACE_LOWER and re.search(r"['’]s?$", words[-1]) and words[0] not in ("St", "St.", "Saint")
                    and not landmark):
                continue  # "Nathan's school" is a person's school: the name is found on its own
            start = m.start() + m.group(1).find(words[0])
            if (pattern is _PLACE_LOWER and is_word and all(is_word(w) for w in words)
                    and (is_sentence_start is None or is_sentence_start(start))):
                continue  # "Good practice:", "Improve school attendance"
            if m.group(2).lower() in _CLUBS and is_place and is_place(" ".join(words)):
                continue  # "Liverpool FC", "St Helens Town AFC": a club named after a whole town
            if m.group(2).lower() == "juniors" and any(w.upper() in _CLUB_MARKS for w in words):
                continue  # "St Helens Town AFC Juniors": a club's junior section, not a junior school
            if m.group(2).lower() == "clinic" and all(w.lower() in _SPECIALTIES or (w.isupper() and len(w) <= 5)
                                                      for w in words):
                continue  # "the Sleep Clinic", "IBD clinic": a kind of clinic, not a named one
            if m.group(2).lower() == "practice" and (_WAY_OF_WORKING.search(words[-1]) or (
                    m.group(2) == "practice" and is_dictionary_word and all(is_dictionary_word(w.lower()) for w in words)
                    and not (is_place and any(is_place(w) for w in words)))):
                continue  # "Reflective Practice", "Neglect practice note": a way of working, not a surgery
            hits.append(Hit(_kind_of(m.group(0)), start, m.end()))
    hits += _lower_places(text, is_dictionary_word)
    # "St Helens", "St Albans' schools": a town named after a saint, with no "'s", is a place and no church.
    hits += [Hit(WORSHIP, m.start(), m.end()) for m in _SAINT.finditer(text)
             if m.group(0)[-2:-1] in "'’" or not (is_place and is_place(m.group(0).rstrip("'’")))]
    hits += [Hit(WORSHIP, m.start(), m.end()) for m in _DEDICATION.finditer(text)]
    hits += [Hit(WORSHIP, m.start(), m.end()) for m in _NAMED_AFTER_KIND.finditer(text)]
    for m in _MEDICAL_CONTEXT.finditer(text):
        words = _named(m.group("name").split())
        name = " ".join(words)
        if words and not ((is_place and is_place(name)) or (len(words) == 1 and is_word and is_word(words[0]))
                          or words[-1].lower() in _NOT_SCHOOL):
            start = m.start("name") + m.group("name").find(words[0])
            hits.append(Hit(MEDICAL, start, start + len(name)))
    for m in _SCHOOL_CONTEXT.finditer(text):
        words = _named(m.group("name").split())
        name = " ".join(words)
        if words and ((is_country and is_country(name)) or (m.group("move") and (
                (is_place and is_place(name)) or name.lower().endswith("shire")))):
            continue  # "moved from Poland", "moved to Leeds", "a move to Lancashire": places, not schools
        if words and (words[-1].lower() in _NOT_SCHOOL or (len(words[0]) > 1 and words[0].isupper())):
            continue  # "is at Citizens Advice", "attends ESOL Entry 2": a service or a course, found by name if it is one
        single = re.sub(r"['’]s?$", "", words[0].strip("'’")) if len(words) == 1 else ""
        if single.lower() in FAMILY_WORDS:
            continue  # "went to Nan's for tea": a home, and no name
        # After "Year 3 at" or "the SENCO at" only a school can follow, even one named by a word ("Eaves").
        school_only = bool(_SCHOOL_ONLY.search(text, max(0, m.start("name") - 30), m.start("name")))
        ordinary = bool(single) and not school_only and (
            (is_word is not None and is_word(single)) or (is_dictionary_word is not None and is_dictionary_word(single)))
        if words and not ordinary:
            # one ordinary word is not a school's name: "started at Home", "back at Brownies"
            start = m.start("name") + m.group("name").find(words[0])
            hits.append(Hit(SCHOOL, start, start + len(" ".join(words))))
    return hits


def _lower_places(text: str, is_dictionary_word: Callable[[str], bool] | None) -> list[Hit]:
    """Lower-case named places: a name that is no dictionary word before the suffix, or a saint or a
    dedication ("st aidan's", "holy cross church")."""
    hits = []
    for pattern in (_LOWER_SAINT, _LOWER_DEDICATION, _LOWER_DEDICATION_AT):
        for m in pattern.finditer(text):
            kind = _kind_of(m.group(0))
            hits.append(Hit(WORSHIP if kind == PLACE else kind, m.start(), m.end()))
    if is_dictionary_word is None:
        return hits
    for m in _LOWER_NAMED.finditer(text):
        words = list(re.finditer(r"\S+", m.group(1)))
        named = []  # the words just before the suffix that are no dictionary word: the place's own name
        for w in reversed(words):
            word = w.group(0)
            word = re.sub(r"^t['’](?=[a-z])", "", word)  # "t'new school": Yorkshire's "the new school"
            if (re.search(r"['’]s?$", word) or word in _GENERIC or word in _SPECIALTIES
                    or is_dictionary_word(word.split("-")[-1])):
                break  # an ordinary word, or a person's ("the child's school": the name is found on its own)
            named.append(w)
        if named:
            hits.append(Hit(_kind_of(m.group(0)), m.start(1) + named[-1].start(), m.end()))
    return hits


def listed_places(text: str, places: Iterable[str], is_sentence_start: Callable[[int], bool] | None = None,
                  is_word: Callable[[str], bool] | None = None, lowered: str | None = None,
                  is_common: Callable[[str], bool] | None = None) -> list[Hit]:
    """The partnership's local places and the gazetteer's, as written or in lower case."""
    # Hyphens and spaces are one: the gazetteer's "Ashton in Makerfield" is the town's "Ashton-in-Makerfield".
    lowered = (lowered if lowered is not None else text.lower()).replace("-", " ")
    hits = []
    for place in places:
        place = " ".join(str(place).replace("-", " ").split())
        if not place:
            continue
        key = place.lower()
        if key not in lowered:  # most places are absent: skip the regex
            continue
        words = key.split()
        wordy = is_word is not None and all(is_word(w) for w in words)
        pattern = r"[ \t-]+".join(re.escape(w) for w in place.split())
        for m in re.finditer(rf"(?<![\w-]){pattern}(?![\w-])", text, re.I):
            found = re.sub(r"[ \t-]+", " ", m.group(0))
            if found != place and found.isupper():
                if wordy:
                    continue  # "BOLD STEPS" in a heading; "near EARLESTOWN market" is the place
            elif found != place:
                # Lower case or other capitals: only a place when it is not made of ordinary words,
                # or when a name of two ordinary words follows a preposition ("on the moss bank").
                after_preposition = _AFTER_PREPOSITION.search(text, max(0, m.start() - 20), m.start())
                # One rare word counts too: "the shops at parr", not "written in bold".
                rare = len(words) > 1 or (is_common is not None and not is_common(key))
                if found[:1].isupper() or (wordy and not (rare and found.islower() and after_preposition)):
                    continue
            elif wordy and (is_sentence_start is None or is_sentence_start(m.start())):
                continue  # "Bold steps were taken", "Croft" at the start of a sentence
            hits.append(Hit(PLACE, m.start(), m.end()))
    return hits


_AFTER_PREPOSITION = re.compile(r"\b(?:in|on|at|from|to|near|round|around|off|of|past)[ \t]+(?:the[ \t]+)?\Z")
