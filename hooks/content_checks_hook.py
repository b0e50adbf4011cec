"""MkDocs adapter: content checks, the anonymisation gate, and two generated pages.

Errors (personal data in a case study, a front matter problem, an abbreviation
missing from the glossary) fail `mkdocs build --strict`; notices (a page due for
review, a page harder to read than the target) are logged at info level only.

When a page or setting has changed since the last build, the checks run in a second
process (earlyhelp/background.py) while MkDocs renders the pages; the build waits
for them only when it reaches the two pages they fill in, which it reads last.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict
from pathlib import Path

import filled_pages
from earlyhelp import background, buildcache, changes, review, sitecheck
from earlyhelp.settings import Settings
from earlyhelp.sitecheck import CHANGES, COURSES, GLOSSARY, HEALTH

KEPT = ".cache/content-checks.json"  # the last build's findings and two pages, used while no input changes
# Where the build puts each page's tables in docs/about/content-health.md and docs/about/whats-changed.md.
MARKERS = {HEALTH: "<!-- content-health -->", CHANGES: "<!-- whats-changed -->"}
_checks = background.Pending()


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
    _checks.begin(lambda: background.Step(root / KEPT, key, sitecheck.FIELDS, "earlyhelp.sitecheck",
                                          lambda: sitecheck.job(root, pages, settings, today, docs_name, log)))
    filled_pages.add_unless_written(files, config, HEALTH, lambda: _health_head() + _checks.result()[HEALTH])
    filled_pages.add_unless_written(files, config, CHANGES, lambda: changes.HEAD + _checks.result()[CHANGES])
    filled_pages.read_last(files, HEALTH, CHANGES)  # so the checks have the other pages' time to finish
    return files


def _health_head() -> str:
    from earlyhelp import health  # only for a site with no docs/about/content-health.md

    return health.HEAD


def on_page_markdown(markdown, page, config, files, **kwargs):
    uri = page.file.src_uri
    if uri in MARKERS:
        return filled_pages.fill(markdown, page, config, MARKERS[uri], _checks.result()[uri])
    settings = Settings.from_extra(config.extra)
    state = review.review(page.meta, dt.date.today(), settings.review_every, settings.due_soon_days)
    if state is not None and state.status == review.OVERDUE and page.file.generated_by is None:
        return review.inject(markdown, state)
    return markdown


def on_post_build(config, **kwargs):
    _checks.result()  # the findings are reported (and fail a strict build) even if no page showed the tables


def on_build_error(error, **kwargs):
    _checks.end()
