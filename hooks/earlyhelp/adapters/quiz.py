"""MkDocs adapter: switch mkdocs-quiz on only for pages that contain a quiz, and keep a quiz it
cannot show from stopping the build with its traceback.

mkdocs-quiz inlines about 60 KB of CSS and JavaScript into every page it processes, so it is off
by default (mkdocs.yml) and this hook turns it on, before the plugin runs, wherever a page has a
<quiz> block. Its 44 KB script becomes one shared file (assets/javascripts/mkdocs-quiz.js): a phone
downloads it once for every module and keeps it offline. It stays where mkdocs-quiz put it and is not
deferred: the script starts itself differently once the page has loaded. The portal's checks
(training_portal_hook.py) report a broken quiz with its line."""

from __future__ import annotations

import re

from mkdocs.plugins import event_priority
from mkdocs.utils import get_relative_url
from mkdocs_quiz import plugin as mkdocs_quiz

from earlyhelp import quizzes
from earlyhelp.adapters import generated

QUIZ_SCRIPT = "assets/javascripts/mkdocs-quiz.js"
_INLINE = mkdocs_quiz.js_script  # exactly what mkdocs-quiz puts in each page

_QUESTION_HEADING = re.compile(r'<h4 class="quiz-number">(.*?)</h4>', re.S)


def on_files(files, config, **kwargs):
    if "mkdocs_quiz" in config.plugins and _INLINE.startswith("<script"):
        generated.add(files, config, QUIZ_SCRIPT, _INLINE[_INLINE.index(">") + 1:-len("</script>")])
    return files


@event_priority(100)
def on_page_markdown(markdown, page, config, files, **kwargs):
    if quizzes.has_quiz(markdown):
        quiz = page.meta.get("quiz")
        page.meta["quiz"] = {**quiz, "enabled": True} if isinstance(quiz, dict) else {"enabled": True}
        return quizzes.without_broken(markdown)
    return markdown


# After mkdocs-quiz: its "Question N" headings are <h4>, but quizzes sit under an <h2>
# ("Check your understanding"), so screen-reader heading navigation would skip a level.
@event_priority(-50)
def on_page_content(html, page, config, files, **kwargs):
    if _INLINE and _INLINE in html:
        html = html.replace(_INLINE, f'<script src="{get_relative_url(QUIZ_SCRIPT, page.url)}"></script>')
    return _QUESTION_HEADING.sub(r'<h3 class="quiz-number">\1</h3>', html)
