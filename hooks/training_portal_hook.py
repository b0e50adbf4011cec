"""MkDocs adapter for the training portal: check the course registry against the
pages, list the courses on the training index, and give module pages their
completion panel."""

from __future__ import annotations

from pathlib import Path

from mkdocs.utils import get_relative_url

from earlyhelp import buildcache, portal
from earlyhelp import courses as registry
from earlyhelp.findings import Finding
from earlyhelp.reporting import report

COURSES, AGENCIES = "training/courses.yml", "training/agencies.yml"
INDEX, CERTIFICATE, MARKER = "training/index.md", "training/certificate.md", "<!-- courses -->"
# Findings, module titles and question counts, and agency names, kept while no page or registry changes.
KEPT = ".cache/training-portal.json"
_state: dict = {}


def on_files(files, config, **kwargs):
    root = Path(config.config_file_path).parent
    courses, findings = registry.parse(COURSES, (root / COURSES).read_text(encoding="utf-8"))
    pages = sorted((f.src_uri, f.content_string) for f in files.documentation_pages())
    key = buildcache.digest(buildcache.code_fingerprint(), pages,
                            buildcache.files_digest([root / COURSES, root / AGENCIES]))
    made = buildcache.remember(root / KEPT, key, lambda: registry.check_portal(COURSES, root / "training", pages, courses),
                               ("findings", "modules", "agencies"))
    report(findings + [Finding(**f) for f in made["findings"]])
    _state.update(courses=courses, modules=made["modules"], agencies=made["agencies"])
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    uri, info = page.file.src_uri, _state["modules"]
    modules = registry.by_module(_state["courses"])
    if uri in (INDEX, CERTIFICATE):
        page.meta["eh_script"] = True
    if uri == INDEX and MARKER in markdown:
        known = {m: portal.ModuleInfo(info[m]["title"], info[m]["questions"],
                                      get_relative_url(files.get_file_from_path(m).url, page.url))
                 for m in modules if m in info}
        links = {m: get_relative_url(m, uri) for m in known}
        markdown = markdown.replace(MARKER, portal.render_index(_state["courses"], known, links))
    if uri in modules and uri in info:
        course, position = modules[uri]
        cert = get_relative_url(files.get_file_from_path(CERTIFICATE).url, page.url)
        page.meta["eh_script"] = True
        page.meta["eh_module"] = portal.module_panel(course, position, uri, page.meta.get("title", uri),
                                                     _state["agencies"], config.extra.get("training", {}), cert)
    return markdown
