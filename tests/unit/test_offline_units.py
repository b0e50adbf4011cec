"""Issue 24, the pure parts: the offline copy's list of files and build id, the app icons, the What's
changed feed made from a git log, and the handbook's rewriting of pages. Known answers worked out by hand."""

from __future__ import annotations

import datetime as dt
import json
import re
import struct
import xml.etree.ElementTree as ET
import zlib

from earlyhelp import appmanifest, changes, feed, handbook, offline

SITE = {
    "index.html": b"home", "404.html": b"missing", "sw.js": b"old worker", "sitemap.xml": b"<urlset/>",
    "sitemap.xml.gz": b"gz", "levels-of-need/ehat/index.html": b"ehat", "assets/javascripts/bundle.js": b"js",
    "assets/javascripts/bundle.js.map": b"map", "assets/javascripts/lunr/min/lunr.de.min.js": b"de",
    "search/search_index.json": b"{}", "whats-changed.xml": b"<feed/>", "training/report.json": b"{}",
}


def test_the_offline_copy_keeps_pages_by_their_address_and_leaves_out_what_nobody_opens():
    kept = offline.entries(SITE, ["en"], {"whats-changed.xml"})
    assert [e.url for e in kept] == ["assets/javascripts/bundle.js", "./", "levels-of-need/ehat/",
                                     "search/search_index.json", "sitemap.xml", "training/report.json"]
    assert kept[2].size == 4
    # Search in German needs Material's lunr files; in English it needs none.
    assert "assets/javascripts/lunr/min/lunr.de.min.js" in [e.url for e in offline.entries(SITE, ["en", "de"])]
    # Without directory URLs, a page is asked for by its file name.
    assert "levels-of-need/ehat/index.html" in [e.url for e in offline.entries(SITE, ["en"], directory_urls=False)]


def test_the_build_id_changes_with_any_kept_file_and_only_then():
    first = offline.build_id(offline.entries(SITE, ["en"]))
    assert first == offline.build_id(offline.entries(dict(reversed(list(SITE.items()))), ["en"]))
    assert first == offline.build_id(offline.entries({**SITE, "404.html": b"changed"}, ["en"]))
    assert first != offline.build_id(offline.entries({**SITE, "levels-of-need/ehat/index.html": b"new"}, ["en"]))
    assert first != offline.build_id(offline.entries({**SITE, "new/index.html": b"page"}, ["en"]))


def test_the_worker_carries_the_list_the_id_and_the_date():
    kept = offline.entries(SITE, ["en"])
    text = offline.worker("// fixed code\n", kept, "1 December 2026")
    build = json.loads(re.search(r"^const BUILD = (.*);$", text, re.M).group(1))
    assert build["id"] == offline.build_id(kept) and build["date"] == "1 December 2026"
    assert build["files"][1] == ["./", kept[1].revision] and text.endswith("// fixed code\n")


def test_the_theme_colour_comes_from_the_sites_stylesheet():
    assert offline.theme_colour(["a{}", ":root { --md-primary-fg-color: #1B4A83; }"]) == "#1b4a83"
    assert offline.theme_colour(["a{}"]) == "#4051b5"


def pixels(png: bytes) -> tuple[int, int, list[bytes]]:
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    width, height, depth, kind = struct.unpack(">IIBB", png[16:26])
    assert (depth, kind) == (8, 2)
    raw = zlib.decompress(png[png.index(b"IDAT") + 4:png.index(b"IEND") - 8])
    rows = [raw[y * (width * 3 + 1) + 1:(y + 1) * (width * 3 + 1)] for y in range(height)]
    return width, height, rows


def test_the_icon_is_a_png_of_its_size_in_the_sites_colour_with_a_white_page_inside_the_safe_zone():
    width, height, rows = pixels(appmanifest.icon_png(192, "#1b4a83"))
    assert (width, height) == (192, 192)
    assert rows[0][0:3] == bytes([0x1b, 0x4a, 0x83])  # a corner
    assert rows[45][60 * 3:61 * 3] == b"\xff\xff\xff"  # the page's top left, just inside
    # Android may crop an icon to a circle of 40 % of its width around the middle: the page fits inside it.
    white = [(x, y) for y, row in enumerate(rows) for x in range(width) if row[x * 3:x * 3 + 3] == b"\xff\xff\xff"]
    assert max(((x - 95.5) ** 2 + (y - 95.5) ** 2) ** 0.5 for x, y in white) < 0.4 * 192


