"""Names in the shapes hurried case notes take once pasted into a case study.

- a first name and a surname in lower case ("jordan mcgrath (dad)");
- a first name that is also an everyday word, used as a person ("will's mum", "grace and her mum",
  "faith told me"): the word alone is never flagged, only the word doing what only a person does;
- a name in capitals ("ZOFIA NOWAK"), after a lower-case title ("dr okafor"), or a word in no list
  saying something ("fatuma says she").

Surnames on their own and families named by their surname are in pii_surnames.py.
"""

from __future__ import annotations

import re

from .names import FAMILY_WORDS, KINDS_OF_FAMILY, NAME_FIRST, NOT_NAMES, NameIndex, is_dictionary_word
from .pii_patterns import MEDICAL, SCHOOL, UPPER, Hit
from .pii_people import NAME

_WORD = r"[a-z][a-z'’-]+"
# Each word with the word after it (a lookahead, so "met with will hardcastle" tries every pair).
_PAIR = re.compile(rf"(?<![\w'’-])({_WORD})(?=[ \t]+((?:o['’])?{_WORD})(?![\w'’-]))")
_KIN = (r"(?:mum|mam|mummy|dad|daddy|nan|nana|nanna|gran|grandad|grandma|brother|sister|auntie|aunt|uncle|cousin"
        r"|step-?(?:dad|mum)|house|bedroom|carer|teacher|school)")
# "will's mum", "grace and her mum", "faith told me", "summer (older sis)": what only a person does.
_AS_PERSON = re.compile(rf"(?:['’]s[ \t]+{_KIN}\b|[ \t]+and[ \t]+(?:his|her|their)[ \t]+{_KIN}\b"
                        r"|[ \t]+(?:told|said|says|disclosed|cried|asked|refused|wanted|wants|admitted)\b"
                        # "summer (older sis)", "jasmine (8)": a relation or an age in brackets after the name.
                        r"|[ \t]*\((?:(?:older|younger|big|little|eldest|youngest|twin|half|step)[ \t-]*)?"
                        r"(?:sis|sister|bro|brother|son|daughter|cousin|\d{1,2}\b))")
# Weaker shapes, for a name that is a rarer word ("penny", "robin", "oisin"), never a common one ("will"):
# a verb a child's story tells of a person ("oisin has started wetting the bed"), or two such names
# doing one thing ("penny and robin share a bunk bed").
_AUX = r"(?:has|had|is|was|hasn['’]t|isn['’]t|wasn['’]t|keeps|kept|won['’]t|doesn['’]t|didn['’]t)"
_AS_PERSON_WEAK = re.compile(rf"[ \t]+{_AUX}[ \t]+(?:been|started|stopped|begun|got|gone|not|now|still|also|always"
                             r"|never|refused|missed|told|said|asked|become|struggling|scared|upset|crying|living"
                             r"|staying|sleeping|eating|wetting|self-harming|hiding|running|going|attending|started)\b")
_PAIR_DOING = re.compile(r"[ \t]+(?:and|n|&)[ \t]+([a-z]+)[ \t]+(?:share|shared|fight|fought|are|were|have|had|both"
                         r"|live|lived|sleep|slept|go|went|attend|attended|argue|argued|come|came|keep|kept|said|say)\b")
# At the start of a clause, or after a verb that takes a person: "rang will's mum", "saw grace and her dad".
_CLAUSE_START = re.compile(r"(?:^|[\n.!?;:,(\-–—|]|\b(?:and|but|then|so|when|because|that|rang|phoned|called|texted"
                           r"|visited|saw|met|asked|told|with|says|said|thinks|feels|if|unless|until))[ \t]*$")
