"""Issue 24, real strict builds of a small fixture site kept in a git repository with known commits:
the What's changed feed, the offline copy's list of files and build id, the app manifest, and the
handbook's links and ids. The fixture INHERITs the generator's starter site (never St Helens' settings)
with a nav of its own pages."""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
import zlib
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

import sitefactory

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "hooks" / "earlyhelp" / "starter"  # the generator's own settings, never St Helens'
ATOM = {"a": "http://www.w3.org/2005/Atom"}

CONFIG = f"""\
INHERIT: {STARTER / 'mkdocs.yml'}
site_name: Offline fixture
{sitefactory.adapters('theme', 'partnership', 'content_checks', 'handbook', 'offline')}
nav:
  - Home: index.md
  - Guidance:
      - guidance/index.md
      - The guide: guidance/guide.md
      - Second page: guidance/second.md
  - Handbook to print: handbook.md
  - About:
      - Content health: about/content-health.md
      - What's changed: about/whats-changed.md
"""


def page(title: str, kind: str, body: str, reviewed: str = "2026-11-23") -> str:
    return (f"---\ntitle: {title}\ndescription: A page for the tests.\ntype: {kind}\n"
            f"owner: Early Help Partnership Team\nlast_reviewed: {reviewed}\nreview_every: 12\n---\n\n{body}")


REPORT = "---\ntitle: {0}\ndescription: Made by the build.\ntype: report\n---\n\n# {0}\n\n{1}\n"
PAGES = {
    "index.md": page("Home", "index", "# Home\n\nRead [the guide](guidance/guide.md).\n"),
    "guidance/index.md": page("Guidance", "index", "# Guidance\n\nTwo pages: [the guide](guide.md#who-to-call) "
                                                   "and [the second page](second.md).\n"),
    "guidance/guide.md": page("The guide", "guidance", "# The guide\n\nStart here.\n\n## Who to call\n\n"
                                                       "Call the Front Door. See [the next part](#what-next).\n\n"
                                                       "## What next\n\nRead the [second page](second.md).\n"),
    "guidance/second.md": page("Second page", "guidance", "# Second page\n\nBack to [the home page](../index.md) "
                                                          "or [Content health](../about/content-health.md).\n\n"
                                                          "## What next\n\nNothing.\n"),
    "handbook.md": REPORT.format("Handbook to print", "All the guidance.\n\n<!-- handbook -->"),
    "about/content-health.md": REPORT.format("Content health", "<!-- content-health -->"),
    "about/whats-changed.md": REPORT.format("What's changed", "[Subscribe to the feed](../whats-changed.xml).\n\n"
                                                              "<!-- whats-changed -->"),
}
# (date, commit message, {file: new text or None to delete})
COMMITS = [
    ("2026-01-05", "Add the home page, the guidance and the reports", {k: v for k, v in PAGES.items()}),
    ("2026-02-10", "Guide: say who to call first", {"guidance/guide.md": PAGES["guidance/guide.md"] + "\nMore.\n"}),
    ("2026-03-20", "Add a page by mistake", {"gone.md": page("Gone", "guidance", "# Gone\n\nA page.\n")}),
    ("2026-03-21", "Remove the page added by mistake", {"gone.md": None}),
    ("2026-04-02", "Second page: the contact is now the Front Door",
     {"guidance/second.md": PAGES["guidance/second.md"] + "\nContact the Front Door.\n"}),
]


def git(folder: Path, *args: str, date: str = "2026-01-01") -> None:
    stamp = f"{date}T12:00:00+00:00"
    env = {**os.environ, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp, "GIT_AUTHOR_NAME": "A Writer",
           "GIT_AUTHOR_EMAIL": "writer@example.org", "GIT_COMMITTER_NAME": "A Writer",
           "GIT_COMMITTER_EMAIL": "writer@example.org"}
    subprocess.run(["git", *args], cwd=folder, env=env, check=True, capture_output=True)


