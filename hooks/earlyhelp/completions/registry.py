"""The agencies and courses a training record may name.

Both registries live in ``training/`` (outside ``docs/``) and are shared with
the training portal. Courses are read by ``earlyhelp.courses.parse``, the one
reader of ``courses.yml`` that the portal uses too, so the report and the
portal always agree on which courses exist. Agencies are read here.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .. import courses as course_registry
from .. import yamlfast
from ..findings import Finding

# The sectors when agencies.yml lists none of its own (a "sectors:" list at its top), in the order
# the report shows them.
SECTORS = (
    "education",
    "health",
    "police",
    "children's social care",
    "housing",
    "youth justice",
    "voluntary and community",
    "faith",
    "early help service",
    "other",
)


@dataclass(frozen=True)
class Agency:
    name: str
    sector: str
    partner: bool


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    modules: tuple[str, ...] = ()  # an e-learning course's module pages: passing all completes it
    renew_every: int | None = None  # months until a completion is due again
    evaluation: bool = False


@dataclass
class Registry:
    agencies: dict[str, Agency] = field(default_factory=dict)
    courses: dict[str, Course] = field(default_factory=dict)
    # Lower-case name, alias or course title -> canonical value (for the importer).
    agency_aliases: dict[str, str] = field(default_factory=dict)
    course_aliases: dict[str, str] = field(default_factory=dict)
    modules: set = field(default_factory=set)  # (course id, module page) of every e-learning module
    findings: list[Finding] = field(default_factory=list)
    sector_order: tuple[str, ...] = SECTORS

    @property
    def sectors(self) -> list[str]:
        used = {a.sector for a in self.agencies.values()}
        return [s for s in self.sector_order if s in used]


def key(text: str) -> str:
    """How names are compared: case and spacing ignored."""
    return " ".join(str(text).casefold().split())


def suggest(value: str, choices) -> str | None:
    """The closest known value, for a "did you mean" (case and spacing ignored).

    Never offered for a value that looks like an identifier (an email address or
    a staff number): the suggestion would tell a public log what was typed."""
    from .describe import looks_like_identifier

    if looks_like_identifier(value):
        return None
    by_key = {key(c): c for c in choices}
    wanted = key(value)
    if wanted in by_key:
        return by_key[wanted]
    close = difflib.get_close_matches(wanted, list(by_key), n=1, cutoff=0.75)
    return by_key[close[0]] if close else None


def _read(path: Path, display: str, findings: list[Finding]) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        findings.append(Finding(display, None, f"The file {display} is missing.",
                                "Restore it from the repository: the training report needs it."))
    except (OSError, UnicodeDecodeError) as exc:
        reason = "is not UTF-8 text" if isinstance(exc, UnicodeDecodeError) else "cannot be read"
        findings.append(Finding(display, None, f"The file {display} {reason}.",
                                "Check that the file exists, can be read, and is saved as UTF-8."))
    return None


def _agency_entries(text: str, display: str, findings: list[Finding]) -> tuple[list, tuple[str, ...]]:
    """The agencies, and the partnership's sectors (its own 'sectors:' list, or SECTORS)."""
    try:
        data = yamlfast.safe_load(text) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        findings.append(Finding(display, mark.line + 1 if mark else None, f"{display} is not valid YAML.",
                                "Check the indentation and quotes on that line."))
        return [], SECTORS
    sectors = data.get("sectors") if isinstance(data, dict) else None
    if sectors is not None and not (isinstance(sectors, list) and sectors
                                    and all(isinstance(x, str) and x.strip() for x in sectors)):
        findings.append(Finding(display, None, f"'sectors' in {display} must be a list of sector names.",
                                "Write one sector per line under 'sectors:', for example '  - education', or "
                                "delete the list to use the usual sectors."))
        sectors = None
    order = tuple(x.strip() for x in sectors) if sectors else SECTORS
    entries = data.get("agencies") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        findings.append(Finding(display, 1, f"{display} must have a list called 'agencies'.",
                                "Start the file with 'agencies:' and list one entry per '- name:' block."))
        return [], order
    return entries, order


def _add_agencies(reg: Registry, entries: list, display: str) -> None:
    for number, entry in enumerate(entries, 1):
        name = str(entry.get("name") or "").strip() if isinstance(entry, dict) else ""
        where = f"Agency {number}" + (f" ('{name}')" if name else "")
        if not name:
            reg.findings.append(Finding(display, None, f"{where} has no name.", "Give every agency a 'name:'."))
            continue
        sector, partner = str(entry.get("sector") or "").strip(), entry.get("partner")
        if sector not in reg.sector_order:
            hint = suggest(sector, reg.sector_order)
            reg.findings.append(Finding(
                display, None, f"{where} has a sector that is not one of the sectors.",
                (f"Did you mean '{hint}'? " if hint else "") + "Use one of: " + ", ".join(reg.sector_order) + "."))
            continue
        if not isinstance(partner, bool):
            reg.findings.append(Finding(display, None, f"{where} needs 'partner: true' or 'partner: false'.",
                                        "Write partner: false only for the council's own Early Help service."))
            continue
        if name in reg.agencies:
            reg.findings.append(Finding(display, None, f"{where} is listed twice.", "Delete one of them."))
            continue
        reg.agencies[name] = Agency(name, sector, partner)
        for alias in [name, *(entry.get("aliases") or [])]:
            reg.agency_aliases.setdefault(key(alias), name)


def load(training_dir: Path, display_dir: str = "training") -> Registry:
    """Read agencies.yml and courses.yml; every bad entry is a finding, not a crash."""
    reg = Registry()
    a_display, c_display = f"{display_dir}/agencies.yml", f"{display_dir}/courses.yml"
    text = _read(training_dir / "agencies.yml", a_display, reg.findings)
    if text is not None:
        entries, reg.sector_order = _agency_entries(text, a_display, reg.findings)
        _add_agencies(reg, entries, a_display)
    text = _read(training_dir / "courses.yml", c_display, reg.findings)
    if text is not None:
        courses, findings = course_registry.parse(c_display, text)
        reg.findings += findings
        for course in courses:
            reg.courses[course.id] = Course(course.id, course.title, course.modules, course.renew_every,
                                            course.evaluation)
            reg.modules.update((course.id, m) for m in course.modules)
            for alias in (course.id, course.title):
                reg.course_aliases.setdefault(key(alias), course.id)
    return reg
