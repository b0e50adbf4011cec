"""Issue 24 in Debian's chromium: one visit keeps the guidance on the device, so with the network off
the pages, search and quizzes still work; a new build replaces the copy; a site under a sub-path
works; the offline line and the handbook pass axe in both palettes. On the generator fixture site, or on
small sites made here from the generator's starter settings: never St Helens'."""

from __future__ import annotations

import datetime as dt
import re
import functools
import os
import subprocess
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest

import sitefactory
from browsing import address, search_results

from conftest import ROOT
from earlyhelp import frontmatter, quizzes
from earlyhelp.review import long_date
from sitefactory import SECOND_MODULE as MODULE

pytestmark = pytest.mark.browser
STARTER = ROOT / "hooks" / "earlyhelp" / "starter"  # the generator's own settings, never St Helens'

AXE = Path(__import__("axe_playwright_python").__file__).parent / "axe.min.js"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# The line names the day the site was built: a build that ran before midnight says the day before.
READY = re.compile(r"Available offline, updated (\d{1,2} [A-Z][a-z]+ \d{4})")
# The fixture site's guidance pages (from the starter), and the search that must find the first of them.
GUIDANCE = ["levels-of-need/consent.md", "levels-of-need/level-2.md", "worried-about-a-child.md"]
QUERY = "information sharing"


def title_of(project: Path, src: str) -> str:
    return frontmatter.parse(src, (project / "docs" / src).read_text("utf-8")).meta["title"]


def heading(page) -> str:
    return page.locator("article h1").first.inner_text().strip().rstrip("¶").strip()


class Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def serve():
    """Serve a folder on a free loopback port (127.0.0.1 counts as secure, as service workers need)."""
    servers = []

    def start(folder: Path) -> str:
        server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}/"
    yield start
    for server in servers:
        server.shutdown()


def wait_until_kept(page) -> None:
    page.locator(".eh-offline", has_text=READY).wait_for(timeout=30000)


def search(page, query: str) -> list[str]:
    return search_results(page, query)


def answer_all(page, project: Path) -> None:
    """Every quiz of the module answered right, from the page's own Markdown."""
    doc = frontmatter.parse(MODULE, (project / "docs" / MODULE).read_text("utf-8"))
    for index, quiz in enumerate(quizzes.find(doc.body)):
        inputs = page.locator(f"#quiz-{index} fieldset input")
        for i, (right, _) in enumerate(quiz.answers):
            if right:
                inputs.nth(i).check()
        page.locator(f"#quiz-{index} button[type=submit]").click()
        page.locator(f"#quiz-{index} .quiz-feedback").wait_for(state="visible")


def test_after_one_visit_pages_search_and_quizzes_work_with_the_network_off(browser, site_url, generator_site):
    context = browser.new_context()
    page = context.new_page()
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(site_url)
    line = page.locator(".eh-offline")
    assert line.is_hidden() or not READY.fullmatch(line.inner_text())  # not said before the copy is complete
    wait_until_kept(page)
    built_on = READY.fullmatch(line.inner_text()).group(1)
    today = dt.date.today()
    assert built_on in (long_date(today), long_date(today - dt.timedelta(days=1)))
    # The web app manifest the page names (so the site can be installed) loads, with its icons.
    manifest = page.evaluate("""async () => { const link = document.querySelector('link[rel=manifest]');
        const data = await (await fetch(link.href)).json();
        const icons = await Promise.all(data.icons.map(i => fetch(new URL(i.src, link.href)).then(r => r.ok)));
        return [link.href, data.start_url, icons]; }""")
    assert manifest[0] == site_url + "manifest.webmanifest" and manifest[1] == "./" and all(manifest[2])
    context.set_offline(True)
    for src in GUIDANCE:
        response = page.goto(site_url + address(src))
        assert response.ok and response.from_service_worker
        assert heading(page) == title_of(generator_site, src)
        wait_until_kept(page)  # the line says so on a page opened from the copy, too
    page.goto(site_url)
    first = search(page, QUERY)[0]
    assert urlparse(first).path == urlparse(site_url).path + address(GUIDANCE[0])
    page.goto(first)  # a search result's address carries ?h=... to highlight the words
    assert heading(page) == title_of(generator_site, GUIDANCE[0])
    page.goto(site_url + address(MODULE))
    answer_all(page, generator_site)
    page.locator("#record-completion .eh-record__status").filter(has_text="Well done").wait_for()
    assert page.evaluate("() => localStorage.getItem('quiz_progress_' + location.pathname)") is not None
    page.goto(site_url + "no-such-page/")
    assert page.locator("h1").inner_text() == "You are offline"
    context.close()
    own = urlparse(site_url).netloc
    assert not [u for u in requests if urlparse(u).scheme in ("http", "https") and urlparse(u).netloc != own]


