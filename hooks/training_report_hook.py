"""MkDocs adapter: generate the "Partners attending Early Help training" report.

The training records stay outside docs/ (training/records, or the folder named
by TRAINING_RECORDS_DIR) and never reach site/: only the counts do, as the
page training/report.md and the data file training/report.json.
"""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.structure.files import File

from earlyhelp.completions import render
from earlyhelp.completions import report as training_report
from earlyhelp.reporting import report

PAGE, DATA = "training/report.md", "training/report.json"


def _paths(config) -> tuple[Path, Path, Path]:
    """(project folder, registries folder, records folder); a relative override is from the project."""
    base = Path(config.config_file_path).parent
    folder = Path(os.environ.get("TRAINING_RECORDS_DIR") or "training/records").expanduser()
    return base, base / "training", folder if folder.is_absolute() else base / folder


def on_files(files, config, **kwargs):
    base, training_dir, folder = _paths(config)
    settings = config.extra.get("training") or {}
    result, findings = training_report.build(folder, training_dir, settings.get("suppression_threshold"),
                                             base=base, baseline=settings.get("baseline"))
    report(findings)
    strategy = (config.extra.get("partnership") or {}).get("strategy") or "the Early Help Strategy"
    for uri, content in ((PAGE, render.page(result, strategy)), (DATA, render.json_text(result))):
        existing = files.get_file_from_path(uri)
        if existing is not None:
            files.remove(existing)
        files.append(File.generated(config, uri, content=content))
    return files


def on_serve(server, config, builder, **kwargs):
    """Rebuild when a record or a registry changes (they are outside docs/)."""
    _, training_dir, folder = _paths(config)
    for path in (training_dir / "agencies.yml", training_dir / "courses.yml", folder):
        if path.exists():
            server.watch(str(path))
    return server
