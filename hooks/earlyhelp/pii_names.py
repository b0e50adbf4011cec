"""Capitalised personal names, found with the first-name data in names.py plus context.

Many names are also English words ("Will", "Hope", "Grace"), so:

* a name that is not an ordinary word counts wherever it is written with a capital;
* a name that is also a word counts mid-sentence, or at the start of a sentence when context says
  it is a person: a title ("Mrs"), a surname, "said", a possessive, an age, or "(name changed)";
* a capitalised run that ends in a word like Team, Service or Centre is an
  organisation or a place, not a person ("Young People's Drug and Alcohol Team");
* a family word used as a role ("Nan", "Grandad", "Auntie") is not a name.
"""

from __future__ import annotations

import re
from typing import Callable

from . import names as names_data
from . import pii_patterns as pp
from .sentences import WORD_AFTER as _WORD_AFTER
from .pii_people import OF_AGE, PERSON_DOES, is_apposition
from .sentences import Text

NAME = "personal name"

# Not inside "O'Brien" or "don't", but a name in quotes counts ("'Sarah' (not her real name)").
_TOKEN = re.compile(rf"(?<![\w/@.’-])(?<!\w')((?:[OD]['’]|Mc|Mac)?{pp.UPPER}{pp.LOWER}+(?:-{pp.UPPER}{pp.LOWER}+)?)(?![\w@]|-[a-z]|['’]t\b)")
_POSSESSIVE = re.compile(r"['’]s?\b")
_CHANGED = re.compile(r"['’\"”]?\s*[(,–—-]\s*(?:name changed|names? (?:has|have) been changed|not (?:his|her|their|my) real name"
                      r"|pseudonym|not real name)", re.I)
_AGE = r"(?:\d{1,2}|" + "|".join(pp.NUMBER_WORDS) + r")\b"
_AGED = re.compile(rf"['’\"”]?\s*(?:,\s*(?:aged?\s+)?\d{{1,2}}\b(?!\s*%)|\(\s*(?:[A-Za-z]{{2,12}},\s*)?(?:aged?\s+)?\d{{1,2}}\s*\)|,?\s+(?:who\s+)?(?:is|was)\s+{_AGE}"
                   rf"|,\s*aged\s+{_AGE})", re.I)
_IN_BRACKETS = re.compile(r"[ \t]*\((?:aged?[ \t]+)?\d{1,2}\)")  # "Blessing (5) and Favour (2)": an age
# "Hope, who is nine", "Will, whose dad": "who" follows a person; a thing takes "which".
_WHO = re.compile(r"[ \t]*,[ \t]*who(?:se|m)?\b")
_NAMED_THING = re.compile(r"['’]s[ \t]+(?:Law|Act|Rule|Syndrome|syndrome|Disease|disease|Trust|Foundation|Fund|Award"
                          r"|Day)\b")
_CARE_AFTER = frozenset("carer carers care parent parents family families placement placements home homes child children "
                        "mum dad mother father log logs diary notes record records panel agency team service".split())
# "both O'Driscoll children": a count before a surname and "children" names a family as "the" does.
_COUNTING = frozenset("both all two three four five".split())
# "thank you for bringing Aarav": what is done for a child, before a name no list has.
_CARED_FOR = frozenset("bringing brought bring".split())
# "Will and his sister", "Grace and her mum": a word-name doing what only a person does.
_AND_KIN = re.compile(r"[ \t]+and[ \t]+(?:his|her|their)[ \t]+(?:mum|mam|mother|dad|father|sisters?|brothers?|nan|nana"
                      r"|gran|grandma|grandad|aunt|auntie|uncle|cousins?|twin|step-?(?:dad|mum)|partner|boyfriend"
                      r"|girlfriend|sons?|daughters?|baby)\b")
_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|household|children|siblings|twins|brothers|sisters)\b")

