"""MkDocs adapter: training records are never published. A records folder inside docs/, a folder of
the theme or the site folder would be copied into the site with every email in it, and so would a
link to it or a copy of a records file left among the pages; so every build stops, strict or not,
before MkDocs reads a single file, with a message saying where records belong."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from earlyhelp.adapters.theme import THEME
from earlyhelp.completions import copies, leaks, location


@event_priority(100)
def on_config(config, **kwargs):
    base = Path(config.config_file_path).parent
    folder = location.records_folder(base, os.environ.get("TRAINING_RECORDS_DIR"))
    theme = Path(config.theme.custom_dir) if config.theme.custom_dir else None
    themes = (THEME, *(Path(d) for d in config.theme.dirs))  # ours too, before its adapter adds it
    if problem := location.records_location_problem(folder, Path(config.docs_dir), Path(config.site_dir), base,
                                                    theme, themes):
        raise PluginError(problem.format())
    published = [(Path(config.docs_dir), "the docs folder"), *([(theme, "the theme's custom_dir")] if theme else [])]
    if problems := copies.published_records(published, folder, base):
        wanted = leaks.identifiers(folder) - leaks.public_values(dict(config.extra))  # no attendee named in a log
        raise PluginError("\n".join(replace(p, file=leaks.shown_path(p.file, wanted)).format() for p in problems))
    return config


def check_written(config):
    """The last check, on what every plugin wrote: an attendee's identifier anywhere in the site.
    Such a file is deleted from the site folder before the build stops, so it cannot be deployed."""
    base, site = Path(config.config_file_path).parent, Path(config.site_dir)
    custom = Path(config.theme.custom_dir).resolve() if config.theme.custom_dir else None
    themes = [Path(d) for d in config.theme.dirs if Path(d).resolve() != custom]
    wanted = leaks.identifiers(location.records_folder(base, os.environ.get("TRAINING_RECORDS_DIR")))
    wanted -= leaks.public_values(dict(config.extra))
    if found := leaks.published_identifiers(site, wanted, themes):
        for relative, _ in found:
            (site / relative).unlink(missing_ok=True)
        raise PluginError("\n".join(f.format() for _, f in found))
