"""Levels of need come from partnership.yml: any number from 2 to 6 (hooks/earlyhelp/levels.py)."""

import datetime as dt

from earlyhelp import casestudies, frontmatter, levels, schema

CASE = ("---\ntitle: A case\ndescription: What it shows.\ntype: case-study\nowner: Team\nlast_reviewed: 2026-01-05\n"
        "anonymised: true\nprovided_by: A service\nlevels: {}\nagencies: [school]\nthemes: [housing]\n---\n# A case\n")


def test_three_named_levels_are_read_lowest_first():
    found, problems = levels.parse([{"label": "Tier 1", "name": "Universal"}, {"label": "Tier 2", "name": "Targeted"},
                                    {"label": "Tier 3", "name": "Specialist"}])
    assert problems == [] and [(l.number, l.title) for l in found] == [
        (1, "Tier 1 – Universal"), (2, "Tier 2 – Targeted"), (3, "Tier 3 – Specialist")]


def test_one_level_or_seven_is_an_error_and_the_default_four_stand_in():
    for raw in ([{"label": "L1", "name": "All"}], [{"label": f"L{n}", "name": "x"} for n in range(7)], {"1": "x"}):
        found, problems = levels.parse(raw)
        assert len(found) == 4 and [p.kind for p in problems] == ["levels of need"], raw
        assert "label: Level 1" in problems[0].fix


def test_a_case_study_level_must_be_one_of_the_sites_levels():
    doc = frontmatter.parse("docs/case-studies/a.md", CASE.format("[4]"))
    found = schema.check(doc, dt.date(2026, 12, 1), level_count=3)
    assert [(f.kind, f.text) for f in found] == [("wrong value", "levels")]
    assert "numbers from 1 to 3" in found[0].message
    assert schema.check(frontmatter.parse("x.md", CASE.format("[3, 1]")), dt.date(2026, 12, 1), level_count=3) == []


def test_a_level_written_as_words_is_a_message_not_a_crash():
    doc = frontmatter.parse("docs/case-studies/a.md", CASE.format("[level 2]"))
    assert "numbers from 1 to 4" in schema.check(doc, dt.date(2026, 12, 1))[0].message
    study = casestudies.from_meta("a/", doc.meta)
    assert study.levels == ()


def test_the_case_study_index_names_each_level_as_the_site_does():
    study = casestudies.CaseStudy("a/", "A case", (3, 1), ("housing",), "A service")
    text = casestudies.render([study], {1: "Tier 1 – Universal", 3: "Tier 3 – Specialist"})
    assert "| [A case](a/) | Tier 3 – Specialist, then Tier 1 – Universal | housing | A service |" in text