TITLES = frozenset("""
    mr mrs ms miss mx dr doctor sir dame lady lord rev revd reverend cllr councillor father pc dc ds sgt sergeant
    inspector professor prof auntie aunty aunt uncle nana nan nanna nanny grandma grandad granny grandpa baby pcso
""".split())
SPEECH = frozenset("""
    said says told tells explained explains added adds asked asks replied replies shared shares stated states
    reported reports wrote writes commented comments felt feels described describes recalled recalls admitted
    admits disclosed discloses thinks thought wanted wants agreed agrees
""".split())
RELATIVES = frozenset("""
    mum dad mother father brother sister son daughter baby partner husband wife grandmother grandfather nan
    grandma grandad aunt auntie uncle cousin stepfather stepmother children child family carer teacher worker
    bedroom school friend friends boyfriend girlfriend
""".split())
_DOTTED_TITLES = frozenset("mr mrs ms dr rev revd prof sgt cllr".split())
DETERMINERS = frozenset("the a an this that these those our your their its every any each no".split())
CONNECTORS = frozenset("and of for & the around in on with at to".split())
ORG_WORDS = frozenset("""
    team teams service services partnership centre center programme program project group board trust council
    network forum unit hub course meeting assessment plan profile sector solutions association foundation
    charity society clinic hospital school academy college nursery church agency office department panel
    committee court police aid advice line support care cares matters approach years start friend friends
    system act fund alliance federation coalition house home homes housing cafe club clubs library surgery
    practice pharmacy authority bureau institute university union scheme initiative toolkit model framework
    review strategy policy pathway conference award awards week day appeal bank shop hall park estate street
    road lane avenue close crescent drive camhs
""".split())



_THOUGHT = frozenset("know knew knows hoped hopes noticed notices believed believes heard hears saw sees found "
                     "learned learnt realised realized worried worries".split())
_CLAUSE_AFTER = re.compile(r"[ \t]+([a-z]{2,}s)\b([^,;:.!?\n]{0,80})")
_CLAUSE_STOP = re.compile(r"\b(?:and|but|or|who|which|that|because|so|when|while)\b")
_VERB = re.compile(r"\b(were|are|have|was|is|has)\b")


def _plural_subject(index: names_data.NameIndex, text: str, end: int) -> bool:
    """Is the word ending here followed by a plural noun whose own verb is plural ('Rose bushes in
    the garden were planted'), not a verb ('Rose lives with her nan')?"""
    m = _CLAUSE_AFTER.match(text, end)
    if not m or m.group(1).endswith(("ss", "us", "is")) or m.group(1) in SPEECH or not _is_word(index, m.group(1)):
        return False
    clause = _CLAUSE_STOP.split(m.group(2), maxsplit=1)[0]
    verb = _VERB.search(clause)
    return bool(verb) and verb.group(1) in ("were", "are", "have")


# "Rose gold phone", "Hunter wellies", "Ruby red shoes": a word-name at the start of a sentence before a
# colour, a material or an item of clothing describes a thing; a person is followed by a verb.
_THING_AFTER = frozenset("""
    gold silver bronze copper brass platinum red pink green blue purple violet orange yellow white black grey
    gray brown cream beige coloured colored print patterned wooden wood glass plastic leather velvet satin silk
    cotton wool woollen denim tweed suede scented flavoured petal petals bush bushes tree trees hedge hedges
    berries bulbs plants wellies wellingtons boots trainers shoes coat coats jacket jackets jumper jumpers slippers
    garden gardens costume costumes hoodie hoodies hat hats scarf scarves gloves socks leggings jeans dress dresses earrings
    necklace bracelet wreath wreaths tea quartz stone stones ring rings soil sand beach bottle bottles can cans
    groups group leaders communities community networks network organisations sector settings period cards
""".split())
# What a word-name is listed with: "Ruby, amber and gold stars", "Holly and ivy decorations".
_LISTED_WITH = frozenset("red amber green gold silver bronze blue yellow pink purple orange white black "
                         "ivy holly mistletoe lavender rosemary heather daisies roses".split())
