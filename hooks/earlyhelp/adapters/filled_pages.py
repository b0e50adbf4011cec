"""Shared by the MkDocs adapters whose pages are written in docs/ and filled in by the build at a
marker line (Content health, What's changed, the training report). Not a hook itself."""

from __future__ import annotations

from pathlib import Path

from earlyhelp.adapters import buildlog
from earlyhelp import markers
from earlyhelp.findings import display_path


def fill(markdown: str, page, config, marker: str, content: str) -> str:
    """Put content at the marker line of a page written in docs/; a page without it is an error."""
    path = display_path(Path(page.file.abs_src_path), Path(config.config_file_path).parent)
    markdown, findings = markers.fill(path, markdown, marker, content, page.file.content_string)
    buildlog.report(findings)
    return markdown
