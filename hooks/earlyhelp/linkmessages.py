"""MkDocs' own messages about a page's links, made into findings with the line and a fix.

MkDocs checks every relative link (its `validation:` settings) and says "Doc file 'x.md' contains a
link 'y.md', but the target 'y.md' is not found among documentation files." A writer then has to
search the page for the link and guess what to do; and under `--strict -q` MkDocs does not stop
for it (mkdocs/mkdocs#4126). Here each such message becomes a Finding on the link's line."""

from __future__ import annotations

import difflib
import posixpath
import re
from typing import Callable

from .findings import Finding, line_of

_MESSAGE = re.compile(r"Doc file '(?P<page>[^']+)' contains (?:a|an absolute|an unrecognized relative) link "
                      r"'(?P<url>[^']+)'(?P<rest>.*)", re.S)
_NOT_FOUND = "is not found among documentation files"
RELATIVE = "Links between pages are relative to this page's folder: '../' goes up one folder."


def _line(source: str, url: str) -> int | None:
    """The line of the link: as a Markdown link's target first, then anywhere."""
    for needle in (f"]({url}", f"]( {url}", f"<{url}>", f'"{url}"', url):
        at = source.find(needle)
        if at >= 0:
            return line_of(source, at)
    return None


def _fix(page: str, url: str, rest: str, pages: list[str]) -> str:
    if _NOT_FOUND in rest:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page), url.split("#")[0]))
        # Pages in the target's folder, or of its file name elsewhere: a few to compare, not the site.
        pool = ([p for p in pages if posixpath.dirname(p) == posixpath.dirname(target)]
                or [p for p in pages if posixpath.basename(p) == posixpath.basename(target)])
        near = difflib.get_close_matches(target, pool, n=1, cutoff=0.6)
        guess = (f" Did you mean '{posixpath.relpath(near[0], posixpath.dirname(page) or '.')}'?" if near else "")
        return f"Check the file name and folders in the link.{guess} {RELATIVE}"
    if "anchor" in rest:
        return ("Check the heading the link points to: its anchor is the heading in lower case, with dashes "
                "for spaces and no punctuation ('## Who can help?' is '#who-can-help').")
    if "absolute" in rest or "left as is" in rest:
        return ("Link to the page's .md file by its relative path, for example ../guidance/young-carers.md, "
                "or give a full web address starting https://.")
    return "Check the link, or remove it."


def explain(message: str, read: Callable[[str], str | None], docs_name: str, pages: list[str]) -> Finding | None:
    """The finding for one of MkDocs' link messages, or None for any other message. ``read``: a
    page's Markdown by its path in the docs folder (None when it cannot be read)."""
    match = _MESSAGE.match(message)
    if not match:
        return None
    page, url, rest = match["page"], match["url"], match["rest"]
    source = read(page)
    kind = "broken link" if _NOT_FOUND in rest else "anchor" if "anchor" in rest else "link"
    if kind == "broken link":
        what = f"The link to '{url}' leads to no page."
    elif kind == "anchor":
        what = f"The link '{url}' is wrong:" + rest.rstrip(".").split(", but", 1)[-1] + "."
    else:
        what = f"The link '{url}' is not a relative link to a page, so it is left as it is."
    return Finding(f"{docs_name}/{page}", _line(source, url) if source else None, what,
                   _fix(page, url, rest, pages), kind=kind, text=url)
