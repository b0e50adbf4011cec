"""Shared by the browser tests: what a reader does with the site's own controls."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

from pypdf import PdfReader

from htmltext import page_path


def address(src: str) -> str:
    """Where the page built from the Markdown file src (relative to docs/) is, relative to the site."""
    folder = page_path(Path("."), src).parent.as_posix()
    return "" if folder == "." else folder + "/"


def search_results(page, query: str) -> list[str]:
    """The addresses Material's search lists for query, on the page already open.

    Once Material's search worker has the index (until then the box says "Initializing search"), the
    whole query goes in and a key is pressed: Material reads the query on key events, so fill() alone
    is missed, and typing letter by letter can leave the results of a partial query showing."""
    box = page.locator("input.md-search__input")
    box.click()
    page.wait_for_function("document.querySelector('.md-search-result__meta').textContent.trim()"
                           " !== 'Initializing search'")
    box.fill(query)
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for()
    return page.locator(".md-search-result__item > a").evaluate_all("links => links.map(a => a.href)")


# ---------- Every page, checked as its readers meet it ----------

AXE = Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# A council laptop in each palette, and a phone at 320 CSS pixels wide, the width WCAG's reflow
# criterion (1.4.10) names: there a wide table must scroll by keyboard as well as by finger.
SCREENS = {"light": ("light", {"width": 1280, "height": 720}), "dark": ("dark", {"width": 1280, "height": 720}),
           "phone": ("light", {"width": 320, "height": 640})}


def built_pages(site: Path) -> list[str]:
    """The address, relative to the site, of every page the build wrote."""
    return sorted(str(p.parent.relative_to(site)).replace(".", "") + "/" if p.parent != site else ""
                  for p in site.rglob("index.html"))


def markdown_pages(project: Path) -> list[Path]:
    """The site's own Markdown pages, as its mkdocs.yml publishes them (templates/ is left out)."""
    docs = project / "docs"
    return [p for p in docs.rglob("*.md") if p.relative_to(docs).parts[0] != "templates"]


def run_axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    return page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)["violations"]


def check_every_page(browser, site_url: str, pages: list[str], screen: str) -> tuple[list[str], list[str]]:
    """Open every page on one screen: (each axe violation or sideways scroll, each request to another host)."""
    scheme, viewport = SCREENS[screen]
    context = browser.new_context(color_scheme=scheme, viewport=viewport)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    problems = []
    expected = "slate" if scheme == "dark" else "default"
    for path in pages:
        page.goto(site_url + path, wait_until="load")
        shown = page.get_attribute("body", "data-md-color-scheme")
        if shown != expected:
            problems.append(f"/{path}: the {scheme} screen shows the '{shown}' palette")
        for v in run_axe(page):
            targets = [n["target"] for n in v["nodes"]][:3]
            problems.append(f"/{path}: {v['id']} ({v['impact']}): {v['help']} at {targets}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            problems.append(f"/{path}: the page is {width} pixels wide, so it scrolls sideways as a whole")
    context.close()
    own = urlparse(site_url).netloc
    foreign = sorted({u for u in requests if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != own})
    return problems, foreign


def printed_text(page, url: str, pdf: Path) -> str:
    """The page at url printed to PDF by the browser, read back as one line of text."""
    page.goto(url)
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), format="A4")
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))


def chrome_in_print(page, text: str) -> list[str]:
    """The site's name, controls, menu entries and footer that the printed text carries though the
    page's own article does not say them (there should be none)."""
    article = re.sub(r"\s+", " ", page.locator("article").first.inner_text())
    chrome = ["Skip to content", "Edit this page", "Search", "Initializing search"]
    shown = page.locator(".md-header__topic:first-child, .md-tabs__link, .md-nav__link, .md-copyright")
    chrome += shown.evaluate_all("els => els.map(e => e.textContent.replace(/\\s+/g, ' ').trim())")
    return sorted({c for c in chrome if c and c not in article and c in text})
