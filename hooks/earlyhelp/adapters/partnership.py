"""MkDocs adapter: fill {{ partnership.* }} placeholders from partnership.yml."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from earlyhelp.adapters import buildlog
from earlyhelp.placeholders import substitute


# Before mkdocs-quiz reads quiz blocks, so placeholders work inside quizzes too.
@event_priority(110)
def on_page_markdown(markdown, page, config, files, **kwargs):
    values = config.extra.get("partnership", {})
    # Reported from the whole file, so a line is the editor's line, front matter and all.
    path = f"{Path(config.docs_dir).name}/{page.file.src_uri}"
    buildlog.report(substitute(path, page.file.content_string, values)[1])
    return substitute(path, markdown, values)[0]


def on_serve(server, config, builder, **kwargs):
    """partnership.yml is read through INHERIT, which mkdocs serve does not watch."""
    path = Path(config.config_file_path).parent / "partnership.yml"
    if path.exists():
        server.watch(str(path))
    return server
