"""This site's own tests (make test): it builds strictly, every page in the navigation is built
with a title, and every check passes (the build itself stops for a page that loads anything from
another website). The
generator's own tests live with the generator; these are about this site's content."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from earlyhelp.sources import config_file

ROOT = Path(__file__).resolve().parent.parent


def _nav_pages(nav) -> list[str]:
    pages = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages += _nav_pages(value) if isinstance(value, list) else [value]
    return pages


def _config() -> dict:
    return config_file(ROOT / "mkdocs.yml")


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    build = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)], cwd=ROOT,
                           capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "true"})
    assert build.returncode == 0, build.stdout + build.stderr
    return out


@pytest.mark.parametrize("src", _nav_pages(_config()["nav"]))
def test_every_page_in_the_navigation_is_built_with_a_title(site, src):
    built = site / (src[:-len("index.md")] if src.endswith("index.md") else src[:-3] + "/") / "index.html"
    html = built.read_text(encoding="utf-8")
    heading = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    assert heading and re.sub(r"<[^>]+>", "", heading.group(1)).strip(), f"{src} has no heading"


def test_every_check_passes_without_building():
    check = subprocess.run([sys.executable, "-m", "earlyhelp", "check"], cwd=ROOT, capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
