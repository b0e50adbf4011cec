"""MkDocs adapter: the printable handbook, filled in once every page is rendered: the guidance
pages in navigation order, with the earliest next review among them on every printed sheet."""

from __future__ import annotations

import datetime as dt

from earlyhelp import handbook
from earlyhelp.settings import Settings


def on_page_context(context, page, config, nav, **kwargs):
    if page.content and handbook.MARKER in page.content:
        settings, today = Settings.from_extra(config.extra), dt.date.today()
        pages = handbook.select([p for p in handbook.from_nav(nav.pages) if p.url != page.url])
        due = handbook.next_review(pages, today, settings.review_every, settings.due_soon_days)
        page.content = page.content.replace(handbook.MARKER, handbook.combine(pages, page.url, today, due,
                                                                              config.site_url or ""))
    return context
