"""The Content health page: review dates, reading ease, links to other websites, check results."""

from __future__ import annotations

import posixpath
from collections import Counter
from dataclasses import dataclass, field

from . import anonymise
from .findings import Finding, ordered, plural
from .mdtext import Link
from .review import CURRENT, OVERDUE, Review, long_date

# Personal data is never repeated on a public page: only its kind and line are shown.
PRIVATE_KINDS = set(anonymise.PRIVATE_KINDS)


@dataclass
class PageReport:
    src_uri: str
    title: str
    page_type: str
    review: Review | None = None
    reading_ease: float | None = None
    links: list[Link] = field(default_factory=list)


def _cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def _link(page: PageReport, folder: str) -> str:
    return f"[{_cell(page.title)}]({posixpath.relpath(page.src_uri, folder or '.')})"


def _reviews(pages: list[PageReport], folder: str, soon_days: int) -> list[str]:
    due = sorted((p for p in pages if p.review and p.review.status != CURRENT), key=lambda p: p.review.due)
    out = ["## Pages due for review", ""]
    if not due:
        return out + [f"No page is due for review in the next {soon_days} days.", ""]
    overdue = sum(p.review.status == OVERDUE for p in due)
    out += [f"{plural(overdue, 'page')} {'is' if overdue == 1 else 'are'} past {'its' if overdue == 1 else 'their'} "
            f"review date and {len(due) - overdue} {'is' if len(due) - overdue == 1 else 'are'} due within "
            f"{soon_days} days. "
            "Readers see a \"Due for review\" notice at the top of a page that is past its date.", "",
            "| Page | Owner | Last reviewed | Review due | Status |", "| --- | --- | --- | --- | --- |"]
    for p in due:
        status = "**Overdue**" if p.review.status == OVERDUE else "Due soon"
        out.append(f"| {_link(p, folder)} | {_cell(p.review.owner)} | {long_date(p.review.last_reviewed)} "
                   f"| {long_date(p.review.due)} | {status} |")
    return out + [""]


def _readability(pages: list[PageReport], folder: str, target: float) -> list[str]:
    scored = sorted((p for p in pages if p.reading_ease is not None), key=lambda p: (p.reading_ease, p.title))
    harder = [p for p in scored if p.reading_ease < target]
    out = ["## Reading ease", "",
           f"The Flesch reading ease of each page: higher is easier, and 60 to 70 is plain English. The target is "
           f"{target:g}. {len(harder)} of {len(scored)} pages are harder to read than the target. Shorter "
           "sentences and everyday words raise the score. Very short pages are not scored.", "",
           "| Page | Reading ease | Compared with the target |", "| --- | --- | --- |"]
    for p in scored:
        verdict = "**Harder than the target**" if p.reading_ease < target else "Meets the target"
        out.append(f"| {_link(p, folder)} | {p.reading_ease:.0f} | {verdict} |")
    return out + [""]


def _external(pages: list[PageReport], folder: str) -> list[str]:
    out = ["## Links to other websites", "",
           "Check these now and then: other websites move or remove pages. (Links between this site's own pages "
           "are checked by every build.)", ""]
    linked = [p for p in sorted(pages, key=lambda p: p.title.casefold()) if p.links]
    if not linked:
        return out + ["No page links to another website.", ""]
    for p in linked:
        out.append(f"- {_link(p, folder)}")
        for link in p.links:
            out.append(f"    - [{_cell(link.text)}]({link.url}) (line {link.line}): `{link.url}`")
    return out + [""]


def _superseded(findings: list[Finding]) -> list[str]:
    """Pages that still name a replaced document, body or programme (see currency.py)."""
    out = ["## Out-of-date names", ""]
    found = [f for f in ordered(findings) if f.kind == "superseded term"]
    if not found:
        return out + ["No page uses a name on the list of replaced documents and terms in partnership.yml.", ""]
    out += [f"{plural(len(found), 'place')} on the site {'uses' if len(found) == 1 else 'use'} a name that has been "
            "replaced. Readers may act on old guidance: update the page, or allow the name in its front matter "
            "if it is quoted or tells the history.", "", "| Page | Line | Old name | What changed |",
            "| --- | --- | --- | --- |"]
    for f in found:
        out.append(f"| {_cell(f.file)} | {f.line or ''} | {_cell(f.text)} | {_cell(f.message)} |")
    return out + [""]


def _problems(findings: list[Finding]) -> list[str]:
    errors = [f for f in findings if f.severity == "error"]
    out = ["## Problems found by the checks", ""]
    if not errors:
        return out + ["No problems: every page passes the content checks.", ""]
    out += [f"{plural(len(errors), 'problem')} {'stops' if len(errors) == 1 else 'stop'} the site from being "
            "published until they are fixed. The build log (make serve or make build) gives each one with how to "
            "fix it.", "", "| Page | Line | Problem |", "| --- | --- | --- |"]
    for f in ordered(errors):
        what = f"Possible {f.kind}" if f.kind in PRIVATE_KINDS else f.message
        out.append(f"| {_cell(f.file)} | {f.line or ''} | {_cell(what)} |")
    counts = Counter(f.kind or "other" for f in errors)
    out += ["", "By kind: " + ", ".join(f"{k} ({n})" for k, n in sorted(counts.items())) + "."]
    return out + [""]


# The page's front matter, heading and summary when docs/ has no page of its own
# (docs/about/content-health.md).
HEAD = "\n".join(["---", "title: Content health",
                  "description: Which pages are due for review, how easy each page is to read, and links to other websites.",
                  "type: report", "search:", "  exclude: true", "---", "", "# Content health", "",
                  "The build fills in this page from the site's own pages. It helps the writing group keep the "
                  "guidance up to date and easy to read.", "", ""])


def render(pages: list[PageReport], findings: list[Finding], here: str, target: float, soon_days: int) -> str:
    """The page's sections, in Markdown."""
    folder = posixpath.dirname(here)
    return "\n".join(_reviews(pages, folder, soon_days) + _readability(pages, folder, target)
                     + _external(pages, folder) + _superseded(findings) + _problems(findings))
