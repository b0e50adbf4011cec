"""Issue 24: the handbook printed to PDF in Debian's chromium and read back with pypdf. A fixture site
with review dates chosen by hand: every sheet carries the footer line (with the earliest review date
of the guidance in it, not of other pages), below the text and never over it; the contents list is
there; the pages follow the menu."""

from __future__ import annotations

import datetime as dt
import functools
import os
import re
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

import sitefactory
from pypdf import PdfReader

from conftest import ROOT
from earlyhelp.review import long_date

pytestmark = pytest.mark.browser
STARTER = ROOT / "hooks" / "earlyhelp" / "starter"  # the generator's own settings, never St Helens'

CONFIG = f"""\
INHERIT: {STARTER / 'mkdocs.yml'}
site_name: Handbook fixture
{sitefactory.adapters('theme', 'partnership', 'handbook', 'offline')}
nav:
  - Home: index.md
  - Zebra crossings: zebra.md
  - Apples and pears: apples.md
  - Old report: report.md
  - Handbook to print: handbook.md
"""
WORDS = ("Talk to the family first and write down what they tell you in their own words. "
         "Agree the next step with them and say who will do it and by when. ")


def page(title: str, kind: str, reviewed: str, months: int, paragraphs: int) -> str:
    body = "\n\n".join(f"{title} paragraph {n}. " + WORDS * 3 for n in range(1, paragraphs + 1))
    return (f"---\ntitle: {title}\ndescription: A page for the tests.\ntype: {kind}\n"
            f"owner: Early Help Partnership Team\nlast_reviewed: {reviewed}\nreview_every: {months}\n---\n\n"
            f"# {title}\n\n{body}\n\n## What next\n\nAsk the lead professional.\n")


PAGES = {
    "index.md": page("Home", "index", "2026-01-01", 12, 1),
    # In the menu first, due 10 May 2027.
    "zebra.md": page("Zebra crossings", "guidance", "2026-05-10", 12, 14),
    # In the menu second, due 1 September 2026: the earliest among the guidance.
    "apples.md": page("Apples and pears", "guidance", "2026-03-01", 6, 14),
    # Not guidance, so not in the handbook: its earlier date (1 January 2026) must not be used.
    "report.md": page("Old report", "report", "2025-01-01", 12, 1),
    "handbook.md": "---\ntitle: Handbook to print\ndescription: All the guidance.\ntype: report\n---\n\n"
                   "# Handbook\n\nAll the guidance in one document.\n\n<!-- handbook -->\n",
}


@pytest.fixture(scope="module")
def handbook_url(tmp_path_factory):
    project = tmp_path_factory.mktemp("handbook")
    for name in ("includes", "training"):
        (project / name).symlink_to(STARTER / name, target_is_directory=True)
    (project / "docs").mkdir()
    for name, text in PAGES.items():
        (project / "docs" / name).write_text(text, "utf-8")
    (project / "mkdocs.yml").write_text(CONFIG, "utf-8")
    site = project / "site"
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], cwd=project,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "true"}, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/handbook/"
    server.shutdown()


def pieces(pdf_page) -> list[tuple[float, str]]:
    """Each run of text on a sheet with its height from the bottom of the sheet, in points."""
    out = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            out.append((tm[4] * cm[1] + tm[5] * cm[3] + cm[5], text.strip()))
    pdf_page.extract_text(visitor_text=visit)
    return out


def test_every_printed_sheet_says_when_it_was_printed_and_when_the_guidance_is_next_reviewed(
        browser, handbook_url, tmp_path):
    page = browser.new_page()
    page.goto(handbook_url)
    page.emulate_media(media="print")
    pdf = tmp_path / "handbook.pdf"
    page.pdf(path=str(pdf), format="A4")
    page.close()
    sheets = PdfReader(str(pdf)).pages
    assert len(sheets) >= 4  # cover, contents, and the two pages of guidance, each on a sheet of its own
    footer = (f"Printed on {long_date(dt.date.today())} from {handbook_url}. Check the site for the latest "
              "version. Next review due 1 September 2026.")
    texts = [re.sub(r"\s+", " ", s.extract_text()) for s in sheets]
    for number, (sheet, text) in enumerate(zip(sheets, texts), 1):
        assert footer in text, f"sheet {number} has no footer line: {text[-300:]}"
        runs = pieces(sheet)
        top_of_footer = max(y for y, t in runs if t.startswith("Printed"))
        below = [t for y, t in runs if y <= top_of_footer + 1]
        assert all(t in footer for t in below), f"sheet {number}: text at the footer's height: {below}"
        assert min(y for y, t in runs if y > top_of_footer + 1) > top_of_footer + 8, f"sheet {number}: no gap"
    whole = " ".join(texts)
    contents = whole.index("Contents")
    assert contents < whole.index("Zebra crossings", contents) < whole.index("Apples and pears", contents)
    # The pages themselves follow the menu: Zebra crossings (first in the menu) before Apples and pears.
    assert whole.index("Zebra crossings paragraph 1.") < whole.index("Apples and pears paragraph 1.")
    assert "Old report" not in whole and "Home paragraph" not in whole
    assert "Apples and pears paragraph 14." in whole and "Zebra crossings paragraph 14." in whole
