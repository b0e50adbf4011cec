"""The reader-visible words of a Markdown page, with line numbers kept.

``visible`` blanks out what a reader never sees as prose (front matter, code,
HTML comments and tags, link addresses, placeholders, attribute lists), keeping
every other character and every newline in place, so a match in the result has
the same offset, and line, as in the source file.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FENCED = re.compile(r"^[ \t]*(`{3,}|~{3,}).*?^[ \t]*\1[ \t]*$", re.S | re.M)
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_INLINE_CODE = re.compile(r"(`+)(?!`).+?(?<!`)\1", re.S)
_PLACEHOLDER = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.S)
_ATTR_LIST = re.compile(r"\{:?[ \t]*[#.][^}\n]*\}")
_LINK_TARGET = re.compile(r"(\]\()([^)\s]*(?:\s+\"[^\"]*\")?)(\))")
_REF_DEFINITION = re.compile(r"^[ \t]*\[[^\]\n]+\]:[ \t]*\S+.*$", re.M)
_ABBR_DEFINITION = re.compile(r"^\*\[[^\]\n]+\]:.*$", re.M)
_AUTOLINK = re.compile(r"<(?:https?|mailto|tel):[^>\s]*>")
_BARE_URL = re.compile(r"\b(?:https?://|www\.)[^\s)>\]]+")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>\n]*>")
_ADMONITION = re.compile(r"^([ \t]*(?:!!!|\?\?\?\+?)[ \t]*)([\w-]+)", re.M)

_EXTERNAL = re.compile(r"\[([^\]\n]*)\]\(\s*<?((?:https?:)?//[^)\s>]+)>?[^)]*\)|<(https?://[^>\s]+)>")


def blank(match: re.Match) -> str:
    """The same text with every character but a newline turned into a space."""
    return "\n".join(" " * len(line) for line in match.group(0).split("\n"))


def visible(text: str) -> str:
    """The source with non-prose parts blanked out; offsets and lines are unchanged."""
    out = _FRONT_MATTER.sub(blank, text)
    for pattern in (_FENCED, _COMMENT, _INLINE_CODE, _PLACEHOLDER, _ATTR_LIST, _REF_DEFINITION, _AUTOLINK,
                    _BARE_URL, _HTML_TAG):
        out = pattern.sub(blank, out)
    out = _LINK_TARGET.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), out)
    return _ADMONITION.sub(lambda m: m.group(1) + " " * len(m.group(2)), out)


def without_abbreviations(text: str) -> str:
    """Blank page-level abbreviation definitions ('*[ABBR]: ...'), which are not prose."""
    return _ABBR_DEFINITION.sub(blank, text)


def page_abbreviations(text: str) -> set[str]:
    """Abbreviations a page defines for itself with '*[ABBR]: meaning'."""
    return {m.group(1) for m in re.finditer(r"^\*\[([^\]\n]+)\]:", text, re.M)}


# A Markdown table's separator row ("| --- | :---: |"), as the readability score and the gate both read it.
TABLE_RULE = re.compile(r"^\s*\|?[\s:|-]*-{3,}[\s:|-]*$")


def plain_sentences(text: str) -> str:
    """Prose for a readability score: one sentence per list item, heading or table cell."""
    prose = without_abbreviations(visible(text))
    lines = []
    for line in prose.splitlines():
        if TABLE_RULE.match(line):
            continue  # a table's separator row
        if line.lstrip().startswith("|"):
            line = ", ".join(c.strip() for c in line.strip().strip("|").split("|") if c.strip())
        line = re.sub(r"^[ \t]*(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+", "", line)
        line = re.sub(r"\(\s*\)", " ", line)  # what is left of a link after its address is removed
        line = re.sub(r"[*_`#\[\]]", " ", line)
        line = " ".join(line.split())
        if line and line[-1] not in ".!?:;":
            line += "."
        if re.search(r"[A-Za-z]", line):
            lines.append(line)
    return "\n".join(lines)


@dataclass(frozen=True)
class Link:
    line: int
    text: str
    url: str


def external_links(text: str) -> list[Link]:
    """Links to other websites, outside code and comments."""
    source = _FRONT_MATTER.sub(blank, text)
    for pattern in (_FENCED, _COMMENT, _INLINE_CODE):
        source = pattern.sub(blank, source)
    links = []
    for m in _EXTERNAL.finditer(source):
        url = m.group(2) or m.group(3)
        label = " ".join((m.group(1) or url).split())
        links.append(Link(source.count("\n", 0, m.start()) + 1, label, url))
    return links
