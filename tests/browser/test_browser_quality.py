"""Issue 6: the built site checked the way its users meet it, in Debian's chromium."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from browsing import search_results
from pypdf import PdfReader

from conftest import ROOT
from earlyhelp import frontmatter, quizzes

pytestmark = pytest.mark.browser

AXE = Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def all_pages(site: Path) -> list[str]:
    return sorted(str(p.parent.relative_to(site)).replace(".", "") + "/" if p.parent != site else ""
                  for p in site.rglob("index.html"))


def run_axe(page) -> list[dict]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return result["violations"]


# A council laptop in each palette, and a phone at 320 CSS pixels wide, the width WCAG's reflow
# criterion (1.4.10) names: there a wide table must scroll by keyboard as well as by finger.
SCREENS = {"light": ("light", {"width": 1280, "height": 720}), "dark": ("dark", {"width": 1280, "height": 720}),
           "phone": ("light", {"width": 320, "height": 640})}


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_is_accessible_and_private(browser, built_site, site_url, screen):
    """axe-core (WCAG 2.0-2.2 A and AA) finds nothing, and no page asks another host for anything."""
    scheme, viewport = SCREENS[screen]
    context = browser.new_context(color_scheme=scheme, viewport=viewport)
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    problems, pages = [], all_pages(built_site.site)
    assert len(pages) > 40
    expected = "slate" if scheme == "dark" else "default"
    for path in pages:
        page.goto(site_url + path, wait_until="load")
        assert page.get_attribute("body", "data-md-color-scheme") == expected
        for v in run_axe(page):
            targets = [n["target"] for n in v["nodes"]][:3]
            problems.append(f"/{path}: {v['id']} ({v['impact']}): {v['help']} at {targets}")
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > viewport["width"]:
            problems.append(f"/{path}: the page is {width} pixels wide, so it scrolls sideways as a whole")
    context.close()
    assert not problems, "\n".join(problems)
    own = urlparse(site_url).netloc
    foreign = sorted({u for u in requests if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != own})
    assert not foreign, f"requests to other hosts: {foreign}"


def test_a_wide_table_scrolls_by_keyboard_only_when_it_is_wide(browser, site_url):
    """The report's year table overflows a phone: its wrapper takes focus, is named after the caption and
    scrolls with the arrow keys. On a laptop it fits, so it is no tab stop until the window narrows."""
    selector = ".md-typeset__scrollwrap:has(caption:text-is('Attendances and partners in each financial year, "\
               "latest first'))"
    for viewport, wide in (({"width": 320, "height": 640}, True), ({"width": 1280, "height": 720}, False)):
        context = browser.new_context(viewport=viewport)
        page = context.new_page()
        page.goto(site_url + "training/report/", wait_until="load")
        wrap = page.locator(selector)
        if not wide:
            assert wrap.get_attribute("tabindex") is None and wrap.get_attribute("role") is None
            page.set_viewport_size({"width": 320, "height": 640})
            page.wait_for_function("el => el.getAttribute('tabindex') === '0'", arg=wrap.element_handle())
            context.close()
            continue
        assert wrap.get_attribute("tabindex") == "0" and wrap.get_attribute("role") == "region"
        assert wrap.get_attribute("aria-label") == "Attendances and partners in each financial year, latest first"
        wrap.focus()
        assert focus_is_visible(page)
        page.keyboard.press("ArrowRight")
        page.wait_for_function("el => el.scrollLeft > 0", arg=wrap.element_handle())
        context.close()


def focus_is_visible(page) -> bool:
    return page.evaluate("""() => {
        const el = document.activeElement;
        if (!el || el === document.body) return false;
        const s = getComputedStyle(el);
        const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        return outline || (s.boxShadow && s.boxShadow !== 'none');
    }""")


def test_skip_link_is_first_and_reaches_the_content(page, site_url):
    page.goto(site_url + "levels-of-need/level-2-early-help/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    target = page.evaluate("location.hash")
    assert target and page.locator(target).first.evaluate("el => el.closest('article') !== null")


def test_a_quiz_can_be_completed_with_the_keyboard_alone(page, site_url):
    src = "training/induction/ten-principles.md"
    doc = frontmatter.parse(src, (ROOT / "docs" / src).read_text("utf-8"))
    expected = quizzes.find(doc.body)
    page.goto(site_url + "training/induction/ten-principles/")
    unseen_focus = []

    def tab_until(predicate: str, limit: int = 600):
        for _ in range(limit):
            page.keyboard.press("Tab")
            if not focus_is_visible(page):
                unseen_focus.append(page.evaluate("document.activeElement.outerHTML.slice(0, 80)"))
            if page.evaluate(predicate):
                return
        raise AssertionError(f"keyboard focus never reached {predicate}")

    for index, quiz in enumerate(expected):
        prefix = f"quiz-{index}-"
        right = [i for i, (ok, _) in enumerate(quiz.answers) if ok]
        tab_until(f"document.activeElement.id.startsWith('{prefix}')")
        kind = page.evaluate("document.activeElement.type")
        if kind == "radio":
            for _ in range(len(quiz.answers) + 1):
                if page.evaluate("document.activeElement.id") == f"{prefix}{right[0]}":
                    break
                page.keyboard.press("ArrowDown")
            page.keyboard.press("Space")
        else:
            for i in range(len(quiz.answers)):
                if page.evaluate("document.activeElement.id") != f"{prefix}{i}":
                    tab_until(f"document.activeElement.id === '{prefix}{i}'", 5)
                if i in right:
                    page.keyboard.press("Space")
        tab_until(f"document.activeElement.matches('#quiz-{index} button[type=submit]')", 10)
        page.keyboard.press("Enter")
        assert page.locator(f"#quiz-{index} .quiz-feedback").is_visible()
    page.locator("#record-completion .eh-record__status").filter(has_text="Well done").wait_for()
    assert not unseen_focus, f"focus not visible on: {unseen_focus[:5]}"


def search(page, site_url, query: str) -> list[str]:
    page.goto(site_url)
    return [urlparse(h).path for h in search_results(page, query)]


def test_search_finds_the_right_pages(page, site_url):
    base = urlparse(site_url).path
    assert search(page, site_url, "EHAT")[0] == base + "levels-of-need/ehat/"
    assert base + "levels-of-need/level-4-child-protection/" in search(page, site_url, "child protection")[:3]
    assert base + "strategy/step-up-vision/" in search(page, site_url, "STEP UP")[:3]
    assert search(page, site_url, "Family Action Meeting")[0] == base + "levels-of-need/family-action-meeting/"


@pytest.mark.parametrize("path, must_have", [
    ("levels-of-need/", ["Level 1 – Universal", "Level 4 – Child Protection"]),
    ("case-studies/family-bereavement/", ["Family bereavement", "What we can learn"]),
])
def test_pages_print_without_site_chrome(page, site_url, tmp_path, path, must_have):
    page.goto(site_url + path)
    page.emulate_media(media="print")
    pdf = tmp_path / "page.pdf"
    page.pdf(path=str(pdf), format="A4")
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    for phrase in must_have:
        assert phrase in text
    nav_labels = page.locator(".md-tabs__link, .md-nav__link").evaluate_all("els => els.map(e => e.textContent.trim())")
    chrome = ["Skip to content", "Edit this page", "Search", "Initializing search"]
    assert not [c for c in chrome if c in text]
    assert "Strategy Case studies Training" not in text  # the tabs bar
    assert len([n for n in set(nav_labels) if n and n in text]) < len(set(nav_labels)) / 2


def visible_palette_button(page):
    return page.locator("[data-eh-palette]:not([hidden])")


def test_the_palette_switch_works_by_keyboard_and_is_remembered(browser, site_url):
    """The light/dark switch: follows the system until the reader chooses, then keeps the choice."""
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    scheme = lambda: page.get_attribute("body", "data-md-color-scheme")
    page.goto(site_url + "levels-of-need/level-2-early-help/")
    assert scheme() == "slate"
    assert visible_palette_button(page).count() == 1
    assert visible_palette_button(page).get_attribute("aria-label") == "Switch to light mode"
    visible_palette_button(page).focus()
    page.keyboard.press("Enter")
    assert scheme() == "default"
    # Focus moves to the switch now shown, so a keyboard user can switch straight back.
    assert page.evaluate("document.activeElement.getAttribute('aria-label')") == "Switch to dark mode"
    assert focus_is_visible(page)
    page.wait_for_function("!document.body.hasAttribute('data-md-color-switching')")
    page.goto(site_url + "levels-of-need/")
    assert scheme() == "default", "the reader's choice outlasts the system's dark setting on the next page"
    page.keyboard.press("Tab")  # any key press: the choice is kept after keyboard use, not only clicks
    page.emulate_media(color_scheme="light")
    page.emulate_media(color_scheme="dark")
    assert scheme() == "default"
    context.close()

    context = browser.new_context(color_scheme="light")
    page = context.new_page()
    page.goto(site_url)
    assert page.get_attribute("body", "data-md-color-scheme") == "default"
    page.emulate_media(color_scheme="dark")  # no stored choice: the page follows the system as it changes
    page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'slate'")
    assert visible_palette_button(page).get_attribute("aria-label") == "Switch to light mode"
    context.close()
