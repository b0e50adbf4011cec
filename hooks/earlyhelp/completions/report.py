"""Count training records by UK financial year and quarter, and publish safe figures.

The financial year runs from 1 April to 31 March and is written "2023/24";
Q1 is April to June and Q4 January to March. ``aggregate`` gives the exact
counts; ``publish`` turns them into the report (the JSON and the page are both
made from it) with small numbers suppressed, so nothing unsafe is published by
accident. The counting uses C-level builtins over whole columns; a big file's
records are counted by Arrow instead (see ``columnar``).
"""

from __future__ import annotations

from collections import Counter, deque
from datetime import date
from itertools import chain, compress, count, repeat
from operator import and_, itemgetter, not_
from pathlib import Path

from ..findings import Finding
from . import columnar
from . import registry as registry_module
from .records import FileRecords, display_path, paused_gc, read_folder
from .registry import Registry
from .suppress import suppress

TITLE = "Partners attending Early Help training"
MEASURE = "An increase in the number of partners attending Early Help training"
QUARTERS = (("Q1", "April to June"), ("Q2", "July to September"),
            ("Q3", "October to December"), ("Q4", "January to March"))
# The strategy's 2018 baseline: four multi-agency workshops, 80 to 115 partners at each.
BASELINE = {"year": 2018, "workshops": 4, "partners_per_workshop_min": 80, "partners_per_workshop_max": 115}
DEFAULT_THRESHOLD = 5


def year_label(start: int) -> str:
    return f"{start}/{(start + 1) % 100:02d}"


def _column(files: list[FileRecords], name: str) -> list:
    lists = [f.values(name) for f in files]
    return lists[0] if len(lists) == 1 else list(chain.from_iterable(lists))


def aggregate(files: list[FileRecords], registry: Registry) -> dict:
    """Exact counts per financial year (not safe to publish until ``publish``)."""
    with paused_gc():
        counted = (columnar.tally if any(columnar.is_columnar(f.dates) for f in files) else tally)(files, registry)
    return {"years": _years(counted, registry), "data_quality": _quality(files, counted)}


