"""The last look for records in the built site (completions/leaks.py), on files written by hand."""

from __future__ import annotations

import base64
import bz2
import gzip
import io
import lzma
import tarfile
import zlib
from pathlib import Path

from earlyhelp.completions.leaks import identifiers, public_values, published_identifiers


def _records(folder: Path) -> frozenset[str]:
    folder.mkdir()
    (folder / "a.csv").write_text("date,course,attendee,agency\n2024-01-10,c,Jo.Bloggs@Example.org,A\n"
                                  "2024-01-10,c,E1234567,A\n2024-01-10,c,1234,A\nnot,a,row\n", "utf-8")
    return identifiers(folder)


def test_identifiers_are_every_attendee_a_page_would_not_print_by_chance(tmp_path):
    wanted = _records(tmp_path / "records")
    assert {"jo.bloggs@example.org", "jo bloggs", "e1234567"} <= wanted and "1234" not in wanted


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
    assert {"jo.bloggs@example.org", "jo bloggs", "level 1"} <= public_values(extra)
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
             "none.html": "<p>Jo came on 10 January; ask hub@example.org.</p>",
             "name.html": "<p>Jo Bloggs of example.org came on 10 January.</p>"}
    assert _flagged(site, pages, wanted) == [
        "entity.html", "hex.html", "link.html", "markup.html", "name.html", "named.html", "shy.html", "wide.html"]


def _flagged(site: Path, pages: dict[str, str], wanted: frozenset[str]) -> list[str]:
    """The pages written into a site folder, and which of them the check flags."""
    site.mkdir(exist_ok=True)
    for name, text in pages.items():
        (site / name).write_text(text, "utf-8")
    return sorted(str(p) for p, _ in published_identifiers(site, wanted))


def _one_record_each(folder: Path, files: dict[str, bytes]) -> frozenset[str]:
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return identifiers(folder)


def test_every_file_the_report_reads_is_searched_for_as_the_report_reads_it(tmp_path):
    """Carriage returns alone, a blank line before the header, .CSV in capitals: the report counts
    each of these files, so the last check must know who is in them."""
    head, row = "date,course,attendee,agency", "2024-01-10,c,{},A"
    wanted = _one_record_each(tmp_path / "records", {
        "cr.csv": f"{head}\r{row.format('cr.only@x.example')}\r".encode(),
        "blank.csv": f"\n{head}\n{row.format('blank.first@x.example')}\n".encode(),
        "Upper.CSV": f"{head}\n{row.format('upper.ext@x.example')}\n".encode(),
        "notes.txt": f"{head}\n{row.format('not.read@x.example')}\n".encode()})
    assert {"cr.only@x.example", "blank.first@x.example", "upper.ext@x.example"} <= wanted
    assert not any("not.read" in w or w.startswith("not read") for w in wanted)


def test_staff_numbers_usernames_and_names_are_found_however_a_page_punctuates_them(tmp_path):
    rows = ["1234567", "jsmithers", "Jane Smithers", "EH 7654321", "hr/2345678", "team leader", "1234", "mark",
            "676600"]
    wanted = _one_record_each(tmp_path / "records", {"a.csv": ("date,course,attendee,agency\n" + "".join(
        f"2024-01-10,c,{r},A\n" for r in rows)).encode()})
    assert {"1234567", "jsmithers", "jane smithers", "eh 7654321", "hr 2345678"} <= wanted
    assert not {"team leader", "1234", "mark", "676600"} & wanted  # a phone number's end, a colour: too common
    site = tmp_path / "site"
    site.mkdir()
    pages = {"six.html": "<p>Staff number 1234567.</p>", "user.html": "<p>Completed: jsmithers</p>",
             "name.html": "<p>Thanks to JANE\n  SMITHERS for her time.</p>", "spaced.html": "<td>eh-7654321</td>",
             "slash.html": "<p>Ref HR/2345678.</p>", "fine.html": "<p>The team leader rang 1234 and Mark on 01744 676600.</p>",
             "longer.html": "<p>Order 12345678 and jsmithersons.</p>"}
    for name, text in pages.items():
        (site / name).write_text(text, "utf-8")
    assert sorted(str(p) for p, _ in published_identifiers(site, wanted)) == [
        "name.html", "six.html", "slash.html", "spaced.html", "user.html"]


