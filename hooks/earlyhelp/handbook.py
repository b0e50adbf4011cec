"""The handbook: every guidance page on one page, in the order of the site's menu, to print.

A printed copy goes out of date without anyone seeing, so every printed sheet says when it was
printed, from where, and when the earliest of its pages is next due for review (see combine). The
pages' own HTML is reused: headings move down a level, ids get the page's prefix so none repeat, and
links point inside the handbook where the page they name is in it.
"""

from __future__ import annotations

import datetime as dt
import html
import posixpath
import re
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit

from . import review

MARKER = "<!-- handbook -->"
GUIDANCE, INDEX = "guidance", "index"


@dataclass(frozen=True)
class NavPage:
    url: str  # relative to the site's root, as MkDocs gives it ("levels-of-need/ehat/", "" for home)
    title: str
    meta: dict
    content: str  # the page's HTML body, as MkDocs rendered it
    section: str  # title of its top-level menu section ("" at the top level)
    parent: str  # title path of the menu section it is directly in
    is_index: bool  # the section's own page (navigation.indexes)


def select(pages: list[NavPage]) -> list[NavPage]:
    """Guidance pages, and the overview page of each menu section that has guidance pages in it."""
    with_guidance = {p.parent for p in pages if p.meta.get("type") == GUIDANCE}
    return [p for p in pages if p.meta.get("type") == GUIDANCE
            or (p.meta.get("type") == INDEX and p.is_index and p.parent and p.parent in with_guidance)]


def slug(url: str) -> str:
    return "page-" + (re.sub(r"[^a-z0-9]+", "-", url.lower()).strip("-") or "home")


def section_ids(pages: list[NavPage]) -> dict[str, str]:
    """{page url: id of its section in the handbook}, never the same id twice ("a-b/" and "a/b/")."""
    ids: dict[str, str] = {}
    for p in pages:
        base = candidate = slug(p.url)
        n = 1
        while candidate in ids.values():
            n += 1
            candidate = f"{base}-{n}"
        ids[p.url] = candidate
    return ids


def next_review(pages: list[NavPage], today: dt.date, default_months: int, soon_days: int) -> dt.date | None:
    """The earliest date any page in the handbook is due for review (None if no page has a date)."""
    dues = [s.due for s in (review.review(p.meta, today, default_months, soon_days) for p in pages) if s]
    return min(dues, default=None)


_HEADING = re.compile(r"<(/?)h([1-6])\b")
_IDS = re.compile(r'(\s(?:id|for|aria-labelledby|aria-describedby|aria-controls)=")([^"]*)(")')
_LINKS = re.compile(r'(\s(?:href|src)=")([^"]*)(")')
_BASE = "http://site.invalid/"  # stands for the site's root while addresses are worked out


def rewrite(content: str, page_url: str, handbook_url: str, inside: dict[str, str]) -> str:
    """One page's HTML made fit to sit in the handbook. inside: {page url: its section id}."""
    prefix = inside[page_url] + "--"
    out = _HEADING.sub(lambda m: f"<{m.group(1)}h{min(int(m.group(2)) + 1, 6)}", content)
    out = _IDS.sub(lambda m: m.group(1) + " ".join(prefix + v for v in m.group(2).split()) + m.group(3), out)

    def link(m: re.Match) -> str:
        value = html.unescape(m.group(2))
        parts = urlsplit(value)
        if parts.scheme or parts.netloc or value.startswith("//"):
            return m.group(0)  # another site, an email address or a phone number
        if not parts.path and parts.fragment:
            return f"{m.group(1)}#{prefix}{html.escape(parts.fragment)}{m.group(3)}"
        target = urlsplit(urljoin(_BASE + page_url, value))
        path = target.path[len("/"):]
        if path in inside:
            anchor = inside[path] + ("--" + target.fragment if target.fragment else "")
            return f"{m.group(1)}#{html.escape(anchor)}{m.group(3)}"
        folder = handbook_url if handbook_url.endswith("/") else posixpath.dirname(handbook_url) + "/"
        relative = posixpath.relpath("/" + path, "/" + folder)
        if path.endswith("/") or not path:
            relative += "/"  # "../levels-of-need/" as MkDocs writes it, "./" for the handbook's own folder
        tail = ("?" + target.query if target.query else "") + ("#" + target.fragment if target.fragment else "")
        return f"{m.group(1)}{html.escape(relative + tail)}{m.group(3)}"

    return _LINKS.sub(link, out)


