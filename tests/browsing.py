"""Shared by the browser tests: what a reader does with the site's own controls."""

from __future__ import annotations


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
