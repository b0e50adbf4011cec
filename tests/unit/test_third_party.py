"""What a built page asks another website for, read as a browser reads the markup and the styles.
Each case is a way a writer, a setting or a template can make a reader's browser fetch from elsewhere
(or a look-alike that fetches nothing)."""

from __future__ import annotations

import pytest

from earlyhelp import thirdparty
from earlyhelp.thirdparty import FONT, FRAME, IMAGE, MEDIA, SCRIPT, STYLE, host, loads

OWN = {"sthelens.example"}


@pytest.mark.parametrize("url, expected", [
    ("https://Images.Example.com:443/family.png", "images.example.com"),
    ("//cdn.example.net/x.js", "cdn.example.net"),
    ("HTTPS:\\\\evil.example\\x.png", "evil.example"),  # browsers read back slashes as slashes
    (" \thttps://a.example/\n", "a.example"),
    ("ht\ntps://split.example/x", "split.example"),  # tabs and line breaks inside are dropped
    ("https://someone@login.example/", "login.example"),
    ("https://%65vil.example/", "evil.example"),
    ("http:plain.example/x.png", "plain.example"),
    ("https://[2001:db8::1]:8080/x", "2001:db8::1"),
    ("/assets/family.png", None), ("../assets/family.png", None), ("assets/a.png", None),
    ("data:image/png;base64,iVBORw0KGgo=", None), ("mailto:frontdoor@example.org", None), ("#top", None),
])
def test_the_host_a_browser_would_ask(url, expected):
    assert host(url) == expected


@pytest.mark.parametrize("html, expected", [
    ('<p><img alt="A family" src="https://images.example.com/f.png"></p>', [("https://images.example.com/f.png", IMAGE)]),
    ("<IMG SRC=//EVIL.EXAMPLE/X.PNG>", [("//evil.example/x.png", IMAGE)]),
    ('<img alt="3 > 2" src="https://a.example/x.png">', [("https://a.example/x.png", IMAGE)]),
    ('<img src="https&#58;&#47;&#47;entity.example/x.png">', [("https://entity.example/x.png", IMAGE)]),
    ('<img srcset="/a.png 1x, https://b.example/a@2x.png 2x">', [("/a.png", IMAGE), ("https://b.example/a@2x.png", IMAGE)]),
    ('<iframe title="Video" src="https://www.youtube.com/embed/abc"></iframe>', [("https://www.youtube.com/embed/abc", FRAME)]),
    ('<script src="https://cdn.example.net/x.js"></script>', [("https://cdn.example.net/x.js", SCRIPT)]),
    ('<link rel="stylesheet" href="https://fonts.example.com/css">', [("https://fonts.example.com/css", STYLE)]),
    ('<link rel="preconnect" href="https://fonts.example.com">', [("https://fonts.example.com", SCRIPT)]),
    ('<video poster="https://v.example/p.jpg"><source src="https://v.example/v.mp4"></video>',
     [("https://v.example/p.jpg", IMAGE), ("https://v.example/v.mp4", MEDIA)]),
    ('<object data="https://maps.example/m"></object>', [("https://maps.example/m", FRAME)]),
    ('<svg><image xlink:href="https://s.example/i.png"/></svg>', [("https://s.example/i.png", IMAGE)]),
    ('<base href="https://elsewhere.example/">', [("https://elsewhere.example/", thirdparty.BASE)]),
    ('<div style="background: url(\'https://bg.example/a.jpg\')">x</div>', [("https://bg.example/a.jpg", FONT)]),
    ('<table background="https://old.example/t.gif"></table>', [("https://old.example/t.gif", IMAGE)]),
    ('<style>@import "https://fonts.example.com/a.css"; p { background: url(\\68 ttps://esc.example/b.png) }</style>',
     [("https://fonts.example.com/a.css", STYLE), ("https://esc.example/b.png", FONT)]),
    ('<iframe srcdoc="&lt;img src=&quot;https://inner.example/x.png&quot;&gt;"></iframe>',
     [("https://inner.example/x.png", IMAGE)]),
    # Nothing fetched: a link to follow, a canonical address, a comment, text about a tag, a feed.
    ('<a href="https://www.gov.uk/guidance">Working Together</a>', []),
    ('<link rel="canonical" href="https://sthelens.example/x/"><link rel="alternate" href="https://f.example/feed">', []),
    ('<!-- <img src="https://old.example/x.png"> -->', []),
    ('<p>&lt;img src="https://text.example/x.png"&gt; is how a picture is written</p>', []),
])
def test_what_a_page_loads(html, expected):
    assert [(load.url, load.what) for load in loads(html)] == expected


