"""MkDocs adapter: fill {{ partnership.* }} placeholders from partnership.yml."""

from __future__ import annotations

from earlyhelp.placeholders import substitute
from earlyhelp.reporting import report


def on_page_markdown(markdown, page, config, files, **kwargs):
    values = config.extra.get("partnership", {})
    text, findings = substitute(page.file.src_uri, markdown, values)
    report(findings)
    return text