_LISTED = re.compile(r"[ \t]*(?:,|and)[ \t]+([a-z]+)\b")
# "Ivy had grown over the door", "Jack and the Beanstalk", "Destiny 2 is the only game", "Ivy and other
# climbing plants": a plant, a story's or a game's title, one of a kind of thing ("Grace and other
# children" stays a person).
_THING_DOES = re.compile(r"[ \t]+(?:has[ \t]+|had[ \t]+)?(?:grown|grew|grows|bloomed|flowered|wilted|died back)\b"
                         r"|[ \t]+and[ \t]+the[ \t]+[A-Z]"
                         r"|[ \t]+\d{1,4}\b(?![ \t]*(?:years?|months?|weeks?|yo|y/o)\b)"
                         r"|[ \t]+and[ \t]+other[ \t]+(?![\w-]*(?:children|pupils|siblings|kids|girls|boys|friends"
                         r"|people|parents|adults|members|students|carers|relatives|cousins)\b)[a-z]")


def _describes_thing(text: str, end: int) -> bool:
    after, listed = _WORD_AFTER.match(text, end), _LISTED.match(text, end)
    return bool((after and after.group(1) in _THING_AFTER) or (listed and listed.group(1) in _LISTED_WITH)
                or _THING_DOES.match(text, end))


_SURNAME_SHAPE = re.compile(r"(?:Mc|Mac)[A-Z][a-z]|[OD]['’][A-Z][a-z]")
_PLAYED = frozenset("play plays played playing watch watches watched watching drinks drank drinking".split())
_MODALS = frozenset("will would can could should must may might shall to".split())
_OBJECTS = frozenset("the a an it this that these those his her their them him my our your".split())
_TELL = frozenset("tell tells told ask asks asked remind reminded text texted ring rang phone phoned".split())
# "rated Amber", "graded Red": a rating's colour, not a person.
_RAG = re.compile(r"\b(?:Red|Green|RAG|traffic[- ]light)\b")
_RATED = frozenset("rated graded marked scored flagged coloured colour-coded rag-rated".split())


def is_org_run(index: names_data.NameIndex, t: Text, end: int) -> bool:
    """Does the capitalised run starting here end in an organisation word (Team, Service, Centre...)?"""
    pos = end
    for _ in range(7):
        m = _WORD_AFTER.match(t.text, pos)
        if not m:
            return False
        word = m.group(1)
        if not word[0].isupper():
            following = _WORD_AFTER.match(t.text, m.end())
            if word.lower() not in CONNECTORS or not following or not following.group(1)[0].isupper():
                return False
        elif re.sub(r"['’]s$", "", word.lower()) in ORG_WORDS:
            return True
        pos = m.end()
    return False


def _is_word(index: names_data.NameIndex, word: str) -> bool:
    """An English word, allowing for simple endings ("Returned", "Helping", "Families")."""
    lower = word.lower().rstrip("'’")
    stems = {lower, re.sub(r"(?:ed|ing|s|es|ly|er|ers|ies)$", "", lower), re.sub(r"(?:d|s|r)$", "", lower),
             re.sub(r"ies$", "y", lower), re.sub(r"(.)\1(?:ed|ing)$", r"\1", lower)}
    return any(index.is_common_word(s) for s in stems if s)


def _is_surname(index: names_data.NameIndex, word: str) -> bool:
    return (len(word) > 1 and word[0].isupper() and word[1:2].islower() and not _is_word(index, word)
            and word.lower() not in ORG_WORDS and word.lower() not in names_data.NOT_NAMES)


# "We Don't Talk About Bruno", "Harry And The Hendersons": a run of capitals with a small word
# capitalised in it is a title; people do not write "Mum And Kayden".
_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'’]*[ \t]+){1,6}\Z")
_RUN_AFTER = re.compile(r"(?:[ \t]+[A-Z][\w'’]*){0,6}")
_SMALL_WORDS = frozenset("About The Of And In To With For On At From Into A An Is Are Was".split())


