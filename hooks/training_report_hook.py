"""MkDocs adapter: generate the "Partners attending Early Help training" report.

The training records stay outside docs/ (training/records, or the folder named
by TRAINING_RECORDS_DIR) and never reach site/: only the counts do, as the
page training/report.md and the data file training/report.json.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import asdict
from pathlib import Path

import filled_pages
from earlyhelp import buildcache
from earlyhelp.findings import Finding
from earlyhelp.reporting import report

PAGE, DATA = "training/report.md", "training/report.json"
MARKER = "<!-- training-report -->"  # where docs/training/report.md has the figures put
_made: dict = {}
# The published page and data, and the build's findings about the records, from the last build.
# Findings never repeat an attendee identifier, so this file holds nothing the site does not show.
KEPT = ".cache/training-report.json"


def _paths(config) -> tuple[Path, Path, Path]:
    """(project folder, registries folder, records folder); a relative override is from the project."""
    base = Path(config.config_file_path).parent
    folder = Path(os.environ.get("TRAINING_RECORDS_DIR") or "training/records").expanduser()
    return base, base / "training", folder if folder.is_absolute() else base / folder


def _inputs(base: Path, training_dir: Path, folder: Path, settings: dict, strategy: str) -> str:
    """A key for everything the report depends on: the day (the current year is "so far"), the settings,
    the code, and the bytes of every registry and record file."""
    def listed(where: Path) -> list[Path]:
        return sorted(p for p in where.iterdir() if p.is_file()) if where.is_dir() else []

    return buildcache.digest(buildcache.code_fingerprint(), dt.date.today().isoformat(), str(base.resolve()),
                             str(folder.resolve()),
                             folder.is_dir(), settings.get("suppression_threshold"), settings.get("baseline"),
                             strategy, buildcache.files_digest(listed(training_dir) + listed(folder)))


def _report(base: Path, training_dir: Path, folder: Path, settings: dict, strategy: str) -> dict:
    from earlyhelp.completions import render
    from earlyhelp.completions import report as training_report

    result, findings = training_report.build(folder, training_dir, settings.get("suppression_threshold"),
                                             base=base, baseline=settings.get("baseline"))
    return {"head": render.head(result), "body": render.body(result, strategy), "data": render.json_text(result),
            "findings": [asdict(f) for f in findings]}


def on_files(files, config, **kwargs):
    base, training_dir, folder = _paths(config)
    settings = config.extra.get("training") or {}
    strategy = (config.extra.get("partnership") or {}).get("strategy") or "the Early Help Strategy"
    made = buildcache.remember(base / KEPT, _inputs(base, training_dir, folder, settings, strategy),
                               lambda: _report(base, training_dir, folder, settings, strategy),
                               ("head", "body", "data", "findings"))
    report(Finding(**f) for f in made["findings"])
    _made.update(made)
    filled_pages.add(files, config, DATA, made["data"])
    filled_pages.add_unless_written(files, config, PAGE, lambda: made["head"] + made["body"])
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return filled_pages.fill(markdown, page, config, MARKER, _made["body"])


def on_serve(server, config, builder, **kwargs):
    """Rebuild when a record or a registry changes (they are outside docs/)."""
    _, training_dir, folder = _paths(config)
    for path in (training_dir / "agencies.yml", training_dir / "courses.yml", folder):
        if path.exists():
            server.watch(str(path))
    return server
