"""The last look for records in the built site (completions/leaks.py), on files written by hand."""

from __future__ import annotations

import base64
import gzip
import zlib
from pathlib import Path

from earlyhelp.completions.leaks import identifiers, public_values, published_identifiers


def _records(folder: Path) -> frozenset[str]:
    folder.mkdir()
    (folder / "a.csv").write_text("date,course,attendee,agency\n2024-01-10,c,Jo.Bloggs@Example.org,A\n"
                                  "2024-01-10,c,E1234567,A\n2024-01-10,c,1234,A\nnot,a,row\n", "utf-8")
    return identifiers(folder)


def test_identifiers_are_every_attendee_a_page_would_not_print_by_chance(tmp_path):
    assert _records(tmp_path / "records") == {"jo.bloggs@example.org", "e1234567"}  # not "1234"


def test_each_form_of_a_copy_is_found_and_named(tmp_path):
    wanted, site = _records(tmp_path / "records"), tmp_path / "site"
    site.mkdir()
    (site / "utf16.csv").write_bytes("who\nJO.BLOGGS@example.org\n".encode("utf-16-le"))  # no byte-order mark
    (site / "page.html").write_text("<a href='mailto:jo.bloggs&#64;example.org'>x</a>", "utf-8")
    (site / "staff.txt.gz").write_bytes(gzip.compress(b"staff e1234567 attended"))
    (site / "fine.html").write_text("<p>Call 1234 or email hub@example.org</p>", "utf-8")
    found = published_identifiers(site, wanted)
    assert [(str(p), f.file) for p, f in found] == [("page.html", "site/page.html"),
                                                   ("staff.txt.gz", "site/staff.txt.gz"), ("utf16.csv", "site/utf16.csv")]
    assert all("jo.bloggs" not in f.format() and "e1234567" not in f.format() for _, f in found)


def test_a_theme_file_unchanged_is_not_read_but_a_changed_one_is(tmp_path):
    wanted, site, theme = _records(tmp_path / "records"), tmp_path / "site", tmp_path / "theme"
    (site / "assets").mkdir(parents=True)
    (theme / "assets").mkdir(parents=True)
    (theme / "assets" / "a.js").write_text("x='jo.bloggs@example.org'", "utf-8")  # as installed
    (site / "assets" / "a.js").write_text("x='jo.bloggs@example.org'", "utf-8")
    assert published_identifiers(site, wanted, [theme]) == []
    (site / "assets" / "a.js").write_text("x='jo.bloggs@example.org';", "utf-8")  # not the theme's bytes
    assert [str(p) for p, _ in published_identifiers(site, wanted, [theme])] == ["assets/a.js"]


def test_an_address_the_site_publishes_on_purpose_is_no_leak(tmp_path):
    """A team inbox that signed a register and is the site's own training contact."""
    wanted = _records(tmp_path / "records")
    extra = {"training": {"email": " JO.BLOGGS@example.org"}, "levels": [{"name": "Level 1"}], "n": 3}
    assert public_values(extra) == {"jo.bloggs@example.org", "level 1"}
    assert wanted - public_values(extra) == {"e1234567"}


def test_a_copy_hidden_inside_text_is_found(tmp_path):
    """A PDF's compressed stream, a file in a data: link, and soft hyphens inside an address, as a
    page or the search index (JSON escapes them) would carry them: each was published once."""
    wanted, site = _records(tmp_path / "records"), tmp_path / "site"
    site.mkdir()
    (site / "register.pdf").write_bytes(b"%PDF-1.4\nstream\n" + zlib.compress(b"(Jo.Bloggs@example.org) Tj")
                                        + b"\nendstream")
    link = base64.b64encode(b"who\ne1234567\n").decode()
    (site / "link.html").write_text(f'<a href="data:text/csv;base64,{link}">list</a>', "utf-8")
    (site / "shy.html").write_text("<p>jo.blo&shy;ggs@example.org</p>", "utf-8")
    (site / "index.json").write_text('{"text": "jo.blo\\u00adggs@example.org"}', "utf-8")
    (site / "bold.html").write_text("<p>staff no. e123<b>4567</b></p>", "utf-8")
    assert sorted(str(p) for p, _ in published_identifiers(site, wanted)) == [
        "bold.html", "index.json", "link.html", "register.pdf", "shy.html"]


def test_records_of_addresses_only_are_found_however_a_page_writes_them(tmp_path):
    """When every identifier is an address, a file is read only as far as finding an @ (after its
    entities are decoded): each of these ways of writing one still finds it, and a page without one
    is no leak."""
    (tmp_path / "records").mkdir()
    (tmp_path / "records" / "a.csv").write_text("date,course,attendee,agency\n2024-01-10,c,jo.bloggs@example.org,A\n",
                                                "utf-8")
    wanted, site = identifiers(tmp_path / "records"), tmp_path / "site"
    site.mkdir()
    pages = {"entity.html": "jo.bloggs&#64;example.org", "named.html": "jo.bloggs&commat;example.org",
             "hex.html": "JO.BLOGGS&#x40;EXAMPLE.ORG", "shy.html": "jo.blo\u00adggs@example.org",
             "link.html": '<a href="mailto:jo%2Ebloggs%40example.org">Jo</a>',
             "markup.html": "<td>jo.<em>bloggs</em><wbr>@example.org</td>", "wide.html": "jo.bloggs\uff20example.org",
             "none.html": "<p>Jo Bloggs of example.org came on 10 January.</p>",
             "other.html": "<p>Ask hub@example.org or jo.bloggs@example.com.</p>"}
    for name, text in pages.items():
        (site / name).write_text(text, "utf-8")
    assert sorted(str(p) for p, _ in published_identifiers(site, wanted)) == [
        "entity.html", "hex.html", "link.html", "markup.html", "named.html", "shy.html", "wide.html"]