def _in_a_title(text: str, start: int, end: int) -> bool:
    """Only mid-sentence, after a word in lower case: a heading in Title Case ("Working With Kayden")
    still names a person."""
    before = _RUN_BEFORE.search(text, max(0, start - 60), start)
    run_start = before.start() if before else start
    if not re.search(r"[a-z][,:]?[ \t]+['‘\"“]?\Z", text[max(0, run_start - 20):run_start]):
        return False
    after = text[end:_RUN_AFTER.match(text, end).end()].split()
    run = (before.group(0).split() if before else []) + [text[start:end]] + after
    # a small word inside the run, not its first or last word ("Mohammed A." is a name and an initial)
    return len(run) >= 3 and any(w in _SMALL_WORDS for w in run[1:-1])


# What two people do together ("mummy and Gaz shout"), not "Mum and Asda staff".
_TOGETHER = frozenset("shout shouted argue argued fight fought row rowed were are have had went came live lived "
                      "split broke both".split())
_HAS_SAID = re.compile(r"[ \t]+ha[sd][ \t]+(?:" + "|".join(sorted(SPEECH)) + r")\b")


def find_names(text: str, index: names_data.NameIndex | None = None, t: Text | None = None,
               is_place: Callable[[str], bool] | None = None) -> list[pp.Hit]:
    """is_place: a town, council area or country ("Partners from Warrington shared": a place, unless titled)."""
    index = index or names_data.load()
    t = t or Text(text)
    hits: list[pp.Hit] = []
    for m in _TOKEN.finditer(text):
        token, start, end = m.group(1), m.start(1), m.end(1)
        before, before_start = t.word_before(start)
        after = t.word_after(end)
        # "Dr Chaudhry at Parr Health Centre": a titled person at an organisation is still a person.
        at_org = after in ("at", "from", "with") and before in TITLES
        # "Clare's Law", "Down's syndrome": a name in a law's, a condition's or a charity's own name.
        if _NAMED_THING.match(text, end):
            continue
        # "Foster carers attended", "Kinship care": a kind of family before what it cares with is no name.
        if token.lower() in names_data.KINDS_OF_FAMILY and after.lower() in _CARE_AFTER:
            continue
        if _in_a_title(text, start, end):
            continue
        # "took Mason to Ormskirk Hospital": a first name, then where the person went, is no organisation's name
        going = after in ("to", "at", "from", "with") and bool(index.tier(token))
        if before in ("st", "saint") or token.lower() in names_data.FAMILY_WORDS or (
                is_org_run(index, t, end) and not (at_org or going)):
            continue
        tail = text[end:end + 60]
        # "Baby Massage", "Mr Men": a title before an everyday word that is no name names a thing.
        title = (before in TITLES and after.lower() not in ORG_WORDS
                 and not (before == "miss" and text[before_start:before_start + 1] == "m")  # "she'll miss Friday"
                 and (not text[start - 2:start - 1] == "." or before in _DOTTED_TITLES)
                 and not (names_data.is_dictionary_word(token.lower()) and not index.is_surname(token.lower())
                          and not index.tier(token)))
        title_line = t.is_title_case_line(start)
        surname = (not title_line and _is_surname(index, after)
                   and not is_org_run(index, t, end + len(after) + 1))
        family = (before in DETERMINERS | _COUNTING and bool(_FAMILY_AFTER.match(text, end)) and not _is_word(index, token)
                  and token.lower() not in names_data.KINDS_OF_FAMILY)
        apposition = is_apposition(text, end)
        # "said that Kerry": after a verb of speech or thought, "that" joins a clause; it is no determiner.
        clause = before == "that" and t.word_before(before_start)[0] in SPEECH | _THOUGHT
        named = apposition and any(index.tier(p) for p in token.split("-"))
        # "a blue Astra", "her pink Barbie": a thing with its colour after a determiner.
        coloured = before in _LISTED_WITH and t.word_before(before_start)[0] in DETERMINERS
        if (before in DETERMINERS or coloured) and not (family or clause or named):
            continue
        parts = [p for p in token.split("-") if p]
        tiers = [index.tier(p) for p in parts]
        common = all(index.is_common_word(p) for p in parts)
        start_of_sentence = title_line or clause or t.is_sentence_start(start)
        possessive = bool(_POSSESSIVE.match(text, end))
        # "can u tell Stretch his appointment has moved": told something about their own, so a person.
        told = before in _TELL and after.lower() in ("his", "her", "their") and token.lower() not in ORG_WORDS
        # "Grace said", and "Faith has disclosed": a verb of speech after "has" or "had" too.
        speech = after.lower() in SPEECH or (after.lower() in ("has", "had") and bool(_HAS_SAID.match(text, end)))
        changed = bool(_CHANGED.match(tail))
        aged = bool(_AGED.match(tail))
        kin = bool(_AND_KIN.match(text, end)) or bool(_WHO.match(text, end)) or bool(PERSON_DOES.match(text, end))
        strong = title or speech or possessive or changed or aged or surname or apposition or kin or told
        if not strong and index.is_word(token) and ((start_of_sentence and _plural_subject(index, text, end))
                           or _describes_thing(text, end)):
            continue  # "Rose bushes ... were planted", "local Faith groups": a word before a noun, not a person
        played = before in _PLAYED or (before.endswith("ly") and t.word_before(before_start)[0] in _PLAYED)
        if played and not (title or surname or possessive):
            continue  # "we play Uno", "watched Bluey": a game or a show
        if before in _MODALS and after.lower() in _OBJECTS and names_data.is_dictionary_word(token.lower()):
            continue  # "the worker will Mark the case as closed": a verb, capitalised by mistake
        # "between January and April", "backdated to August": a month is a person only when the words
        # around it say so ("April said", "April Jones", "May's mum", "Mrs June").
        if token.lower() in names_data.MONTHS and not (title or speech or possessive or surname or changed or aged):
            continue
        if names_data.is_short_month(text, start, end):
            continue
        if (before in _RATED or (token == "Amber" and _RAG.search(text, max(0, start - 60), end + 60))) and not (
                title or surname):
            continue  # "rated Amber", "Red in the autumn and Amber by spring": a red-amber-green rating
        if not any(tiers):
            # Not a known first name: only clear context makes it one ("Mrs Okafor", "and Kayden said").
            place = is_place is not None and is_place(token)
            # "when mummy and Gaz shout": a word no list has, joined to a family word, is a person too.
            kin_before = (before == "and" and t.word_before(before_start)[0] in names_data.FAMILY_WORDS
                          and (not after or after.lower().strip("'’") in SPEECH | _TOGETHER))
            # "McAllister", "O'Driscoll": a surname's own shape, which no English word has
            shaped = bool(_SURNAME_SHAPE.match(token)) and not place
            unknown = not place and not _is_word(index, token) and not names_data.is_dictionary_word(token.lower())
            speaks = speech and not (start_of_sentence and token.endswith("s"))  # "Adaeze told", not "Trainees said"
            cared = ((possessive and after.lower() in RELATIVES) or before in _CARED_FOR) and not start_of_sentence
            bracketed = bool(_IN_BRACKETS.match(tail)) and token.lower() not in names_data.NUMBERED_PARTS
            # "India, aged 14, tells", "Bilu is 9": an age belongs to a person, even one named like a place.
            of_age = (bool(OF_AGE.match(tail)) and not common and (unknown or place or index.is_surname(token))
                      and token.lower() not in names_data.NUMBERED_PARTS)
            flagged = (title or changed or shaped or of_age or ((family or told or bracketed) and not place)
                       or (unknown and (kin_before or speaks or cared)))
        elif not common:
            flagged = True
        else:
            # A word-name mid-sentence counts, unless it sits in a Title Case phrase ("Children and Young People").
            phrase = after[:1].isupper() or (before_start < start and text[before_start:before_start + 1].isupper()
                                              and not start_of_sentence and before not in TITLES)
            flagged = strong or not (start_of_sentence or phrase)
        if not flagged:
            continue
        span_end = end + 1 + len(after.rstrip("'’\"”")) if surname else end
        hits.append(pp.Hit(NAME, before_start if title else start, span_end))
    return hits
