"""Count training records by UK financial year and quarter, and publish safe figures.

The financial year runs from 1 April to 31 March and is written "2023/24";
Q1 is April to June and Q4 January to March. Only completed quarters are
counted, so a rebuild part way through a quarter publishes exactly what the
last one did. ``aggregate`` gives the exact counts; ``publish`` turns them into
the report (the JSON and the page are both made from it) after disclosure
control (see ``disclosure``), so nothing unsafe is published by accident.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date
from itertools import chain
from operator import itemgetter
from pathlib import Path

from ..findings import Finding, display_path
from . import registry as registry_module
from . import learning
from .checks import CONFIDENCE, period_code
from .disclosure import (CannotProtect, by_quarter_and_sector, evaluation, learning_links, not_completed, protect,
                         quarter_links, year_links)
from .records import FileRecords, paused_gc, read_folder
from .registry import Registry

TITLE = "Partners attending Early Help training"
QUARTERS = (("Q1", "April to June"), ("Q2", "July to September"),
            ("Q3", "October to December"), ("Q4", "January to March"))
DEFAULT_THRESHOLD = 5


def year_label(start: int) -> str:
    return f"{start}/{(start + 1) % 100:02d}"


def _merge(files: list[FileRecords]) -> tuple[dict, list[int]]:
    """Every file's records in one mapping, the first file read winning, and the period code of every
    row that repeated an earlier attendance (in its own file or an earlier one)."""
    if len(files) == 1:
        return files[0].kept, list(files[0].repeats)
    merged: dict = {}
    repeats: list[int] = []
    for f in files:
        repeats += f.repeats
        common = f.kept.keys() & merged.keys()
        repeats += [f.kept[k][1] for k in common]
        merged.update(f.kept if not common else {k: v for k, v in f.kept.items() if k not in common})
    return merged, repeats


def aggregate(files: list[FileRecords], registry: Registry, today: str) -> dict:
    """Exact counts per financial year, completed quarters only (not safe to publish until ``publish``)."""
    before = period_code(today)  # the quarter today is in is not complete: it and later ones are left out
    kept, repeats = _merge(files)
    if max(map(itemgetter(1), kept.values()), default=0) >= before:
        kept = {k: v for k, v in kept.items() if v[1] < before}
    merged = kept
    if 4 in map(len, kept):  # module passes: an attendance is one person, course and day
        merged = {}
        for k, v in kept.items():
            merged.setdefault(k[:3], v)
    courses = map(itemgetter(1), merged)
    agencies, periods = map(itemgetter(0), merged.values()), map(itemgetter(1), merged.values())
    combos = Counter(zip(periods, courses, agencies))
    partners = {name for name, agency in registry.agencies.items() if agency.partner}
    # Distinct partner attendees: each quarter's set of attendees, and each year's union of its quarters.
    listed: dict[int, list] = defaultdict(list)
    for key, (agency, code) in merged.items():
        if agency in partners:
            listed[code].append(key[0])
    by_quarter = {code: set(people) for code, people in listed.items()}
    by_year: dict[int, set] = defaultdict(set)
    for code, attendees in by_quarter.items():
        by_year[code // 4] |= attendees
    counted = {"combos": combos, "quarter_people": {code: len(v) for code, v in by_quarter.items()},
               "year_people": {fy: len(v) for fy, v in by_year.items()}, "before": before}
    years = _years(counted, registry)
    # Duplicates and non-attendance are counted for the last whole year in the report only: a running
    # total, set against an earlier release's, would give each new quarter's count by subtraction.
    whole = max((fy for fy, year in years.items() if len(year["quarters"]) == 4), default=before // 4 - 1)
    not_attended = sum(1 for f in files for d, _ in f.not_counted if d and period_code(d) // 4 == whole)
    quality = {"files": len(files), "files_skipped": sum(f.skipped for f in files), "year": whole,
               "rejected": sum(f.rejected for f in files), "duplicates": sum(code // 4 == whole for code in repeats),
               "not_attended": not_attended,
               "reasons": sorted(set(chain.from_iterable(f.reasons for f in files)))}
    evaluations = [e for f in files for e in f.evaluations]
    for fy, extra in learning.by_year(kept, evaluations, registry, before, list(years)).items():
        years[fy]["learning"] = extra
    return {"years": years, "data_quality": quality}


def _years(counted: dict, registry: Registry) -> dict[int, dict]:
    """One entry per financial year from the first to the last with a counted record."""
    combos, before = counted["combos"], counted["before"]
    found = [code // 4 for code, _, _ in combos]
    years: dict[int, dict] = {}
    for fy in range(min(found), max(found) + 1) if found else ():
        quarters = [q for q in range(4) if fy * 4 + q < before]
        years[fy] = {"attendances": 0, "partner_attendees": counted["year_people"].get(fy, 0),
                     "by_sector": dict.fromkeys(registry.sectors, 0), "by_course": dict.fromkeys(registry.courses, 0),
                     "quarters": {q: [0, counted["quarter_people"].get(fy * 4 + q, 0)] for q in quarters},
                     "partner_agencies": set(), "by_quarter_and_sector": Counter()}
    for (code, course, agency), k in combos.items():
        year = years[code // 4]
        year["attendances"] += k
        year["quarters"][code % 4][0] += k
        year["by_course"][course] += k
        year["by_sector"][registry.agencies[agency].sector] += k
        year["by_quarter_and_sector"][code % 4, registry.agencies[agency].sector] += k
        if registry.agencies[agency].partner:
            year["partner_agencies"].add(agency)
    return years


def _cells(raw: dict) -> dict[str, int]:
    cells = {"attendances": raw["attendances"], "people": raw["partner_attendees"]}
    cells.update({f"sector:{s}": v for s, v in raw["by_sector"].items()})
    cells.update({f"course:{c}": v for c, v in raw["by_course"].items()})
    for q, (attendances, people) in raw["quarters"].items():
        cells[f"quarter:{q}"], cells[f"people:{q}"] = attendances, people
    extra = raw["learning"]
    cells.update({f"completion:{c}": v for c, v in extra["completions"].items()})
    cells.update({f"passes:{c}": v for c, v in extra["passes"].items()})
    cells.update({f"responses:{c}": v for c, v in extra["responses"].items()})
    cells["current"] = extra["current"]
    return cells


def quarters_hidden(raw: dict, threshold: int) -> set[str]:
    """Each quarter's two cells, protected on their own: the release after a quarter ends shows them,
    and every later release shows them the same way, so no later table may rely on hiding them."""
    hidden: set[str] = set()
    for q, (attendances, people) in raw["quarters"].items():
        hidden |= protect({f"quarter:{q}": attendances, f"people:{q}": people}, quarter_links(q), threshold)
    return hidden


def safe_year(raw: dict, registry: Registry, threshold: int, previous_current: int | None = 0) -> dict:
    """One year's figures with disclosure control applied: a hidden figure is None. A year not over
    publishes its quarters only: its year-to-date tables, set against the last release's, would give
    each new quarter's small figures by subtraction ("health 20, then 22"). previous_current: the year
    before's published "current" figure (0 for the first year: no one was current before the records
    begin), which a reader sets against this year's; None when it was hidden, and then this year's is
    hidden too, or a reader could bound the hidden one from this year's ("at least 13 - 10 were current
    a year ago")."""
    cells = _cells(raw)
    by_quarter = quarters_hidden(raw, threshold)
    quarter_cells = {n for n in cells if n.startswith(("quarter:", "people:"))}
    quarters_only = {**_shown_year(raw, registry, cells, (set(cells) - quarter_cells) | by_quarter, threshold),
                     "published": "quarters"}
    if len(raw["quarters"]) < 4:
        return quarters_only
    partner_sectors = sorted({a.sector for a in registry.agencies.values() if a.partner})
    extra = raw["learning"]
    links = year_links(list(raw["by_sector"]), partner_sectors, list(raw["by_course"]), list(raw["quarters"]))
    own, own_links = by_quarter_and_sector(raw["quarters"], raw["by_sector"], set(partner_sectors),
                                           raw["by_quarter_and_sector"])
    modules = {c: len(registry.courses[c].modules) for c in extra["completions"]}
    lasting = {c for c, course in registry.courses.items() if course.renew_every is None or course.renew_every >= 12}
    completing = [c for c in modules if c in lasting]
    own |= not_completed(cells, completing)
    every_link = links + own_links + learning_links(modules, list(extra["responses"]), previous_current,
                                                    [c for c in registry.courses if c not in lasting], completing)
    also = frozenset(by_quarter | ({"current"} if previous_current is None else set()))
    # A quarter's figure hidden in its own release is a small count, and a reader knows it.
    caps = {name: threshold - 1 for name in by_quarter}
    hidden = None
    for small_only in (False, True):  # every hidden count unknown if it can be; else every small one
        try:
            hidden = protect({**cells, **own}, every_link, threshold, also, frozenset(quarter_cells - by_quarter),
                             small_only, caps)
            break
        except CannotProtect:
            continue
    if hidden is None:  # the quarters already published, with any year table, would give a small figure away
        return quarters_only
    return {**_shown_year(raw, registry, cells, hidden, threshold), "published": "year"}


