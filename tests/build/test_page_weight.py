"""Issue 6: page weight: guidance pages are small and carry no quiz assets."""

from __future__ import annotations

import re

import pytest

from htmltext import page_path

QUIZ_MARKERS = ("mkdocsQuizConfig", "quiz_progress_", ".quiz-feedback")
GUIDANCE = ["worried-about-a-child.md", "levels-of-need/index.md", "levels-of-need/level-1-universal.md",
            "levels-of-need/level-2-early-help.md", "levels-of-need/level-3-child-in-need.md",
            "levels-of-need/level-4-child-protection.md", "levels-of-need/consent.md"]


@pytest.mark.parametrize("src", GUIDANCE)
def test_guidance_page_is_under_20_kb_without_quiz_assets(built_site, src):
    html = page_path(built_site.site, src).read_bytes()
    assert len(html) < 20 * 1024, f"{src} is {len(html)} bytes"
    assert not any(m.encode() in html for m in QUIZ_MARKERS)


def test_no_page_without_a_quiz_carries_quiz_assets(built_site):
    for path in built_site.site.rglob("*.html"):
        html = path.read_text("utf-8")
        if 'class="quiz"' in html or "class=quiz " in html:
            continue
        assert "mkdocsQuizConfig" not in html, path


def test_quiz_page_loads_its_assets_once(built_site):
    html = page_path(built_site.site, "training/induction/ten-principles.md").read_text("utf-8")
    assert len(re.findall(r"window\.mkdocsQuizConfig\s*=\s*\{", html)) == 1
    assert html.count('const STORAGE_KEY_PREFIX = "quiz_progress_"') == 1
    assert html.count("assets/javascripts/training.js") == 1
