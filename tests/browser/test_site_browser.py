"""St Helens' own site in Debian's chromium (its content test, not the generator's): every page passes
axe-core light, dark and on a phone and asks no other host for anything; search finds, and print
carries, what tests/data/expected_content.yml says. The generator's own browser tests use the
generator fixture site instead."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
import yaml
from browsing import (SCREENS, address, built_pages, check_every_page, chrome_in_print, markdown_pages,
                      printed_text, search_results)

from conftest import ROOT

pytestmark = pytest.mark.browser
EXPECTED = yaml.safe_load((ROOT / "tests/data/expected_content.yml").read_text("utf-8"))


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_st_helens_page_is_accessible_and_private(browser, st_helens_site, st_helens_url, screen):
    pages = built_pages(st_helens_site.site)
    assert len(pages) == len(markdown_pages(ROOT)), "a Markdown page was not built, or a stray one was"
    problems, foreign = check_every_page(browser, st_helens_url, pages, screen)
    assert not problems, "\n".join(problems)
    assert not foreign, f"requests to other hosts: {foreign}"


@pytest.mark.parametrize("expected", EXPECTED["browser_search"], ids=lambda e: e["query"])
def test_search_finds_the_right_page(page, st_helens_url, expected):
    page.goto(st_helens_url)
    found = [urlparse(h).path for h in search_results(page, expected["query"])]
    wanted = urlparse(st_helens_url).path + address(expected["page"])
    assert wanted in found[:expected["within"]], f"{expected['query']!r} found {found[:5]}"


@pytest.mark.parametrize("src", list(EXPECTED["browser_print"]))
def test_st_helens_pages_print_without_site_chrome(page, st_helens_url, tmp_path, src):
    text = printed_text(page, st_helens_url + address(src), tmp_path / "page.pdf")
    assert [p for p in EXPECTED["browser_print"][src] if p not in text] == []
    assert chrome_in_print(page, text) == []
