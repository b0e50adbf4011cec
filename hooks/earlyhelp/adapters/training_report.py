"""MkDocs adapter: the "Partners attending Early Help training" report. The records stay outside docs/
(training/records, or TRAINING_RECORDS_DIR) and never reach site/: only the counts do."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from earlyhelp.adapters import buildlog
from earlyhelp.adapters import filled_pages
from earlyhelp.completions import location, published

PAGE, DATA = "training/report.md", "training/report.json"
MARKER = "<!-- training-report -->"
_made: dict = {}


def _paths(config) -> tuple[Path, Path, Path]:
    """(project folder, registries folder, records folder)."""
    base = Path(config.config_file_path).parent
    return base, base / "training", location.records_folder(base, os.environ.get("TRAINING_RECORDS_DIR"))


def on_files(files, config, **kwargs):
    base, training_dir, folder = _paths(config)
    try:
        made = published.make(base, training_dir, folder, config.extra.get("training") or {})
    except Exception as error:  # noqa: BLE001 - no part of a report that failed is published
        raise PluginError(f"Error: the training report could not be made ({type(error).__name__}): the site was "
                          "not built. How to fix: build again; if it happens again, ask a maintainer.") from error
    buildlog.report(made.findings)
    _made["report"] = made
    files.append(File.generated(config, DATA, content=made.data))
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return filled_pages.fill(markdown, page, config, MARKER, _made["report"].body)


def on_serve(server, config, builder, **kwargs):
    for path in _paths(config)[1:]:
        if path.exists():
            server.watch(str(path))
    return server
