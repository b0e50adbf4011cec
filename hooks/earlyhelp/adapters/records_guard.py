"""MkDocs adapter: training records are never published. A records folder inside docs/ or the site
folder would be copied into the site with every email in it, so every build stops, strict or not,
before MkDocs reads a single file, with a message saying where records belong."""

from __future__ import annotations

import os
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from earlyhelp.completions import location


@event_priority(100)
def on_config(config, **kwargs):
    base = Path(config.config_file_path).parent
    folder = location.records_folder(base, os.environ.get("TRAINING_RECORDS_DIR"))
    if problem := location.records_location_problem(folder, Path(config.docs_dir), Path(config.site_dir), base):
        raise PluginError(problem.format())
    return config
