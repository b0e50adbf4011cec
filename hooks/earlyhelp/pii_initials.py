"""Initials and letter pseudonyms: "Child K", "Baby J", "the mother, J.B.", "KM's dad", "recorded as 'V1'".

A letter is still a person: in a small community a letter and a story can identify a child. The
site's own abbreviations (its glossary) and common shorthand ("SW", "HV") are not initials.
"""

from __future__ import annotations

import re

from .names import FAMILY_WORDS, TEXTING_LETTERS
from .pii_patterns import INITIALS, Hit
from .pii_people import CLAUSE_WORDS

_ROLE = (r"(?:Child|Baby|Young Person|Young person|Mother|Father|Mum|Dad|Mam|Parent|Carer|Sibling|Brother|Sister"
         r"|Son|Daughter|Girl|Boy|Pupil|Student|Client|Family|Person|Adult|Teenager|Toddler|Infant|Learner"
         r"|Mr|Mrs|Ms|Miss|Mx|child|baby|young person|mother|father|mum|dad|parent|carer|sibling|brother|sister"
         r"|son|daughter|girl|boy|pupil|student|client|teenager|toddler|learner|grandmother|grandfather"
         r"|stepfather|stepmother|partner|nan|gran|grandad|uncle|aunt|auntie|YP|CYP|Little|Baby"
         r"|victim|perpetrator|offender|suspect|complainant|Victim|Perpetrator|Offender|Suspect|Complainant|family)")
# "Child K", "Baby J", "the mother, J.B.", "dad (JB)": a role followed by a letter or initials.
_ROLE_LETTER = re.compile(rf"\b{_ROLE}s?(?:[ \t]+\d{{1,2}})?(?:-|[ \t]*[,(:–—-]?[ \t]*)([A-Z](?:\.[ \t]?[A-Z]){{0,2}}\.?|[A-Z]{{2}})(?=[\s,.;:)]|['’](?![A-Z])|$)")
_NOT_PAIRS = frozenset("GP HV SW YP DV EH CP LA OT ED UK US TV PE RE IT IQ OK AM PM ID DJ MP PC NA NK".split())  # NA, NK: not applicable, not known
_DOTTED = re.compile(r"(?<![\w.])(?:(?:[A-Z](?:-[A-Z])?\.[ \t]?){2,3}(?![\w])|[A-Z]\.[ \t]?(?:[OD]['’]|Ma?c)[A-Z]\b\.?)")  # "J.B.", "J.O'N", "T.McG."
# "twins (R & J)", "the child's initials ... just J T": letters joined or spaced, standing for people.
_LETTER_PAIRS = re.compile(r"\b(?:twins|children|kids|boys|girls|siblings|brothers|sisters|parents|sons|daughters)[ \t]*"
                           r"\(([A-Z])[ \t]*(?:&|and)[ \t]*([A-Z])\)|\binitials\b[^.\n]{0,40}?\b([A-Z][ \t.]{1,2}[A-Z])\b(?![\w'’])")
# "K said", "K's mum": a lone capital letter used as a person.
_LETTER = re.compile(r"(?<![\w.&/+-])([B-HJ-Z])(?:['’]s\b|(?=[ \t]+(?:said|told|says|tells|was|is|had|has|did|went"
                     r"|would|could|felt|feels|wanted|wants|asked|lives|lived|stayed|started|stopped|refused"
                     r"|disclosed|became|began|and (?:his|her|their) )\b))")
# "DT is refusing", "says KM told her": two capitals alone, then a verb only a person does. A pair the
# partnership's glossary lists (always_allow) or a role ("SW", "TA") is an abbreviation, not a person.
_PAIR = re.compile(r"(?<![\w.&/+-])([A-Z]{2}(?:-[A-Z]{1,2})?)(?=(?:['’]s[ \t]+(?:mum|dad|mother|father|nan|gran|brother|sister|step-?(?:dad|mum|father|mother)|partner"
                   r"|boyfriend|girlfriend|aunt|auntie|uncle|cousin|carer|grandad|grandma)"
                   r"|[ \t]+(?:(?:is|was|keeps|kept)[ \t]+(?:refusing|crying|scared|frightened|upset|hiding|self-harming)"
                   r"|said|says|told|tells|refused|refuses|disclosed|discloses|cried|wants|wanted|lives|lived"
                   r"|ran away|went missing|is living|was living|and (?:his|her|their) (?:mum|dad|mother|father)"
                   r"|reports|reported|has (?:continued|been|sent|made|said|told)|had (?:been|sent|made|said|told)"
                   r"|continues|continued|denies|denied|admits|admitted))\b)")
