"""MkDocs adapter for the training portal: check the course registry against the pages, list the
courses on the training index, and give module pages their completion panel."""

from __future__ import annotations

from pathlib import Path

from mkdocs.utils import get_relative_url

from earlyhelp.adapters import buildlog
from earlyhelp import portal, sources
from earlyhelp.courses import by_module, check_portal

INDEX, CERTIFICATE, MARKER = "training/index.md", "training/certificate.md", "<!-- courses -->"
_state: dict = {}


def on_files(files, config, **kwargs):
    root = Path(config.config_file_path).parent
    courses, findings = sources.courses(root)
    pages = [(f.src_uri, f.content_string) for f in files.documentation_pages()]
    made = check_portal(sources.COURSES, root / "training", pages, courses or [])
    buildlog.report(findings + made.findings)
    _state.update(courses=courses or [], made=made)
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    uri, courses, made = page.file.src_uri, _state["courses"], _state["made"]
    modules = by_module(courses)
    if uri in (INDEX, CERTIFICATE):
        page.meta["eh_script"] = True
    if uri == INDEX and MARKER in markdown:
        known = {m: portal.ModuleInfo(made.modules[m]["title"], made.modules[m]["questions"],
                                      get_relative_url(files.get_file_from_path(m).url, page.url))
                 for m in modules if m in made.modules}
        links = {m: get_relative_url(m, uri) for m in known}
        markdown = markdown.replace(MARKER, portal.render_index(courses, known, links))
    if uri in modules and uri in made.modules:
        course, position = modules[uri]
        cert = get_relative_url(files.get_file_from_path(CERTIFICATE).url, page.url)
        page.meta["eh_script"] = True
        page.meta["eh_module"] = portal.module_panel(course, position, uri, page.meta.get("title", uri),
                                                     made.agencies, config.extra.get("training", {}), cert)
    return markdown

