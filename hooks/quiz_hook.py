"""MkDocs adapter: switch mkdocs-quiz on only for pages that contain a quiz.

mkdocs-quiz inlines about 60 KB of CSS and JavaScript into every page it
processes, so it is off by default (mkdocs.yml) and this hook turns it on,
before the plugin runs, wherever a page has a <quiz> block.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

from earlyhelp.quizzes import has_quiz


@event_priority(100)
def on_page_markdown(markdown, page, config, files, **kwargs):
    if has_quiz(markdown):
        quiz = page.meta.get("quiz")
        page.meta["quiz"] = {**quiz, "enabled": True} if isinstance(quiz, dict) else {"enabled": True}
    return markdown
