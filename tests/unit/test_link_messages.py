"""MkDocs' messages about links, as findings with the line and a fix (linkmessages.py)."""

from __future__ import annotations

from earlyhelp.linkmessages import explain

PAGE = "---\ntitle: Young carers\n---\n\n# Young carers\n\nSee [the levels](../levels-of-need/indx.md).\n"
PAGES = ["index.md", "levels-of-need/index.md", "guidance/young-carers.md"]
NOT_FOUND = ("Doc file 'guidance/young-carers.md' contains a link '../levels-of-need/indx.md', but the target "
             "'levels-of-need/indx.md' is not found among documentation files.")


def test_a_link_to_no_page_is_an_error_on_its_line_with_the_nearest_page():
    found = explain(NOT_FOUND, {"guidance/young-carers.md": PAGE}.get, "docs", PAGES)
    assert (found.file, found.line, found.kind) == ("docs/guidance/young-carers.md", 7, "broken link")
    assert found.message == "The link to '../levels-of-need/indx.md' leads to no page."
    assert "Did you mean '../levels-of-need/index.md'?" in found.fix


def test_a_page_that_cannot_be_read_still_gets_its_finding_without_a_line():
    found = explain(NOT_FOUND, lambda page: None, "docs", PAGES)
    assert found.line is None and found.kind == "broken link"


def test_other_messages_are_left_alone():
    assert explain("Documentation built in 0.5 seconds", lambda page: None, "docs", PAGES) is None
