"""MkDocs adapter: content checks, the anonymisation gate, and two generated pages.

Errors (personal data in a case study, a front matter problem, an abbreviation
missing from the glossary) fail `mkdocs build --strict`; notices (a page due for
review, a page harder to read than the target) are logged at info level only.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

import filled_pages
from earlyhelp import buildcache, changes, review
from earlyhelp.findings import Finding
from earlyhelp.reporting import report
from earlyhelp.settings import Settings

HEALTH = "about/content-health.md"
CHANGES = "about/whats-changed.md"
GLOSSARY = "includes/abbreviations.md"
COURSES = "training/courses.yml"
SCORES = ".cache/reading-ease.json"  # scores of unchanged pages, kept between builds
TEXT_CHECKS = ".cache/text-checks.json"  # personal data, jargon and link results of unchanged pages
KEPT = ".cache/content-checks.json"  # the last build's findings and two pages, used while no input changes
# Where the build puts each page's tables in docs/about/content-health.md and docs/about/whats-changed.md.
MARKERS = {HEALTH: "<!-- content-health -->", CHANGES: "<!-- whats-changed -->"}
_made: dict = {}


def _check(root: Path, pages: list[tuple[str, str]], settings: Settings, today: dt.date, docs_name: str,
           log: str | None) -> dict:
    from earlyhelp import checks, health  # only when a page or setting has changed since the last build

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


def on_files(files, config, **kwargs):
    root = Path(config.config_file_path).parent
    docs = Path(config.docs_dir)
    settings = Settings.from_extra(config.extra)
    pages = [(f.src_uri, f.content_string) for f in files.documentation_pages()
             if f.generated_by is None and f.src_uri not in (HEALTH, CHANGES)]
    docs_name = docs.relative_to(root).as_posix() if docs.is_relative_to(root) else docs.name
    today, log = dt.date.today(), changes.read_log(docs)
    key = buildcache.digest(buildcache.code_fingerprint(), today.isoformat(), asdict(settings), docs_name, log,
                            sorted(pages), buildcache.files_digest([root / GLOSSARY, root / COURSES]))
    made = buildcache.remember(root / KEPT, key, lambda: _check(root, pages, settings, today, docs_name, log),
                               ("findings", HEALTH, CHANGES))
    report(Finding(**f) for f in made["findings"])
    _made.update(made)
    filled_pages.add_unless_written(files, config, HEALTH, lambda: _health_head() + made[HEALTH])
    filled_pages.add_unless_written(files, config, CHANGES, lambda: changes.HEAD + made[CHANGES])
    return files


def _health_head() -> str:
    from earlyhelp import health  # only for a site with no docs/about/content-health.md

    return health.HEAD


def on_page_markdown(markdown, page, config, files, **kwargs):
    uri = page.file.src_uri
    if uri in MARKERS:
        return filled_pages.fill(markdown, page, config, MARKERS[uri], _made[uri])
    settings = Settings.from_extra(config.extra)
    state = review.review(page.meta, dt.date.today(), settings.review_every, settings.due_soon_days)
    if state is not None and state.status == review.OVERDUE and page.file.generated_by is None:
        return review.inject(markdown, state)
    return markdown
