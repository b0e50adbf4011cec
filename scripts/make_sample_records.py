"""Write the synthetic sample of training records (make sample-data).

SYNTHETIC: every row is made up by this script from a fixed seed, so the same
file comes out on every machine. It covers the financial years 2018/19 to
2024/25 and shows the kind of rise the strategy hopes for, so `make serve` on a
fresh machine shows a populated report. Attendees are synthetic-NNNN@example.org:
no real person is in it.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = 2019
FILE_NAME = "synthetic-sample-2018-2025.csv"
# Distinct partner attendees wanted in each financial year (2018/19 onwards): a rise, with a dip in 2020/21.
PARTNERS_PER_YEAR = (240, 310, 280, 390, 470, 560, 640)
EARLY_HELP_STAFF_PER_YEAR = 35
# How many people of each agency there are in the synthetic pool (roughly the size of the workforce that trains).
AGENCY_WEIGHTS = {
    "Primary schools": 30, "Secondary schools": 14, "Special schools": 3, "Early years settings": 12,
    "Further education colleges": 3, "Health visiting": 9, "School nursing": 5, "Midwifery": 5, "GP practices": 4,
    "Family Nurse Partnership": 1, "Child and adolescent mental health services": 3, "Hospital services": 2,
    "Public health": 1, "Young People's Drug and Alcohol Team": 1, "Merseyside Police": 6,
    "Children's Social Care": 8, "Torus Housing": 4, "Other housing providers": 2, "Youth Justice Service": 2,
    "Voluntary and community organisations": 9, "Domestic abuse services": 2, "Faith groups": 1,
    "Adult social care": 1, "Jobcentre Plus": 1,
}
# Course mix by year: the e-learning induction arrives with the strategy (2019/20) and grows.
COURSES = {
    "eh-induction": (0, 8, 14, 18, 20, 22, 24),
    "eh-workshop": (12, 10, 4, 8, 9, 9, 9),
    "descriptions-of-need": (8, 8, 5, 6, 6, 6, 6),
    "ehat-skills": (5, 6, 3, 5, 6, 6, 6),
    "chairing-meetings": (2, 3, 2, 3, 3, 3, 3),
    "lead-professional": (3, 3, 2, 3, 3, 3, 3),
}


def _day(rng: random.Random, fy: int) -> date:
    """A weekday in the financial year starting in April of ``fy``."""
    start = date(fy, 4, 1)
    while True:
        day = start + timedelta(days=rng.randrange(365))
        if day.weekday() < 5:
            return day


def generate(seed: int = SEED) -> list[dict]:
    rng = random.Random(seed)
    names = list(AGENCY_WEIGHTS)
    pool = [rng.choices(names, weights=list(AGENCY_WEIGHTS.values()))[0] for _ in range(2600)]
    people = [(f"synthetic-{n:04d}@example.org", agency) for n, agency in enumerate(pool, start=1)]
    staff = [(f"synthetic-{n:04d}@example.org", "Early Help Service") for n in range(2601, 2681)]
    rows = []
    for offset, wanted in enumerate(PARTNERS_PER_YEAR):
        fy = 2018 + offset
        weights = [COURSES[c][offset] for c in COURSES]
        for attendee, agency in rng.sample(people, wanted) + rng.sample(staff, EARLY_HELP_STAFF_PER_YEAR):
            courses = set(rng.choices(list(COURSES), weights=weights, k=rng.choice((1, 1, 1, 2, 2, 3))))
            for course in sorted(courses):
                elearning = course == "eh-induction"
                status = "completed" if elearning else ("did not attend" if rng.random() < 0.04 else "attended")
                rows.append({"date": _day(rng, fy).isoformat(), "course": course, "attendee": attendee,
                             "agency": agency, "status": status, "source": "portal" if elearning else "register"})
    rows += [dict(row) for row in rng.sample(rows, len(rows) // 150)]  # double submissions
    rows.sort(key=lambda r: (r["date"], r["course"], r["attendee"]))
    return rows


def write(rows: list[dict], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["date", "course", "attendee", "agency", "status", "source"],
                                lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "training" / "records", help="folder to write to")
    args = parser.parse_args(argv)
    rows = generate()
    write(rows, args.out / FILE_NAME)
    print(f"Wrote {len(rows):,} synthetic records to {args.out / FILE_NAME}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
