"""The glossary: parse the abbreviations file once, render it as a page."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .findings import Finding

_DEFINITION = re.compile(r"^\*\[(?P<abbr>[^\]]+)\]:\s*(?P<text>.+?)\s*$")


@dataclass(frozen=True)
class Term:
    abbr: str
    expansion: str
    line: int


def parse(path: str, text: str) -> tuple[list[Term], list[Finding]]:
    terms: list[Term] = []
    findings: list[Finding] = []
    seen: dict[str, int] = {}
    in_comment = False
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if in_comment or stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        if not stripped:
            continue
        match = _DEFINITION.match(stripped)
        if not match:
            findings.append(Finding(path, number, f"This line is not a glossary entry: '{stripped}'.",
                                    "Write each entry as *[ABBR]: What it stands for"))
            continue
        abbr = match.group("abbr")
        if abbr in seen:
            findings.append(Finding(path, number, f"'{abbr}' is already defined on line {seen[abbr]}.",
                                    "Keep one entry per abbreviation: delete one of them."))
            continue
        seen[abbr] = number
        terms.append(Term(abbr, match.group("text"), number))
    return terms, findings


def render_table(terms: list[Term]) -> str:
    """A Markdown table; each term gets an anchor so pages can link to it."""
    rows = ["| Abbreviation | What it means |", "| --- | --- |"]
    for term in sorted(terms, key=lambda t: t.abbr.casefold()):
        anchor = slug(term.abbr)
        rows.append(f"| <span id=\"{anchor}\"></span>**{html.escape(term.abbr)}** | {html.escape(term.expansion)} |")
    return "\n".join(rows)


def slug(abbr: str) -> str:
    return "term-" + re.sub(r"[^a-z0-9]+", "-", abbr.lower()).strip("-")