# "ZOFIA NOWAK and her mother": a name in capitals, as a form or a register prints it.
# Capitals with accents too ("JOÃO"): lower() gives the name lists' spelling.
_SHOUTED = re.compile(rf"(?<![\w'’-])({UPPER}{{2,}})[ \t]+((?:O['’])?{UPPER}{{2,}}(?:-{UPPER}{{2,}})?)(?![\w'’-])")
# "Ms Ó Súilleabháin", "Mr Van Dyke": a title, a surname's particle, then the name.
_TITLE_PARTICLE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+(?:Ó|Ní|Nic|Uí|Ua|Mac|De|Van|Von|Da|Di|Du|Le|La|El|Al)"
                             rf"[ \t]+{UPPER}[\w'’-]+")
# "our Tink", "our Kaylee": the North West's "our" before a child's name.
_OUR = re.compile(r"\b[Oo]ur[ \t]+([A-Z][a-z]+)\b(?![ \t]+[A-Z])")
# "dr okafor", "mrs kowalski": a title in lower case before a name.
# "OIC: PC 4471 WALSH", "Sgt 1032 Okafor": an officer by rank, collar number and surname.
_COLLAR = re.compile(r"\b(?:PC|DC|DS|PS|Sgt|PCSO|Insp|Inspector|Sergeant|Constable)\.?[ \t]+\d{2,5}[ \t]+"
                     r"([A-Z][a-z'’-]+|[A-Z][A-Z'’-]+)\b")
_LOWER_TITLE = re.compile(r"(?<![\w'’-])(?:dr|mr|mrs|ms|miss|mx|mister|missus)\.?[ \t]+([a-z][a-z'’-]+)(?![\w'’-])")


# "fatuma says she wants to stay": a word in no list, at the start of a clause, saying something.
_SAYS = re.compile(r"[ \t]+(?:says|said|told|tells|wants|wanted|asked|asks)[ \t]+(?:she|he|they|her|him|me|us|that)\b")


def reads_as_name(word: str, known: frozenset[str] = frozenset()) -> bool:
    """A word in no list that reads like a name, not shorthand: 'ferreira', not 'camhs', 'wrkr' or one
    of the site's own abbreviations (lower case)."""
    return len(word) >= 4 and sum(c in "aeiouy" for c in word) >= 2 and word not in known


# A form's field and what follows it: "Surname: Cook", "Child's name: Kai Lee", "School: DLS", and a
# field of an exported row ("...,Corridor,student: ruby,Level 2").
# The field starts a line, follows a comma or follows two spaces. Only the first two spaces of a run
# count, so a page blanked to spaces is read once, not once for every space in it.
_FIELD = re.compile(r"(?m)(?:^|(?<=,)|(?<=[ \t]{2})(?<![ \t]{3}))[ \t|*-]*(?P<label>(?i:(?:child['’]?s |mother['’]?s |father['’]?s |full |first "
                    r"|last |family |sur|fore)?names?|surname|forename|school|nursery|setting|college|gp|gp practice|surgery"
                    r"|student|pupil|learner|client|child|young person|yp|cyp))"
                    r"[ \t]*:[ \t]*"
                    r"(?P<value>[A-Z][\w'’.-]*(?:[ \t](?![ \t])[A-Z][\w'’.-]*){0,3}|[a-z][a-z'’-]+(?=[ \t]*(?:[,;|]|$)))"
                    r"(?![\w/])")
_NO_VALUE = frozenset(("n/a", "na", "none", "unknown", "not known", "tbc", "tbd", "withheld"))


def not_a_name(word: str) -> bool:
    return word in FAMILY_WORDS or word in NOT_NAMES or word in KINDS_OF_FAMILY


