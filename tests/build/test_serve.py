"""`make serve` as a writer uses it: a real `mkdocs serve` on a loopback port, a real browser request.

A save that cannot be built shows a page listing the problem instead of a page that never loads,
the next good save brings the site back, and files outside docs/ that the build reads are watched."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from sitefactory import new_partnership


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str, timeout: float = 30) -> str:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            return response.read().decode("utf-8")
    except urllib.error.HTTPError as error:  # the problem page comes with 404, as any missing page would
        return error.read().decode("utf-8")


def _until(url: str, wanted: str, seconds: float = 60) -> str:
    """Ask again until the page says what is wanted (a rebuild takes a few seconds), at most ``seconds``."""
    end, text = time.monotonic() + seconds, ""
    while time.monotonic() < end:
        try:
            text = _get(url)
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            text = ""  # the server is still starting
        if wanted in text:
            return text
        time.sleep(0.5)
    return text


@pytest.fixture
def server(tmp_path):
    """A new partnership's site, made by the generator's own command (never St Helens' content)."""
    tmp_path = new_partnership(tmp_path / "site")
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}",
                             "--livereload"], cwd=tmp_path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "true"})
    url = f"http://127.0.0.1:{port}/"
    try:
        assert "Testshire" in _until(url, "Testshire", 120)
        yield tmp_path, url
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_a_broken_settings_file_shows_its_line_and_the_next_save_recovers(server):
    project, url = server
    settings = project / "partnership.yml"
    good = settings.read_text(encoding="utf-8")
    lines = good.splitlines(keepends=True)
    number = next(i for i, line in enumerate(lines) if line.startswith("    area:"))
    lines[number] = "   area: Testshire\n"  # one space short: the kind of slip a writer makes
    settings.write_text("".join(lines), encoding="utf-8")
    page = _until(url + "levels-of-need/", "The preview cannot be built")
    assert "The preview cannot be built" in page and "partnership.yml:" in page and "How to fix" in page
    settings.write_text(good, encoding="utf-8")
    assert "Level 2" in _until(url + "levels-of-need/", "Level 2")


def test_an_edit_to_the_glossary_rebuilds_the_site(server):
    project, url = server
    glossary = project / "includes" / "abbreviations.md"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "*[ZQXW]: A made-up term for this test\n",
                        encoding="utf-8")
    assert "A made-up term for this test" in _until(url + "glossary/", "A made-up term for this test")