def contents(pages: list[NavPage], ids: dict[str, str]) -> str:
    """The contents list: pages grouped under their menu sections, in menu order."""
    groups: list[tuple[str, list[NavPage]]] = []
    for p in pages:
        if groups and groups[-1][0] == p.section and p.section:
            groups[-1][1].append(p)
        else:
            groups.append((p.section, [p]))
    items = []
    for section, members in groups:
        links = [f'<li><a href="#{ids[p.url]}">{html.escape(p.title)}</a></li>' for p in members]
        if section:
            items.append(f"<li>{html.escape(section)}<ol>{''.join(links)}</ol></li>")
        else:
            items.extend(links)
    return ('<nav class="eh-handbook__contents" aria-labelledby="handbook-contents">'
            f'<h2 id="handbook-contents">Contents</h2><ol>{"".join(items)}</ol></nav>')


def combine(pages: list[NavPage], handbook_url: str, built: dt.date, due: dt.date | None, site_url: str) -> str:
    """The handbook's generated part: cover facts, contents, the pages, and the printed footer."""
    ids = section_ids(pages)
    due_text = review.long_date(due) if due else "not set"
    if due is None:
        review_note = "None of these pages has a review date."
    elif due <= built:
        review_note = f"At least one of these pages was due for review on {due_text}, so some of it may be out of date."
    else:
        review_note = f"The next review of any of these pages is due on {due_text}."
    where = html.escape((site_url.rstrip("/") + "/" + handbook_url) if site_url else "this site")
    count = f"{len(pages)} guidance page" + ("" if len(pages) == 1 else "s")
    cover = (f'<div class="eh-handbook__cover"><p>The {count} of this site as published on '
             f"{review.long_date(built)}, in the order of the site's menu. A printed copy goes out of date "
             "without anyone noticing: check the site before you rely on it, and recycle old copies.</p>"
             f"<p>{review_note}</p>"
             '<p><button type="button" class="md-button md-button--primary" data-eh-print hidden>'
             "Print the handbook</button></p></div>")
    body = "".join(f'<section class="eh-handbook__page" id="{ids[p.url]}">'
                   f"{rewrite(p.content, p.url, handbook_url, ids)}</section>" for p in pages)
    footer = ('<p class="eh-handbook__footer" data-eh-print-footer>Printed <span data-eh-print-date></span>from '
              f"<span data-eh-print-url>{where}</span>. Check the site for the latest version. "
              f"Next review due {due_text}.</p>")
    # A table's footer is printed at the foot of every sheet the table runs over, with room kept for it
    # (Chromium and Firefox both do this); on screen the table is laid out as plain blocks.
    return (f'<div class="eh-handbook" data-eh-handbook><table class="eh-handbook__sheets" role="presentation">'
            f"<tbody><tr><td>{cover}{contents(pages, ids)}{body}</td></tr></tbody>"
            f"<tfoot><tr><td>{footer}</td></tr></tfoot></table></div>")


def from_nav(nav_pages) -> list[NavPage]:
    """NavPage values from MkDocs' pages (nav.pages, in menu order), once all are rendered."""
    out = []
    for page in nav_pages:
        chain, parent = [], page.parent
        while parent is not None:
            chain.insert(0, parent.title or "")
            parent = parent.parent
        out.append(NavPage(page.url, page.title or page.url, dict(page.meta or {}), page.content or "",
                           chain[0] if chain else "", " / ".join(chain), bool(page.is_index)))
    return out
