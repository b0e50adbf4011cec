"""Issue 6: the generator's pages checked the way their users meet them, in Debian's chromium, on the
generator fixture site (made by `new-partnership`; St Helens' own pages: tests/browser/test_site_browser.py)."""

from __future__ import annotations

import pytest
import yaml
from browsing import SCREENS, address, built_pages, check_every_page, chrome_in_print, markdown_pages, printed_text

from earlyhelp import frontmatter, quizzes
from sitefactory import SECOND_MODULE

pytestmark = pytest.mark.browser
GUIDANCE = "levels-of-need/level-2.md"  # a starter guidance page of the fixture site


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_page_is_accessible_and_private(browser, built_site, generator_site, site_url, screen):
    """axe-core (WCAG 2.0-2.2 A and AA) finds nothing, and no page asks another host for anything."""
    pages = built_pages(built_site.site)
    assert len(pages) == len(markdown_pages(generator_site)), "a Markdown page was not built, or a stray one was"
    problems, foreign = check_every_page(browser, site_url, pages, screen)
    assert not problems, "\n".join(problems)
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
    page.goto(site_url + address(GUIDANCE))
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent.trim()") == "Skip to content"
    assert focus_is_visible(page)
    page.keyboard.press("Enter")
    target = page.evaluate("location.hash")
    assert target and page.locator(target).first.evaluate("el => el.closest('article') !== null")


def test_a_quiz_can_be_completed_with_the_keyboard_alone(page, site_url, generator_site):
    doc = frontmatter.parse(SECOND_MODULE, (generator_site / "docs" / SECOND_MODULE).read_text("utf-8"))
    expected = quizzes.find(doc.body)
    kinds = {sum(ok for ok, _ in quiz.answers) > 1 for quiz in expected}
    assert kinds == {True, False}, "the module needs quizzes of both kinds: one answer, and several"
    page.goto(site_url + address(SECOND_MODULE))
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


def levels_named(project) -> list[str]:
    config = yaml.safe_load((project / "partnership.yml").read_text("utf-8"))
    return [f"{lv['label']} – {lv['name']}" for lv in config["extra"]["partnership"]["levels_of_need"]]


@pytest.mark.parametrize("src", ["levels-of-need/index.md", "worried-about-a-child.md"])
def test_pages_print_without_site_chrome(page, site_url, generator_site, tmp_path, src):
    title = frontmatter.parse(src, (generator_site / "docs" / src).read_text("utf-8")).meta["title"]
    must_have = [title] + (levels_named(generator_site) if src.startswith("levels-of-need/") else [])
    text = printed_text(page, site_url + address(src), tmp_path / "page.pdf")
    assert [phrase for phrase in must_have if phrase not in text] == []
    assert chrome_in_print(page, text) == []


def visible_palette_button(page):
    return page.locator("[data-eh-palette]:not([hidden])")


def test_the_palette_switch_works_by_keyboard_and_is_remembered(browser, site_url):
    """The light/dark switch: follows the system until the reader chooses, then keeps the choice."""
    context = browser.new_context(color_scheme="dark")
    page = context.new_page()
    scheme = lambda: page.get_attribute("body", "data-md-color-scheme")
    page.goto(site_url + address(GUIDANCE))
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
