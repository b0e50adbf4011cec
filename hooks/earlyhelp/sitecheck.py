"""The content checks of the whole site as one step of the build, with the two pages they fill in
(Content health and What's changed). The build runs it in a second process (background.py) while
MkDocs renders the pages, or not at all when no input has changed since the last build."""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

from . import buildcache
from .settings import Settings

HEALTH = "about/content-health.md"
CHANGES = "about/whats-changed.md"
GLOSSARY = "includes/abbreviations.md"
COURSES = "training/courses.yml"
SCORES = ".cache/reading-ease.json"  # scores of unchanged pages, kept between builds
TEXT_CHECKS = ".cache/text-checks.json"  # personal data, jargon and link results of unchanged pages
FIELDS = ("findings", HEALTH, CHANGES)


def check_site(root: Path, pages: list[tuple[str, str]], settings: Settings, today: dt.date, docs_name: str,
               log: str | None) -> dict:
    """Findings (as dicts) and the tables of the two pages, for these (src_uri, text) pages."""
    from . import changes, checks, health  # only when a page or setting has changed since the last build

    scores = buildcache.load(root / SCORES, buildcache.is_number)
    memo = buildcache.load(root / TEXT_CHECKS, lambda v: isinstance(v, dict))
    result = checks.run(pages, settings, checks.load_glossary(root / GLOSSARY), today,
                        docs_name, checks.load_course_ids(root / COURSES), scores, memo)
    buildcache.save(root / SCORES, scores)
    buildcache.save(root / TEXT_CHECKS, memo)
    return {
        "findings": [asdict(f) for f in result.findings],
        HEALTH: health.render(result.pages, result.findings, HEALTH, settings.reading_ease_target,
                              settings.due_soon_days),
        CHANGES: changes.render(log, result.titles, CHANGES),
    }


def job(root: Path, pages: list[tuple[str, str]], settings: Settings, today: dt.date, docs_name: str,
        log: str | None) -> dict:
    """check_site's arguments as JSON values, for the second process."""
    return {"root": str(root), "pages": pages, "settings": asdict(settings), "today": today.isoformat(),
            "docs_name": docs_name, "log": log}


def run_job(given: dict) -> dict:
    settings = given["settings"]
    settings = Settings(**{**settings, "service_numbers": tuple(settings["service_numbers"]),
                           "local_places": tuple(settings["local_places"])})
    return check_site(Path(given["root"]), [tuple(p) for p in given["pages"]], settings,
                      dt.date.fromisoformat(given["today"]), given["docs_name"], given["log"])
