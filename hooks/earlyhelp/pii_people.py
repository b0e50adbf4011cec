"""People named other than by a capitalised first name: nicknames, lower-case first names and a
relation's name ("her partner Gaz"). Initials and letter pseudonyms are in pii_initials.py, surnames
in pii_surnames.py.

A first name that is no English word counts in lower case wherever it stands; one that is a word
("ruby") needs a person's context, such as a name beside it ("ruby and alfie").
Capitalised first names and titles are found in pii_names.py.
"""

from __future__ import annotations

import re
from typing import Callable

from .names import FAMILY_WORDS, NAME_FIRST, NOT_NAMES, NameIndex, is_dictionary_word
from .pii_patterns import HANDLE, LOWER, NUMBER_WORDS, Hit, looks_like_handle

NAME = "personal name"

# "known as Jay", "nicknamed 'Tiny'", "everyone called him Jay", "a boy called Dean".
_NICKNAME = re.compile(
    r"\b(?:(?:call|calls|called) (?:my|his|her|their|our) (?:eldest|youngest|oldest|son|daughter|boy|girl|lad)"
    r"|[Kk]nown as|nicknamed|nickname (?:is|was)|goes by|went by|(?:liked|likes|wanted|wants|asked|prefers|preferred)"
    r" to be called|(?:called|calls|call|calling|dubbed|named) (?:him|her|them|himself|herself|themselves|me|us)"
    r"|sign(?:s|ed|ing)? (?:off |[^.,;:!?\n]{1,40}? )?as(?= ['‘\"“]?[A-Z])"
    r"|answers to|answered to|answering to|answer to|street name|alias|a\.?k\.?a\.?"
    r"|(?:my|our|his|her) (?:little |big )?(?:soldier|man|princess|prince|star|angel|lad|girl|boy|monkey|superstar)"
    r"(?= [A-Z])|refers? to [^.,;:!?\n]{1,40}? (?:only )?as(?= ['‘\"“]?[A-Z])"
    r"|known (?:locally |round here |only |simply |just |(?:to|by|around|round|on|at|in) [^.,;:!?\n]{1,30}? )as"
    r"|(?:posts?|contacted [^.,;:!?\n]{1,20}?|messaged [^.,;:!?\n]{1,20}?) (?:on|via) [A-Z]\w+ (?:as|under)(?= ['‘\"“][A-Z])"
    r"|posts? (?:as|under)(?= ['‘\"“][A-Z])|(?:been|being|getting|gets|got) called"
    r"|(?:everyone|everybody|people|friends|mates|they) (?:calls?|called)(?! (?:him|her|them|me|us)\b)|(?:knew|know|knows|known) (?:him|her|them|me) as"
    r"|known to (?:friends|everyone|his friends|her friends|the family|family) as"
    r"|(?:[Ww]ho|[Hh]e|[Ss]he|[Tt]hey) (?:is|was|are|were|gets|got) (?:always |often |usually )?called"
    # "who the kids call Big Dazza", "whom everyone called Titch": a person named in a relative clause.
    r"|\b[Ww]ho(?:m)? (?:(?!(?:to|will|would|should|can|could|may|might|must|did|do|does|also|then|please)\b)"
    r"[\w'’]+ ){1,3}?"
    r"(?:call|calls|called|calling)(?: (?:him|her|them))?"
    r"|(?:a|the|her|his|their|my|an older|a younger) (?:boy|girl|baby|son|daughter|friend|brother|sister|cousin"
    r"|boyfriend|girlfriend|partner|man|woman|lad|kid|child|uncle|aunt|neighbour)s? (?:called|named))"
    r"[ \t]+([\"“‘']?)(?P<pre>(?:Big|Little|Lil|Wee|Young|Old|Baby|Nanny|Nana|Nan|Auntie|Aunty|Uncle|Grandad|Grandma)[ \t]+(?=[A-Z]))?([A-Za-z][\w'’-]*)")