_JOINED_PAIRS = re.compile(r"(?<![\w.&/+-])([A-Z]{2})[ \t]*(?:\+[ \t]*([A-Z]{2})\b(?![\w'’])|(?:&|and)[ \t]*([A-Z]{2})"
                           r"(?=[ \t]+(?:seen|were|are|both|said"
                           r"|told|came|went|live|lived|have|had|stay|stayed|attended|arrived|left|banned|excluded"
                           r"|suspended)\b|[ \t]*\((?:twins|siblings|brothers|sisters)\b))")  # "LJ + DF", "KM and RM (twins"
# "Present: KM (mother), TM (child)": initials with the family role a set of minutes gives them.
_PAIR_ROLE = re.compile(r"(?<![\w.&/+-])((?-i:[A-Z]{2,3}))[ \t]*\((?:maternal |paternal |step-?|older |younger |eldest |youngest )?"
                        r"(?:(?:mother|father|mum|dad|mam|sib|sibling"
                        r"|grandmother|grandfather|grandma|grandad|nan|gran|aunt|auntie|uncle|child|young person|son"
                        r"|daughter|brother|sister|sibling|carer|stepdad|stepmum|partner"
                        # "SP (family support)", "KT (school nurse)": a worker named by initials and their role
                        r"|family support|school nurse|social worker|health visitor|teacher|head of year|keyworker"
                        r"|key worker|youth worker|support worker|family worker|lead professional|senco|dsl"
                        r"|victim|suspect|perpetrator|offender|complainant|witness|twins?)\b"
                        # "Attendees: LB (HV), SM (school)": a worker named by initials and their agency
                        r"|(?:hv|sw|fsw|ehp|gp|school|nursery|college|police|housing|camhs|health|early help)\))", re.I)
# "Provision map: LM – 1:1 literacy; TO'B – social skills": initials opening an entry, before a dash.
_ENTRY = re.compile(r"(?:^|[:;•|][ \t]*)([A-Z]{2,3}|[A-Z]{1,2}['’][A-Z])[ \t]+[–—-][ \t]", re.M)
# "JW (Y8)", "KM (14)", "TB (aged 6)": initials before an age or a school year; "| JW | Y8 |": a table
# row that opens with initials alone.
_PAIR_AGE = re.compile(r"(?<![\w.&/+-])([A-Z]{2,3})[ \t]*\((?:(?:(?:Y|Yr|Year)[ \t]?)?\d{1,2}(?:[ \t]*(?:yrs?|years|y/o|yo|y))?\)"
                       r"|(?:age|aged)[ \t]?\d{1,2}\b)"  # "DS (age 7 as at 01.04.24)"
                       r"|(?<=\|)[ \t]*([A-Z]{2}|[A-Z]\.[ \t]?[A-Z]\.?)[ \t]*(?=\|)", re.M)
# "KW (8y)", "SW (aged 9)": a worker has no age, so role letters before one stand for a child.
_AGED = re.compile(r"\(\d{1,2}[ \t]*(?:yrs?|years|y/o|yo|y)\)|\(aged?[ \t]?\d")
# "mum (s.t.) present", "baby j feeding well": initials in lower case, as quick notes write them; not a
# letter texting uses for a word ("mum n dad r trying").
_LOWER_INITIALS = re.compile(r"\((?:[a-z]\.){2,3}\)|(?<=\(|[ \t])(?:[a-z]\.){2,3}(?=[ \t,)])"
                             r"|\b(?:(?:baby|child|mum|dad|yp|sibling|brother|sister|son|daughter)[ \t]+"
                             rf"(?![{TEXTING_LETTERS}]\b)|(?:mr|mrs|ms)[ \t]+)"
                             r"[b-hj-z]\b(?![.'’]\w|-)")
# "(LJ = Lacey?)": initials explained; "R. (14) found support": a letter before an age.
_EXPLAINED = re.compile(r"\b([A-Z]{2})[ \t]*=[ \t]*[A-Z][a-z]+|(?<![\w.])([A-Z]\.)[ \t]*\((?:aged?[ \t]*)?\d{1,2}\)")
# "picked up JT from his nan's", "took KM to the dentist": two capitals after what is done to a person.
_PAIR_OBJECT = re.compile(r"\b(?:picked up|dropped off|dropped|collected|took|met|visited|saw|seen|rang|phoned|texted"
                          r"|supported|helped|asked|told|reminded)[ \t]+([A-Z]{2})\b(?![\w'’-])")
