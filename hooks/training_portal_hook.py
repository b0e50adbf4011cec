"""MkDocs adapter for the training portal: check the course registry against the
pages, list the courses on the training index, and give module pages their
completion panel."""

from __future__ import annotations

from pathlib import Path

from mkdocs.utils import get_relative_url

from earlyhelp import courses as registry
from earlyhelp import frontmatter, portal, quizzes
from earlyhelp.completions import registry as records_registry
from earlyhelp.reporting import report

COURSES = "training/courses.yml"
INDEX, CERTIFICATE, MARKER = "training/index.md", "training/certificate.md", "<!-- courses -->"
_state: dict = {}


def on_files(files, config, **kwargs):
    root = Path(config.config_file_path).parent
    courses, findings = registry.parse(COURSES, (root / COURSES).read_text(encoding="utf-8"))
    docs = {f.src_uri: frontmatter.parse(f"docs/{f.src_uri}", f.content_string)
            for f in files.documentation_pages()}
    findings += registry.check_pages(COURSES, courses, {k: d.meta for k, d in docs.items()})
    for uri, doc in docs.items():
        findings += doc.findings + quizzes.check(doc.path, doc.body, doc.body_line)
    _state.update(courses=courses, docs=docs, agencies=sorted(records_registry.load(root / "training").agencies), files=files)
    report(findings)
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    uri, docs = page.file.src_uri, _state["docs"]
    modules = registry.by_module(_state["courses"])
    if uri in (INDEX, CERTIFICATE):
        page.meta["eh_script"] = True
    if uri == INDEX and MARKER in markdown:
        known = {m: portal.ModuleInfo(docs[m].meta.get("title", m), len(quizzes.find(docs[m].body)),
                                      get_relative_url(files.get_file_from_path(m).url, page.url))
                 for m in modules if m in docs}
        links = {m: get_relative_url(m, uri) for m in known}
        markdown = markdown.replace(MARKER, portal.render_index(_state["courses"], known, links))
    if uri in modules and uri in docs:
        course, position = modules[uri]
        cert = get_relative_url(files.get_file_from_path(CERTIFICATE).url, page.url)
        page.meta["eh_script"] = True
        page.meta["eh_module"] = portal.module_panel(course, position, uri, page.meta.get("title", uri),
                                                     _state["agencies"], config.extra.get("training", {}), cert)
    return markdown
