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

from mkdocs.structure.files import File

from earlyhelp import buildcache, markers
from earlyhelp.findings import Finding, display_path
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
    page = files.get_file_from_path(PAGE)
    made_here = [(DATA, made["data"])]
    if page is None or page.generated_by is not None:
        made_here.append((PAGE, made["head"] + made["body"]))  # no page of its own in docs/: make all of it
    for uri, content in made_here:
        existing = files.get_file_from_path(uri)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, uri, content=content))
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    if page.file.src_uri != PAGE or page.file.generated_by is not None:
        return markdown
    path = display_path(Path(page.file.abs_src_path), Path(config.config_file_path).parent)
    markdown, findings = markers.fill(path, markdown, MARKER, _made["body"], page.file.content_string)
    report(findings)
    return markdown


def on_serve(server, config, builder, **kwargs):
    """Rebuild when a record or a registry changes (they are outside docs/)."""
    _, training_dir, folder = _paths(config)
    for path in (training_dir / "agencies.yml", training_dir / "courses.yml", folder):
        if path.exists():
            server.watch(str(path))
    return server