_TOYS = frozenset("teddy teddies doll dolly dog cat puppy kitten toy rabbit bunny bear hamster".split())
_SPEECH_OR_VERB = frozenset("""
    had has was is did said told says tells went would could felt wanted asked lives lived stayed started stopped
    refused disclosed became began missed agreed admitted explained needed moved left came rang called visited
    attended denied arrived
""".split())
# Verbs whose object is a person ("the worker phoned Kowalski").
_BEFORE_PERSON = frozenset("visited told asked met saw seen rang called phoned emailed texted helped supported".split())
_DETERMINERS = frozenset("the a an this that these those our your their its every any each no".split())


_PRONOUNS = frozenset("he she they it who everyone someone nobody this that".split())
# Words that can start a clause before a lone letter used as a person ("When K was five").
CLAUSE_WORDS = frozenset("""
    when then so but and because after before if while since until as although though once now later today
    yesterday also still even meanwhile however eventually finally first next soon where whether why how that
    what who only sadly luckily recently
""".split())


# "Rojin goes by Ro": the capitalised word before the nickname is the person's own name.
_NAMED_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+)[ \t]+(?:goes by|went by|(?:is|was) (?:known as|nicknamed)"
                           r"|\((?:real name|aka|a\.k\.a\.)\b"  # "J-Man (real name Jamal?)"
                           r"|\((?:as|what|which) [^()\n]{0,40}\bcalls? (?:him|her|them|me)\))")


# "took Moo-Moo to the dentist", "JoJo was": a pet name made by saying a sound twice, beside what a
# person does ("the Bye-Bye song" is none).
_DOUBLE = r"(?P<n>([A-Z][a-z]{1,5})-?(?i:\2)(?![\w'’-]))"
_DOUBLED = [re.compile(rf"(?<![\w'’-]){_DOUBLE}(?=[ \t]+(?:was|is|said|says|has|had|went|cried|laughed|loves|likes"
                       rf"|wants|to the|and (?:his|her) )|['’]s\b)"),
            re.compile(rf"\b(?:took|told|asked|gave|saw)[ \t]+{_DOUBLE}")]


# "lads said 'Smithy' is selling vapes": a name in quotes, doing what a person does; "baby sister
# 'Bubba'", "('Seun' to the kids)": a name in quotes after a relation, or said to be what people call them.
_QUOTED_DOES = re.compile(r"['‘\"“]([A-Z][\w'’-]*[a-z])['’\"”](?=[ \t]+(?:(?:is|was)[ \t]+(?:[a-z]+ing|seen|spotted|found|arrested)|said|says|told|tells"
                          r"|(?:has|had)[ \t]+been|to[ \t]+(?:the[ \t]+kids|everyone|everybody|(?:his|her|their)[ \t]+(?:mates|friends"
                          r"|family|brothers?|sisters?)|friends|family))\b)"
                          r"|\b(?:sister|brother|son|daughter|baby|cousin|nephew|niece|partner|boyfriend|girlfriend|friend|mate)"
                          r"[ \t]+['‘\"“]([A-Z][\w'’-]*[a-z])['’\"”]")


