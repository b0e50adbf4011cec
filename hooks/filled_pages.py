"""Shared by the MkDocs adapters whose pages are written in docs/ and filled in by the build at a
marker line (Content health, What's changed, the training report). Not a hook itself: the hook
files import it."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from mkdocs.structure.files import File

from earlyhelp import markers
from earlyhelp.findings import display_path
from earlyhelp.reporting import report


def add(files, config, uri: str, content: str) -> None:
    """Add a file the build makes, in place of any file at that path."""
    existing = files.get_file_from_path(uri)
    if existing is not None:
        files.remove(existing)
    files.append(File.generated(config, uri, content=content))


def add_unless_written(files, config, uri: str, whole_page: Callable[[], str]) -> None:
    """Keep a page written in docs/ (fill() fills it in at its marker); a site without one gets the
    whole page made, with default words."""
    existing = files.get_file_from_path(uri)
    if existing is None or existing.generated_by is not None:
        add(files, config, uri, whole_page())


def read_last(files, *uris: str) -> None:
    """Have MkDocs read these pages after all the others: a page whose figures a second process is
    still making waits for them there, while the rest of the site is rendered first. (Navigation
    without a nav: setting is sorted by MkDocs, so the order of files does not change it.)"""
    for uri in uris:
        file = files.get_file_from_path(uri)
        if file is not None:
            files.remove(file)
            files.append(file)


def fill(markdown: str, page, config, marker: str, content: str) -> str:
    """Put content at the marker line of a page written in docs/; report a missing marker."""
    if page.file.generated_by is not None:
        return markdown  # made whole by add_unless_written(): nothing to fill in
    path = display_path(Path(page.file.abs_src_path), Path(config.config_file_path).parent)
    markdown, findings = markers.fill(path, markdown, marker, content, page.file.content_string)
    report(findings)
    return markdown
