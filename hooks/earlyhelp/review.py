"""Review dates: when a page is due for review, and the notice readers see when it is."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .findings import Finding

OVERDUE = "overdue"
DUE_SOON = "due soon"
CURRENT = "current"
KIND = "due for review"


@dataclass(frozen=True)
class Review:
    last_reviewed: dt.date
    due: dt.date
    status: str  # overdue | due soon | current
    owner: str


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day of the month, months later (the last day if that month is shorter)."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review(meta: dict, today: dt.date, default_months: int = 12, soon_days: int = 30) -> Review | None:
    """The review state of a page, or None when it has no usable last_reviewed date."""
    last = meta.get("last_reviewed")
    if not isinstance(last, dt.date) or isinstance(last, dt.datetime):
        return None
    months = meta.get("review_every", default_months)
    if not isinstance(months, int) or isinstance(months, bool) or months < 1:
        months = default_months
    due = add_months(last, months)
    status = OVERDUE if today >= due else DUE_SOON if (due - today).days <= soon_days else CURRENT
    return Review(last, due, status, str(meta.get("owner") or "the page owner"))


def long_date(day: dt.date) -> str:
    return f"{day.day} {day.strftime('%B')} {day.year}"


def notice(path: str, state: Review) -> Finding:
    """A build notice (never an error) for a page past its review date."""
    return Finding(path, None, f"Due for review since {long_date(state.due)} (last reviewed "
                            f"{long_date(state.last_reviewed)}; owner: {state.owner}).",
                   "Check the page is still right, then set last_reviewed in its front matter to today's date.",
                   "notice", KIND, state.due.isoformat())


def admonition(state: Review) -> str:
    return (f'!!! warning "Due for review"\n'
            f"    This page was last checked on {long_date(state.last_reviewed)} and was due to be checked again "
            f"by {long_date(state.due)}. Some of it may be out of date. If you spot something wrong, "
            f"tell the page owner: {state.owner}.\n")


_H1 = re.compile(r"^#[ \t]+.*$|^.+\n=+[ \t]*$", re.M)


def inject(markdown: str, state: Review) -> str:
    """Put the notice at the top of the page, just under the main heading if there is one."""
    box = admonition(state)
    match = _H1.search(markdown)
    if match and not markdown[:match.start()].strip():
        return markdown[:match.end()] + "\n\n" + box + markdown[match.end():]
    return box + "\n" + markdown