PAGE = "---\ntitle: Help\n---\n\n# Help\n\nSome words.\n\n![A family](https://images.example.com/f.png)\n"


def test_a_request_is_reported_on_the_line_of_the_page_that_makes_it():
    built = [("help/index.html", '<main><img alt="A family" src="https://images.example.com/f.png"></main>'),
             ("handbook/index.html", '<img alt="A family" src="https://images.example.com/f.png">')]
    found = thirdparty.check(built, {"help/index.html": ("docs/help.md", PAGE)}, [], OWN)
    assert [path for path, _ in found] == ["help/index.html", "handbook/index.html"]  # both are deleted
    assert {f.format() for _, f in found} == {
        "Error: docs/help.md:9: This page asks another website (images.example.com) for an image each time it is "
        "opened: that website would learn who read the page, and the page would not work offline. How to fix: Save a "
        "copy in docs/assets/ and point to that instead (for example ![What it shows](../assets/picture.png)), or "
        "make it a link the reader can choose to follow."}


def test_a_setting_that_adds_a_request_to_every_page_is_reported_once_on_its_line():
    settings = [("mkdocs.yml", "site_name: X\nextra_javascript:\n  - https://cdn.example.net/chat.js\n")]
    built = [(f"p{i}/index.html", '<script src="https://cdn.example.net/chat.js"></script>') for i in range(3)]
    found = thirdparty.check(built, {}, settings, OWN)
    assert len(found) == 3 and {(f.file, f.line) for _, f in found} == {("mkdocs.yml", 3)}
    assert "Every page built with this line asks another website (cdn.example.net) for a script" in found[0][1].message


def test_a_request_nobody_wrote_names_the_built_files():
    built = [("a/index.html", '<img src="https://cdn.example.org/emoji.png">'),
             ("b/index.html", '<img src="https://cdn.example.org/emoji.png">')]
    (first, finding), (second, same) = thirdparty.check(built, {}, [], OWN)
    assert (first, second, finding) == ("a/index.html", "b/index.html", same)
    assert finding.file == "a/index.html and 1 other file" and finding.line is None


def test_the_sites_own_address_and_a_stylesheets_relative_fonts_are_not_requests_elsewhere():
    built = [("x/index.html", '<img src="https://sthelens.example/assets/a.png">'),
             ("assets/extra.css", "@font-face { src: url(../fonts/a.woff2) } p { background: url(data:,x) }")]
    assert thirdparty.check(built, {}, [], thirdparty.own_hosts("https://sthelens.example/early-help/")) == []


def test_a_stylesheet_that_imports_from_elsewhere_is_found():
    built = [("assets/extra.css", '@import url("https://fonts.example.com/css?family=A");')]
    found = thirdparty.check(built, {}, [("docs/assets/extra.css", '@import url("https://fonts.example.com/css?family=A");')], OWN)
    assert [(f.file, f.line, f.text) for _, f in found] == [("docs/assets/extra.css", 1, "fonts.example.com")]


def test_an_import_written_with_url_is_a_stylesheet():
    assert loads('<style>@import url(https://fonts.example.com/a.css);</style>') == [
        thirdparty.Load("https://fonts.example.com/a.css", STYLE)]


def test_an_escape_past_the_last_character_does_not_stop_the_check():
    assert loads('<p style="content: \'\\FFFFFF\'; background: url(//x.example/a.png)">') == [
        thirdparty.Load("//x.example/a.png", FONT)]
