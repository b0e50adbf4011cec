"""New pages reach the navigation without editing mkdocs.yml by hand: a page that the nav does not
list goes into the section that already lists its folder's pages, under its own title."""

from __future__ import annotations

import posixpath

from .findings import Finding


def listed(nav) -> set[str]:
    """Every page path the nav names."""
    if isinstance(nav, str):
        return {nav}
    if isinstance(nav, dict):
        return set().union(*(listed(v) for v in nav.values())) if nav else set()
    if isinstance(nav, list):
        return set().union(*(listed(item) for item in nav)) if nav else set()
    return set()


def _folder_section(nav: list, folder: str) -> list | None:
    """The innermost nav list that names a page directly in this folder (its index first of all)."""
    best = None
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) and len(item) == 1 else item
        if isinstance(value, list):
            best = _folder_section(value, folder) or best
        elif isinstance(value, str) and posixpath.dirname(value) == folder and best is None:
            best = nav
    return best


def place(nav: list, missing: dict[str, str]) -> tuple[list, list[str]]:
    """The nav with each missing page (path -> title) added at the end of its folder's section, in
    title order; and the pages no section lists a sibling of."""
    unplaced = []
    for uri, title in sorted(missing.items(), key=lambda item: item[1].casefold()):
        section = _folder_section(nav, posixpath.dirname(uri))
        if section is None:
            unplaced.append(uri)
        else:
            section.append({title: uri})
    return nav, unplaced


def unplaced_finding(uri: str, title: str, config_file: str = "mkdocs.yml") -> Finding:
    """No section of the nav holds this page's folder: say exactly which line to add."""
    return Finding(config_file, None, f"The page docs/{uri} is not in the navigation, and no section of it lists "
                   "another page of its folder.",
                   f"Add this line to the nav: list in {config_file}, indented like the lines around it, under the "
                   f"section where readers should find it:   - {title}: {uri}", kind="not in nav", text=uri)
