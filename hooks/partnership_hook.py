"""MkDocs adapter: fill {{ partnership.* }} placeholders from partnership.yml."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from earlyhelp.placeholders import substitute
from earlyhelp.reporting import report


# Before mkdocs-quiz reads quiz blocks, so placeholders work inside quizzes too.
@event_priority(110)
def on_page_markdown(markdown, page, config, files, **kwargs):
    values = config.extra.get("partnership", {})
    text, findings = substitute(page.file.src_uri, markdown, values)
    report(findings)
    return text