def _shown_year(raw: dict, registry: Registry, cells: dict[str, int], hidden: set[str], threshold: int) -> dict:
    extra = raw["learning"]

    def shown(name):
        return None if name in hidden else cells[name]

    # An agency is named only when its sector's figure is shown, so the list never tells a reader
    # anything about a hidden figure; and only when the year's partner attendees are shown.
    names = sorted(n for n in raw["partner_agencies"] if shown(f"sector:{registry.agencies[n].sector}") is not None)
    if shown("people") is None:
        names = []
    return {"attendances": shown("attendances"), "partner_attendees": shown("people"),
            "partner_agencies": len(names), "partner_agency_names": names,
            "by_sector": {s: shown(f"sector:{s}") for s in raw["by_sector"]},
            "by_course": {c: shown(f"course:{c}") for c in raw["by_course"]},
            "quarters": [{"quarter": QUARTERS[q][0], "months": QUARTERS[q][1],
                          "attendances": shown(f"quarter:{q}"), "partner_attendees": shown(f"people:{q}")}
                         for q in raw["quarters"]],
            "course_completions": {c: shown(f"completion:{c}") for c in extra["completions"]},
            "module_passes": {c: shown(f"passes:{c}") for c in extra["passes"]},
            "current_partner_attendees": shown("current"),
            "current_at": extra["current_at"],
            "evaluation": {c: evaluation(shown(f"responses:{c}"), extra["change"][c], threshold, len(CONFIDENCE) - 1)
                           for c in extra["responses"]}}


