"""The anonymisation gate: find personal data in a case study before it is published.

``scan`` reads a whole Markdown file (front matter and body) and returns one
Finding per piece of possible personal data, with the line, the matched text and
its kind. Personal names are found with the first-name data in names.py plus
context, because many names are also English words ("Will", "Hope", "Grace"):

* a name that is not an ordinary word counts wherever it is written with a capital;
* a name that is also a word counts mid-sentence, or at the start of a sentence
  when context says it is a person: a title ("Mrs"), a surname, "said", a
  possessive, an age, or "(name changed)";
* a capitalised run that ends in a word like Team, Service or Centre is an
  organisation or a place, not a person ("Young People's Drug and Alcohol Team").

Only an explicit ``allow`` entry in the page's front matter accepts a finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable

from . import names as names_data
from . import pii_patterns as pp
from .findings import Finding, line_of
from .sentences import WORD_AFTER as _WORD_AFTER
from .sentences import Text

NAME = "personal name"
_DATE_KINDS = (pp.DOB, pp.AGE_DATE)
CASE_STUDY_FOLDER = "case-studies/"

_TOKEN = re.compile(r"(?<![\w/@.'’-])((?:O['’]|Mc|Mac)?[A-Z][a-zà-öø-ÿ]+(?:-[A-Z][a-zà-öø-ÿ]+)?)(?![\w@]|-[a-z])")
_POSSESSIVE = re.compile(r"['’]s?\b")
_CHANGED = re.compile(r"\s*[(,–—-]\s*(?:name changed|names? (?:has|have) been changed|not (?:his|her|their|my) real name"
                      r"|pseudonym|not real name)", re.I)
_AGED = re.compile(r"\s*(?:,\s*(?:aged?\s+)?\d{1,2}\b(?!\s*%)|\(\s*(?:aged?\s+)?\d{1,2}\s*\)|,?\s+(?:who\s+)?(?:is|was)\s+\d{1,2}\b)", re.I)
_FAMILY_AFTER = re.compile(r"[ \t]+(?:family|household|children|siblings|twins|brothers|sisters)\b")

TITLES = frozenset("""
    mr mrs ms miss mx dr doctor sir dame lady lord rev revd reverend cllr councillor father pc dc ds sgt sergeant
    inspector professor prof auntie aunty aunt uncle nana nan nanna grandma grandad granny grandpa baby
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
    road lane avenue close crescent drive
""".split())


@dataclass(frozen=True)
class Policy:
    """What the partnership's configuration allows on every case study."""

    service_numbers: tuple[str, ...] = ()
    local_places: tuple[str, ...] = ()
    # Phrases that are never personal data here: the partnership's own names, glossary terms.
    always_allow: tuple[str, ...] = ()


def applies_to(src_uri: str, meta: dict) -> bool:
    """Every page in docs/case-studies/ and any page that says type: case-study."""
    return src_uri.startswith(CASE_STUDY_FOLDER) or meta.get("type") == "case-study"


FIXES = {
    NAME: "Replace the name with a role, for example 'the mother', 'the young person' or 'the family nurse'. "
          "A changed name still counts: use a role instead.",
    pp.PHONE: "Remove the number. Only service numbers listed under service_numbers in partnership.yml may appear.",
    pp.EMAIL: "Remove the email address.",
    pp.POSTCODE: "Remove the postcode. Say 'in the borough' instead.",
    pp.NHS: "Remove the NHS number.",
    pp.NI: "Remove the National Insurance number.",
    pp.DOB: "Remove the date of birth. Say 'a young child' or 'a teenager' instead.",
    pp.AGE_DATE: "Remove the date or the exact age: together they give away a date of birth.",
    pp.ADDRESS: "Remove the address. Say 'the family home' instead.",
    pp.PLACE: "Name the kind of place instead, for example 'a local primary school' or 'a community centre'.",
}
ALLOW_HINT = (" If this is not personal data (for example the name of a service), add it to the allow list in the "
              "front matter, for example allow: [\"{text}\"]; a reviewer will check it.")


def _is_org_run(index: names_data.NameIndex, t: Text, end: int) -> bool:
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
        elif word.lower() in ORG_WORDS:
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


