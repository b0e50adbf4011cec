"""MkDocs adapter: build the Glossary page from includes/abbreviations.md."""

from __future__ import annotations

from pathlib import Path

from earlyhelp import glossary
from earlyhelp.reporting import report

MARKER = "<!-- glossary -->"
SOURCE = "includes/abbreviations.md"


def on_page_markdown(markdown, page, config, files, **kwargs):
    if MARKER not in markdown:
        return markdown
    path = Path(config.config_file_path).parent / SOURCE
    terms, findings = glossary.parse(SOURCE, path.read_text(encoding="utf-8"))
    report(findings)
    return markdown.replace(MARKER, glossary.render_table(terms))
