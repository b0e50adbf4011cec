"""The coordinator's list of refreshers due: `make training-due` (python -m earlyhelp training-due).

From the training records, everyone whose latest completion of a course with ``renew_every`` in
training/courses.yml is overdue or falls due within the next months. It names people, so it goes
to the terminal or to a CSV file the coordinator names, and never into the site: a file inside
the docs or site folder is refused.
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import sys
from datetime import date
from pathlib import Path

from ..atomicfile import write_text
from ..findings import errors
from ..sources import site_config
from . import learning, registry as registry_module
from .describe import FORMULA_STARTS
from .location import records_folder
from .records import read_folder
from .report import _merge

COLUMNS = ("attendee", "agency", "course", "completed", "due", "status")


def listing(folder: Path, training_dir: Path, today: str, within: int) -> tuple[list[dict], list]:
    """(rows due, findings about the registries and records)."""
    reg = registry_module.load(training_dir)
    files, found = read_folder(folder, reg, today)
    kept, _ = _merge(files)
    findings = reg.findings + found + [f for fr in files for f in fr.findings]
    return learning.due(kept, reg, today, within), findings


def _cell(value: str) -> str:
    """A value a spreadsheet would run as a formula gets a leading ' (OWASP CSV injection)."""
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def csv_text(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    writer.writerows([_cell(str(r[c])) for c in COLUMNS] for r in rows)
    return buffer.getvalue()


def forbidden(out: Path, root: Path) -> str | None:
    """Why ``out`` may not be written: it is inside a folder the site is built from or into (as
    mkdocs.yml names them), so it could be published."""
    config = site_config(root / "mkdocs.yml") if (root / "mkdocs.yml").is_file() else {}
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    # As written and as its links lead: "docs/out/due.csv" is published even when docs/out links elsewhere.
    targets = {out.resolve(), Path(os.path.abspath(root / out if not out.is_absolute() else out))}
    for name, what in ((config.get("docs_dir") or "docs", "docs"), (config.get("site_dir") or "site", "site"),
                       (theme.get("custom_dir"), "theme's custom_dir")):
        folders = {(root / name).resolve(), Path(os.path.abspath(root / name))} if name else set()
        if any(t == f or f in t.parents for t in targets for f in folders):
            return f"{out} is inside the {what} folder, which is published: the list names people."
    return None


def main(argv: list[str] | None = None, root: Path | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make training-due", description=__doc__.splitlines()[0])
    parser.add_argument("--within", type=int, default=3, help="months ahead to look (default 3)")
    parser.add_argument("--out", type=Path, default=None, help="a CSV file for the list (default: the terminal)")
    parser.add_argument("--today", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--from-make", action="store_true", help="read WITHIN and OUT from the environment")
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.from_make:  # make passes WITHIN and OUT in the environment, never through the shell
        try:
            args.within = int(os.environ.get("WITHIN") or args.within)
        except ValueError:
            args.within = -1
        args.out = Path(os.environ["OUT"]).expanduser() if os.environ.get("OUT") else None
    root = (root or Path.cwd()).resolve()
    if args.within < 0:
        print("Error: --within must be 0 or more months. How to fix: give a whole number, such as 3.",
              file=sys.stderr)
        return 2
    if args.out and (problem := forbidden(args.out, root)):
        print(f"Error: {problem} How to fix: give a file outside docs/ and site/, for example "
              "OUT=~/training-due.csv.", file=sys.stderr)
        return 2
    today = args.today or date.today().isoformat()
    folder = records_folder(root, os.environ.get("TRAINING_RECORDS_DIR"))
    rows, findings = listing(folder, root / "training", today, args.within)
    for finding in findings:
        print(finding.format(), file=sys.stderr)
    if args.out:
        write_text(args.out, csv_text(rows))
        print(f"Wrote {len(rows):,} people due or overdue for renewal to {args.out}.")
    else:
        print(f"{len(rows):,} due or overdue for renewal (within {args.within} months of {today}):")
        for r in rows:
            print(f"  {r['status']:<8} {r['due']}  {r['course']}  {r['attendee']}  ({r['agency']}, "
                  f"completed {r['completed']})")
    return 1 if errors(findings) else 0