def tally(files: list[FileRecords], registry: Registry) -> dict:
    """Records per (period, course, agency) after duplicates are dropped, and distinct
    partner attendees per period code and per financial year."""
    people, courses, dates, agencies, periods = (
        _column(files, n) for n in ("attendees", "courses", "dates", "agencies", "periods"))
    combos = sum((f.combos for f in files), Counter()) if len(files) != 1 else files[0].combos
    partner = {name: agency.partner for name, agency in registry.agencies.items()}
    is_partner = list(map(partner.__getitem__, agencies))
    # Exact duplicates (same attendee, course and date) count once; the first one read wins.
    n = len(dates)
    first = dict(zip(zip(reversed(people), reversed(courses), reversed(dates)), range(n - 1, -1, -1)))
    if len(first) < n:
        kept = bytearray(n)
        deque(map(kept.__setitem__, first.values(), repeat(1)), maxlen=0)
        combos = Counter(combos)
        for i in compress(count(), map(not_, kept)):
            combos[periods[i], courses[i], agencies[i]] -= 1
        is_partner = list(map(and_, is_partner, kept))
    # Distinct partner attendees: group their identifiers by quarter, then count each group once.
    groups: dict[int, list] = {p: [] for p in set(map(itemgetter(0), combos))}
    deque(map(list.append, map(groups.__getitem__, compress(periods, is_partner)),
              compress(people, is_partner)), maxlen=0)
    year_sets: dict[int, set] = {}
    for code, people_in_quarter in groups.items():
        year_sets.setdefault(code // 4, set()).update(people_in_quarter)
    return {"combos": combos, "accepted": len(first), "records": n,
            "quarter_people": {code: len(set(v)) for code, v in groups.items() if v},
            "year_people": {fy: len(v) for fy, v in year_sets.items() if v}}


def _years(counted: dict, registry: Registry) -> dict[int, dict]:
    """One entry per financial year from the first to the last with a record."""
    combos = counted["combos"]
    found = [code // 4 for (code, _, _), k in combos.items() if k]
    years: dict[int, dict] = {}
    if found:
        for fy in range(min(found), max(found) + 1):
            years[fy] = {"attendances": 0, "partner_attendees": counted["year_people"].get(fy, 0),
                         "by_sector": dict.fromkeys(registry.sectors, 0),
                         "by_course": dict.fromkeys(registry.courses, 0),
                         "quarters": [[0, counted["quarter_people"].get(fy * 4 + q, 0)] for q in range(4)],
                         "partner_agencies": set()}
    for (code, course, agency), k in combos.items():
        if not k:
            continue
        fy, q = divmod(code, 4)
        year = years[fy]
        year["attendances"] += k
        year["quarters"][q][0] += k
        year["by_course"][course] += k
        year["by_sector"][registry.agencies[agency].sector] += k
        if registry.agencies[agency].partner:
            year["partner_agencies"].add(agency)
    return years


def _quality(files: list[FileRecords], counted: dict) -> dict:
    return {
        "files": len(files),
        "files_skipped": sum(f.skipped for f in files),
        "rows": sum(f.rows for f in files),
        "accepted": counted["accepted"],
        "rejected": sum(f.rejected for f in files),
        "duplicates": counted["records"] - counted["accepted"],
        "not_attended": sum(f.not_counted for f in files),
        "rejected_by_reason": dict(sorted(sum((f.reasons for f in files), Counter()).items())),
    }


def publish(counts: dict, registry: Registry, threshold: int, today: str, baseline: dict | None = None) -> dict:
    """The report as published: report.json exactly, and the source of the page."""
    years, previous = [], None
    for fy, raw in counts["years"].items():
        change = None if previous is None else raw["partner_attendees"] - previous
        direction = None if change is None else "increase" if change > 0 else "decrease" if change < 0 else "no change"
        attendances = suppress({q: raw["quarters"][i][0] for i, (q, _) in enumerate(QUARTERS)}, threshold)
        people = suppress({q: raw["quarters"][i][1] for i, (q, _) in enumerate(QUARTERS)}, threshold, additive=False)
        end = f"{fy + 1}-03-31"
        years.append({
            "year": year_label(fy),
            "start": f"{fy}-04-01",
            "end": end,
            "complete": end < today,
            "attendances": raw["attendances"],
            "partner_attendees": raw["partner_attendees"],
            "partner_agencies": len(raw["partner_agencies"]),
            "by_sector": suppress(raw["by_sector"], threshold),
            "by_course": suppress(raw["by_course"], threshold),
            "quarters": [{"quarter": q, "months": months, "attendances": attendances[q], "partner_attendees": people[q]}
                         for q, months in QUARTERS],
            "change": change,
            "direction": direction,
            "partner_agency_names": sorted(raw["partner_agencies"]),
        })
        previous = raw["partner_attendees"]
    return {
        "title": TITLE,
        "measure": MEASURE,
        "threshold": threshold,
        "courses": {c.id: c.title for c in registry.courses.values()},
        "years": years,
        "baseline": {**BASELINE, **(baseline or {})},
        "data_quality": counts["data_quality"],
    }


def check_threshold(value) -> tuple[int, list[Finding]]:
    """The suppression threshold from mkdocs.yml: a whole number, 1 or more."""
    if value is None:
        return DEFAULT_THRESHOLD, []
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return DEFAULT_THRESHOLD, [Finding(
            "mkdocs.yml", 0, f"extra.training.suppression_threshold is {value!r}; it must be a whole number.",
            f"Set it to a whole number such as {DEFAULT_THRESHOLD} (counts below it are hidden).")]
    return value, []


def build(folder: Path, training_dir: Path, threshold=None, today: str | None = None,
          base: Path | None = None, baseline: dict | None = None) -> tuple[dict, list[Finding]]:
    """Read the registries and every record file, and return (report, findings)."""
    today = today or date.today().isoformat()
    threshold, findings = check_threshold(threshold)
    reg = registry_module.load(training_dir, display_path(training_dir, base))
    files, folder_findings = read_folder(folder, reg, today, base)
    findings += reg.findings + folder_findings + [f for fr in files for f in fr.findings]
    return publish(aggregate(files, reg), reg, threshold, today, baseline), findings
