"""The currency check: superseded documents and terms, and what replaced them (issue 21).

Every expected line number and text below was worked out by hand from the sample page."""

from __future__ import annotations

import pytest

from earlyhelp import currency

SETTINGS = [
    {"term": "Working Together to Safeguard Children 2018", "aliases": ["Working Together 2018"],
     "pattern": r"Working\s+Together(?:\s+to\s+Safeguard\s+Children)?\s*\(2018\)",
     "replacement": "Working Together to Safeguard Children 2023", "note": "Replaced in December 2023.",
     "source": "https://www.gov.uk/government/publications/working-together-to-safeguard-children--2"},
    {"term": "Local Safeguarding Children Board", "aliases": ["LSCB"],
     "replacement": "the local safeguarding partners"},
    {"term": "Serious Case Review", "replacement": "a child safeguarding practice review"},
    {"term": "Troubled Families", "replacement": "Supporting Families", "match_case": True},
]

PAGE = """---
title: A page
description: Test.
---

# A page

The LSCB met in 2018. Working Together
2018 set the rules.

```
Serious Case Review in a code block is not prose.
```

Serious case reviews were replaced. `LSCB` in inline code is not prose.
<!-- Troubled Families in a comment -->
We support troubled families. The Troubled Families programme ended.
Working Together to Safeguard Children (2018) and Working Together 2023.
"""


@pytest.fixture(scope="module")
def entries():
    parsed, problems = currency.parse(SETTINGS)
    assert problems == []
    return parsed


def found(findings):
    return [(f.line, f.text) for f in findings]


def test_each_use_is_a_notice_with_its_line_and_words(entries):
    findings = currency.check("docs/a.md", PAGE, {"title": "A page"}, entries)
    assert found(findings) == [
        (8, "LSCB"),
        (8, "Working Together 2018"),  # split over two lines in the source: reported where it starts
        (15, "Serious case reviews"),  # any case, and the plural
        (17, "Troubled Families"),     # match_case: "troubled families" on the same line is ordinary English
        (18, "Working Together to Safeguard Children (2018)"),  # the entry's own pattern
    ]
    assert {f.severity for f in findings} == {"notice"}
    assert {f.kind for f in findings} == {"superseded term"}


def test_the_notice_names_the_replacement_and_how_to_allow_the_term(entries):
    first = currency.check("docs/a.md", "Working Together 2018 says so.\n", {}, entries)
    assert len(first) == 1
    notice = first[0]
    assert notice.file == "docs/a.md" and notice.line == 1
    assert "Working Together to Safeguard Children 2023" in notice.message
    assert "Replaced in December 2023." in notice.message and "gov.uk" in notice.message
    assert 'currency_allow: ["Working Together to Safeguard Children 2018"]' in notice.fix


def test_a_page_can_allow_one_term_by_any_of_its_names(entries):
    meta = {"currency_allow": ["Working Together 2018"]}
    assert found(currency.check("docs/a.md", PAGE, meta, entries)) == [
        (8, "LSCB"), (15, "Serious case reviews"), (17, "Troubled Families")]
    # The pattern's spelling allows the same document.
    meta = {"currency_allow": ["Working Together (2018)", "lscb"]}
    assert found(currency.check("docs/a.md", PAGE, meta, entries)) == [
        (15, "Serious case reviews"), (17, "Troubled Families")]


def test_a_history_page_allows_every_term(entries):
    assert currency.check("docs/a.md", PAGE, {"history": True}, entries) == []


def test_longer_name_wins_over_a_shorter_one_inside_it(entries):
    text = "See Working Together to Safeguard Children 2018 and the Local Safeguarding Children Boards.\n"
    assert found(currency.check("x.md", text, {}, entries)) == [
        (1, "Working Together to Safeguard Children 2018"), (1, "Local Safeguarding Children Boards")]


def test_words_inside_other_words_and_current_names_are_not_flagged(entries):
    text = "LSCBX, pre-LSCB, Working Together 2023, a serious case, reviewing cases, Supporting Families.\n"
    assert currency.check("x.md", text, {}, entries) == []


def test_fences_inside_lists_and_tildes_are_code(entries):
    text = "- item\n\n    ~~~~\n    LSCB\n    ~~~\n    LSCB still code\n    ~~~~\nLSCB\n"
    assert found(currency.check("x.md", text, {}, entries)) == [(8, "LSCB")]


def test_curly_apostrophes_match_straight_ones():
    entries, problems = currency.parse([{"term": "Children's Trust Board", "replacement": "the partnership"}])
    assert problems == []
    assert found(currency.check("x.md", "The Children\u2019s Trust Board met.\n", {}, entries)) == [
        (1, "Children\u2019s Trust Board")]


def test_no_list_means_no_notices():
    assert currency.parse(None) == ([], [])
    assert currency.check("x.md", "LSCB\n", {}, []) == []


@pytest.mark.parametrize("raw, expected", [
    ("LSCB", "must be a list"),
    (["LSCB"], "is not a 'term: ...' and 'replacement: ...' pair"),
    ([{"term": "LSCB"}], "has no 'replacement'"),
    ([{"replacement": "x"}], "has no 'term'"),
    ([{"term": "LSCB", "replacment": "x"}], "Did you mean 'replacement'?"),
    ([{"term": "LSCB", "replacement": "x", "aliases": "LSCBs"}], "'aliases' that are not a list"),
    ([{"term": "LSCB", "replacement": "x", "pattern": "(2018"}], "not a valid regular expression"),
    ([{"term": "LSCB", "replacement": "x", "pattern": "x*"}], "matches empty text"),
    ([{"term": "LSCB", "replacement": "x", "match_case": "yes"}], "'match_case' that is not true or false"),
])
def test_a_broken_setting_is_an_error_saying_what_to_do(raw, expected):
    entries, problems = currency.parse(raw)
    assert entries == []
    assert problems and all(p.severity == "error" and p.fix for p in problems)
    assert any(expected in p.message for p in problems), [p.message for p in problems]


def test_setting_errors_point_at_the_line_in_the_settings_file():
    text = "extra:\n  content:\n    superseded:\n      - term: LSCB\n        replacment: x\n"
    _, problems = currency.parse([{"term": "LSCB", "replacment": "x"}], "partnership.yml", text)
    assert {(p.file, p.line) for p in problems} == {("partnership.yml", 4)}


def test_one_good_entry_still_works_beside_a_broken_one():
    entries, problems = currency.parse([{"term": "LSCB"}, {"term": "Serious Case Review", "replacement": "x"}])
    assert [e.term for e in entries] == ["Serious Case Review"] and len(problems) == 1


@pytest.mark.parametrize("meta, expected", [
    ({"currency_allow": "LSCB"}, []),                                   # one name on its own is accepted
    ({"currency_allow": [3]}, [("error", "currency_allow")]),
    ({"history": "yes"}, [("error", "history")]),
    ({"currency_allow": ["Working Together 2015"]}, [("notice", "Working Together 2015")]),
])
def test_page_settings_that_cannot_be_used_are_reported(entries, meta, expected):
    text = "---\ntitle: T\ncurrency_allow: x\nhistory: x\n---\n\nNothing old here.\n"
    problems = currency.check("docs/a.md", text, meta, entries)
    assert [(p.severity, p.text) for p in problems] == expected
    assert all(p.line in (3, 4) for p in problems)
