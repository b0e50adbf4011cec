"""The anonymisation gate: find personal data in a case study before it is published.

``scan`` reads a whole Markdown file (front matter and body, headings, tables and quiz
scenarios alike) and returns one Finding per piece of possible personal data, with the line,
the matched text and its kind. The detectors live in small modules: pii_names (capitalised
names), pii_people (nicknames, relations), pii_lower (lower-case names), pii_initials,
pii_surnames, pii_notes (form fields), pii_capitals (words in capitals, read again in Title
Case), pii_patterns and pii_spoken (numbers and codes, written or said aloud), pii_dates,
pii_places and pii_venues (places named by their surroundings: a church by its street, a pub).

Only an explicit ``allow`` entry in the page's front matter accepts a finding, and only for
the names of services, organisations and places named as services: a phone number, email,
postcode, NHS or National Insurance number, date of birth, address, handle or vehicle
registration is never accepted.
"""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from . import gazetteer
from . import names as names_data
from . import (notpeople, pii_addresses, pii_capitals, pii_dates, pii_handles, pii_initials, pii_lower, pii_notes,
               pii_people, pii_places, pii_spoken, pii_surnames, pii_tables, pii_venues)
from . import pii_patterns as pp
from .findings import Finding
from .allowed import allowed_spans, inside, named_thing, untitled
from .pii_names import NAME, find_names, is_org_run
from .sentences import Text

__all__ = ["NAME", "Policy", "applies_to", "find_hits", "find_names", "quiz_text", "scan", "PRIVATE_KINDS"]

INITIALS = pp.INITIALS
_DATE_KINDS = (pp.DOB, pp.AGE_DATE)
CASE_STUDY_FOLDER = "case-studies/"
# Every kind this gate reports. Their text is never repeated on a public page.
PRIVATE_KINDS = frozenset({NAME, pp.INITIALS, pp.PHONE, pp.EMAIL, pp.POSTCODE, pp.NHS, pp.NI, pp.DOB, pp.AGE_DATE,
                           pp.ADDRESS, pp.HANDLE, pp.VEHICLE, pp.PLACE, pp.SCHOOL, pp.MEDICAL, pp.HOSPITAL,
                           pp.WORSHIP, pp.REFERENCE})


@dataclass(frozen=True)
class Policy:
    """What the partnership's configuration allows on every case study."""

    service_numbers: tuple[str, ...] = ()
    local_places: tuple[str, ...] = ()
    # Phrases that are never personal data here: the partnership's own names, glossary terms.
    always_allow: tuple[str, ...] = ()
    # Towns and villages in and around the area (gazetteer.for_partnership). None: the gazetteer's
    # places within 15 km of the local places.
    places: tuple[str, ...] | None = None
    # How messages name the area ("borough", "county", "city"): partnership.yml's area_type.
    area_type: str = "area"


def applies_to(src_uri: str, meta: dict) -> bool:
    """Every page in docs/case-studies/ and any page that says type: case-study."""
    return src_uri.startswith(CASE_STUDY_FOLDER) or meta.get("type") == "case-study"


_QUIZ = re.compile(r"<quiz>.*?</quiz>", re.S)


def quiz_text(text: str) -> str:
    """Only the page's quiz blocks, so that ``scan(path, quiz_text(text), ...)`` checks a training
    page's scenarios with the right lines. Everything else becomes its line breaks alone, with a
    block's own line blanked to spaces up to it: the gate's time grows with the text it reads."""
    out, pos = [], 0
    for m in _QUIZ.finditer(text):
        out.append(_blank(text[pos:m.start()]))
        out.append(m.group(0))
        pos = m.end()
    out.append(_blank(text[pos:]))
    return "".join(out)


def _blank(between: str) -> str:
    lines = between.count("\n")
    return "\n" * lines + " " * len(between.rsplit("\n", 1)[-1] if lines else between)


