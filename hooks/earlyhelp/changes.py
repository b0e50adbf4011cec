"""The "What's changed" page: the latest change to each page, from the repository's history.

``read_log`` is the only function here that touches the outside world (it runs
git); the rest turns its text into a page. With no usable history (a download
rather than a clone, a shallow clone, no git), the page says so plainly.
"""

from __future__ import annotations

import datetime as dt
import os
import posixpath
import subprocess
from dataclasses import dataclass
from pathlib import Path

from .review import long_date

RECORD = "\x1e"
LIMIT = 30
NO_HISTORY = ("The list of changes is made from the site's history, and that history is not available in this "
              "copy of the site (for example, a downloaded copy or a shallow clone), so it cannot be shown here. "
              "The [Content health](content-health.md) page shows when each page was last reviewed.")
NO_CHANGES = "No changes to the guidance have been recorded yet."


@dataclass(frozen=True)
class Change:
    date: dt.date
    src_uri: str


def read_log(docs_dir: Path, max_commits: int = 500, fields: str = "%ad") -> str | None:
    """`git log` of the docs folder, paths relative to it, each commit starting with RECORD and its
    ``fields`` (git's format: the date by default); None when there is no full history."""
    def git(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["git", *args], cwd=docs_dir, capture_output=True, text=True, timeout=20,
                              env={**os.environ, "LC_ALL": "C"})

    try:
        shallow = git("rev-parse", "--is-shallow-repository")
        if shallow.returncode != 0 or shallow.stdout.strip() == "true":
            return None
        log = git("log", "--no-merges", "--date=short", f"--format={RECORD}{fields}", "--name-only", "--relative",
                  "-n", str(max_commits), "--", ".")
    except (OSError, subprocess.SubprocessError):
        return None
    if log.returncode != 0:
        # A repository with no commits yet has no history to show, which is not an error.
        return "" if "does not have any commits" in log.stderr else None
    return log.stdout


def parse(log: str) -> list[Change]:
    """The latest change to each file, newest first (git log lists newest first)."""
    seen: dict[str, Change] = {}
    for record in log.split(RECORD):
        lines = [l.strip() for l in record.strip().splitlines() if l.strip()]
        if not lines:
            continue
        try:
            day = dt.date.fromisoformat(lines[0])
        except ValueError:
            continue
        for path in lines[1:]:
            seen.setdefault(path, Change(day, path))
    return sorted(seen.values(), key=lambda c: (-c.date.toordinal(), c.src_uri))


# The page's front matter and heading when docs/ has no page of its own (docs/about/whats-changed.md).
HEAD = ("---\ntitle: What's changed\ndescription: The guidance pages that changed most recently, newest first.\n"
        "type: report\nsearch:\n  exclude: true\n---\n\n# What's changed\n\n")


def render(log: str | None, titles: dict[str, str], here: str, limit: int = LIMIT) -> str:
    """The list of changes, in Markdown; only pages that are still on the site are listed."""
    if log is None:
        return NO_HISTORY + "\n"
    changes = [c for c in parse(log) if c.src_uri in titles][:limit]
    if not changes:
        return NO_CHANGES + "\n"
    folder = posixpath.dirname(here)
    rows = ["| Date | Page |", "| --- | --- |"]
    for change in changes:
        title = titles[change.src_uri].replace("|", "\\|")
        rows.append(f"| {long_date(change.date)} | [{title}]({posixpath.relpath(change.src_uri, folder or '.')}) |")
    intro = (f"The {len(changes)} most recently changed pages, newest first, with the date of each page's latest "
             "change. Check a page you rely on if it has changed since you last read it.\n\n")
    return intro + "\n".join(rows) + "\n"
