"""MkDocs adapter: generate the "Partners attending Early Help training" report.

The training records stay outside docs/ (training/records, or the folder named
by TRAINING_RECORDS_DIR) and never reach site/: only the counts do, as the
page training/report.md and the data file training/report.json.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import filled_pages
from earlyhelp import background, buildcache
from earlyhelp.completions import published

PAGE, DATA = "training/report.md", "training/report.json"
MARKER = "<!-- training-report -->"  # where docs/training/report.md has the figures put
# The published page and data, and the build's findings about the records, from the last build.
# Findings never repeat an attendee identifier, so this file holds nothing the site does not show.
KEPT = ".cache/training-report.json"
_report = background.Pending()


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


def on_files(files, config, **kwargs):
    base, training_dir, folder = _paths(config)
    settings = config.extra.get("training") or {}
    threshold, baseline = settings.get("suppression_threshold"), settings.get("baseline")
    strategy = (config.extra.get("partnership") or {}).get("strategy") or "the Early Help Strategy"
    _report.begin(lambda: background.Step(
        base / KEPT, _inputs(base, training_dir, folder, settings, strategy), published.FIELDS,
        "earlyhelp.completions.published", lambda: published.job(base, training_dir, folder, threshold, baseline, strategy)))
    filled_pages.add(files, config, DATA, "")  # its figures are put in when the report is ready (on_env)
    filled_pages.add_unless_written(files, config, PAGE, lambda: _report.result()["head"] + _report.result()["body"])
    filled_pages.read_last(files, PAGE)  # so the report has the other pages' time to be made
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    if page.file.src_uri != PAGE:
        return markdown
    return filled_pages.fill(markdown, page, config, MARKER, _report.result()["body"])


def on_env(env, config, files, **kwargs):
    """The data file gets its figures before MkDocs writes files out."""
    files.get_file_from_path(DATA).content_string = _report.result()["data"]
    return env


def on_build_error(error, **kwargs):
    _report.end()


def on_serve(server, config, builder, **kwargs):
    """Rebuild when a record or a registry changes (they are outside docs/)."""
    _, training_dir, folder = _paths(config)
    for path in (training_dir / "agencies.yml", training_dir / "courses.yml", folder):
        if path.exists():
            server.watch(str(path))
    return server
