"""Small helpers to read built HTML the way a reader sees it."""

from __future__ import annotations

import gzip

import html
import re
from html.parser import HTMLParser
from pathlib import Path


def page_path(site: Path, src: str) -> Path:
    """Built file for a docs-relative Markdown path (directory URLs)."""
    stem = src[:-3]
    if stem == "index" or stem.endswith("/index"):
        return site / (stem[:-5] if stem != "index" else "") / "index.html"
    return site / stem / "index.html"


def normalise(text: str) -> str:
    text = html.unescape(text)
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    return re.sub(r"\s+", " ", text)


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0
        self.in_article = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style", "option"):
            self.skip += 1
        if tag == "article":
            self.in_article += 1

    def handle_endtag(self, tag):
        if tag in ("script", "style", "option") and self.skip:
            self.skip -= 1
        if tag == "article" and self.in_article:
            self.in_article -= 1

    def handle_data(self, data):
        if not self.skip and self.in_article:
            self.parts.append(data)


def article_text(path: Path) -> str:
    """The text of a page's main content, tags and scripts removed."""
    parser = _Text()
    parser.feed(path.read_text(encoding="utf-8"))
    return normalise(" ".join(parser.parts))


QUIZ_MARKERS = ("mkdocsQuizConfig", "quiz_progress_", ".quiz-feedback")


def too_heavy(page: bytes) -> str | None:
    """What is wrong with a guidance page's weight, or None: at most 8 KB sent, 24 KB on disk, no quiz."""
    sent = len(gzip.compress(page, compresslevel=6))
    if sent >= 8 * 1024 or len(page) >= 24 * 1024:
        return f"{len(page)} bytes, {sent} compressed"
    return "it carries quiz assets" if any(m.encode() in page for m in QUIZ_MARKERS) else None