def find_names(text: str, index: names_data.NameIndex | None = None) -> list[pp.Hit]:
    index = index or names_data.load()
    t = Text(text)
    hits: list[pp.Hit] = []
    for m in _TOKEN.finditer(text):
        token, start, end = m.group(1), m.start(1), m.end(1)
        before, before_start = t.word_before(start)
        if before in ("st", "saint") or _is_org_run(index, t, end):
            continue
        after = t.word_after(end)
        tail = text[end:end + 60]
        title = (before in TITLES and after.lower() not in ORG_WORDS
                 and (not text[start - 2:start - 1] == "." or before in _DOTTED_TITLES))
        title_line = t.is_title_case_line(start)
        surname = (not title_line and _is_surname(index, after)
                   and not _is_org_run(index, t, end + len(after) + 1))
        family = before in DETERMINERS and bool(_FAMILY_AFTER.match(text, end)) and not _is_word(index, token)
        if before in DETERMINERS and not family:
            continue
        parts = [p for p in token.split("-") if p]
        tiers = [index.tier(p) for p in parts]
        common = all(index.is_common_word(p) for p in parts)
        start_of_sentence = title_line or t.is_sentence_start(start)
        possessive = bool(_POSSESSIVE.match(text, end))
        speech = after.lower() in SPEECH
        changed = bool(_CHANGED.match(tail))
        aged = bool(_AGED.match(tail))
        strong = title or speech or possessive or changed or aged or surname
        if token.lower() in names_data.MONTHS:
            month = re.match(r"[ \t]+\d", tail) or before in ("in", "since", "until", "by", "from", "during", "of",
                                                             "last", "next", "early", "late", "mid", "end") \
                or re.search(r"\d[ \t]*(?:st|nd|rd|th)?[ \t]*$", text[max(0, start - 6):start])
            if month and not (title or speech or possessive):
                continue
        if not any(tiers):
            # Not a known first name: only clear context makes it one ("Mrs Okafor", "and Kayden said").
            flagged = (title or changed or family
                       or ((speech or (possessive and after.lower() in RELATIVES))
                           and not start_of_sentence and not _is_word(index, token)))
        elif not common:
            flagged = True
        else:
            # A word-name mid-sentence counts, unless it sits in a Title Case phrase ("Children and Young People").
            phrase = after[:1].isupper() or (before_start < start and text[before_start:before_start + 1].isupper()
                                              and not start_of_sentence and before not in TITLES)
            flagged = strong or not (start_of_sentence or phrase)
        if not flagged:
            continue
        span_end = end + 1 + len(after) if surname else end
        hits.append(pp.Hit(NAME, before_start if title else start, span_end))
    return hits


def _prepare(text: str) -> str:
    """Same length as text; in the front matter, keys are blanked and list punctuation ends a 'sentence'."""
    match = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text, re.S)
    if not match:
        return text
    head = re.sub(r"(?m)^([ \t]*)([\w-]+)([ \t]*:)", lambda k: k.group(1) + " " * len(k.group(2)) + ".", match.group(1))
    head = re.sub(r"[\[\],{}]", ".", head)
    return text[:match.start(1)] + head + text[match.end(1):]


def _allowed_spans(text: str, phrases: Iterable[str]) -> tuple[list[tuple[int, int]], set[str]]:
    spans, used = [], set()
    lowered = text.lower()
    for phrase in phrases:
        phrase = str(phrase).strip()
        if not phrase or phrase.lower() not in lowered:  # most phrases are absent: skip the regex
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(phrase)}(?![\w])", text, re.I):
            spans.append((m.start(), m.end()))
            used.add(phrase)
    return spans, used


def find_hits(text: str, policy: Policy = Policy(), index: names_data.NameIndex | None = None) -> list[pp.Hit]:
    """Every possible piece of personal data, overlaps removed (the longer match wins)."""
    index = index or names_data.load()
    prepared = _prepare(text)
    t = Text(prepared)
    hits = find_names(prepared, index)
    hits += pp.phones(text, policy.service_numbers) + pp.emails(text) + pp.postcodes(text)
    hits += pp.nhs_numbers(text) + pp.ni_numbers(text) + pp.dates_of_birth(text) + pp.ages_with_dates(text)
    hits += pp.addresses(text) + pp.named_places(prepared, policy.local_places, t.is_sentence_start, index.is_common_word)
    kept: list[pp.Hit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        # A date finding may span a whole clause: it does not hide a name inside it.
        rivals = [k for k in kept if not (hit.kind == NAME and k.kind in _DATE_KINDS)]
        if all(hit.end <= k.start or hit.start >= k.end for k in rivals):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def scan(path: str, text: str, policy: Policy = Policy(), allow: Iterable[str] = (),
         index: names_data.NameIndex | None = None) -> list[Finding]:
    """Findings for one file: errors for personal data, notices for allow entries that match nothing."""
    allow = [str(a) for a in allow or ()]
    always, _ = _allowed_spans(text, policy.always_allow)
    allowed, _ = _allowed_spans(text, allow)
    # An allow entry is "used" only if it hides a hit; it always appears once, in the front matter itself.
    spans = always + allowed
    findings: list[Finding] = []
    hiding: set[str] = set()
    for hit in find_hits(text, policy, index):
        inside = [s for s in spans if s[0] <= hit.start and hit.end <= s[1]]
        if inside:
            hiding.update(a for a in allow if any(text[s[0]:s[1]].lower() == a.lower() for s in inside))
            continue
        found = " ".join(text[hit.start:hit.end].split())
        fix = FIXES.get(hit.kind, "Remove it.") + ALLOW_HINT.format(text=found)
        findings.append(Finding(path, line_of(text, hit.start), f"Possible {hit.kind} in a case study: '{found}'.",
                                fix, "error", hit.kind, found))
    for entry in allow:
        if entry not in hiding:
            findings.append(Finding(
                path, 0, f"The allow list entry '{entry}' does not hide anything on this page.",
                "Remove it from allow: in the front matter, so the list only holds what a reviewer needs to check.",
                "notice", "unused allow entry", entry))
    return findings
