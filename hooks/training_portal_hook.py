"""MkDocs adapter for the training portal: check the course registry against the
pages, list the courses on the training index, and give module pages their
completion panel.

When a page or registry has changed since the last build, the checks run in the
build's second process (earlyhelp/background.py) while MkDocs reads the other pages."""

from __future__ import annotations

from pathlib import Path

from mkdocs.utils import get_relative_url

from earlyhelp import background, buildcache, portal
from earlyhelp import courses as registry
from earlyhelp.reporting import report

COURSES, AGENCIES = "training/courses.yml", "training/agencies.yml"
INDEX, CERTIFICATE, MARKER = "training/index.md", "training/certificate.md", "<!-- courses -->"
# Findings, module titles and question counts, and agency names, kept while no page or registry changes.
KEPT = ".cache/training-portal.json"
_state: dict = {}
_checks = background.Pending()


def on_files(files, config, **kwargs):
    root = Path(config.config_file_path).parent
    text = (root / COURSES).read_text(encoding="utf-8")
    courses, findings = registry.parse(COURSES, text)
    report(findings)
    pages = sorted((f.src_uri, f.content_string) for f in files.documentation_pages())
    key = buildcache.digest(buildcache.code_fingerprint(), pages,
                            buildcache.files_digest([root / COURSES, root / AGENCIES]))
    _checks.begin(lambda: background.Step(root / KEPT, key, registry.PORTAL_FIELDS, "earlyhelp.courses",
                                          lambda: registry.portal_job(COURSES, text, root / "training", pages)))
    _state.update(courses=courses)
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    uri = page.file.src_uri
    modules = registry.by_module(_state["courses"])
    if uri not in (INDEX, CERTIFICATE) and uri not in modules:
        return markdown
    made = _checks.result()
    info = made["modules"]
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
                                                     made["agencies"], config.extra.get("training", {}), cert)
    return markdown


def on_post_build(config, **kwargs):
    _checks.result()  # the findings are reported (and fail a strict build) even if no page needed the checks


def on_build_error(error, **kwargs):
    _checks.end()
