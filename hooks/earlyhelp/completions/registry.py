"""The agencies and courses a training record may name.

Both registries live in ``training/`` (outside ``docs/``) and are shared with
the training portal. Reading them here, once, gives every other module plain
dictionaries to look values up in, and one place that explains a bad entry.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..findings import Finding
from .. import yamlfast

# The fixed list of sectors, in the order the report shows them.
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


@dataclass
class Registry:
    agencies: dict[str, Agency] = field(default_factory=dict)
    courses: dict[str, Course] = field(default_factory=dict)
    # Lower-case name, alias or course title -> canonical value (for the importer).
    agency_aliases: dict[str, str] = field(default_factory=dict)
    course_aliases: dict[str, str] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    @property
    def sectors(self) -> list[str]:
        used = {a.sector for a in self.agencies.values()}
        return [s for s in SECTORS if s in used]

    @property
    def fingerprint(self) -> tuple:
        """Changes whenever a change to a registry could change a record's verdict."""
        return (tuple(self.agencies.values()), tuple(self.courses))


def suggest(value: str, choices) -> str | None:
    """The closest known value, for a "did you mean" (case and spacing ignored)."""
    by_key = {" ".join(c.casefold().split()): c for c in choices}
    key = " ".join(value.casefold().split())
    if key in by_key:
        return by_key[key]
    close = difflib.get_close_matches(key, list(by_key), n=1, cutoff=0.6)
    return by_key[close[0]] if close else None


def _load_yaml(path: Path, display: str, key: str, findings: list[Finding]) -> list:
    if not path.is_file():
        findings.append(Finding(display, 0, f"The file {display} is missing.",
                                f"Restore it from the repository: the training report needs its list of {key}."))
        return []
    try:
        data = yamlfast.safe_load(path.read_text(encoding="utf-8-sig")) or {}
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        findings.append(Finding(display, mark.line + 1 if mark else 0, f"{display} is not valid YAML: {exc}",
                                "Check the indentation and quotes on that line."))
        return []
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        findings.append(Finding(display, 1, f"{display} must have a list called '{key}'.",
                                f"Start the file with '{key}:' and list one entry per '- name:' block."))
        return []
    return entries


def load(training_dir: Path, display_dir: str = "training") -> Registry:
    """Read agencies.yml and courses.yml; every bad entry is a finding, not a crash."""
    reg = Registry()
    a_display, c_display = f"{display_dir}/agencies.yml", f"{display_dir}/courses.yml"
    for number, entry in enumerate(_load_yaml(training_dir / "agencies.yml", a_display, "agencies", reg.findings), 1):
        name = str(entry.get("name") or "").strip() if isinstance(entry, dict) else ""
        where = f"Agency {number}" + (f" ('{name}')" if name else "")
        if not name:
            reg.findings.append(Finding(a_display, 0, f"{where} has no name.", "Give every agency a 'name:'."))
            continue
        sector = str(entry.get("sector") or "").strip()
        partner = entry.get("partner")
        if sector not in SECTORS:
            hint = suggest(sector, SECTORS)
            reg.findings.append(Finding(
                a_display, 0, f"{where} has the sector '{sector}', which is not one of the sectors.",
                (f"Did you mean '{hint}'? " if hint else "") + "Use one of: " + ", ".join(SECTORS) + "."))
            continue
        if not isinstance(partner, bool):
            reg.findings.append(Finding(a_display, 0, f"{where} needs 'partner: true' or 'partner: false'.",
                                        "Write partner: false only for the council's own Early Help service."))
            continue
        if name in reg.agencies:
            reg.findings.append(Finding(a_display, 0, f"{where} is listed twice.", "Delete one of them."))
            continue
        reg.agencies[name] = Agency(name, sector, partner)
        for alias in [name, *(entry.get("aliases") or [])]:
            reg.agency_aliases.setdefault(" ".join(str(alias).casefold().split()), name)
    for number, entry in enumerate(_load_yaml(training_dir / "courses.yml", c_display, "courses", reg.findings), 1):
        cid = str(entry.get("id") or "").strip() if isinstance(entry, dict) else ""
        if not cid or cid in reg.courses:
            reg.findings.append(Finding(c_display, 0, f"Course {number} has {'a repeated' if cid else 'no'} id.",
                                        "Give every course its own short 'id:'."))
            continue
        title = str(entry.get("title") or cid).strip()
        reg.courses[cid] = Course(cid, title)
        for alias in (cid, title):
            reg.course_aliases.setdefault(" ".join(alias.casefold().split()), cid)
    return reg
