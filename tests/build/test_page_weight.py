"""Page weight: guidance pages are small to download on a phone and carry no quiz assets.

A phone downloads a page compressed (GitHub Pages and other static hosts send HTML gzip-compressed),
so the limit is on those bytes: 8 KB, about a second on a poor 2G connection; the page as written
to disk must stay under 24 KB too."""

from __future__ import annotations

import re

import pytest

from htmltext import QUIZ_MARKERS, page_path, too_heavy

# The generator fixture site's guidance pages (a new partnership's starter pages) and its first module.
GUIDANCE = ["worried-about-a-child.md", "levels-of-need/index.md", "levels-of-need/level-1.md",
            "levels-of-need/level-2.md", "levels-of-need/level-3.md", "levels-of-need/level-4.md",
            "levels-of-need/consent.md"]
MODULE = "training/induction/module-1.md"


@pytest.mark.parametrize("src", GUIDANCE)
def test_guidance_page_is_small_and_without_quiz_assets(built_site, src):
    assert too_heavy(page_path(built_site.site, src).read_bytes()) is None


def test_no_page_without_a_quiz_carries_quiz_assets(built_site):
    for path in built_site.site.rglob("*.html"):
        html = path.read_text("utf-8")
        if 'class="quiz"' in html or "class=quiz " in html:
            continue
        assert "mkdocsQuizConfig" not in html, path


def test_quiz_page_loads_its_assets_once(built_site):
    html = page_path(built_site.site, MODULE).read_text("utf-8")
    assert len(re.findall(r"window\.mkdocsQuizConfig\s*=\s*\{", html)) == 1
    # mkdocs-quiz's script is one shared file, fetched once for every module and kept offline.
    assert 'const STORAGE_KEY_PREFIX = "quiz_progress_"' not in html
    assert html.count("assets/javascripts/mkdocs-quiz.js") == 1
    shared = (built_site.site / "assets/javascripts/mkdocs-quiz.js").read_text("utf-8")
    assert shared.count('const STORAGE_KEY_PREFIX = "quiz_progress_"') == 1
    assert "assets/javascripts/mkdocs-quiz.js" in (built_site.site / "sw.js").read_text("utf-8")
    assert html.count("assets/javascripts/training.js") == 1