_PRONOUN_I = re.compile(r"[ \t]+(?:am|have|had|was|will|would|hope|think|feel|want|write|can|could)\b|['’](?:m|ve|d|ll)\b")
_AUXILIARY = re.compile(r",?[ \t]+(?:has|had|was|is|said|told|did|missed|does|says|disclosed|reported|cried|refused)\b")
_ROLE_PAIRS = frozenset("SW HV YP TA PA FW KW PO IO LP DO SG CM CW TM OT GP PC DC DS MP NB PS".split())
_NOT_INITIALS = frozenset("U.K. U.S. U.S.A. E.U. P.S. A.M. P.M. B.A. M.A. Q.C. K.C. R.I.P. D.O.B. N.B. I.E. E.G. "
                          "A.D. B.C. U.N. N.I. G.P.".split())
_LETTER_BEFORE = frozenset("""
    plan level type part section option vitamin grade class stage appendix annex block ward room row column
    group team tier step phase key hepatitis form model figure table wave route zone unit size
    code codes coded mark marks marked box column category
    the a an this that every each no any
""".split())


# "recorded as 'V1'", "the perpetrator as 'P1 (DT)'": a code standing for a person, and initials after it.
# "... as": where a writer says what a person will be called ("in these notes as RT").
_IN_THESE_NOTES = r"(?: here| in (?:these|the|this|our) (?:notes|report|record|plan|review))?"
_CODED = re.compile(r"\b(?:recorded|referred to|listed|named|identified|noted|described|anonymised|victim|perpetrator"
                    rf"|offender|suspect|subject){_IN_THESE_NOTES} as[ \t]+"
                    r"(?:['‘\"“]([A-Z]{1,2}\d{0,2})(?=['’\"”])|['‘\"“]?([A-Z]{1,2}\d{1,2})\b)"
                    r"(?:[ \t]*\(([A-Z]{2,3})\))?"
                    r"|\bas[ \t]+['‘\"“]([A-Z]{1,2}\d{1,2})\b(?:[ \t]*\(([A-Z]{2,3})\))?")  # "her partner as 'A2 (KH)'"


# "(referred to in these notes as RT)": after words that only introduce a stand-in name, letters need
# no quotes ("recorded as DNA" is a word for what happened, so "recorded" is not one of them).
_REFERRED = re.compile(rf"\b(?:referred to|identified|anonymised|known){_IN_THESE_NOTES} as[ \t]+([A-Z]{{2,3}})"
                       r"(?=[\s).,;:]|$)")
# "his sister is just 'A.'": a letter in quotes, standing for a person.
_QUOTED_LETTER = re.compile(r"['‘\"“]([A-Z]\.?)['’\"”](?![A-Za-z])")  # not "'O'Brien'"
# "we have called the mother 'Lily'": the name a writer chose for a person, still a name in a story.
_STAND_IN = re.compile(r"\b(?:called|call|calling|named|renamed|refer to) (?:the|her|his|their|this) (?:mother|father|mum|dad"
                       r"|child|boy|girl|baby|son|daughter|parent|carer|young person|sibling|family)"
                       r" ['‘\"“]([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)['’\"”]")
