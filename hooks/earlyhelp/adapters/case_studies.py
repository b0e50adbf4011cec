"""MkDocs adapter: list the case studies in an index page's folder, with their levels and themes."""

from __future__ import annotations

from mkdocs.utils import get_relative_url

from earlyhelp import casestudies, frontmatter
from earlyhelp.levels import parse as parse_levels

MARKER = "<!-- case-studies -->"


def on_page_markdown(markdown, page, config, files, **kwargs):
    if MARKER not in markdown:
        return markdown
    studies = []
    for file in files.documentation_pages():
        if not casestudies.in_section(file.src_uri, page.file.src_uri):
            continue
        doc = frontmatter.parse(f"docs/{file.src_uri}", file.content_string)
        if doc.meta.get("type") == "case-study":
            studies.append(casestudies.from_meta(get_relative_url(file.src_uri, page.file.src_uri), doc.meta))
    levels, _ = parse_levels((config.extra.get("partnership") or {}).get("levels_of_need"))  # the checks report it
    return markdown.replace(MARKER, casestudies.render(studies, {level.number: level.title for level in levels}))
