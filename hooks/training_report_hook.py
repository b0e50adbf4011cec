"""MkDocs adapter: the "Partners attending Early Help training" report. The records stay outside
docs/ (training/records, or TRAINING_RECORDS_DIR) and never reach site/: only the counts do, on
the page training/report.md and in training/report.json. It watches training/ for mkdocs serve."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.structure.files import File

import buildlog
import filled_pages
from earlyhelp.completions import published

PAGE, DATA = "training/report.md", "training/report.json"
MARKER = "<!-- training-report -->"  # where docs/training/report.md has the figures put
_made: dict = {}


def _paths(config) -> tuple[Path, Path, Path]:
    """(project folder, registries folder, records folder); a relative override is from the project."""
    base = Path(config.config_file_path).parent
    folder = Path(os.environ.get("TRAINING_RECORDS_DIR") or "training/records").expanduser()
    return base, base / "training", folder if folder.is_absolute() else base / folder


def on_files(files, config, **kwargs):
    base, training_dir, folder = _paths(config)
    settings = config.extra.get("training") or {}
    strategy = (config.extra.get("partnership") or {}).get("strategy") or "the Early Help Strategy"
    made = published.make(base, training_dir, folder, settings.get("suppression_threshold"),
                          settings.get("baseline"), strategy)
    buildlog.report(made.findings)
    _made["report"] = made
    files.append(File.generated(config, DATA, content=made.data))
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return filled_pages.fill(markdown, page, config, MARKER, _made["report"].body)


def on_serve(server, config, builder, **kwargs):
    _, training_dir, folder = _paths(config)
    for path in (training_dir, folder):
        if path.exists():
            server.watch(str(path))
    return server
