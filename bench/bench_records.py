"""Benchmark (make bench-records): the training report against pandas, on the same file, in the same run.

It writes synthetic record files of 200,000 and 1,000,000 rows to bench/out/
(fixed seed; ignored by git), then times, best of five (CPU time):

- the report: ``report.build`` on a folder holding that one file: read the
  registries and the bytes, check every row, drop duplicates, count completed
  quarters by financial year, sector and course, and apply disclosure control
  (everything a build does for the report, page text aside);
- pandas read_csv + groupby: read the same file and count rows by financial
  year and course (no checks): the issue 17 yardstick;
- pandas, same figures: read_csv, drop duplicates, map agencies to sectors and
  partners, and compute the report's counts (still no checks).

Target (issue 17): at 200,000 records the report costs at most 3 times pandas
read_csv + groupby. This is a script, not a test: times vary by machine and
are never asserted.
"""

from __future__ import annotations

import csv
import random
import sys
import time
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from earlyhelp.completions import registry, report  # noqa: E402

OUT = ROOT / "bench" / "out"
SIZES = (200_000, 1_000_000)
TODAY = "2025-06-30"
TARGET = 3.0


def make_file(rows: int, reg: registry.Registry) -> Path:
    """Synthetic records over 2018/19 to 2024/25, about five attendances per person, in a folder of its own."""
    path = OUT / f"records-{rows}" / "records.csv"
    if path.exists():
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    rng = random.Random(rows)
    agencies, courses = list(reg.agencies), list(reg.courses)
    days = [(date(2018, 4, 1) + timedelta(days=n)).isoformat() for n in range(2557)]
    people = [(f"synthetic-{n:07d}@example.org", rng.choice(agencies)) for n in range(rows // 5)]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(("date", "course", "attendee", "agency", "status", "source"))
        for _ in range(rows):
            attendee, agency = rng.choice(people)
            writer.writerow((rng.choice(days), rng.choice(courses), attendee, agency, "attended", "bench"))
    return path


def ours(path: Path) -> dict:
    result, findings = report.build(path.parent, ROOT / "training", 5, TODAY)
    assert not findings, findings[:3]
    return result


def pandas_groupby(path: Path, pd) -> object:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    year = frame["date"].str.slice(0, 4).astype(int) - (frame["date"].str.slice(5, 7).astype(int) < 4)
    return frame.groupby([year, frame["course"]]).size()


def pandas_same_figures(path: Path, pd, reg: registry.Registry) -> tuple:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, usecols=["date", "course", "attendee", "agency"])
    frame = frame.drop_duplicates(["attendee", "course", "date"])
    month = frame["date"].str.slice(5, 7).astype(int)
    frame["fy"] = frame["date"].str.slice(0, 4).astype(int) - (month < 4)
    frame["quarter"] = ((month - 4) % 12) // 3
    frame["sector"] = frame["agency"].map({n: a.sector for n, a in reg.agencies.items()})
    partners = frame[frame["agency"].map({n: a.partner for n, a in reg.agencies.items()})]
    return (frame.groupby(["fy", "sector"]).size(), frame.groupby(["fy", "course"]).size(),
            frame.groupby(["fy", "quarter"]).size(), partners.groupby("fy")["attendee"].nunique(),
            partners.groupby(["fy", "quarter"])["attendee"].nunique(), partners.groupby("fy")["agency"].nunique())


def best(func, repeat: int = 5) -> float:
    """The least CPU time of ``repeat`` runs: CPU time (not the wall clock), so other work on the machine
    does not count against either side; both sides run in one thread."""
    times = []
    for _ in range(repeat):
        start = time.process_time()
        func()
        times.append(time.process_time() - start)
    return min(times)


def main() -> int:
    import pandas as pd

    reg = registry.load(ROOT / "training")
    print(f"Python {sys.version.split()[0]}, pandas {pd.__version__}; best of 5 runs, CPU seconds")
    print()
    print(f"| {'records':>9} | {'the report':>10} | {'pandas read_csv+groupby':>23} "
          f"| {'pandas, same figures':>20} | {'report / read_csv+groupby':>25} |")
    print(f"| {'-' * 9}:| {'-' * 10}:| {'-' * 23}:| {'-' * 20}:| {'-' * 25}:|")
    for rows in SIZES:
        path = make_file(rows, reg)
        result = ours(path)
        assert sum(y["attendances"] or 0 for y in result["years"]) > 0.9 * rows
        mine = best(lambda: ours(path))
        theirs = best(lambda: pandas_groupby(path, pd))
        same = best(lambda: pandas_same_figures(path, pd, reg))
        ratio = mine / theirs
        flag = "" if rows != SIZES[0] else (" (target met)" if ratio <= TARGET else f" (target {TARGET:g}: MISSED)")
        print(f"| {rows:>9,} | {mine:>10.3f} | {theirs:>23.3f} | {same:>20.3f} | {ratio:>12.2f}{flag:>13} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
