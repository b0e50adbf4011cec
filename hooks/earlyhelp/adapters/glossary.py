"""MkDocs adapter: build the Glossary page from includes/abbreviations.md, and make every
abbreviation a tooltip: Markdown's abbr extension takes the terms (placeholders filled) as its
site-wide `glossary` option, and raw HTML and quizzes get them after rendering."""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from earlyhelp.adapters import buildlog
from earlyhelp import glossary, sources

MARKER = "<!-- glossary -->"
_terms: list[glossary.Term] = []


def on_config(config, **kwargs):
    terms, findings = sources.glossary(Path(config.config_file_path).parent, config.extra.get("partnership") or {})
    buildlog.report(findings)
    _terms[:] = terms
    # The extension's own glossary: no definitions appended to each page for the block parser to read.
    if "abbr" not in config.markdown_extensions:
        config.markdown_extensions.append("abbr")
    config.mdx_configs.setdefault("abbr", {})["glossary"] = glossary.as_dict(terms)
    return config


def on_page_markdown(markdown, page, config, files, **kwargs):
    return markdown.replace(MARKER, glossary.render_table(_terms)) if MARKER in markdown else markdown


# After mkdocs-quiz has put its quiz HTML in, so questions and answers get tooltips too.
# Only quiz pages and the pages the build makes or fills in (raw HTML tables) need it:
# Markdown's abbr extension has already handled everything else.
@event_priority(-100)
def on_page_content(html, page, config, files, **kwargs):
    quiz = page.meta.get("quiz")
    made = page.file.generated_by is not None or page.meta.get("type") == "report"
    if not made and not (isinstance(quiz, dict) and quiz.get("enabled")):
        return html
    return glossary.tooltips(html, _terms)


def on_serve(server, config, builder, **kwargs):
    """The glossary is outside docs/: rebuild when it changes."""
    path = Path(config.config_file_path).parent / sources.GLOSSARY
    if path.exists():
        server.watch(str(path))
    return server