def test_the_manifest_names_the_site_and_its_icons_relative_to_itself():
    data = json.loads(appmanifest.manifest("St Helens Early Help", "Guidance.", "#1b4a83"))
    assert (data["name"], data["short_name"], data["start_url"], data["scope"]) == \
        ("St Helens Early Help", "Early Help", "./", "./")
    assert {i["src"] for i in data["icons"]} == {"assets/images/app-icon-192.png", "assets/images/app-icon-512.png"}
    assert appmanifest.short_name("Wirral") == "Wirral"
    assert appmanifest.short_name("Supercalifragilistic") == "Supercalifra"


R, F = changes.RECORD, feed.FIELD
LOG = (f"{R}2026-03-15{F}c3{F}Guide: say who to call first\n\nguide.md\nold.md\n"
       f"{R}2026-03-15{F}c2{F}Fix a typo in the guide\n\nguide.md\n"
       f"{R}2026-02-01{F}c1{F}Add the home page and the guide\n\nindex.md\nguide.md\nassets/x.css\n")
TITLES = {"index.md": "Home", "guide.md": "The guide"}


def test_feed_entries_are_the_whats_changed_entries_with_their_commit_messages():
    items = feed.entries(LOG, TITLES)
    assert [(e.src_uri, e.date, e.summary, e.commit) for e in items] == [
        ("guide.md", dt.date(2026, 3, 15), "Guide: say who to call first", "c3"),
        ("index.md", dt.date(2026, 2, 1), "Add the home page and the guide", "c1")]
    plain, _ = feed.split(LOG)
    assert [(c.src_uri, c.date) for c in changes.parse(plain) if c.src_uri in TITLES] == \
        [(e.src_uri, e.date) for e in items]
    assert feed.entries(None, TITLES) == [] and feed.entries("", TITLES) == []


def test_the_feed_is_atom_with_one_entry_a_page():
    items = feed.entries(LOG, TITLES)
    urls = {"index.md": "", "guide.md": "guide/", "about/whats-changed.md": "about/whats-changed/"}
    ns = {"a": "http://www.w3.org/2005/Atom"}
    root = ET.fromstring(feed.atom(items, urls, "Wirral Early Help", "https://example.org/kb", "about/whats-changed.md",
                                   dt.date(2026, 4, 1)))
    assert root.find("a:updated", ns).text == "2026-03-15T00:00:00Z"
    assert root.find("a:link[@rel='self']", ns).get("href") == "https://example.org/kb/whats-changed.xml"
    assert root.find("a:link[@rel='alternate']", ns).get("href") == "https://example.org/kb/about/whats-changed/"
    entries = root.findall("a:entry", ns)
    assert [(e.find("a:title", ns).text, e.find("a:link", ns).get("href"), e.find("a:updated", ns).text,
             e.find("a:summary", ns).text) for e in entries] == [
        ("The guide", "https://example.org/kb/guide/", "2026-03-15T00:00:00Z", "Guide: say who to call first"),
        ("Home", "https://example.org/kb/", "2026-02-01T00:00:00Z", "Add the home page and the guide")]
    assert len({e.find("a:id", ns).text for e in entries}) == 2
    # Without a site_url, addresses are relative to the feed; a control character never breaks the XML.
    odd = [feed.Entry(dt.date(2026, 1, 1), "guide.md", "A & B", "Tab\tand bell\x07", "c9")]
    root = ET.fromstring(feed.atom(odd, urls, "X", "", "about/whats-changed.md", dt.date(2026, 4, 1)))
    assert root.find("a:entry/a:link", ns).get("href") == "guide/"
    assert root.find("a:entry/a:summary", ns).text == "Tab\tand bell"


def nav_page(url, kind, section="", parent="", is_index=False, **meta):
    return handbook.NavPage(url, url or "Home", {"type": kind, **meta}, f"<h1 id=\"top\">{url}</h1>", section,
                            parent, is_index)