def names_in_notes(text: str, index: NameIndex, known: frozenset[str] = frozenset()) -> list[Hit]:
    """known: the site's own abbreviations and terms, lower case ("senco says she" is a role)."""
    hits = []
    for m in _PAIR.finditer(text):
        first, last = m.group(1), m.group(2)
        # "will hardcastle": a first name, even one that is a word, before a surname that is none.
        if (first in index.lower_first and not not_a_name(first)
                and any(index.is_surname(p) and not index.is_word(p) and not is_dictionary_word(p)
                        for p in last.split("-"))):
            hits.append(Hit(NAME, m.start(1), m.end(2)))
    def rare_name(word: str) -> bool:
        return word in index.lower_first and not index.is_common_word(word) and not not_a_name(word)

    for m in re.finditer(r"(?<![\w'’-])([a-z]+)(?![\w-])", text):
        word = m.group(1)
        if not (word in index.lower_first and index.is_word(word) and not not_a_name(word)):
            continue
        if not _CLAUSE_START.search(text, max(0, m.start() - 12), m.start()):
            continue
        pair = _PAIR_DOING.match(text, m.end())
        if _AS_PERSON.match(text, m.end()) or (rare_name(word) and _AS_PERSON_WEAK.match(text, m.end())):
            hits.append(Hit(NAME, m.start(1), m.end(1)))
        elif pair and rare_name(word) and rare_name(pair.group(1)):
            hits += [Hit(NAME, m.start(1), m.end(1)), Hit(NAME, pair.start(1), pair.end(1))]
    for m in re.finditer(r"(?<![\w'’-])([a-z]{4,})(?=[ \t])", text):
        word = m.group(1)
        if (reads_as_name(word, known) and not index.is_word(word) and not is_dictionary_word(word)
                and not not_a_name(word)
                and word not in index.lower_first and not index.is_surname(word) and _SAYS.match(text, m.end())
                and _CLAUSE_START.search(text, max(0, m.start() - 12), m.start())):
            hits.append(Hit(NAME, m.start(1), m.end(1)))
    for m in _SHOUTED.finditer(text):
        first, last = m.group(1).lower(), m.group(2).lower()
        if (index.tier(first.title()) and not index.is_common_word(first) and not not_a_name(first)
                and any((index.is_surname(p) or index.tier(p.title()) or reads_as_name(p, known))
                        and not index.is_word(p) and not is_dictionary_word(p) for p in last.split("-"))):
            hits.append(Hit(NAME, m.start(1), m.end(2)))
    for m in _FIELD.finditer(text):
        value = m.group("value")
        words = value.lower().split()
        label = m.group("label").lower()
        kind = SCHOOL if label in ("school", "nursery", "setting", "college") else MEDICAL if label in (
            "gp", "gp practice", "surgery") else NAME
        # A person's name has no family word in it; a school's may ("ST CUTHBERT'S CATHOLIC HIGH").
        ordinary = any(not_a_name(w) or w in ("and", "or") for w in words) if kind == NAME else len(words) == 1 and (
            not_a_name(words[0]))
        if value.islower() and (kind != NAME or value not in index.lower_first):
            ordinary = True  # a lower-case value is a name only when it is a first name: "student: ruby"
        if value.lower() not in known and value.lower() not in _NO_VALUE and not ordinary:
            hits.append(Hit(kind, m.start("value"), m.end("value")))
    hits += [Hit(NAME, m.start(), m.end()) for m in _TITLE_PARTICLE.finditer(text)]
    hits += [Hit(NAME, m.start(1), m.end(1)) for m in _COLLAR.finditer(text)
             if not index.is_common_word(m.group(1).lower())]
    for m in _OUR.finditer(text):
        word = m.group(1).lower()
        # "our Tyler turned 7": a first name that is no everyday word counts even if a dictionary lists it
        named = bool(index.tier(m.group(1))) and not index.is_common_word(word) and word not in NAME_FIRST
        if (named or not (index.is_word(word) or is_dictionary_word(word))) and not (not_a_name(word) or word in known):
            hits.append(Hit(NAME, m.start(1), m.end(1)))
    for m in _LOWER_TITLE.finditer(text):
        word = m.group(1)
        # "a mister bhattacharya", "mrs o'hara"; "mr brightside" is a song
        unknown = (m.group(0).startswith(("mister", "missus")) or re.match(r"(?:[od]['’]|mac|mc)\w", word)) and not (
            index.is_word(word) or is_dictionary_word(word))
        if ((index.is_surname(word) or word in index.lower_first or unknown) and not index.is_common_word(word)
                and not is_dictionary_word(word) and not not_a_name(word)):
            hits.append(Hit(NAME, m.start(), m.end(1)))
    return hits