def test_a_site_under_a_sub_path_keeps_its_copy_in_its_own_folder(browser, built_site, generator_site, serve,
                                                                   tmp_path):
    (tmp_path / "early-help-kb").symlink_to(built_site.site, target_is_directory=True)
    base = serve(tmp_path) + "early-help-kb/"
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "levels-of-need/")
    wait_until_kept(page)
    assert page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.scope)") == base
    context.set_offline(True)
    response = page.goto(base + address(GUIDANCE[0]))
    assert response.from_service_worker
    assert title_of(generator_site, GUIDANCE[0]) in page.locator("article h1").first.inner_text()
    context.close()


FIXTURE = f"""\
INHERIT: {STARTER / 'mkdocs.yml'}
site_name: Update fixture
{sitefactory.adapters('theme', 'partnership', 'handbook', 'offline')}
nav:
  - Home: index.md
  - Guide: guide.md
"""


def front(title: str) -> str:
    return (f"---\ntitle: {title}\ndescription: A page for the tests.\ntype: guidance\n"
            "owner: Early Help Partnership Team\nlast_reviewed: 2026-11-23\n---\n\n")


def build(project: Path, site: Path, guide_words: str) -> None:
    (project / "docs" / "guide.md").write_text(front("Guide") + f"# Guide\n\n{guide_words}\n", "utf-8")
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)], cwd=project,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "true"}, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def our_caches(page) -> list[str]:
    return page.evaluate("caches.keys().then(names => names.filter(n => n.startsWith('eh-offline ')))")


def test_a_new_build_replaces_the_copy_and_its_new_page_is_served_offline(browser, serve, tmp_path):
    project = tmp_path / "project"
    (project / "docs").mkdir(parents=True)
    for name in ("includes", "training"):
        (project / name).symlink_to(STARTER / name, target_is_directory=True)
    (project / "mkdocs.yml").write_text(FIXTURE, "utf-8")
    (project / "docs" / "index.md").write_text(front("Home") + "# Home\n\nSee the [guide](guide.md).\n", "utf-8")
    site = tmp_path / "site"
    build(project, site, "The first version of the guide.")
    base = serve(site)
    context = browser.new_context()
    page = context.new_page()
    page.goto(base)
    wait_until_kept(page)
    first = our_caches(page)
    assert len(first) == 1
    build(project, site, "The second version of the guide.")
    page.goto(base + "guide/")
    assert "The first version" in page.locator("article").inner_text()  # the copy answers first, quickly
    # Browsers look for a new sw.js when a page is opened, but may wait a while to do it: ask now,
    # and again every few seconds, as the pages a practitioner opens next would (an install that
    # lost a request to the busy test server is then tried again, as a browser tries it).
    for attempt in range(300):  # the new copy is made, then the old one deleted
        if attempt % 30 == 0:
            page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update()).catch(() => null)")
        names = our_caches(page)
        if len(names) == 1 and names != first:
            break
        page.wait_for_timeout(100)
    else:
        raise AssertionError(f"the new build did not replace the copy: {our_caches(page)}")
    page.locator(".eh-offline", has_text=READY).wait_for()
    context.set_offline(True)
    page.goto(base + "guide/")
    assert "The second version of the guide." in page.locator("article").inner_text()
    context.close()


def run_axe(page) -> list[str]:
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_TAGS)
    return [f"{v['id']}: {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in result["violations"]]


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_the_offline_line_and_the_handbook_pass_axe_and_work_by_keyboard(browser, site_url, scheme):
    context = browser.new_context(color_scheme=scheme)
    page = context.new_page()
    problems = []
    for path in (address(GUIDANCE[0]), "handbook/"):
        page.goto(site_url + path)
        wait_until_kept(page)
        problems += [f"/{path}: {p}" for p in run_axe(page)]
    for _ in range(400):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.matches('[data-eh-print]')"):
            break
    else:
        raise AssertionError("the keyboard never reached the Print button")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") != "none"
    context.close()
    assert not problems, "\n".join(problems)
