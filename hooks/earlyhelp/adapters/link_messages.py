"""MkDocs adapter: MkDocs' (or ProperDocs') messages about a page's broken links become findings with
the line and a fix (linkmessages.py). A link to no page is an error on our own count, so a strict
build stops for it even under -q (mkdocs#4126); the others keep MkDocs' warning, in our words."""

from __future__ import annotations

import logging
from pathlib import Path

from earlyhelp.adapters import buildlog
from earlyhelp.linkmessages import explain

_LOGGERS = [logging.getLogger(f"{tool}.structure.pages") for tool in ("mkdocs", "properdocs")]


_BUILD: dict = {"docs": None, "pages": []}  # this build's docs folder and pages, from on_files


def _read(page: str) -> str | None:
    path = _BUILD["docs"] / page
    return path.read_text(encoding="utf-8") if path.is_file() else None


def _explain(record: logging.LogRecord) -> bool:
    found = record.levelno >= logging.WARNING and _BUILD["docs"] and explain(
        record.getMessage(), _read, _BUILD["docs"].name, _BUILD["pages"])
    if found and found.kind == "broken link":
        buildlog.report([found])
        return False  # reported, and counted by the strict gate
    if found:
        record.msg, record.args = found.format(), ()
    return True


def on_files(files, config, **kwargs):
    _BUILD.update(docs=Path(config.docs_dir), pages=[f.src_uri for f in files.documentation_pages()])
    for logger in _LOGGERS:  # at WARNING under -q too, so that the filter sees what MkDocs finds
        logger.addFilter(_explain)
        logger.setLevel(logging.WARNING)
    return files


def on_post_build(config=None, error=None, **kwargs):  # after MkDocs checks anchors: the next build may not be ours
    for logger in _LOGGERS:
        logger.removeFilter(_explain)
        logger.setLevel(logging.NOTSET)


on_build_error = on_post_build