_PLACE_FIX = "Name the kind of place instead, for example 'a local primary school' or 'a community centre'."
FIXES = {
    NAME: "Replace the name with a role, for example 'the mother', 'the young person' or 'the family nurse'. "
          "A changed name or a nickname still counts: use a role instead.",
    pp.INITIALS: "In a small community a letter and a story can identify a child. Use a role instead, for "
                 "example 'the child', 'the younger brother' or 'the mother'.",
    pp.PHONE: "Remove the number. Only service numbers listed under service_numbers in partnership.yml may appear.",
    pp.EMAIL: "Remove the email address.",
    pp.POSTCODE: "Remove the postcode. Say 'in the {area}' instead.",
    pp.NHS: "Remove the NHS number.",
    pp.NI: "Remove the National Insurance number.",
    pp.REFERENCE: "Remove the case, crime or pupil number: it leads straight to one family's records.",
    pp.DOB: "Remove the date of birth. Say 'a young child' or 'a teenager' instead.",
    pp.AGE_DATE: "Remove the date or the exact age: together they give away a date of birth.",
    pp.ADDRESS: "Remove the address. Say 'the family home' instead.",
    pp.HANDLE: "Remove the username or handle. Say 'on social media' instead.",
    pp.VEHICLE: "Remove the registration number. Say 'a car' instead.",
    pp.SCHOOL: "Say 'a local primary school' or 'the high school' instead of the school's name.",
    pp.MEDICAL: "Say 'the GP practice' or 'the family's GP' instead of the practice's name.",
    pp.HOSPITAL: "Say 'the hospital' or 'a local hospital' instead of its name.",
    pp.WORSHIP: "Say 'a local church' or 'a place of worship' instead of its name.",
    pp.PLACE: _PLACE_FIX + " A town, village or ward near the {area} can identify a family: say 'in the {area}'.",
}
ALLOW_HINT = (" If this is the name of a service or organisation, not personal data, add it to the allow list in "
              "the front matter, for example allow: [\"{text}\"]; a reviewer will check it.")
NEVER_HINT = " This cannot be added to the allow list."


@lru_cache(maxsize=16)
def _default_places(local_places: tuple[str, ...]) -> tuple[str, ...]:
    return gazetteer.narrower(gazetteer.around(local_places)) if local_places else ()


def _prepare(text: str) -> str:
    """Same length as text; in the front matter, keys are blanked and list punctuation ends a 'sentence'."""
    match = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|$)", text, re.S)
    if not match:
        return text
    head = re.sub(r"(?m)^([ \t]*)([\w-]+)([ \t]*:)", lambda k: k.group(1) + " " * len(k.group(2)) + ".", match.group(1))
    head = re.sub(r"[\[\],{}]", ".", head)
    return text[:match.start(1)] + head + text[match.end(1):]


def _overlaps(kept: list[tuple[int, int]], start: int, end: int) -> bool:
    """kept is sorted and its intervals do not overlap one another."""
    i = bisect_left(kept, (start, start))
    return (i < len(kept) and kept[i][0] < end) or (i > 0 and kept[i - 1][1] > start)


def _dedupe(hits: list[pp.Hit]) -> list[pp.Hit]:
    """Overlaps removed, the longer match winning; a date finding may span a whole clause, so it
    does not hide a name or initials inside it. Sorted lists keep this n log n on a long page."""
    dates: list[tuple[int, int]] = []
    others: list[tuple[int, int]] = []
    kept: list[pp.Hit] = []
    for hit in sorted(set(hits), key=lambda h: (-(h.end - h.start), h.start, h.kind == NAME, h.kind)):
        if hit.end <= hit.start or _overlaps(others, hit.start, hit.end):
            continue
        if hit.kind not in (NAME, INITIALS) and _overlaps(dates, hit.start, hit.end):
            continue
        insort(dates if hit.kind in _DATE_KINDS else others, (hit.start, hit.end))
        kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


