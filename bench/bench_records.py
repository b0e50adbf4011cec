"""Benchmark (make bench): the training-report hook against pandas, on the same files, in the same run.

It writes synthetic record files of 100,000 and 1,000,000 rows to bench/out/
(fixed seed; ignored by git), then times, best of three:

- ours: read the bytes, check every row, drop duplicates, count by financial
  year, quarter, sector and course, and apply suppression (what a build does
  for a changed file; an unchanged file is not re-read at all);
- pandas read_csv + groupby: read the same file and count rows by financial
  year and course (no checks);
- pandas, same figures: read_csv, drop duplicates, map agencies to sectors and
  partners, and compute the report's counts (still no checks).

This is a script, not a test: times vary by machine and are never asserted.
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

from earlyhelp.completions import records, registry, report  # noqa: E402

OUT = ROOT / "bench" / "out"
SIZES = (100_000, 1_000_000)
TODAY = "2025-06-30"


def make_file(rows: int, reg: registry.Registry) -> Path:
    """Synthetic records over 2018/19 to 2024/25; about five attendances per person."""
    path = OUT / f"records-{rows}.csv"
    if path.exists():
        return path
    OUT.mkdir(parents=True, exist_ok=True)
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


def ours(path: Path, reg: registry.Registry) -> dict:
    parsed = records.parse_bytes(path.name, path.read_bytes(), reg, TODAY)
    assert not parsed.findings, parsed.findings[:3]
    return report.publish(report.aggregate([parsed], reg), reg, 5, TODAY)


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


def best(func, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> int:
    import pandas as pd

    reg = registry.load(ROOT / "training")
    print(f"Python {sys.version.split()[0]}, pandas {pd.__version__}; best of 3 runs, seconds")
    print()
    print(f"| {'records':>9} | {'ours: read+check+count':>22} | {'pandas read_csv+groupby':>23} "
          f"| {'pandas, same figures':>20} | {'ours / pandas':>13} |")
    print(f"| {'-' * 9}:| {'-' * 22}:| {'-' * 23}:| {'-' * 20}:| {'-' * 13}:|")
    for rows in SIZES:
        path = make_file(rows, reg)
        result = ours(path, reg)
        assert sum(y["attendances"] for y in result["years"]) == result["data_quality"]["accepted"]
        mine = best(lambda: ours(path, reg))
        theirs = best(lambda: pandas_groupby(path, pd))
        same = best(lambda: pandas_same_figures(path, pd, reg))
        print(f"| {rows:>9,} | {mine:>22.2f} | {theirs:>23.2f} | {same:>20.2f} | {mine / theirs:>13.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
