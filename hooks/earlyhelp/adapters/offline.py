"""MkDocs adapter: the site offline after one visit. The web app manifest and its icons are added
before the pages are built; the service worker is written last, from the finished site folder,
so its list of files is exact. Under `mkdocs serve` a preview is never kept offline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from earlyhelp import appmanifest, offline, review
from earlyhelp.adapters import buildlog
from earlyhelp.adapters.generated import add
from earlyhelp.atomicfile import write_text
from earlyhelp.feed import FEED

_worker_source: list[Path] = []  # the theme file sw.js is made from (it is not copied to the site)
_serving: list[bool] = [False]


def on_startup(command, **kwargs):
    _serving[0] = command == "serve"


def on_files(files, config, **kwargs):
    source = files.get_file_from_path(offline.WORKER_SOURCE)
    _worker_source[:] = [Path(source.abs_src_path)] if source else []
    if source:
        files.remove(source)
    buildlog.report(offline.missing_worker(source is not None, Path(config.docs_dir).name))
    # The partnership's own colours (partnership.yml) come before the stylesheets they override.
    colour = offline.theme_colour([config.extra.get("eh_colours") or ""] + [
        f.content_string for f in map(files.get_file_from_path, config.extra_css) if f])
    add(files, config, appmanifest.MANIFEST, appmanifest.manifest(config.site_name, config.site_description, colour))
    for size in appmanifest.ICON_SIZES:
        add(files, config, appmanifest.icon_path(size), appmanifest.icon_png(size, colour))
    return files


def on_post_build(config, **kwargs):
    if not _worker_source:
        return
    site = Path(config.site_dir)
    if _serving[0]:
        return write_text(site / offline.WORKER, offline.PREVIEW_WORKER)
    kept = offline.entries(offline.read_site(site), offline.search_langs(config), {FEED}, config.use_directory_urls)
    write_text(site / offline.WORKER, offline.worker(_worker_source[0].read_text("utf-8"), kept,
                                                     review.long_date(dt.date.today())))