def test_an_address_inside_a_longer_word_or_a_file_name_is_found_and_the_name_is_not_repeated(tmp_path):
    wanted = _one_record_each(tmp_path / "records", {"a.csv": b"date,course,attendee,agency\n"
                                                     b"2024-01-10,c,cert.person@x.example,A\n"
                                                     b"2024-01-10,c,tilde~jo@x.example,A\n"})
    site = tmp_path / "site"
    (site / "certificates").mkdir(parents=True)
    (site / "glued.html").write_text("<a href='certificate-cert.person@x.example.pdf'>PDF</a>", "utf-8")
    (site / "tilde.html").write_text("<p>tilde~jo@x.example</p>", "utf-8")
    (site / "certificates" / "cert.person@x.example.txt").write_text("Certificate issued.", "utf-8")
    found = published_identifiers(site, wanted)
    assert [(str(p), f.file) for p, f in found] == [
        ("certificates/cert.person@x.example.txt", "site/certificates"), ("glued.html", "site/glued.html"),
        ("tilde.html", "site/tilde.html")]
    assert not any("cert.person" in f.format() for _, f in found)


def test_compressed_and_archived_copies_and_a_theme_table_are_read(tmp_path):
    wanted, site, theme = _records(tmp_path / "records"), tmp_path / "site", tmp_path / "theme"
    site.mkdir()
    theme.mkdir()
    record = b"who\njo.bloggs@example.org\n"
    (site / "a.csv.xz").write_bytes(lzma.compress(record))
    (site / "a.csv.bz2").write_bytes(bz2.compress(record))
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w") as tar:
        info = tarfile.TarInfo("records.csv")
        info.size = len(record)
        tar.addfile(info, io.BytesIO(record))
    (site / "backup.tar").write_bytes(archive.getvalue())
    for folder in (site, theme):  # a table kept in a theme folder is copied into the site unchanged
        (folder / "records.csv").write_bytes(record)
    assert sorted(str(p) for p, _ in published_identifiers(site, wanted, [theme])) == [
        "a.csv.bz2", "a.csv.xz", "backup.tar", "records.csv"]


def test_a_name_is_found_however_a_page_or_a_file_writes_it(tmp_path):
    """From a second red-team pass: each of these passed the check once."""
    wanted = _one_record_each(tmp_path / "records", {"a.csv": (
        "date,course,attendee,agency,status,source,name\n"
        "2024-05-01,c,Jane Smithers,A,attended,register,\n"
        "2024-05-01,c,jo.bloggs@x.example,A,attended,register,\n"
        "2024-05-01,c,Jose Garcia,A,attended,register,\n"
        "2024-05-01,c,e7654321,A,attended,sign-in sheet from kay.oyelaran@x.example,Margaret Oyelaran\n").encode()})
    site = tmp_path / "site"
    site.mkdir()
    pages = {"br.html": "<p>Jane<br>Smithers</p>", "cells.html": "<tr><td>Jane</td><td>Smithers</td></tr>",
             "reversed.html": "<p>Smithers, Jane</p>", "middle.html": "<p>Jane A. Smithers</p>",
             "accents.html": "<p>José García</p>", "joined.html": "<p>@JaneSmithers</p>",
             "dashed.html": "<p>E-7654321</p>", "in-address.html": "<p>Well done to Jo Bloggs.</p>",
             "json.json": '{"name": "\\u004aane Smithers"}',
             "card.ics": "BEGIN:VCALENDAR\r\nATTENDEE;CN=\"Jane Smi\r\n thers\":x\r\nEND:VCALENDAR\r\n",
             "mail.eml": "Content-Transfer-Encoding: quoted-printable\r\n\r\njo.blo=\r\nggs@x.example\r\n",
             "twice.html": '<a href="?to=jo.bloggs%2540x.example">x</a>',
             "column.html": "<p>Thanks to Margaret Oyelaran.</p>", "source.html": "<p>kay.oyelaran@x.example</p>",
             "svg.svg": '<svg><text><tspan x="1">Jane</tspan><tspan x="9">Smithers</tspan></text></svg>',
             "fine.html": "<p>Jane met the Smithers family team; Jose and Garcia Road.</p>"}
    assert _flagged(site, pages, wanted) == sorted(set(pages) - {"fine.html"})


def test_a_folder_named_after_an_attendee_is_not_named_in_the_message(tmp_path):
    wanted = _one_record_each(tmp_path / "records", {"a.csv": b"date,course,attendee,agency\n2024-05-01,c,Jane Smithers,A\n"})
    (tmp_path / "site" / "certificates" / "Jane Smithers").mkdir(parents=True)
    (tmp_path / "site" / "certificates" / "Jane Smithers" / "certificate.txt").write_text("Well done.", "utf-8")
    [(_, finding)] = published_identifiers(tmp_path / "site", wanted)
    assert finding.file == "site/certificates/(a name like an attendee's)" and "Smithers" not in finding.format()
