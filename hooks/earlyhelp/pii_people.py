"""People named other than by a capitalised first name: nicknames, pet names and a relation's name
("her partner Gaz"), and what only a person does (PERSON_DOES), which other modules read too.
Lower-case first names are in pii_lower.py, initials and letter pseudonyms in pii_initials.py,
surnames in pii_surnames.py, capitalised first names and titles in pii_names.py.
"""

from __future__ import annotations

import re
from typing import Callable

from .names import FAMILY_WORDS, NOT_NAMES, NameIndex, is_dictionary_word
from .pii_handles import looks_like_handle
from .pii_patterns import HANDLE, NUMBER_WORDS, Hit

_AGE_WORD = r"(?:\d{1,2}|" + "|".join(NUMBER_WORDS) + r")\b"
# "India, aged 14", "Bilu is 9.": said of a person, not of a count ("Attendance is 95%", "Step 2 is 9 weeks").
OF_AGE = re.compile(rf"\s*(?:,\s*aged?\s+{_AGE_WORD}|,?\s+(?:who\s+)?(?:is|was)\s+{_AGE_WORD}(?!\s*(?:%|per\b|times\b|of\b|out\b"
                     rf"|weeks?\b|days?\b|months?\b|hours?\b|minutes?\b|miles?\b|points?\b|pounds?\b|£|-|/|\.\d|,\d)))", re.I)

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


# "Tank's real name is Declan", "two lads (Reece & 'Tank')": a nickname beside the real name.
_REAL_NAME = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)['’]s real name\b|['‘\"“]([A-Z][\w'’-]*[a-z])['’\"”][ \t]*\([A-Z][a-z]+"
                        r"|\b[A-Z][a-z]+[ \t]*(?:&|and)[ \t]*['‘\"“]([A-Z][\w'’-]*[a-z])['’\"”]")


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
    hits += [Hit(NAME, m.start(g), m.end(g)) for m in (*_QUOTED_DOES.finditer(text), *_REAL_NAME.finditer(text))
             for g in range(1, m.re.groups + 1)
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
