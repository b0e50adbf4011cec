"""MkDocs adapter: a page that mkdocs.yml's nav does not list is added to the section of its folder
(a new case study appears under Case studies), so a writer never has to edit the nav by hand."""

from __future__ import annotations

from earlyhelp.adapters import buildlog
from earlyhelp import frontmatter, navigation


def on_files(files, config, **kwargs):
    if not config.nav:
        return files  # no nav: MkDocs lists every page itself
    known = navigation.listed(config.nav)
    missing = {}
    for file in files.documentation_pages():
        if file.src_uri not in known and file.generated_by is None:
            meta = frontmatter.parse(file.src_uri, file.content_string).meta
            missing[file.src_uri] = str(meta.get("title") or file.name.replace("-", " ").capitalize())
    config.nav, unplaced = navigation.place(config.nav, missing)
    buildlog.report(navigation.unplaced_finding(uri, missing[uri]) for uri in unplaced)
    return files