def find_hits(text: str, policy: Policy = Policy(), index: names_data.NameIndex | None = None) -> list[pp.Hit]:
    """Every possible piece of personal data, overlaps removed (the longer match wins)."""
    index = index or names_data.load()
    prepared = _prepare(text)
    t = Text(prepared)
    lowered = prepared.lower()
    sentences = pii_dates.Sentences(text)

    def org(end: int) -> bool:
        return is_org_run(index, t, end)

    def org_at(start: int) -> bool:
        m = re.match(r"[\w'’-]+", prepared[start:start + 40])
        return bool(m) and org(start + m.end())

    def word_before(start: int) -> str:
        return t.word_before(start)[0]

    hits = find_names(prepared, index, t, gazetteer.is_known_place)
    abbreviations = frozenset(str(a) for a in policy.always_allow)
    hits += pii_initials.initials(prepared, abbreviations) + pii_people.nicknames(prepared, index, org_at)
    hits += pii_surnames.families(prepared, index) + pii_surnames.unlisted_first_names(
        prepared, index, org, gazetteer.is_known_place, names_data.is_dictionary_word)
    hits += pii_people.relations_named(prepared, index, org, gazetteer.is_known_place)
    hits += pii_lower.lower_case_names(prepared, index) + pii_surnames.surnames_alone(
        prepared, index, org, word_before, gazetteer.is_known_place, names_data.is_dictionary_word)
    hits += pp.phones(text, policy.service_numbers) + pp.emails(text) + pp.postcodes(text) + pp.postcode_districts(text)
    hits += pp.nhs_numbers(text) + pp.ni_numbers(text) + pp.references(text, policy.service_numbers)
    hits += pii_handles.handles(text, index.is_word, names_data.is_dictionary_word)
    hits += pii_spoken.spoken_numbers(text, policy.service_numbers, lambda word: bool(index.tier(word.capitalize())))
    hits += pp.vehicle_registrations(text, index.is_word) + pii_notes.names_in_notes(
        prepared, index, frozenset(a.lower() for a in abbreviations))
    hits += pii_dates.dates_of_birth(text, sentences) + pii_dates.ages_with_dates(text, sentences) + pii_tables.names_in_columns(
        prepared, lambda w: bool(index.tier(w)) or not names_data.is_dictionary_word(w.lower()))
    hits += pii_addresses.addresses(text) + pii_places.named_places(
        prepared, t.is_sentence_start, index.is_word, gazetteer.is_known_place, gazetteer.is_country,
        names_data.is_dictionary_word)
    nearby = policy.places if policy.places is not None else _default_places(tuple(policy.local_places))
    listed = {" ".join(str(p).lower().replace("-", " ").split()) for p in (*policy.local_places, *nearby)}
    hits += pii_venues.venues(prepared, index.is_common_word, names_data.is_dictionary_word,
                              lambda name: gazetteer.is_known_place(name) or name.lower() in listed, org_at)
    hits += pii_places.listed_places(prepared, policy.local_places, t.is_sentence_start, index.is_word, lowered,
                                     index.is_common_word)
    services = allowed_spans(prepared, notpeople.NAMED_NOT_PEOPLE, lowered)
    cited = notpeople.citations(prepared)
    hits += [h for h in pii_places.listed_places(prepared, nearby, t.is_sentence_start, index.is_word, lowered,
                                                 index.is_common_word)
             if not org(h.end) and not (re.match(r"['’]s\b", prepared[h.end:h.end + 2]) and org(h.end + 2))]
    hits = [h for h in hits if not (services and (named_thing(prepared, services, h)
                                                  or named_thing(prepared, services, untitled(prepared, h))))
            and not (h.kind == NAME and (notpeople.not_a_person(prepared, h.start, h.end)
                                         or notpeople.by_author(prepared, h.start, h.end, cited)))]
    copy = pii_capitals.title_cased(prepared, abbreviations)
    if copy:  # the copy has no word in capitals left to change, so this reads it once
        hits += pii_capitals.found_in_capitals(text, copy, find_hits(copy.text, policy, index), index)
    kept = _dedupe(hits)
    always = allowed_spans(prepared, [str(a) for a in policy.always_allow], lowered)
    names = [h for h in kept if h.kind == NAME and not (always and inside(always, h))]
    return _dedupe(kept + _same_name_again(prepared, names) + _names_in_links(prepared, policy, index))


# A link's address is published too, in the page and on hover: "example.org/profile/oluwaseun-adeyemi".
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>()\[\]\"']+")