def nicknames(text: str, index: NameIndex, is_org: Callable[[int], bool] | None = None) -> list[Hit]:
    hits = [Hit(NAME, m.start("n"), m.end("n")) for pattern in _DOUBLED for m in pattern.finditer(text)
            if "-" in m.group("n") or m.group("n")[1:].lower() != m.group("n")[1:]]  # "JoJo", not "Dodo"
    hits += [Hit(NAME, m.start(1), m.end(1)) for m in _NAMED_BEFORE.finditer(text)
            if m.group(1).lower() not in _DETERMINERS | FAMILY_WORDS | CLAUSE_WORDS | _PRONOUNS
            and not (is_org is not None and is_org(m.start(1)))]
    hits += [Hit(NAME, m.start(g), m.end(g)) for m in _QUOTED_DOES.finditer(text) for g in (1, 2)
             if m.group(g) and m.group(g).lower() not in FAMILY_WORDS and not (is_org is not None and is_org(m.start(g)))]
    for m in _NICKNAME.finditer(text):
        quoted, word = bool(m.group(1)), m.group(3).rstrip("'’")
        lower = word.lower().rstrip("'’")
        if lower in _DETERMINERS or lower in FAMILY_WORDS or (word in _TOYS and not m.group("pre")):
            continue  # "calls her teddy Mr Wobbles": the toy's name, not hers
        if is_org is not None and word[:1].isupper() and is_org(m.start(3)):
            continue
        # "calling him names", "called her stupid": after "call him" an everyday word is an insult.
        # "everyone calls him scrappy": what everyone calls a person is what they are known by.
        called = (bool(re.match(r"(?:call|dubbed|named)", m.group(0))) and is_dictionary_word(lower)
                  and not re.search(r"\b(?:everyone|everybody|all|friends|mates|family)[ \t]+$", text[max(0, m.start() - 20):m.start()]))
        if looks_like_handle(word):  # "goes by BigDaddyT77": letters and digits in one token are a handle
            hits.append(Hit(HANDLE, m.start(3), m.start(3) + len(word)))
        elif quoted or word[:1].isupper() or not (index.is_word(lower) or called):
            hits.append(Hit(NAME, m.start("pre") if m.group("pre") else m.start(3), m.start(3) + len(word)))
    return hits


# "that Faith had lost weight", "Hope was crying": a word-name before what only a person does.
PERSON_DOES = re.compile(r"[ \t]+(?:(?:has|had)[ \t]+been[ \t]+(?:messaging|texting|calling|ringing|shouting|hitting|threatening"
                         r"|following|posting|sending|telling|saying)"
                         r"|(?:has|had)[ \t]+(?:not[ \t]+)?(?:lost|gained|missed|refused|told|disclosed|cried|run|ran"
                   r"|gone|started|stopped|moved|attended|been[ \t]+(?:crying|missing|excluded|refusing|seen|living|staying|eating|going"
                   r"|sleeping|self-harming))"
                   r"|(?:is|was|isn['’]?t|wasn['’]?t)[ \t]+(?:crying|refusing|sleeping|living|staying|hiding|struggling|self-harming|scared"
                   r"|frightened|upset|excluded|bullied|missing|pregnant|born)"
                   r"|turned[ \t]+(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")"
                   r"|(?:won['’]?t|wont|can['’]?t|didn['’]?t|doesn['’]?t|hasn['’]?t|hadn['’]?t)[ \t]+(?:be|go|come|eat|sleep|talk|attend|stop|want)"
                   r"|(?:cried|screamed|refused|disclosed|ran off|ran away|wet the bed|hit|kicked|lives|lived|attends"
                   r"|attended|sleeps|slept|stays|stayed|misses|missed))\b")



# "mason, hes only 7": a comma, then the person's age.
_AGE_CLAUSE = re.compile(r"[ \t]*,[ \t]*(?:he|she)(?:['’]?s|[ \t]+is)[ \t]+(?:only[ \t]+)?\d")
# "i hope", "the grace period", "will": before these a word-name is the word.
_WORD_BEFORE = frozenset("i we you they he she it the a an this our my your his her their no any some to "
                         "would could should will can may might must do does did".split())


_ROLE_BEFORE = re.compile(r"\b(?:worker|ex|partner|boyfriend|girlfriend|nurse|teacher|coach|mentor|hv|sw|stepdad|stepmum"
                          r"|son|daughter|brother|sister|cousin|neighbour|mate)[ \t]*\(?\Z")


def _stems(word: str) -> set[str]:
    """"referred" is "refer" with an ending; "wellbeing" is two words joined."""
    halves = {part for i in range(3, len(word) - 2) if is_dictionary_word(word[:i]) and is_dictionary_word(word[i:])
              for part in (word[:i], word[i:])}
    return {word, re.sub(r"(?:ed|ing|s|es)$", "", word), re.sub(r"(.)\1(?:ed|ing)$", r"\1", word),
            re.sub(r"d$", "", word)} | halves


def _after_role(text: str, start: int) -> bool:
    return bool(_ROLE_BEFORE.search(text, max(0, start - 15), start))