def _small(value: int, threshold: int) -> int | None:
    """A figure on its own (linked to no other): hidden when from 1 to threshold-1."""
    return None if 0 < value < threshold else value


def publish(counts: dict, registry: Registry, threshold: int, today: str, baseline: dict | None = None,
            measure: str | None = None) -> dict:
    """The report as published: report.json exactly, and the source of the page."""
    years, previous = [], None
    for fy, raw in counts["years"].items():
        if not raw["quarters"]:
            continue  # no quarter of this year is complete yet
        safe = safe_year(raw, registry, threshold, years[-1]["current_partner_attendees"] if years else 0)
        people = safe["partner_attendees"]
        change = None if people is None or previous is None else people - previous
        direction = None if change is None else "increase" if change > 0 else "decrease" if change < 0 else "no change"
        end = f"{fy + 1}-03-31"
        years.append({"year": year_label(fy), "start": f"{fy}-04-01", "end": end,
                      "complete": len(raw["quarters"]) == 4, **safe, "change": change, "direction": direction})
        previous = people
    q = counts["data_quality"]
    return {
        "title": TITLE,
        "measure": measure,
        "threshold": threshold,
        "method": "suppression",
        "courses": {c.id: c.title for c in registry.courses.values()},
        "years": years,
        "baseline": baseline,
        "data_quality": {"files": q["files"], "files_skipped": q["files_skipped"], "year": year_label(q["year"]),
                         **{k: _small(q[k], threshold) for k in ("rejected", "duplicates", "not_attended")},
                         # Each kind of mistake is at least one row, and some never share one: beside a
                         # hidden count, the list would narrow it ("four kinds, so 4 rows").
                         "reasons": q["reasons"] if _small(q["rejected"], threshold) is not None else []},
    }


