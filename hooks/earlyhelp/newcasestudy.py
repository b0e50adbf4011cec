"""`make new-case-study NAME=short-name`: a new case study from the site's template, reviewed today.

One command for this repository and every partnership's site (their Makefiles call it), so a fix
reaches them all with the generator's version."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
from pathlib import Path

from . import atomicfile

TEMPLATE = Path("docs/templates/case-study.md")
FOLDER = Path("docs/case-studies")
_NAME = re.compile(r"[a-z0-9-]+")


def create(name: str, root: Path, today: dt.date) -> tuple[Path | None, str]:
    """(the new page, what to say): the template with today as its review date, or (None, why not)."""
    if not _NAME.fullmatch(name or ""):
        return None, ("Give a short name in lower case letters, digits and dashes, for example: "
                      "make new-case-study NAME=young-carer-at-school")
    page = FOLDER / f"{name}.md"
    if (root / page).exists():
        return None, f"{page.as_posix()} already exists: pick another name."
    try:
        template = (root / TEMPLATE).read_text(encoding="utf-8")
    except OSError:
        return None, f"{TEMPLATE.as_posix()} is missing: put the template back (the starter site has one)."
    (root / FOLDER).mkdir(parents=True, exist_ok=True)
    atomicfile.write_text(root / page, re.sub(r"(?m)^last_reviewed: .*$", f"last_reviewed: {today.isoformat()}",
                                              template))
    return page, (f"Created {page.as_posix()} from {TEMPLATE.as_posix()}.\n"
                  "Next: fill it in, then run make serve: it appears under Case studies by itself.\n"
                  "The build fails until the page names nobody and says anonymised: true (the template says how).")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m earlyhelp new-case-study", description=__doc__.splitlines()[0])
    parser.add_argument("name", nargs="?", help="the page's short name, for example young-carer-at-school")
    parser.add_argument("--from-make", action="store_true", help="read NAME from the environment")
    args = parser.parse_args(argv)
    page, message = create(os.environ.get("NAME", "") if args.from_make else args.name, Path.cwd(), dt.date.today())
    print(message)
    return 0 if page else 2
