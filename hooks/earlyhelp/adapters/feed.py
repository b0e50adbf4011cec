"""MkDocs adapter: What's changed as an Atom feed, from the same history as the page, added before
the pages are built so the What's changed page can link to it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from earlyhelp import feed
from earlyhelp.adapters.generated import add
from earlyhelp.sitecheck import CHANGES, HEALTH


def on_files(files, config, **kwargs):
    pages = files.documentation_pages()
    titles = feed.titles([(f.src_uri, f.content_string) for f in pages
                          if f.generated_by is None and f.src_uri not in (HEALTH, CHANGES)])
    items = feed.entries(feed.read_log(Path(config.docs_dir)), titles)
    add(files, config, feed.FEED, feed.atom(items, {f.src_uri: f.url for f in pages}, config.site_name,
                                            config.site_url or "", CHANGES, dt.date.today()))
    return files