def check_threshold(value) -> tuple[int, list[Finding]]:
    """The suppression threshold from mkdocs.yml: a whole number, 3 or more, or 1 (nothing hidden).
    At 2 only counts of 1 would be hidden, so a reader would know every hidden count is 1."""
    if value is None:
        return DEFAULT_THRESHOLD, []
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        return DEFAULT_THRESHOLD, [Finding(
            "mkdocs.yml", None, f"extra.training.suppression_threshold is {value!r}; it must be a whole number.",
            f"Set it to a whole number such as {DEFAULT_THRESHOLD} (counts below it are hidden).", kind="settings")]
    if value == 2:
        return DEFAULT_THRESHOLD, [Finding(
            "partnership.yml", None, "extra.training.suppression_threshold is 2, which would hide only counts of 1: "
            "a reader would know that every hidden count is 1.",
            f"Set it to 3 or more, such as {DEFAULT_THRESHOLD} (counts below it are hidden).", kind="settings")]
    return value, []


def check_story(measure, baseline) -> tuple[str | None, dict | None, list[Finding]]:
    """The partnership's measure and baseline (extra.training in partnership.yml), both optional: a
    measure is a sentence; a baseline is a year and a sentence saying where the count started."""
    findings = []
    if measure is not None and not (isinstance(measure, str) and measure.strip()):
        findings.append(Finding("partnership.yml", None, "extra.training.measure must be one sentence of text.",
                                "Write the measure as the strategy words it, or delete the line.", kind="settings"))
        measure = None
    if baseline is not None and not (isinstance(baseline, dict) and isinstance(baseline.get("year"), int)
                                     and isinstance(baseline.get("text"), str) and baseline["text"].strip()):
        findings.append(Finding("partnership.yml", None, "extra.training.baseline must have a year and a text.",
                                "Write it as 'baseline:' with 'year: 2018' and 'text: ...' below it, or delete it.",
                                kind="settings"))
        baseline = None
    clean = {"year": baseline["year"], "text": " ".join(baseline["text"].split())} if baseline else None
    return (measure.strip() if measure else None), clean, findings


def build(folder: Path, training_dir: Path, threshold=None, today: str | None = None,
          base: Path | None = None, baseline: dict | None = None, measure: str | None = None
          ) -> tuple[dict, list[Finding]]:
    """Read the registries and every record file, and return (report, findings)."""
    today = today or date.today().isoformat()
    threshold, findings = check_threshold(threshold)
    measure, baseline, problems = check_story(measure, baseline)
    findings += problems
    reg = registry_module.load(training_dir, display_path(training_dir, base))
    with paused_gc():
        counts, problems = _count(folder, reg, today, base)
    return publish(counts, reg, threshold, today, baseline, measure), findings + reg.findings + problems


def _count(folder: Path, reg: Registry, today: str, base: Path | None) -> tuple[dict, list[Finding]]:
    """The exact counts and the folder's findings: the rows read are freed on return, before the
    collector is back on, so it never walks them."""
    files, findings = read_folder(folder, reg, today, base)
    return aggregate(files, reg, today), findings + [f for fr in files for f in fr.findings]

