"""The content checks of the whole site as one step, with the two pages they fill in (Content health
and What's changed) and the What's changed feed's entries, all from one reading of the history.
Pure: the adapter and the command line read the files and report the findings."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import changes, checks, currency, feed, gazetteer, health, levels
from .courses import Course
from .findings import Finding
from .glossary import Term
from .settings import Settings

HEALTH = "about/content-health.md"
CHANGES = "about/whats-changed.md"


@dataclass(frozen=True)
class SiteCheck:
    findings: list[Finding]
    health: str  # the tables of the Content health page
    changes: str  # the list of the What's changed page
    feed: list[feed.Entry]  # the same changes with their commits, for the feed


def check_site(pages: list[tuple[str, str]], settings: Settings, terms: list[Term], courses: list[Course] | None,
               today: dt.date, docs_name: str, log: str | None) -> SiteCheck:
    """Every (src_uri, text) page checked; ``courses`` is None when there is no readable registry;
    ``log`` is feed.read_log's (None without history)."""
    ids = None if courses is None else [c.id for c in courses]
    superseded, problems = currency.parse(settings.superseded)
    problems += levels.parse(settings.partnership.get("levels_of_need"))[1] + gazetteer.unlocated(settings.partnership)
    result = checks.run([p for p in pages if p[0] not in (HEALTH, CHANGES)], settings, terms, today, docs_name, ids,
                        superseded)
    result.findings[:0] = problems
    return SiteCheck(result.findings,
                     health.render(result.pages, result.findings, HEALTH, settings.reading_ease_target,
                                   settings.due_soon_days),
                     changes.render(None if log is None else feed.split(log)[0], result.titles, CHANGES),
                     feed.entries(log, result.titles))
