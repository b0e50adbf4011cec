"""A page that asks another website for something (a picture, a video frame, a script) stops a strict
build with an error on the line to change, and its built file is deleted; a setting that adds one to
every page is reported on its line in mkdocs.yml. Under `mkdocs serve` (not strict) the error is shown and
the page is kept, so the writer sees what they wrote. Before this check, all of these were published."""

from __future__ import annotations

import shutil

import pytest

from conftest import run_build
from sitefactory import new_partnership

EMBEDS = ("\n\n## Can I watch it?\n\n![A health visitor at a family's door](https://images.example.com/visit.png)\n\n"
          '<iframe title="Our video" src="https://www.youtube-nocookie.com/embed/abc123"></iframe>\n')


@pytest.fixture(scope="module")
def starter(tmp_path_factory):
    return new_partnership(tmp_path_factory.mktemp("third-party") / "starter")


@pytest.fixture
def site(starter, tmp_path):
    root = tmp_path / "site"
    shutil.copytree(starter, root, symlinks=True)
    return root


def _line(text: str, needle: str) -> int:
    return text[:text.index(needle)].count("\n") + 1


def test_a_picture_and_a_video_from_other_websites_stop_a_strict_build(site):
    page = site / "docs" / "levels-of-need" / "consent.md"
    page.write_text(page.read_text(encoding="utf-8") + EMBEDS, encoding="utf-8")
    text = page.read_text(encoding="utf-8")
    build = run_build(site / "mkdocs.yml", site / "out")
    assert build.returncode != 0, build.output
    assert (f"Error: docs/levels-of-need/consent.md:{_line(text, 'https://images.example.com')}: This page asks "
            "another website (images.example.com) for an image each time it is opened") in build.output
    assert (f"Error: docs/levels-of-need/consent.md:{_line(text, '<iframe')}: This page asks another website "
            "(www.youtube-nocookie.com) for a frame (a video, a map or a form)") in build.output
    assert "Put a link to it instead" in build.output
    assert "2 errors: the site was not built." in build.output
    assert not (build.site / "levels-of-need" / "consent" / "index.html").exists()
    assert not (build.site / "handbook" / "index.html").exists()  # it holds every guidance page
    assert (build.site / "levels-of-need" / "level-2" / "index.html").exists()


def test_a_script_named_in_mkdocs_yml_is_reported_on_its_line(site):
    config = site / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "\nextra_javascript:\n  - https://chat.example.net/widget.js\n",
                      encoding="utf-8")
    build = run_build(config, site / "out")
    assert build.returncode != 0, build.output
    line = _line(config.read_text(encoding="utf-8"), "https://chat.example.net")
    assert (f"Error: mkdocs.yml:{line}: Every page built with this line asks another website (chat.example.net) "
            "for a script") in build.output
    assert build.output.count("chat.example.net) for a script") == 1  # once, not once a page


def test_under_serve_the_error_is_shown_and_the_page_kept(site):
    page = site / "docs" / "levels-of-need" / "consent.md"
    page.write_text(page.read_text(encoding="utf-8") + EMBEDS, encoding="utf-8")
    build = run_build(site / "mkdocs.yml", site / "out", strict=False)
    assert build.returncode == 0, build.output
    assert "Error: docs/levels-of-need/consent.md:" in build.output and "(images.example.com)" in build.output
    assert (build.site / "levels-of-need" / "consent" / "index.html").exists()
