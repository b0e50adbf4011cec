"""MkDocs adapter: content checks, the anonymisation gate, the two pages they fill in, and What's
changed as an Atom feed (the same changes as the page).

Errors (personal data in a case study, a front matter problem, an abbreviation missing from the
glossary) stop a strict build (strict_gate_hook.py); notices (a page due for review, a page harder
to read than the target) are shown and never stop one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from earlyhelp.adapters import buildlog
from earlyhelp.adapters import filled_pages
from earlyhelp.adapters.generated import add
from earlyhelp import feed, review, sitecheck, sources
from earlyhelp.settings import Settings

MARKERS = {sitecheck.HEALTH: "<!-- content-health -->", sitecheck.CHANGES: "<!-- whats-changed -->"}
_made: dict[str, str] = {}


def on_files(files, config, **kwargs):
    root, docs = Path(config.config_file_path).parent, Path(config.docs_dir)
    pages = [(f.src_uri, f.content_string) for f in files.documentation_pages() if f.generated_by is None]
    docs_name = docs.relative_to(root).as_posix() if docs.is_relative_to(root) else docs.name
    terms, _ = sources.glossary(root)  # its own mistakes are reported by the glossary hook
    courses, _ = sources.courses(root)  # and the registry's by the portal hook
    today = dt.date.today()
    result = sitecheck.check_site(pages, Settings.from_extra(config.extra), terms, courses, today,
                                  docs_name, feed.read_log(docs))
    buildlog.report(result.findings)
    _made.update({sitecheck.HEALTH: result.health, sitecheck.CHANGES: result.changes})
    urls = {f.src_uri: f.url for f in files.documentation_pages()}
    add(files, config, feed.FEED, feed.atom(result.feed, urls, config.site_name, config.site_url or "",
                                            sitecheck.CHANGES, today))
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    uri = page.file.src_uri
    if uri in MARKERS:
        return filled_pages.fill(markdown, page, config, MARKERS[uri], _made[uri])
    settings = Settings.from_extra(config.extra)
    state = review.review(page.meta, dt.date.today(), settings.review_every, settings.due_soon_days)
    if state is not None and state.status == review.OVERDUE and page.file.generated_by is None:
        return review.inject(markdown, state)
    return markdown
