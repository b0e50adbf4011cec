"""Front matter rules for each type of page, with messages a writer can act on.

Every page: title, description (one line), type, owner, last_reviewed (a date),
review_every (whole months, 12 if left out). Generated report pages need only a
title and description. Case studies and training modules add their own fields.
"""

from __future__ import annotations

import datetime as dt
import difflib
from typing import Any, Callable, Iterable

from .findings import Finding
from .frontmatter import Document

PAGE_TYPES = ("guidance", "index", "case-study", "training-module", "report")
DEFAULT_REVIEW_MONTHS = 12
MAX_REVIEW_MONTHS = 36
KIND_MISSING = "missing field"
KIND_WRONG = "wrong value"

# What each field is for, shown when it is missing.
EXAMPLES = {
    "title": "title: Level 2 Early Help",
    "description": "description: One short sentence saying what the page is for.",
    "type": "type: guidance",
    "owner": "owner: Early Help Partnership Team",
    "last_reviewed": "last_reviewed: 2026-11-23",
    "anonymised": "anonymised: true",
    "provided_by": "provided_by: Family Nurse Partnership",
    "levels": "levels: [3, 2]",
    "agencies": "agencies: [children's social care, health visiting]",
    "themes": "themes: [pregnancy, housing]",
    "course": "course: eh-induction",
}
COMMON = ("title", "description", "type", "owner", "last_reviewed")
REQUIRED = {
    "guidance": COMMON,
    "index": COMMON,
    "case-study": COMMON + ("anonymised", "provided_by", "levels", "agencies", "themes"),
    "training-module": COMMON + ("course",),
    "report": ("title", "description", "type"),
}
# Other keys Material, mkdocs-quiz and this site understand; used for "did you mean" hints.
OTHER_KEYS = ("review_every", "tags", "allow", "hide", "template", "icon", "status", "subtitle", "search", "quiz",
              "currency_allow", "history", "starter_draft")


def _text(value: Any) -> bool:
    return isinstance(value, str) and value.strip() != ""


def _text_list(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(_text(v) for v in value)


def _is_date(value: Any) -> bool:
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


VALIDATORS: dict[str, tuple[Callable[[Any], bool], str]] = {
    "title": (_text, "must be some text"),
    "description": (lambda v: _text(v) and "\n" not in v.strip(), "must be one line of text"),
    "type": (lambda v: v in PAGE_TYPES, "must be one of: " + ", ".join(PAGE_TYPES)),
    "owner": (_text, "must be the name of the team that owns the page"),
    "last_reviewed": (_is_date, "must be a date written as YYYY-MM-DD, for example 2026-11-23"),
    "review_every": (lambda v: isinstance(v, int) and not isinstance(v, bool) and 1 <= v <= MAX_REVIEW_MONTHS,
                     f"must be a whole number of months from 1 to {MAX_REVIEW_MONTHS}"),
    "anonymised": (lambda v: v is True, "must be true, and only once you have checked that the case study "
                                        "names nobody and no place narrower than the borough"),
    "provided_by": (_text, "must be the name of the organisation (not a person) that provided the case study"),
    "agencies": (_text_list, "must be a list of the agencies involved, for example [health visiting, school]"),
    "themes": (_text_list, "must be a list of themes, for example [housing, domestic abuse]"),
    "course": (_text, "must be the id of a course in training/courses.yml"),
    "allow": (lambda v: isinstance(v, list) and all(_text(x) for x in v),
              "must be a list of phrases in quotes, for example [\"Hope Centre\"]"),
    "tags": (lambda v: isinstance(v, list), "must be a list, for example [Level 2, Housing]"),
}


def _shown(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "..."


def _levels_rule(count: int) -> tuple[Callable[[Any], bool], str]:
    """A case study's levels: numbers of the partnership's levels (partnership.yml levels_of_need)."""
    return (lambda v: isinstance(v, list) and bool(v)
            and all(isinstance(x, int) and not isinstance(x, bool) and 1 <= x <= count for x in v),
            f"must be a list of levels of need as numbers from 1 to {count}, for example [2]")


def check(doc: Document, today: dt.date, courses: Iterable[str] | None = None, level_count: int = 4,
          area_type: str = "borough") -> list[Finding]:
    """Every front matter problem in one page."""
    path, meta = doc.path, doc.meta
    rules = {**VALIDATORS, "levels": _levels_rule(level_count)}
    if area_type != "borough":
        ok, wants = rules["anonymised"]
        rules["anonymised"] = (ok, wants.replace("the borough", f"the {area_type}"))
    if doc.findings:
        return list(doc.findings)
    if not meta:
        return [Finding(path, 1, "The page has no front matter (the block of settings between two --- lines "
                                 "at the very top).",
                        "Copy the front matter from a template in docs/templates/ and fill it in.",
                        "error", KIND_MISSING, "front matter")]
    findings: list[Finding] = []
    page_type = meta.get("type")
    required = REQUIRED.get(page_type, COMMON) if page_type in PAGE_TYPES else COMMON
    first_line = min(doc.key_lines.values(), default=2)
    known = set(rules) | set(OTHER_KEYS)
    for name in required:
        if name not in meta or meta[name] is None:
            typo = difflib.get_close_matches(name, [k for k in meta if k not in known], n=1, cutoff=0.75)
            hint = f" It looks like '{typo[0]}' is meant to be '{name}': rename it." if typo else ""
            findings.append(Finding(path, doc.key_lines.get(typo[0], first_line) if typo else first_line,
                                    f"The front matter has no '{name}'.{hint}",
                                    f"Add a line between the --- lines, for example: {EXAMPLES.get(name, name + ': ...')}",
                                    "error", KIND_MISSING, name))
    for name, value in meta.items():
        rule = rules.get(name)
        if rule is None or value is None or (name not in required and name not in ("review_every", "allow", "tags")):
            continue
        ok, wants = rule
        if not ok(value):
            hint = ""
            if name == "type":
                close = difflib.get_close_matches(str(value), PAGE_TYPES, n=1)
                hint = f" Did you mean '{close[0]}'?" if close else ""
            findings.append(Finding(path, doc.key_lines.get(name, first_line),
                                    f"'{name}' {wants}; it is '{_shown(value)}'.{hint}",
                                    f"Change the '{name}:' line in the front matter.", "error", KIND_WRONG, name))
    reviewed = meta.get("last_reviewed")
    if _is_date(reviewed) and reviewed > today:
        findings.append(Finding(path, doc.key_lines.get("last_reviewed", first_line),
                                f"'last_reviewed' is {reviewed.isoformat()}, a date in the future.",
                                "Use the date the page was last checked, which is today at the latest.",
                                "error", KIND_WRONG, "last_reviewed"))
    course = meta.get("course")
    if courses is not None and page_type == "training-module" and _text(course) and course not in set(courses):
        findings.append(Finding(path, doc.key_lines.get("course", first_line),
                                f"'course' is '{course}', which is not a course id in training/courses.yml.",
                                "Use one of: " + ", ".join(sorted(courses)) + ".", "error", KIND_WRONG, "course"))
    return findings
