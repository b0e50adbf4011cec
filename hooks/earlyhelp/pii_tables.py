"""Columns of a Markdown table: a table of family members says what each cell is by its heading
("| Name | DOB |", "| Child | Age |"), so a word-name there ("Summer", "Grace") is a name, and a date
under "DOB" is a date of birth, whatever the cell's own words say."""

from __future__ import annotations

import re
from typing import Callable, Iterator

from .mdtext import TABLE_RULE
from .names import FAMILY_WORDS
from .pii_names import NAME
from .pii_patterns import Hit

_ROW = re.compile(r"^[ \t]*\|.*\|[ \t]*$", re.M)
_CELL = re.compile(r"[^|]+")


def column_cells(text: str, pick: Callable[[list[str]], set[int]]) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of each cell below a heading that ``pick`` chooses from a heading row's
    cells: the row above a rule, or a first row that ``pick`` accepts ("| Pupil | DOB |" then rows)."""
    columns, previous = None, None
    for row in _ROW.finditer(text):
        line = row.group(0)
        cells = [c for c in _CELL.finditer(line) if c.group(0).strip()]
        adjacent = previous is not None and previous.end() + 1 == row.start()
        if TABLE_RULE.match(line) and adjacent:
            columns = pick([c.group(0) for c in _CELL.finditer(previous.group(0)) if c.group(0).strip()])
        elif columns and adjacent:
            for i in sorted(columns & set(range(len(cells)))):
                yield row.start() + cells[i].start(), row.start() + cells[i].end(), cells[i].group(0)
        else:
            columns = pick([c.group(0) for c in cells])
        previous = row


_WHO = re.compile(r"(?i)\s*(?:child(?:['’]s)?(?: name)?|children|first name|forename|surname|full name|young person"
                  r"|pupil|sibling|parent|carer|mother|father|family member|household member)s?\s*")
_NAME_HEAD = re.compile(r"(?i)\s*names?\s*")
# A "Name" column is a person's when the table also gives what only a person has.
_PERSONAL = re.compile(r"(?i)\b(?:dob|d\.o\.b|date of birth|born|age|relationship|gender|sex|year group|school year"
                       r"|ethnicity|nhs)\b")
_A_NAME = re.compile(r"[ \t]*([A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+){0,2})[ \t]*")
_NOT_NAMES = FAMILY_WORDS | frozenset("""mother father brother sister son daughter baby unborn child partner
    stepson stepdaughter eldest oldest youngest middle older younger twin none unknown tbc redacted withheld n/a
    na""".split())


def _name_columns(heads: list[str]) -> set[int]:
    personal = any(_PERSONAL.search(h) for h in heads)
    return {i for i, h in enumerate(heads) if _WHO.fullmatch(h) or (personal and _NAME_HEAD.fullmatch(h))}


def names_in_columns(text: str, could_be_name: Callable[[str], bool]) -> list[Hit]:
    """A capitalised name alone in a column of people: "| Summer | 02/08/2014 | Daughter |".
    could_be_name: a first name, or no dictionary word ("Summer", "Kaydence"; not "Eldest")."""
    hits = []
    for start, _, cell in column_cells(text, _name_columns):
        m = _A_NAME.fullmatch(cell)
        if m and m.group(1).split()[0].lower() not in _NOT_NAMES and any(map(could_be_name, m.group(1).split())):
            hits.append(Hit(NAME, start + m.start(1), start + m.end(1)))
    return hits