def _does_as_person(text: str, start: int, end: int) -> bool:
    before = re.search(r"([a-z]+)[ \t]*$", text[max(0, start - 15):start])
    return (bool(PERSON_DOES.match(text, end) or _AGE_CLAUSE.match(text, end))
            and not (before and before.group(1) in _WORD_BEFORE))


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
        if first in NOT_NAMES or first in FAMILY_WORDS:
            continue
        end = m.start(1) + len(bare)
        if _owner_without_apostrophe(text, index, first, m.end(1)):
            hits.append(Hit(NAME, m.start(1), end - 1))  # "at jaydens mums": a possessive with no apostrophe
            continue
        if "-" in bare and all(p in index.lower_first and p not in FAMILY_WORDS for p in bare.split("-")):
            person = True  # "amelia-rose", "tayla-jo": two first names joined are one child's name
        elif first in index.lower_first and _AGED_AFTER.match(text, end):
            person = True  # "amir (aged 13)": an age in brackets after a first name
        elif _after_role(text, m.start(1)) and not index.is_common_word(first) and (
                first in index.lower_first or not any(index.is_word(w) or is_dictionary_word(w) for w in _stems(first))):
            person = True  # "the social worker emma", "my ex gaz", "mum's new partner (kyle?)"
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


# ", the dad,", ", her form tutor,", ", the family worker": a role in apposition names the person before it.
_ROLE_NOUN = (r"(?:mum|mam|dad|mother|father|parent|carer|step-?(?:dad|mum|father|mother)|partner|boyfriend|girlfriend"
              r"|husband|wife|son|daughter|brother|sister|sibling|twin|eldest|oldest|youngest|baby|boy|girl|child"
              r"|grandmother|grandfather|grandma|grandad|nan|gran|aunt|auntie|uncle|cousin|neighbour|friend"
              r"|worker|teacher|tutor|nurse|visitor|professional|officer|manager|practitioner|mentor|coach"
              r"|headteacher|senco|volunteer|midwife|doctor|counsellor|therapist|pupil|student)")
_APPOSITION = re.compile(rf",[ \t]+(?:the|her|his|their|our|my)[ \t]+(?:[\w'’-]+[ \t]+){{0,2}}?{_ROLE_NOUN}s?\b"
                         r"(?![ \t]+(?:of|for|at|from|in)\b)(?!['’]s)", re.I)


def is_apposition(text: str, end: int) -> bool:
    """Is the word ending here followed by ', the <role>' ('Kerry, the family worker,')?"""
    return bool(_APPOSITION.match(text, end))


_SPEECH = frozenset("said says told tells asked asks replied explained agreed admitted disclosed wanted felt cried "
                    "shouted screamed laughed".split())


_RELATIVES = frozenset("mum dad mother father son daughter children partner family brother sister home house baby "
                       "school nan gran teacher".split())


# "her partner Gaz", "mum's boyfriend Dazza": a relation followed by a capitalised word.
_RELATION = re.compile(r"\b(?:partner|boyfriend|girlfriend|brother|sister|son|daughter|cousin|friend|uncle|aunt|auntie"
                       r"|nephew|niece|stepdad|stepmum|stepfather|stepmother|husband|wife|fianc[eé]e?|mate|twin"
                       r"|grandson|granddaughter|ex)[ \t]*,?[ \t]+([A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")


def relations_named(text: str, index: NameIndex, is_org: Callable[[int], bool] | None = None,
                    is_place: Callable[[str], bool] | None = None) -> list[Hit]:
    hits = []
    for m in _RELATION.finditer(text):
        token = m.group(1)
        first = token.split("-")[0]
        known = index.tier(first) is not None
        if not known and index.is_word(first) or token.lower() in FAMILY_WORDS or first.lower() in NOT_NAMES:
            continue
        if (is_org is not None and is_org(m.end(1))) or (is_place is not None and is_place(token)):
            continue
        hits.append(Hit(NAME, m.start(1), m.end(1)))
    return hits
