"""MkDocs adapter: no built page asks another website for anything (an image, a video frame, a script,
a font). It reads what was written, so a page's Markdown, raw HTML, a setting in mkdocs.yml, a theme
override and a Markdown extension are all covered. Under --strict each such file is deleted and the
build stops; under `mkdocs serve` the errors are shown and the page stays, so the writer sees it."""

from __future__ import annotations

import re
from pathlib import Path

from mkdocs.exceptions import PluginError

from earlyhelp import thirdparty
from earlyhelp.adapters import buildlog
from earlyhelp.findings import display_path, not_built, ordered

_sources: dict[str, tuple[str, str]] = {}  # a built page: its Markdown file (as shown) and text


def on_env(env, config, files, **kwargs):
    root = Path(config.config_file_path).parent
    _sources.clear()
    _sources.update({f.dest_uri: (display_path(Path(f.abs_src_path), root), f.content_string)
                     for f in files.documentation_pages() if f.abs_src_path})
    return env


def _settings(config) -> list[tuple[str, str]]:
    """mkdocs.yml, the file it inherits, the theme's own files and the docs folder's stylesheets and
    scripts: where an address on every page is written."""
    root, config_file = Path(config.config_file_path).parent, Path(config.config_file_path)
    texts = [config_file.read_text(encoding="utf-8")]
    paths = [config_file, *(config_file.parent / m for m in re.findall(r"(?m)^INHERIT:\s*(\S+)", texts[0]))]
    for folder in (config.theme.custom_dir, config.docs_dir):
        if folder and Path(folder).is_dir():
            paths += sorted(p for p in Path(folder).rglob("*") if p.suffix in (".html", ".css", ".js"))
    return [(display_path(p, root), p.read_text(encoding="utf-8", errors="replace")) for p in paths if p.is_file()]


def check_written(config):
    site = Path(config.site_dir)
    built = [(p.relative_to(site).as_posix(), p.read_text(encoding="utf-8", errors="replace"))
             for p in site.rglob("*") if p.suffix.lower() in (".html", ".htm", ".css") and p.is_file()]
    found = thirdparty.check(built, _sources, _settings(config), thirdparty.own_hosts(config.site_url))
    if found and config.strict:
        for relative, _ in found:
            (site / relative).unlink(missing_ok=True)
        findings = ordered(f for _, f in found)
        raise PluginError("\n".join(f.format() for f in findings) + "\n\n" + not_built(len(findings)))
    buildlog.report(f for _, f in found)
