"""`make sample-data`: a synthetic sample of training records, made from the site's own registries,
so a new site can try its report before it has any records.

SYNTHETIC: every row is made up from a fixed seed, so the same file comes out on every machine.
Attendees are synthetic-NNNN@example.org: no real person is in it. A site may shape its sample in
training/sample.yml (St Helens' does, so its committed sample shows the rise its strategy hopes for):

    first_year: 2018                # the financial year the sample starts
    partners_per_year: [240, 310]   # distinct partner attendees wanted in each year
    early_help_staff_per_year: 35   # attendees from agencies with partner: false
    agency_weights: {Primary schools: 30}   # how many people of each agency (default 1 each)
    course_mix: {eh-induction: [0, 8]}      # each course's weight in each year (default 1 each)
"""

from __future__ import annotations

import argparse
import csv
import random
from datetime import date, timedelta
from pathlib import Path

import yaml

from .completions import registry as registries

SEED = 2019
POOL, STAFF = 2600, 80
FIELDS = ["date", "course", "attendee", "agency", "status", "source"]


def shape(reg: registries.Registry, given: dict, today: date) -> dict:
    """The sample's settings: training/sample.yml where it says, otherwise made from the registries."""
    this_year = today.year if today.month >= 4 else today.year - 1
    partners = list(given.get("partners_per_year") or (40, 50, 60, 70, 80, 90, 100))
    partner_agencies = [a.name for a in reg.agencies.values() if a.partner]
    return {"first_year": int(given.get("first_year") or this_year - len(partners)),
            "partners": partners, "staff": int(given.get("early_help_staff_per_year", 10)),
            "weights": dict(given.get("agency_weights") or {name: 1 for name in partner_agencies}),
            "mix": dict(given.get("course_mix") or {c: [1] * len(partners) for c in reg.courses}),
            "staff_agency": next((a.name for a in reg.agencies.values() if not a.partner), None)}


def _day(rng: random.Random, fy: int) -> date:
    """A weekday in the financial year starting in April of ``fy``."""
    start = date(fy, 4, 1)
    while True:
        day = start + timedelta(days=rng.randrange(365))
        if day.weekday() < 5:
            return day


def generate(settings: dict, elearning: set[str], seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    names, mix = list(settings["weights"]), settings["mix"]
    pool = [rng.choices(names, weights=list(settings["weights"].values()))[0] for _ in range(POOL)]
    people = [(f"synthetic-{n:04d}@example.org", agency) for n, agency in enumerate(pool, start=1)]
    staff = ([(f"synthetic-{n:04d}@example.org", settings["staff_agency"]) for n in range(POOL + 1, POOL + STAFF + 1)]
             if settings["staff_agency"] else [])
    rows = []
    for offset, wanted in enumerate(settings["partners"]):
        fy, weights = settings["first_year"] + offset, [mix[c][offset] for c in mix]
        for attendee, agency in rng.sample(people, wanted) + rng.sample(staff, min(settings["staff"], len(staff))):
            for course in sorted(set(rng.choices(list(mix), weights=weights, k=rng.choice((1, 1, 1, 2, 2, 3))))):
                online = course in elearning
                status = "completed" if online else ("did not attend" if rng.random() < 0.04 else "attended")
                rows.append({"date": _day(rng, fy).isoformat(), "course": course, "attendee": attendee,
                             "agency": agency, "status": status, "source": "portal" if online else "register"})
    rows += [dict(row) for row in rng.sample(rows, len(rows) // 150)]  # double submissions
    rows.sort(key=lambda r: (r["date"], r["course"], r["attendee"]))
    return rows


def file_name(settings: dict) -> str:
    first = settings["first_year"]
    return f"synthetic-sample-{first}-{first + len(settings['partners'])}.csv"


def write(rows: list[dict], path: Path) -> None:
    from .atomicfile import write_text
    import io

    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=FIELDS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_text(path, out.getvalue())


def make(root: Path, today: date | None = None) -> tuple[Path, list[dict]]:
    """The sample for the site in root, and where it goes (training/records/)."""
    from .courses import parse

    reg = registries.load(root / "training")
    sample = root / "training" / "sample.yml"
    given = (yaml.safe_load(sample.read_text(encoding="utf-8")) or {}) if sample.is_file() else {}
    settings = shape(reg, given, today or date.today())
    courses, _ = parse("training/courses.yml", (root / "training" / "courses.yml").read_text(encoding="utf-8"))
    rows = generate(settings, {c.id for c in courses if c.mode == "e-learning"}, int(given.get("seed", SEED)))
    return root / "training" / "records" / file_name(settings), rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m earlyhelp sample-data", description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="the site's folder (default: this one)")
    args = parser.parse_args(argv)
    path, rows = make(args.root)
    write(rows, path)
    print(f"Wrote {len(rows):,} synthetic records to {path}")
    return 0
