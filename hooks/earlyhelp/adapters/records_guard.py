"""MkDocs adapter: training records are never published. A records folder inside docs/, the theme's
custom_dir or the site folder would be copied into the site with every email in it, and so would a
link to it or a copy of a records file left among the pages; so every build stops, strict or not,
before MkDocs reads a single file, with a message saying where records belong."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from earlyhelp.completions import copies, location


@event_priority(100)
def on_config(config, **kwargs):
    base = Path(config.config_file_path).parent
    folder = location.records_folder(base, os.environ.get("TRAINING_RECORDS_DIR"))
    theme = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    if problem := location.records_location_problem(folder, Path(config.docs_dir), Path(config.site_dir), base, theme):
        raise PluginError(problem.format())
    published = [(Path(config.docs_dir), "the docs folder"), *([(theme, "the theme's custom_dir")] if theme else [])]
    if problems := copies.published_records(published, folder, base):
        raise PluginError("\n".join(p.format() for p in problems))
    return config