def test_the_handbook_takes_guidance_and_the_overview_of_each_section_that_has_some():
    pages = [nav_page("", "index"), nav_page("a/", "index", "A", "A", True), nav_page("a/one/", "guidance", "A", "A"),
             nav_page("b/", "index", "B", "B", True), nav_page("b/quiz/", "training-module", "B", "B"),
             nav_page("two/", "guidance"), nav_page("about/changes/", "report", "About", "About")]
    assert [p.url for p in handbook.select(pages)] == ["a/", "a/one/", "two/"]


def test_the_next_review_is_the_earliest_due_date_among_the_pages():
    pages = [nav_page("a/", "guidance", last_reviewed=dt.date(2026, 3, 31), review_every=6),
             nav_page("b/", "guidance", last_reviewed=dt.date(2026, 1, 10)),
             nav_page("c/", "guidance")]
    assert handbook.next_review(pages, dt.date(2026, 6, 1), 12, 30) == dt.date(2026, 9, 30)
    assert handbook.next_review(pages[2:], dt.date(2026, 6, 1), 12, 30) is None


def test_a_page_in_the_handbook_keeps_working_links_and_unique_ids():
    inside = {"levels-of-need/ehat/": "page-ehat", "": "page-home"}
    html = ('<h1 id="the-ehat">The EHAT<a class="headerlink" href="#the-ehat">¶</a></h1>'
            '<h6 id="deep">Deep</h6><label for="q1">Q</label><div aria-labelledby="a b"></div>'
            '<a href="../consent/#who">Consent</a><a href="../../">Home</a><a href="./#next">Here</a>'
            '<img src="../../assets/i.png"><a href="https://www.gov.uk/">GOV.UK</a><a href="tel:+441744676600">Call</a>')
    assert handbook.rewrite(html, "levels-of-need/ehat/", "handbook/", inside) == (
        '<h2 id="page-ehat--the-ehat">The EHAT<a class="headerlink" href="#page-ehat--the-ehat">¶</a></h2>'
        '<h6 id="page-ehat--deep">Deep</h6><label for="page-ehat--q1">Q</label>'
        '<div aria-labelledby="page-ehat--a page-ehat--b"></div>'
        '<a href="../levels-of-need/consent/#who">Consent</a><a href="#page-home">Home</a>'
        '<a href="#page-ehat--next">Here</a><img src="../assets/i.png"><a href="https://www.gov.uk/">GOV.UK</a>'
        '<a href="tel:+441744676600">Call</a>')


def test_the_contents_list_follows_the_menu_and_groups_pages_under_their_sections():
    pages = [nav_page("one/", "guidance"), nav_page("a/", "index", "Levels", "Levels", True),
             nav_page("a/x/", "guidance", "Levels", "Levels"), nav_page("two/", "guidance")]
    ids = {p.url: handbook.slug(p.url) for p in pages}
    assert re.sub(r"<nav[^>]*><h2[^>]*>Contents</h2>", "", handbook.contents(pages, ids)) == (
        '<ol><li><a href="#page-one">one/</a></li><li>Levels<ol><li><a href="#page-a">a/</a></li>'
        '<li><a href="#page-a-x">a/x/</a></li></ol></li><li><a href="#page-two">two/</a></li></ol></nav>')


def test_two_pages_whose_addresses_differ_only_in_slashes_get_different_ids():
    pages = [nav_page("a-b/", "guidance"), nav_page("a/b/", "guidance")]
    assert handbook.section_ids(pages) == {"a-b/": "page-a-b", "a/b/": "page-a-b-2"}


def test_the_cover_says_plainly_when_a_page_is_already_overdue():
    pages = [nav_page("a/", "guidance")]
    built = dt.date(2026, 12, 1)
    assert "is due on 1 March 2027." in handbook.combine(pages, "handbook/", built, dt.date(2027, 3, 1), "")
    overdue = handbook.combine(pages, "handbook/", built, dt.date(2026, 11, 1), "")
    assert "was due for review on 1 November 2026, so some of it may be out of date" in overdue
    assert "Next review due 1 November 2026." in overdue and "The 1 guidance page of this site" in overdue
