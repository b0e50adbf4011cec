"""What's changed as an Atom feed, so partners can subscribe in a feed reader or an email service.

The entries are the What's changed page's own: changes.parse() picks the latest change to each page
that is still on the site, newest first, up to changes.LIMIT. This module adds what the page leaves
out: each change's commit and the first line of its commit message. No author is given: a commit's
author is a person, and the feed speaks for the partnership.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from . import changes

FEED = "whats-changed.xml"
FIELD = "\x1f"


@dataclass(frozen=True)
class Entry:
    date: dt.date
    src_uri: str
    title: str
    summary: str
    commit: str


def read_log(docs_dir: Path, max_commits: int = 500) -> str | None:
    """changes.read_log, with each commit's hash and subject after its date; None without history."""
    return changes.read_log(docs_dir, max_commits, f"%ad{FIELD}%H{FIELD}%s")


def split(log: str) -> tuple[str, dict[tuple[str, str], tuple[str, str]]]:
    """The log as changes.parse reads it, and {(date, path): (commit, subject)} of the newest commit
    touching each path on each day (git lists newest first)."""
    plain, details = [], {}
    for record in log.split(changes.RECORD):
        head, _, rest = record.partition("\n")
        day, commit, subject = (head.split(FIELD, 2) + ["", ""])[:3]
        plain.append(day.strip() + "\n" + rest if record else record)
        for path in rest.split("\n"):
            if path.strip():
                details.setdefault((day.strip(), path.strip()), (commit.strip(), subject.strip()))
    return changes.RECORD.join(plain), details


def entries(log: str | None, page_titles: dict[str, str], limit: int = changes.LIMIT) -> list[Entry]:
    """The What's changed page's list (pages still on the site), each with its commit and summary."""
    if not log:
        return []
    plain, details = split(log)
    picked = [c for c in changes.parse(plain) if c.src_uri in page_titles][:limit]
    out = []
    for change in picked:
        commit, subject = details.get((change.date.isoformat(), change.src_uri), ("", ""))
        out.append(Entry(change.date, change.src_uri, page_titles[change.src_uri], subject or "Page updated.", commit))
    return out


_CONTROL = dict.fromkeys(c for c in range(32) if c not in (9, 10, 13))


def _text(value: str) -> str:
    """Text safe in XML 1.0, which forbids most control characters (a commit message may hold one)."""
    return escape(value.translate(_CONTROL))


def atom(items: list[Entry], urls: dict[str, str], site_name: str, site_url: str, changes_page: str,
         today: dt.date) -> str:
    """The feed's XML; urls are the pages' addresses relative to the site's root, as MkDocs gives them.
    With site_url set, addresses are absolute; without it they are relative to the feed (which is at
    the site's root), as Atom allows."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    feed_id = base + FEED if base else "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, "early-help:" + site_name))

    def address(url: str) -> str:
        return base + url if base else url or "./"

    def stamp(day: dt.date) -> str:
        return day.isoformat() + "T00:00:00Z"

    updated = max((e.date for e in items), default=today)
    lines = ['<?xml version="1.0" encoding="utf-8"?>', '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">',
             f"  <title>{_text(site_name)}: what's changed</title>",
             f"  <subtitle>The guidance pages that changed most recently, newest first.</subtitle>",
             f"  <id>{escape(feed_id)}</id>", f"  <updated>{stamp(updated)}</updated>",
             f"  <author><name>{_text(site_name)}</name></author>",
             f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(base + FEED)}/>",
             f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(address(urls.get(changes_page, '')))}/>"]
    for e in items:
        link = address(urls.get(e.src_uri, ''))
        entry_id = "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"{feed_id} {e.src_uri} {e.commit or e.date}"))
        lines += ["  <entry>", f"    <title>{_text(e.title)}</title>", f"    <id>{entry_id}</id>",
                  f"    <updated>{stamp(e.date)}</updated>", f"    <link rel=\"alternate\" href={quoteattr(link)}/>",
                  f"    <summary>{_text(e.summary)}</summary>", "  </entry>"]
    return "\n".join(lines + ["</feed>"]) + "\n"
