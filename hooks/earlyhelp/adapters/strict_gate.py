"""MkDocs adapter: a strict build with any error finding stops before a single page is written.

Listed first in mkdocs.yml so its on_config starts each build's count, and its on_env runs after
every other hook has checked the pages (all our checks run while pages are read), before MkDocs
writes anything to the site folder: personal data found by a check never reaches site/."""

from __future__ import annotations

from mkdocs.exceptions import Abort
from mkdocs.plugins import event_priority

from earlyhelp.adapters import buildlog
from earlyhelp.findings import not_built


@event_priority(100)
def on_config(config, **kwargs):
    buildlog.begin()
    return config


@event_priority(-100)
def on_env(env, config, files, **kwargs):
    found = buildlog.errors()
    if found and config.strict:
        raise Abort(not_built(len(found)))
    return env
