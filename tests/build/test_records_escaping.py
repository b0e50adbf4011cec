"""Issue 18: registry text with markup in it is shown as text on every page that shows it.

MkDocs' Jinja does not autoescape, so each template and each generated page
must escape what it is given. The fixture is a new partnership's site with its
synthetic sample and markup in an agency name, a course title and a course
audience; the built pages must show that markup as text and never carry it as
HTML.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import run_build
from sitefactory import new_partnership

AGENCY = '</select><script>window.ehInjected = "agency"</script>'
TITLE = 'Workshop <img src="x" onerror="window.ehInjected=1">'
AUDIENCE = "<b>Partners</b> & <i>managers</i>"


def _site(root: Path) -> Path:
    """A new partnership's site with its synthetic sample, and markup in its registries' names."""
    new_partnership(root, sample="")
    with (root / "training" / "agencies.yml").open("a", encoding="utf-8") as handle:
        handle.write(f"\n  - name: '{AGENCY}'\n    sector: other\n    partner: true\n")
    courses = root / "training" / "courses.yml"
    text = courses.read_text("utf-8")
    text = text.replace("title: Multi-agency Early Help workshop", f"title: '{TITLE}'", 1)
    text = text.replace("audience: Practitioners and managers from every partner agency", f"audience: '{AUDIENCE}'", 1)
    assert TITLE in text and AUDIENCE in text, "the starter's courses.yml changed: update this fixture"
    courses.write_text(text, "utf-8")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = _site(tmp_path_factory.mktemp("escaping") / "site")
    build = run_build(root / "mkdocs.yml", root / "out", strict=False)
    assert build.returncode == 0, build.output[-3000:]
    return root / "out"


def _html(site: Path) -> dict[str, str]:
    return {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in site.rglob("*.html")}


# The markup as HTML, however the minifier writes its attributes.
AS_HTML = [re.compile(r"<script>window\.ehInjected"), re.compile(r"<img[^>]*onerror"), re.compile(r"<b>Partners</b>")]


def test_no_page_carries_the_markup_as_html(built):
    pages = _html(built)
    for pattern in AS_HTML:
        assert not [name for name, text in pages.items() if pattern.search(text)], pattern.pattern


def test_the_agency_name_is_shown_as_text_on_module_pages(built):
    module = (built / "training" / "induction" / "module-1" / "index.html").read_text("utf-8")
    assert "<option>&lt;/select&gt;&lt;script&gt;window.ehInjected = &#34;agency&#34;&lt;/script&gt;</option>" \
        in module


def test_the_course_title_is_shown_as_text_on_the_report(built):
    page = (built / "training" / "report" / "index.html").read_text("utf-8")
    assert "Workshop &lt;img src=&quot;x&quot; onerror=&quot;window.ehInjected=1&quot;&gt;" in page


def test_the_course_title_and_audience_are_shown_as_text_on_the_training_index(built):
    page = (built / "training" / "index.html").read_text("utf-8")
    assert "&lt;img src=" in page and "onerror=" in page
    assert "&lt;b&gt;Partners&lt;/b&gt; &amp; &lt;i&gt;managers&lt;/i&gt;" in page