# "Mr D-H rang", "Mrs K. said": a title before a letter or two stands for a person.
_TITLE_LETTERS = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+([A-Z](?:[-.][ \t]?[A-Z])?\.?)(?![\w'’])")
# "Subject 1 (male, 34)", "YP-2", "Child 3": a role numbered in place of a name is a pseudonym too.
_ROLE_NUMBER = re.compile(r"\b(?:Subject|Victim|Perpetrator|Suspect|Offender|Adult|Child|YP|CYP|Sibling|Baby|Parent"
                          r"|Carer|Young Person|Male|Female)(?:-|[ \t])\d{1,2}\b(?![.:/]\d|[ \t]*(?:%|years?|months?|weeks?))")


def initials(text: str, abbreviations: frozenset[str] = frozenset()) -> list[Hit]:
    hits = [Hit(INITIALS, m.start(g), m.end(g)) for m in _CODED.finditer(text) for g in range(1, 6)
            if m.group(g) and m.group(g) not in _NOT_PAIRS | _ROLE_PAIRS | abbreviations]
    hits += [Hit(INITIALS, m.start(), m.end()) for m in (*_ROLE_NUMBER.finditer(text), *_TITLE_LETTERS.finditer(text))]
    hits += [Hit(INITIALS, m.start(1), m.end(1)) for m in _STAND_IN.finditer(text)]
    for m in _QUOTED_LETTER.finditer(text):  # not "Grade 'B'", "Plan 'C'", nor "a" or "I" without a full stop
        before = re.search(r"([A-Za-z]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
        if (m.group(1).endswith(".") or m.group(1) not in ("A", "I")) and not (
                before and before.group(1).lower() in _LETTER_BEFORE):
            hits.append(Hit(INITIALS, m.start(1), m.end(1)))
    hits += [Hit(INITIALS, m.start(1), m.end(1)) for m in _REFERRED.finditer(text)
             if m.group(1) not in _NOT_PAIRS | _ROLE_PAIRS | abbreviations]
    hits += [Hit(INITIALS, m.start(1), m.end(1)) for m in _PAIR.finditer(text)
            if m.group(1) not in _NOT_PAIRS | _ROLE_PAIRS and m.group(1) not in abbreviations
            and not re.search(r"[A-Z]{2,}[ \t]*$", text[max(0, m.start() - 12):m.start()])]  # not in SHOUTED text
    hits += [Hit(INITIALS, m.start(1), m.end(1)) for m in _PAIR_ROLE.finditer(text)
             if m.group(1) not in abbreviations | _NOT_PAIRS]
    hits += [Hit(INITIALS, m.start(g), m.end(g)) for m in (*_PAIR_AGE.finditer(text), *_PAIR_OBJECT.finditer(text))
             for g in range(1, (m.re.groups or 0) + 1)
             if m.group(g) and m.group(g).strip() not in abbreviations | _NOT_PAIRS
             and (m.group(g).strip() not in _ROLE_PAIRS or _AGED.search(m.group(0)))]
    hits += [Hit(INITIALS, m.start(), m.end()) for m in _LOWER_INITIALS.finditer(text)
             if m.group(0).strip("()").upper() not in _NOT_INITIALS]
    hits += [Hit(INITIALS, m.start(1), m.end(1)) for m in _ENTRY.finditer(text)
             if m.group(1) not in abbreviations | _NOT_PAIRS | _ROLE_PAIRS]
    for m in _ROLE_LETTER.finditer(text):
        letters = m.group(1).strip()
        bare = letters.replace(".", "").replace(" ", "")
        # "the child I saw", "mum a": a pronoun or an article, unless "A" is doing what a person does ("mum A has").
        if bare in _NOT_PAIRS or (bare in ("A", "I") and m.group(0)[:1].islower()
                                  and not (bare == "A" and _AUXILIARY.match(text, m.end()))):
            continue
        if bare == "I" and (_PRONOUN_I.match(text, m.end()) or "," in m.group(0)):
            continue  # "Dear Parent/Carer, I am writing": the writer, not a child called I
        if bare in ("M", "F") and re.match(r"[ \t]*,[ \t]*\d", text[m.end():m.end() + 6]):
            continue  # "Child (M, 7)": a sex and an age, not initials
        hits.append(Hit(INITIALS, m.start(), m.start(1) + len(m.group(1).rstrip())))
    for m in _JOINED_PAIRS.finditer(text):  # "LB & SB seen together": two people by their initials
        second = 2 if m.group(2) else 3
        if not {m.group(1), m.group(second)} & (_NOT_PAIRS | _ROLE_PAIRS | abbreviations):
            hits += [Hit(INITIALS, m.start(1), m.end(1)), Hit(INITIALS, m.start(second), m.end(second))]
    hits += [Hit(INITIALS, m.start(g), m.end(g)) for m in _LETTER_PAIRS.finditer(text) for g in (1, 2, 3) if m.group(g)]
    hits += [Hit(INITIALS, m.start(g), m.end(g)) for m in _EXPLAINED.finditer(text) for g in (1, 2)
             if m.group(g) and m.group(g) not in abbreviations | _NOT_PAIRS | _ROLE_PAIRS]
    for m in _DOTTED.finditer(text):
        if m.group(0).replace(" ", "").upper() not in _NOT_INITIALS:
            hits.append(Hit(INITIALS, m.start(), m.end()))
    for m in _LETTER.finditer(text):
        before = re.search(r"([A-Za-z]+)[ \t]*$", text[max(0, m.start() - 20):m.start()])
        if before and before.group(1).lower() in _LETTER_BEFORE:
            continue
        if before and _names_a_thing(before.group(1)):
            continue  # "Triple P", "Vitamin D": a capitalised word and a letter make one name
        hits.append(Hit(INITIALS, m.start(1), m.end(1)))
    return hits



def _names_a_thing(word: str) -> bool:
    """A capitalised content word right before the letter: the pair is a title, not a person."""
    return word[:1].isupper() and word.lower() not in CLAUSE_WORDS and word.lower() not in FAMILY_WORDS
