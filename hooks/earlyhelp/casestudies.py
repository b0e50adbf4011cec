"""The case-study index, built from each case study's own front matter (one source of truth)."""

from __future__ import annotations

import posixpath
from dataclasses import dataclass


@dataclass(frozen=True)
class CaseStudy:
    link: str
    title: str
    levels: tuple[int, ...]
    themes: tuple[str, ...]
    provided_by: str


def from_meta(link: str, meta: dict) -> CaseStudy:
    levels = meta.get("levels") or ()
    return CaseStudy(link, str(meta.get("title", link)),
                     tuple(l for l in (levels if isinstance(levels, list) else [levels])
                           if isinstance(l, int) and not isinstance(l, bool)),  # the schema check reports the rest
                     tuple(str(t) for t in meta.get("themes") or ()), str(meta.get("provided_by", "")))


def in_section(src_uri: str, index_uri: str) -> bool:
    """Whether a page sits in the folder (or a folder below) of an index page: each index lists its own
    section, so a partnership that groups case studies in several folders gets one list per folder."""
    folder = posixpath.dirname(index_uri)
    return src_uri != index_uri and (not folder or src_uri.startswith(folder + "/"))


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def render(studies: list[CaseStudy], level_names: dict) -> str:
    """A table of case studies, then each theme with the case studies that share it."""
    ordered = sorted(studies, key=lambda s: s.title.casefold())
    rows = ["| Case study | Levels of need | Themes | Provided by |", "| --- | --- | --- | --- |"]
    for s in ordered:
        levels = ", then ".join(str(level_names.get(l, f"Level {l}")) for l in s.levels)
        rows.append(f"| [{_cell(s.title)}]({s.link}) | {_cell(levels)} | {_cell(', '.join(s.themes))} "
                    f"| {_cell(s.provided_by)} |")
    themes: dict[str, list[CaseStudy]] = {}
    for s in ordered:
        for theme in s.themes:
            themes.setdefault(theme.casefold(), []).append(s)
    lines = ["", "## Find case studies by theme", ""]
    for theme in sorted(themes):
        links = ", ".join(f"[{_cell(s.title)}]({s.link})" for s in themes[theme])
        lines.append(f"- **{theme.capitalize()}**: {links}")
    return "\n".join(rows + lines)