def make_repo(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for name in ("includes", "training"):
        (folder / name).symlink_to(STARTER / name, target_is_directory=True)
    (folder / "docs").mkdir()
    (folder / "mkdocs.yml").write_text(CONFIG, "utf-8")
    git(folder, "init", "-q")
    for date, message, changes in COMMITS:
        for name, text in changes.items():
            path = folder / "docs" / name
            if text is None:
                path.unlink()
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(text, "utf-8")
        git(folder, "add", "-A", date=date)
        git(folder, "commit", "-q", "-m", message, date=date)
    return folder


def build(folder: Path, site: Path) -> Path:
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", "mkdocs.yml", "-d", str(site)],
                          cwd=folder, env={**os.environ, "NO_MKDOCS_2_WARNING": "true"}, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "WARNING" not in proc.stdout + proc.stderr
    return site


@pytest.fixture(scope="module")
def fixture(tmp_path_factory):
    base = tmp_path_factory.mktemp("offline")
    repo = make_repo(base / "repo")
    return repo, build(repo, base / "site")


def worker_build(site: Path) -> dict:
    return json.loads(re.search(r"^const BUILD = (.*);$", (site / "sw.js").read_text("utf-8"), re.M).group(1))


def test_the_feed_lists_the_whats_changed_entries_with_their_commit_messages(fixture):
    _, site = fixture
    root = ET.parse(site / "whats-changed.xml").getroot()
    got = [(e.find("a:title", ATOM).text, e.find("a:link", ATOM).get("href"), e.find("a:updated", ATOM).text,
            e.find("a:summary", ATOM).text) for e in root.findall("a:entry", ATOM)]
    first = "Add the home page, the guidance and the reports"
    assert got == [
        ("Second page", "guidance/second/", "2026-04-02T00:00:00Z", "Second page: the contact is now the Front Door"),
        ("The guide", "guidance/guide/", "2026-02-10T00:00:00Z", "Guide: say who to call first"),
        ("Guidance", "guidance/", "2026-01-05T00:00:00Z", first),
        ("Handbook to print", "handbook/", "2026-01-05T00:00:00Z", first),
        ("Home", "./", "2026-01-05T00:00:00Z", first)]
    assert root.find("a:updated", ATOM).text == "2026-04-02T00:00:00Z"
    assert "writer@example.org" not in (site / "whats-changed.xml").read_text("utf-8")  # no commit author
    # The What's changed page lists the same pages in the same order, and links to the feed.
    html = (site / "about/whats-changed/index.html").read_text("utf-8")
    table = html[html.index("<table"):html.index("</table>")]
    assert re.findall(r"<a [^>]*>([^<]+)</a>", table) == [title for title, *_ in got]
    feed_links = re.findall(r'<a href="?([^" >]*whats-changed\.xml)', html)
    assert feed_links and (site / "about/whats-changed" / feed_links[0]).resolve() == (site / "whats-changed.xml")


def test_the_home_page_and_whats_changed_name_the_feed_where_feed_readers_look(fixture):
    _, site = fixture
    for path in ("index.html", "about/whats-changed/index.html"):
        head = (site / path).read_text("utf-8").split("</head>")[0]
        link = re.search(r'<link rel="?alternate"? type="?application/atom\+xml"?[^>]*href="?([^" >]+)', head)
        assert link and (site / path).parent.joinpath(link.group(1)).resolve() == site / "whats-changed.xml", path
    # Each page carries one script for the offline copy, and guidance pages nothing more (their byte budget).
    guide = (site / "guidance/guide/index.html").read_text("utf-8")
    assert guide.count("assets/javascripts/offline.js") == 1 and "application/atom+xml" not in guide


def test_the_manifest_icons_exist_at_their_sizes(fixture):
    _, site = fixture
    data = json.loads((site / "manifest.webmanifest").read_text("utf-8"))
    assert data["name"] == "Offline fixture" and data["start_url"] == "./"
    for icon in data["icons"]:
        png = (site / icon["src"]).read_bytes()
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert f"{width}x{height}" == icon["sizes"]


def test_the_offline_copy_lists_every_page_and_asset_and_nothing_else(fixture):
    _, site = fixture
    build_data = worker_build(site)
    urls = [u for u, _ in build_data["files"]]
    pages = {u for u in urls if not re.search(r"\.\w+$", u)}
    assert pages == {"./", "guidance/", "guidance/guide/", "guidance/second/", "handbook/", "about/content-health/",
                     "about/whats-changed/"}
    assets = {p.relative_to(site).as_posix() for p in (site / "assets").rglob("*") if p.is_file()
              and not p.name.endswith(".map") and "lunr" not in p.parts}
    assert {u for u in urls if u.startswith("assets/")} == assets
    assert {"search/search_index.json", "manifest.webmanifest", "sitemap.xml"} <= set(urls)
    assert not [u for u in urls if u.endswith((".map", "sw.js", "404.html", "whats-changed.xml"))]
    assert "assets/javascripts/offline-worker.js" not in urls  # the worker's source is not published
    assert not (site / "assets/javascripts/offline-worker.js").exists()
    for url, revision in build_data["files"]:
        file = site / (url + "index.html" if url.endswith("/") else url) if url != "./" else site / "index.html"
        assert hashlib.sha256(file.read_bytes()).hexdigest()[:16] == revision, url


def test_a_changed_page_changes_the_build_id_and_only_what_it_touches(fixture, tmp_path):
    repo, site = fixture
    again = worker_build(build(repo, tmp_path / "again"))
    assert again["id"] == worker_build(site)["id"]  # the same input gives the same build
    copy = tmp_path / "changed"
    shutil.copytree(repo, copy, symlinks=True)
    guide = copy / "docs/guidance/guide.md"
    guide.write_text(guide.read_text("utf-8") + "\nA new paragraph.\n", "utf-8")
    changed = worker_build(build(copy, tmp_path / "changed-site"))
    assert changed["id"] != again["id"]
    before, after = dict(again["files"]), dict(changed["files"])
    assert before["guidance/guide/"] != after["guidance/guide/"]
    assert before["guidance/second/"] == after["guidance/second/"]
    bundle = next(u for u in before if re.match(r"assets/javascripts/bundle\.\w+\.min\.js$", u))
    assert before[bundle] == after[bundle]


def test_the_handbook_has_the_guidance_in_menu_order_with_working_links_and_unique_ids(fixture):
    _, site = fixture
    html = (site / "handbook/index.html").read_text("utf-8")
    ids = re.findall(r'\sid="?([^" >]+)', html)
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for target in re.findall(r'href="?#([^" >]+)', html):
        assert target in ids, target
    for href in re.findall(r'(?:href|src)="?([^" >#]+)', html):
        parts = urlsplit(urljoin("http://site/handbook/", href))
        if parts.netloc != "site":
            continue
        path = site / parts.path.lstrip("/")
        assert (path / "index.html" if path.is_dir() else path).is_file(), href
    contents = html[html.index("eh-handbook__contents"):html.index("</nav>", html.index("eh-handbook__contents"))]
    assert re.findall(r">([^<>]+)</a>", contents) == ["Guidance", "The guide", "Second page"]
    assert html.index("page-guidance-guide--who-to-call") < html.index("page-guidance-second--what-next")
    # Links between pages now lead inside the handbook; a page left out (Content health) is linked to.
    assert re.search(r'href="?#page-guidance-guide--who-to-call"?', html)
    assert re.search(r'href="?#page-guidance-guide--what-next"?', html)
    assert re.search(r'href="?\.\./about/content-health/"?', html)
    assert "Next review due 23 November 2027." in html


def test_a_preview_with_mkdocs_serve_keeps_nothing_offline(fixture):
    """A writer previewing with `make serve` must see each change at once: the preview's sw.js keeps no copy
    (and deletes one an earlier visit kept)."""
    import socket
    import time
    import urllib.request

    repo, _ = fixture
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "-f", "mkdocs.yml",
                               "--dev-addr", f"127.0.0.1:{port}"], cwd=repo, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env={**os.environ, "NO_MKDOCS_2_WARNING": "true"})
    try:
        for _ in range(300):
            try:
                text = urllib.request.urlopen(f"http://127.0.0.1:{port}/sw.js", timeout=2).read().decode()
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise AssertionError("mkdocs serve never served sw.js")
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert "previews are not kept offline" in text and "const BUILD" not in text
    assert "caches.delete" in text and "fetch" not in text  # no copy kept, every request goes to the network


def test_the_manifest_and_its_icons_take_the_partnerships_own_colour(tmp_path):
    """A partnership that sets its colour in partnership.yml gets it in the manifest and in every icon's
    background, not the stylesheet's default."""
    config = f"INHERIT: {STARTER / 'mkdocs.yml'}\nsite_name: Colour fixture\n" \
             f"{sitefactory.adapters('theme', 'offline')}\nextra:\n  partnership:\n    colours:\n" \
             "      primary: '#00594f'\nnav:\n  - Home: index.md\n"
    built = sitefactory.build_command(sitefactory.make_site(tmp_path, config, {"docs/index.md": "# Home\n"}),
                                      "--strict")
    assert built.returncode == 0, built.output
    data = json.loads((built.site / "manifest.webmanifest").read_text("utf-8"))
    assert data["theme_color"] == "#00594f"
    for icon in data["icons"]:
        png = (built.site / icon["src"]).read_bytes()
        start = png.index(b"IDAT") + 4
        length = int.from_bytes(png[start - 8:start - 4], "big")
        first_row = zlib.decompress(png[start:start + length])
        assert first_row[1:4] == bytes.fromhex("00594f")  # after the row's filter byte: the top-left pixel
