"""Dates of birth and exact ages with a date, in figures or in words.

"born on 3 March 2010", "his birthday is the twenty-third of March", "turned eleven on Boxing
Day 2023": each gives away a date of birth. Sentence bounds are found once for the whole text and
looked up by bisection, so a page is read in one pass however many dates it holds.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from .names import FAMILY_WORDS
from .pii_patterns import AGE_DATE, DOB, NUMBER_WORDS, Hit
from .pii_tables import column_cells

# "may" in lower case is a month only after an ordinal or "of", or before a year ("9th may", "3 may 2012"):
# "a 14-year-old in Year 9 may still need" is no date.
_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|(?-i:May|MAY)|(?-i:may)(?:(?<=\dst may)|(?<=\dnd may)"
          r"|(?<=\drd may)|(?<=\dth may)|(?<=of may)|(?=,?\s+(?:19|20)\d\d\b))"
          r"|June?|July?|Aug(?:ust)?"
          r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
          # and in Welsh, capitalised ("3 Mawrth 2016"); "Mai" and "Medi" are names too, so only beside a day
          r"|(?-i:Ionawr|Chwefror|Mawrth|Ebrill|Mehefin|Gorffennaf|Awst|Hydref|Tachwedd|Rhagfyr)"
          r"|(?-i:Mai(?<=\d Mai)|Medi(?<=\d Medi)))\.?")
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_UNITS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
_ORDINAL = (rf"(?:(?:twenty|thirty)[- ]?(?:{_UNITS})|thirtieth|twentieth|tenth|eleventh|twelfth|thirteenth"
            rf"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|{_UNITS})")
_YEAR_TAIL = r"(?:,?\s+(?:(?:in|of)\s+)?(?:19|20)\d\d)?"
_HOLIDAY = (r"(?:Boxing Day|Christmas (?:Day|Eve)|New Year'?s? (?:Day|Eve)|Valentine'?s Day|Hallowe'?en"
            r"|Bonfire Night|Guy Fawkes Night|Easter (?:Sunday|Monday|Day)|St\.? Patrick'?s Day|Mother'?s Day"
            r"|Father'?s Day|Christmas)")
_DATE = re.compile(
    rf"\b(?:(?:the\s+)?(?:{_DAY}|{_ORDINAL})\s+(?:of\s+)?{_MONTH}{_YEAR_TAIL}"    # 3 March 2010, the fourth of May
    rf"|{_MONTH}\s+(?:the\s+)?(?:{_DAY}|{_ORDINAL})(?![\d]){_YEAR_TAIL}"         # March 3rd, May the fourth
    rf"|{_MONTH}\s+(?:19|20)\d\d"                                                 # March 2010
    rf"|{_DAY}[-/.]{_MONTH}[-/.](?:19|20)?\d\d"                                    # 17-Aug-1989
    rf"|{_HOLIDAY}{_YEAR_TAIL}"                                                   # Boxing Day 2023
    r"|\d{1,2}(?P<sep>[/.-])\d{1,2}(?P=sep)(?:19|20)?\d\d"                       # 03/03/2010, 3.3.10, 3-3-10
    r"|(?:the\s+)?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+the\s+(?:1[0-2]|0?[1-9])(?:st|nd|rd|th)"  # the 3rd of
    r"(?:,?\s+(?:19|20)\d\d)?"                                                      # the 11th, 2016
    r"|(?:19|20)\d\d(?P<ysep>[-/.])[01]?\d(?P=ysep)[0-3]?\d)\b", re.I)                    # 2008-04-11, 2008/04/11
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DOB_WORD = re.compile(r"\b(?:DOB|D\.O\.B\.?|date of birth|born|birthday|birth date|b['’-]?day)\b"
                       r"|(?<![\w.])b\.(?=[ \t]*\d{1,2}[/.-]\d)|(?<=\()b\.(?=[ \t]*(?:19|20)\d\d\))"  # "b. 12/06/21", "(b. 1991)"
                       rf"|(?<![\w.])b\.(?=[ \t]*(?:\d{{1,2}}(?:st|nd|rd|th)?[ \t]+{_MONTH}|{_MONTH}[ \t]+\d))", re.I)  # "b. 30 Jan 2019"
_NUMBER_WORD = r"(?:" + "|".join(NUMBER_WORDS) + r"|\d{1,2})"
# An exact age, not a range such as "aged 0 to 15" or "aged 10-11".
_AGE_N = rf"{_NUMBER_WORD}\b(?!\s*(?:-|–|to|and)\s*(?:\d|{_NUMBER_WORD}\b))"
# "Mum was 16 when", "the boy is 12": a person, then a number, is an age ("there were 12 in May" is not).
_PERSON = "(?:" + "|".join(sorted(FAMILY_WORDS | set("""who he she they mother father brother sister son daughter
    stepfather stepmother partner boyfriend girlfriend baby child boy girl cousin carer""".split()), key=len,
                                  reverse=True)) + ")"
_AGE = re.compile(
    rf"\b(?:aged?\s+{_AGE_N}|{_NUMBER_WORD}[- ](?:years?|yrs?|months?|weeks?)[- ]old\b|turned\s+{_AGE_N}"
    rf"|\d{{1,2}}[ ]?(?:y/o|y\.o\.|yo)(?![\w/])"                                   # "15 y/o", "15yo"
    rf"|{_PERSON}\s+(?:is|was|were)\s+{_AGE_N}(?![ -](?:minutes?|hours?|days?|miles?|%))"
    rf"|at\s+the\s+age\s+of\s+{_AGE_N}"
    rf"|age(?:\s+(?:at|on)\s+[a-z]+)?\s*[:=–-]\s*{_AGE_N}"                       # "Age at referral: 11"
    rf"|(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL})\s+birthday)", re.I)
# "will be five on 12 September 2024", "was thirteen on Boxing Day": a number after a verb of being or
# becoming, then a day of the year. The day is needed: "there were five in May 2020" counts referrals.
_DAY_DATE = (rf"(?:the\s+)?(?:{_DAY}|{_ORDINAL})\s+(?:of\s+)?{_MONTH}|{_MONTH}\s+(?:the\s+)?(?:{_DAY}|{_ORDINAL})(?!\d)"
             rf"|{_HOLIDAY}|\d{{1,2}}[/.]\d{{1,2}}[/.]")
# "boy aged 4 (5 on 21/10)": the next birthday in brackets.
_NEXT_AGE = re.compile(rf"\((?:\d{{1,2}}|{_NUMBER_WORD})\s+(?:on|by)\s+(?:{_DAY_DATE}|\d{{1,2}}/\d{{1,2}})[^)]{{0,12}}\)", re.I)
# "is 19, 20 on 14 Feb": the age now, then the next one on its day; "15 as at 01/09/2023": an age on a date.
_AGE_ON = re.compile(rf"(?:\b(?:be|is|was|were|turns?|turning|becomes?|became|reach(?:es|ed)?)|\b(?i:he|she)['’]?s|\b(?:is|was|aged?)\s+\d{{1,2}},)\s+(?:only\s+"
                     rf"|just\s+|nearly\s+|almost\s+)?{_NUMBER_WORD}\s+(?:(?:years?|months?|weeks?)(?:\s+old)?\s+)?(?:on|by|as\s+(?:at|of|on))\s+"
                     rf"(?={_DAY_DATE}|\d{{1,2}}/\d{{1,2}}\b)", re.I)
# "will be 18 in October 2025, on the 21st", "was 2 last tuesday (4th june 2024)": an age after a verb of
# being, then within a few words a day of the year. A month alone is not enough ("were 12 in March 2021").
_AGE_NEAR = re.compile(rf"\b(?:be|is|was|turns?|turned|turning|becomes?|became)\s+(?:only\s+|just\s+|nearly\s+"
                       rf"|almost\s+)?{_NUMBER_WORD}\s+(?:years?\s+old\s+)?(?!in\s+the\s+(?:morning|afternoon|evening)|at\s+night)"
                       rf"(?=(?:on|by|in|last|next|this|the)\b)", re.I)
# "she's 13 on 14/7": a day and a month in figures, no year.
_DAY_MONTH = re.compile(r"\d{1,2}/\d{1,2}\b(?!/)")
# "she is 31 today (07/03)": an age today, and today's date.
_AGE_TODAY = re.compile(rf"\b(?:is|turns?|turned)\s+{_NUMBER_WORD}\s+today\b[^.!?\n]{{0,15}}?"
                        rf"(?:{_DAY_DATE}|\d{{1,2}}/\d{{1,2}}\b)", re.I)
# "turned 2 at the end of January": a birthday's month is most of a date of birth.
_TURNED_IN = re.compile(rf"\b(?:turned|turns|turning)\s+{_NUMBER_WORD}\b(?![ -](?:minutes?|hours?|days?|miles?|%))"
                        rf"[^.!?\n|]{{0,30}}?\b{_MONTH}(?![\w])", re.I)
_NEAR_DAY = re.compile(rf"[^.!?\n]{{0,30}}?(?:{_DAY_DATE}|{_MONTH}\s+(?:19|20)\d\d,?\s+(?:on\s+)?the\s+{_DAY}\b)", re.I)
# A sentence also ends at a table cell, a blank line, or a new list item or heading.
# A full stop after a single letter is an abbreviation or an initial ("d.o.b. 3.3.10", "J.B. said"), not an end.
_SENTENCE_END = re.compile(r"(?<![\s.(]\w)(?<!^\w)[.!?](?:\s|$)|\n\s*\n|\||\n(?=[ \t]*(?:[-*+][ \t]|\d+[.)][ \t]|#|>))")


_REACH = 250  # characters either side of an age to look for its date


class Sentences:
    """Where each sentence starts and ends, computed once per text."""

    def __init__(self, text: str):
        self.text = text
        found = list(_SENTENCE_END.finditer(text))
        self.ends = [m.start() for m in found]
        self.starts = [m.end() for m in found]

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos)      # sentence ends that finish at or before pos
        j = bisect_left(self.ends, pos)         # the first sentence end at or after pos
        return (self.starts[i - 1] if i else 0), (self.ends[j] + 1 if j < len(self.ends) else len(self.text))


def dates_of_birth(text: str, sentences: Sentences | None = None) -> list[Hit]:
    """'born on 3 March 2010', 'DOB 03/03/2010', 'her birthday is the third of March'."""
    sentences = sentences or Sentences(text)
    hits = []
    for m in _DOB_WORD.finditer(text):
        lo, hi = sentences.bounds(m.start())
        after_end = min(hi, m.end() + 50)
        date = _DATE.search(text, m.end(), after_end)
        if date is None and m.group(0).lower() in ("born", "b."):
            date = _YEAR.search(text, m.end(), after_end)
        if date is None and text[hi - 1:hi] == "|":  # "| Date of birth | 05/01/2011 |": the next cell
            date = _DATE.search(text, hi, _cell_end(text, hi)) or _YEAR.search(text, hi, _cell_end(text, hi))
        if date:
            hits.append(Hit(DOB, m.start(), date.end()))
            continue
        before = list(_DATE.finditer(text, max(lo, m.start() - 35), m.start()))
        if before:
            hits.append(Hit(DOB, before[-1].start(), m.end()))
    return hits + _dob_columns(text)


def _cell_end(text: str, start: int) -> int:
    ends = [i for i in (text.find("|", start), text.find("\n", start)) if i >= 0]
    return min(ends) if ends else len(text)


def _dob_columns(text: str) -> list[Hit]:
    """A table with a "DOB" or "Date of birth" column: every date in that column is one."""
    def pick(heads: list[str]) -> set[int]:
        return {i for i, h in enumerate(heads) if _DOB_WORD.search(h) and not _DATE.search(h)}

    hits = []
    for start, _, cell in column_cells(text, pick):
        date = _DATE.search(cell) or _YEAR.search(cell)
        if date:
            hits.append(Hit(DOB, start + date.start(), start + date.end()))
    return hits


_AGE_HEAD = re.compile(r"(?i)\s*age(?:\s+(?:now|at\s+\w+))?\s*")
_AGE_CELL = re.compile(rf"\s*(?:{_NUMBER_WORD})\b")


def _age_columns(text: str) -> list[Hit]:
    """"| Age |" then "| 6 (as at 01/09/2024) |": an age and a date in one cell of an age column."""
    cells = column_cells(text, lambda heads: {i for i, h in enumerate(heads) if _AGE_HEAD.fullmatch(h)})
    return [Hit(AGE_DATE, start + len(cell) - len(cell.lstrip()), start + len(cell.rstrip()))
            for start, _, cell in cells if _AGE_CELL.match(cell) and _DATE.search(cell)]


def ages_with_dates(text: str, sentences: Sentences | None = None) -> list[Hit]:
    """An exact age in the same sentence as a date gives away a date of birth."""
    sentences = sentences or Sentences(text)
    hits = []
    for m in _AGE.finditer(text):
        lo, hi = sentences.bounds(m.start())
        # A table row is one record ("| 12/02/2022 | Child aged 9 |"): its cells are one sentence here.
        # Only _REACH either side is looked at, so a page of one long line stays linear.
        row_lo = text.rfind("\n", max(0, m.start() - _REACH), m.start()) + 1 or max(0, m.start() - _REACH)
        row_hi = text.find("\n", m.end(), m.end() + _REACH)
        row_hi = min(len(text), m.end() + _REACH) if row_hi < 0 else row_hi
        if text[row_lo:row_hi].count("|") >= 2:
            lo, hi = row_lo, row_hi
        # Within the sentence, and near enough that a run-on line cannot make the search quadratic.
        date = _DATE.search(text, max(lo, m.start() - _REACH), min(hi, m.end() + _REACH))
        if date:
            hits.append(Hit(AGE_DATE, min(m.start(), date.start()), max(m.end(), date.end())))
    for m in _AGE_NEAR.finditer(text):
        near = _NEAR_DAY.match(text, m.end())
        date = near and _DATE.search(text, m.end(), near.end() + 20)
        if near and date:
            hits.append(Hit(AGE_DATE, m.start(), max(near.end(), date.end())))
    hits += [Hit(AGE_DATE, m.start(), m.end()) for m in (*_TURNED_IN.finditer(text), *_NEXT_AGE.finditer(text),
                                                          *_AGE_TODAY.finditer(text))] + _age_columns(text)
    for m in _AGE_ON.finditer(text):
        date = _DATE.match(text, m.end()) or _DAY_MONTH.match(text, m.end())
        if date:
            hits.append(Hit(AGE_DATE, m.start(), date.end()))
    return hits
