"""MkDocs adapter: the site offline after one visit, the printable handbook, and the What's changed feed.

The web app manifest, its icons and the feed are added as files before the pages are built (so the
What's changed page can link to the feed); the handbook is filled in once every page is rendered; the
service worker is written last, from the finished site folder, so its list of files is exact.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from earlyhelp import appmanifest, feed, handbook, offline, review
from earlyhelp.atomicfile import write_text
from earlyhelp.reporting import report
from earlyhelp.settings import Settings
from earlyhelp.sitecheck import CHANGES, HEALTH
from filled_pages import add

_worker_source: list[Path] = []  # the docs/ file sw.js is made from (it is not copied to the site)
_serving: list[bool] = [False]  # `mkdocs serve`: a preview is never kept offline


def on_startup(command, **kwargs):
    _serving[0] = command == "serve"


def on_files(files, config, **kwargs):
    source = files.get_file_from_path(offline.WORKER_SOURCE)
    _worker_source[:] = [Path(source.abs_src_path)] if source else []
    if source:
        files.remove(source)
    report(offline.missing_worker(source is not None, Path(config.docs_dir).name))
    colour = offline.theme_colour([f.content_string for f in map(files.get_file_from_path, config.extra_css) if f])
    add(files, config, appmanifest.MANIFEST, appmanifest.manifest(config.site_name, config.site_description, colour))
    for size in appmanifest.ICON_SIZES:
        add(files, config, appmanifest.icon_path(size), appmanifest.icon_png(size, colour))
    pages = files.documentation_pages()
    titles = feed.titles([(f.src_uri, f.content_string) for f in pages
                          if f.generated_by is None and f.src_uri not in (HEALTH, CHANGES)])
    items = feed.entries(feed.read_log(Path(config.docs_dir)), titles)
    add(files, config, feed.FEED, feed.atom(items, {f.src_uri: f.url for f in pages}, config.site_name,
                                            config.site_url or "", CHANGES, dt.date.today()))
    return files


def on_page_context(context, page, config, nav, **kwargs):
    if page.content and handbook.MARKER in page.content:
        settings, today = Settings.from_extra(config.extra), dt.date.today()
        pages = handbook.select([p for p in handbook.from_nav(nav.pages) if p.url != page.url])
        due = handbook.next_review(pages, today, settings.review_every, settings.due_soon_days)
        page.content = page.content.replace(handbook.MARKER, handbook.combine(pages, page.url, today, due,
                                                                              config.site_url or ""))
    return context


def on_post_build(config, **kwargs):
    if not _worker_source:
        return
    site = Path(config.site_dir)
    if _serving[0]:
        return write_text(site / offline.WORKER, offline.PREVIEW_WORKER)
    kept = offline.entries(offline.read_site(site), offline.search_langs(config), {feed.FEED}, config.use_directory_urls)
    write_text(site / offline.WORKER, offline.worker(_worker_source[0].read_text("utf-8"), kept,
                                                     review.long_date(dt.date.today())))