def _names_in_links(text: str, policy: Policy, index: names_data.NameIndex) -> list[pp.Hit]:
    """The words of each address's path read as a sentence, as a case study's file name is
    (scan_file_name): a name among them makes the whole address a finding."""
    hits = []
    for m in _URL.finditer(text):
        address = re.sub(r"^https?://", "", m.group(0))
        path = address.split("/", 1)[1] if "/" in address else ""  # the host is a service's, not a person's
        words = " ".join(re.split(r"[/_.\-+=?&#%\d]+", path)).strip()
        if words and any(h.kind == NAME for h in find_hits(words, policy, index)):
            hits.append(pp.Hit(NAME, m.start(), m.end()))
    return hits


def _same_name_again(text: str, hits: list[pp.Hit]) -> list[pp.Hit]:
    """Once a word is a person's name on the page, it is one wherever it stands there, even where its
    own sentence gives no clue ("'Will says I'm brave but Will doesn't know'"): one pass for them all."""
    names = {text[h.start:h.end] for h in hits if h.kind == NAME and _ONE_NAME.fullmatch(text[h.start:h.end])}
    if not names:
        return []
    again = re.compile(r"(?<![\w-])(?<!\w['’])(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                       + r")(?![\w'’-])")
    return [pp.Hit(NAME, m.start(), m.end()) for m in again.finditer(text)]


_ONE_NAME = re.compile(r"[A-Z][\w'’-]+")


def _message(kind: str, found: str, area: str, where: str) -> tuple[str, str]:
    fix = FIXES.get(kind, "Remove it.").replace("{area}", area)
    fix += NEVER_HINT if kind in pp.NEVER_ALLOWED else ALLOW_HINT.format(text=found)
    return f"Possible {kind} in {where}: '{found}'.", fix


def scan(path: str, text: str, policy: Policy = Policy(), allow: Iterable[str] = (),
         index: names_data.NameIndex | None = None, where: str = "a case study") -> list[Finding]:
    """Findings for one file: errors for personal data, notices for allow entries that match nothing.
    where: what the text is, for the message ("a case study", "a quiz scenario")."""
    allow = [str(a) for a in allow or ()]
    lowered = text.lower()
    spans = allowed_spans(text, list(policy.always_allow) + allow, lowered)
    allowed_lower = {a.lower() for a in allow}
    newlines = [m.start() for m in re.finditer("\n", text)]  # line numbers by bisection, not a count per hit
    findings: list[Finding] = []
    hiding: set[str] = set()
    for hit in find_hits(text, policy, index):
        if hit.kind not in pp.NEVER_ALLOWED and spans:
            holding = inside(spans, hit)
            if holding:
                hiding.update(s[2].lower() for s in holding if s[2].lower() in allowed_lower)
                continue
        found = " ".join(text[hit.start:hit.end].split())
        message, fix = _message(hit.kind, found, policy.area_type, where)
        findings.append(Finding(path, bisect_left(newlines, hit.start) + 1, message, fix, "error", hit.kind, found))
    for entry in allow:
        if entry.strip().lower() not in hiding:
            findings.append(Finding(
                path, None, f"The allow list entry '{entry}' does not hide anything on this page.",
                "Remove it from allow: in the front matter, so the list only holds what a reviewer needs to check. "
                "The allow list only accepts the names of services and organisations.",
                "notice", "unused allow entry", entry))
    return findings


def scan_file_name(path: str, src_uri: str, policy: Policy = Policy(),
                   index: names_data.NameIndex | None = None) -> list[Finding]:
    """A case study's file name becomes its web address, in every link, the sitemap and the search
    index: "kayleigh-brennan-thatto-heath.md" publishes a name and a place as surely as its text."""
    words = src_uri.rsplit("/", 1)[-1].removesuffix(".md").replace("-", " ").replace("_", " ")
    return [Finding(path, None, f.message.replace(" in a case study: ", " in the file name, which becomes the page's "
                                                  "web address: "),
                    "Rename the file with words that say what the case is about and name nobody, for example "
                    "'housing-and-school-attendance.md', and change any link to it.", "error", f.kind, f.text)
            for f in scan(path, words, policy, (), index) if f.severity == "error"]
