"""Unit tests for the content checks: front matter, review dates, jargon, reading ease, the two
generated pages. Dates are injected (`today`), never read from the clock."""

from __future__ import annotations

import datetime as dt
import json
import subprocess

import pytest
import textstat  # the oracle for our reading-ease counting

from conftest import ROOT
from earlyhelp import (changes, checks, frontmatter, glossary, health, jargon, markers, mdtext, names, readability,
                       review, schema)

TODAY = dt.date(2026, 11, 23)
GOOD = {
    "guidance": "title: A page\ndescription: What it is for.\ntype: guidance\nowner: Early Help Partnership Team\n"
                "last_reviewed: 2026-01-05\nreview_every: 12\n",
    "case-study": "title: A case\ndescription: What it shows.\ntype: case-study\nowner: Early Help Partnership Team\n"
                  "last_reviewed: 2026-01-05\nanonymised: true\nprovided_by: Family Nurse Partnership\n"
                  "levels: [3, 2]\nagencies: [midwifery]\nthemes: [housing]\n",
    "training-module": "title: Module 1\ndescription: A module.\ntype: training-module\n"
                       "owner: Early Help Partnership Team\nlast_reviewed: 2026-01-05\ncourse: eh-induction\n",
    "report": "title: Report\ndescription: Made by the build.\ntype: report\n",
}


def schema_findings(head: str, courses=("eh-induction",)):
    doc = frontmatter.parse("docs/x.md", f"---\n{head}---\n\n# Title\n")
    return [(f.kind, f.text, f.line) for f in schema.check(doc, TODAY, courses)]


@pytest.mark.parametrize("page_type", list(GOOD))
def test_valid_front_matter_for_each_page_type(page_type):
    assert schema_findings(GOOD[page_type]) == []


@pytest.mark.parametrize("page_type, change, expected", [
    ("guidance", ("owner: Early Help Partnership Team\n", ""), ("missing field", "owner", 2)),
    ("guidance", ("title: A page\n", ""), ("missing field", "title", 2)),
    ("guidance", ("description: What it is for.\n", "description: ''\n"), ("wrong value", "description", 3)),
    ("guidance", ("type: guidance", "type: guide"), ("wrong value", "type", 4)),
    ("guidance", ("last_reviewed: 2026-01-05", "last_reviewed: 5 January 2026"), ("wrong value", "last_reviewed", 6)),
    ("guidance", ("last_reviewed: 2026-01-05", "last_reviewed: 2027-01-05"), ("wrong value", "last_reviewed", 6)),
    ("guidance", ("review_every: 12", "review_every: yearly"), ("wrong value", "review_every", 7)),
    ("guidance", ("last_reviewed:", "last_review:"), ("missing field", "last_reviewed", 6)),
    ("case-study", ("anonymised: true", "anonymised: yes please"), ("wrong value", "anonymised", 7)),
    ("case-study", ("anonymised: true\n", ""), ("missing field", "anonymised", 2)),
    ("case-study", ("provided_by: Family Nurse Partnership\n", ""), ("missing field", "provided_by", 2)),
    ("case-study", ("levels: [3, 2]", "levels: [3, 5]"), ("wrong value", "levels", 9)),
    ("case-study", ("agencies: [midwifery]", "agencies: []"), ("wrong value", "agencies", 10)),
    ("case-study", ("themes: [housing]\n", ""), ("missing field", "themes", 2)),
    ("training-module", ("course: eh-induction", "course: no-such-course"), ("wrong value", "course", 7)),
])
def test_each_front_matter_error(page_type, change, expected):
    head = GOOD[page_type].replace(*change)
    assert head != GOOD[page_type]
    assert expected in schema_findings(head)


def test_page_without_front_matter_and_broken_yaml():
    doc = frontmatter.parse("docs/x.md", "# Title\n")
    assert [f.kind for f in schema.check(doc, TODAY)] == ["missing field"]
    broken = frontmatter.parse("docs/x.md", "---\ntitle: a: b\n---\n# Title\n")
    assert "not valid YAML" in schema.check(broken, TODAY)[0].message


def test_typo_in_a_key_is_named_in_the_message():
    [message] = [f.message for f in schema.check(
        frontmatter.parse("x.md", "---\n" + GOOD["guidance"].replace("owner:", "ownr:") + "---\n"), TODAY)]
    assert "'ownr' is meant to be 'owner'" in message


# ---------- Review dates ----------

@pytest.mark.parametrize("last, months, today, status, due", [
    ("2025-11-23", 12, "2026-11-22", "due soon", "2026-11-23"),
    ("2025-11-23", 12, "2026-11-23", "overdue", "2026-11-23"),
    ("2026-01-31", 1, "2026-02-01", "due soon", "2026-02-28"),
    ("2026-06-01", 12, "2026-11-23", "current", "2027-06-01"),
    ("2020-01-06", None, "2026-11-23", "overdue", "2021-01-06"),
])
def test_review_status(last, months, today, status, due):
    meta = {"last_reviewed": dt.date.fromisoformat(last), "owner": "Team"}
    if months:
        meta["review_every"] = months
    state = review.review(meta, dt.date.fromisoformat(today))
    assert (state.status, state.due.isoformat()) == (status, due)


def test_overdue_page_gets_a_notice_not_an_error_and_a_visible_warning():
    state = review.review({"last_reviewed": dt.date(2020, 1, 6), "owner": "Early Help Partnership Team"}, TODAY)
    notice = review.notice("docs/old.md", state)
    assert notice.severity == "notice" and "Due for review since 6 January 2021" in notice.message
    page = review.inject("# Old page\n\nSummary.\n", state)
    assert page.startswith("# Old page\n\n!!! warning \"Due for review\"\n")
    assert "Early Help Partnership Team" in page and page.endswith("Summary.\n")


def test_overdue_page_is_listed_on_the_content_health_page():
    state = review.review({"last_reviewed": dt.date(2020, 1, 6), "owner": "Team A"}, TODAY)
    page = health.PageReport("levels-of-need/ehat.md", "The EHAT", "guidance", state, 42.0)
    text = health.render([page], [], "about/content-health.md", 50, 30)
    assert "| [The EHAT](../levels-of-need/ehat.md) | Team A | 6 January 2020 | 6 January 2021 | **Overdue** |" in text
    assert "| [The EHAT](../levels-of-need/ehat.md) | 42 | **Harder than the target** |" in text


def test_content_health_never_repeats_personal_data():
    finding = checks.Finding("docs/case-studies/a.md", 3, "Possible personal name in a case study: 'Sharon'.",
                             "", "error", "personal name", "Sharon")
    text = health.render([], [finding], "about/content-health.md", 50, 30)
    assert "Possible personal name" in text and "Sharon" not in text


# ---------- Jargon ----------

def known_terms():
    terms, _ = glossary.parse("g.md", "*[EHAT]: Early Help Assessment Tool\n*[GCP2]: Graded Care Profile 2\n"
                                      "*[Front Door]: Contact Cares\n*[A&E]: Accident and Emergency\n")
    return [t.abbr for t in terms]


def jargon_found(body: str):
    text = "---\ntitle: QXZT in front matter is not checked\n---\n" + body
    return [(f.line, f.text) for f in jargon.check("docs/x.md", text, known_terms(), names.load().is_common_word)]


def test_unknown_abbreviation_is_an_error_naming_line_and_fix():
    [finding] = jargon.check("docs/x.md", "# Title\n\nAsk QXZT, then QXZT again.\n", known_terms())
    assert (finding.line, finding.text, finding.severity) == (3, "QXZT", "error")
    assert "*[QXZT]: what it stands for" in finding.fix and "used 2 times" in finding.message


@pytest.mark.parametrize("body, expected", [
    ("Complete an EHAT and a GCP2. Go to A&E. EHATs help.\n", []),
    ("## S - Stopping Stigma\n\n## P - Promote Positive outcomes\n\nStage II and IV.\n", []),
    ("We will STEP UP. Do NOT wait.\n", []),
    ("Call the Front Door.\n", []),
    ("Use `QXZT` in code, <!-- QXZT --> or [a link](https://example.org/QXZT).\n", []),
    ("```\nQXZT\n```\n\nRead GOV.UK.\n", []),
    ("*[QXZT]: Child and Adolescent Mental Health Services\n\nAsk QXZT.\n", []),
    ("Ask QXZT and the [SENCO](x.md). Level L3.\n", [(4, "QXZT"), (4, "SENCO"), (4, "L3")]),
])
def test_what_counts_as_an_unknown_abbreviation(body, expected):
    assert jargon_found(body) == expected


# ---------- Reading ease ----------

def test_reading_ease_scores_prose_and_skips_short_pages():
    easy = "# Help\n\n" + "We help the family. The plan is short. We meet each week.\n" * 10
    hard = "# Help\n\n" + ("Multi-agency safeguarding arrangements necessitate comprehensive interdisciplinary "
                           "collaboration, notwithstanding organisational complexity and considerable "
                           "administrative responsibilities.\n") * 6
    assert readability.reading_ease(easy) > 80 > 20 > readability.reading_ease(hard)
    assert readability.reading_ease("# Short\n\nToo short to score.\n") is None


@pytest.mark.parametrize("prose, expected", [
    # 15 one-syllable words in 3 sentences: 206.835 - 1.015 x 5.0 - 84.6 x 1.0 = 117.16
    ("The cat sat on the mat. The dog ran in the park. We had fun.", 117.16),
    # "Help now." has two words, so it is no sentence, but its words count: 14 words, 2 sentences,
    # 14 syllables: 206.835 - 1.015 x 7.0 - 84.6 x 1.0 = 115.13
    ("Help now. The cat sat on the mat. We had fun and we ran.", 115.13),
    # fam-i-lies (3) need help ear-ly (2) the cat sat: 10 syllables in 7 words (1.43, rounded to 1.4),
    # 2 sentences (3.5 words each): 206.835 - 3.5525 - 118.44 = 84.8425, rounded to 84.84
    ("Families need help early. The cat sat.", 84.84),
])
def test_flesch_known_answers(prose, expected):
    assert readability.flesch(prose) == expected


# The generator's own prose: the starter's pages and the second partnership's (never St Helens').
PROSE = [ROOT / "hooks" / "earlyhelp" / "starter" / "docs", ROOT / "examples" / "knowsley" / "docs"]


def test_flesch_counts_as_textstat_does_on_every_page():
    """Our counting replaces textstat's (whose import costs 0.2 s); it must give the same scores."""
    pages = sorted(page for folder in PROSE for page in folder.rglob("*.md"))
    assert all(any(p.is_relative_to(folder) for p in pages) for folder in PROSE), "a folder of pages is empty"
    for page in pages:
        prose = mdtext.plain_sentences(page.read_text("utf-8"))
        for text in (prose, prose[:400], prose[:57]):
            if text.split():
                assert readability.flesch(text) == textstat.flesch_reading_ease(text), (page, text[:60])


# ---------- What's changed ----------

LOG = "\x1e2026-11-20\n\nlevels-of-need/ehat.md\nindex.md\n\x1e2026-10-01\n\nindex.md\nold/deleted.md\n"


def test_whats_changed_lists_latest_change_per_current_page():
    titles = {"index.md": "Home", "levels-of-need/ehat.md": "The EHAT"}
    text = changes.render(LOG, titles, "about/whats-changed.md")
    assert "| 20 November 2026 | [Home](../index.md) |" in text
    assert "| 20 November 2026 | [The EHAT](../levels-of-need/ehat.md) |" in text
    assert "1 October 2026" not in text and "deleted" not in text


def test_whats_changed_falls_back_without_history():
    assert changes.NO_HISTORY in changes.render(None, {}, "about/whats-changed.md")
    assert changes.NO_CHANGES in changes.render("", {"index.md": "Home"}, "about/whats-changed.md")


def test_whats_changed_reads_a_real_git_history(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()

    def git(*args, date="2026-03-04T10:00:00"):
        env = {"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date, "GIT_AUTHOR_NAME": "Writer",
               "GIT_AUTHOR_EMAIL": "w@example.org", "GIT_COMMITTER_NAME": "Writer",
               "GIT_COMMITTER_EMAIL": "w@example.org", "PATH": "/usr/bin:/bin"}
        subprocess.run(["git", *args], cwd=tmp_path, env=env, check=True, capture_output=True)

    assert changes.read_log(docs) is None  # not a repository: the fallback
    git("init", "-q")
    assert changes.read_log(docs) == ""  # a repository with no commits yet
    (docs / "index.md").write_text("# Home\n")
    git("add", ".")
    git("commit", "-q", "-m", "Add home")
    (docs / "index.md").write_text("# Home page\n")
    git("commit", "-q", "-am", "Edit home", date="2026-05-06T10:00:00")
    assert [(c.date.isoformat(), c.src_uri) for c in changes.parse(changes.read_log(docs))] == [
        ("2026-05-06", "index.md")]


# ---------- Results kept between builds ----------

CASE_WITH_NAME = ("---\n" + GOOD["case-study"] + "---\n\n# A case\n\nHer family nurse, Sharon, visited. "
                  "See [the guidance](https://www.gov.uk/).\n")
GUIDE_WITH_JARGON = "---\n" + GOOD["guidance"] + "---\n\n# Guide\n\nAsk QXZT.\n"


def run_checks(pages, terms_text="*[EHAT]: Early Help Assessment Tool\n", places=()):
    terms, _ = glossary.parse("g.md", terms_text)
    settings = checks.Settings(local_places=places)
    return checks.run(pages, settings, terms, TODAY, "docs", ["eh-induction"])


def kinds(result):
    return sorted((f.file, f.text) for f in result.findings if f.severity == "error")


def test_checking_the_site_again_answers_every_changed_input():
    """make serve checks again after each save: a result kept from the last check must never hide a
    change to the page, the glossary, the configuration or the date."""
    pages = [("case-studies/a.md", CASE_WITH_NAME), ("guidance/g.md", GUIDE_WITH_JARGON)]
    both = [("docs/case-studies/a.md", "Sharon"), ("docs/guidance/g.md", "QXZT")]
    assert kinds(run_checks(pages)) == both
    assert kinds(run_checks(pages, "*[QXZT]: Quick Example Zone Team\n")) == both[:1]
    assert kinds(run_checks(pages)) == both  # and back again
    renamed = [("case-studies/a.md", CASE_WITH_NAME.replace("Sharon", "the nurse"))] + pages[1:]
    assert kinds(run_checks(renamed)) == both[1:]
    assert kinds(run_checks(pages)) == both
    terms, _ = glossary.parse("g.md", "*[EHAT]: Early Help Assessment Tool\n")
    allowing = checks.Settings(partnership={"name": "Sharon"})  # a partnership's own name is never a person
    assert kinds(checks.run(pages, allowing, terms, TODAY, "docs", ["eh-induction"])) == both[1:]
    later = checks.run(pages, checks.Settings(), terms, TODAY.replace(year=2030), "docs", ["eh-induction"])
    assert {f.kind for f in later.findings if f.severity == "notice"} >= {"due for review"}


def test_a_whole_file_write_that_fails_leaves_the_old_file_and_no_temporary_one(tmp_path):
    from earlyhelp import atomicfile

    target = tmp_path / "kept.json"
    atomicfile.write_text(target, "first")
    atomicfile.write_text(target, "second")
    assert target.read_text(encoding="utf-8") == "second"
    blocked = tmp_path / "blocked"
    (blocked / "inside").mkdir(parents=True)  # a folder in the way: the rename fails
    with pytest.raises(OSError):
        atomicfile.write_text(blocked, "lost")
    assert (blocked / "inside").is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blocked", "kept.json"]


def test_a_marker_line_gets_the_content_and_a_missing_one_is_an_error_at_the_last_line():
    text, found = markers.fill("docs/p.md", "# P\n\nWords.\n\n<!-- m -->\n\nMore.\n", "<!-- m -->", "TABLE")
    assert (text, found) == ("# P\n\nWords.\n\nTABLE\n\nMore.\n", [])
    source = "---\ntitle: P\n---\n\n# P\n\nWords.\n\n"
    text, found = markers.fill("docs/p.md", "# P\n\nWords.\n\n", "<!-- m -->", "TABLE", source)
    assert text == "# P\n\nWords.\n\nTABLE"  # nothing lost
    assert [(f.file, f.line, f.severity) for f in found] == [("docs/p.md", 7, "error")]
    assert "Put the line <!-- m --> back" in found[0].fix


def test_tooltips_wrap_whole_terms_in_text_only():
    terms = [glossary.Term(a, e, n) for n, (a, e) in enumerate([
        ("EHAT", "Early Help Assessment Tool"), ("A&E", "Accident and Emergency"), ("SEN", "Special educational needs"),
        ("SEND", "Special educational needs and disabilities"), ("STEP UP", "The vision")], start=1)]
    fragment = ('<p title="EHAT">Start an EHAT, then SEND and SEN, not SENDING or EHATS or -EHAT.</p>'
                '<p>A&amp;E and the STEP UP vision.</p><code>EHAT</code><abbr title="x">SEN</abbr>')
    assert glossary.tooltips(fragment, terms) == (
        '<p title="EHAT">Start an <abbr title="Early Help Assessment Tool">EHAT</abbr>, then '
        '<abbr title="Special educational needs and disabilities">SEND</abbr> and '
        '<abbr title="Special educational needs">SEN</abbr>, not SENDING or EHATS or -EHAT.</p>'
        '<p><abbr title="Accident and Emergency">A&amp;E</abbr> and the <abbr title="The vision">STEP UP</abbr> vision.'
        '</p><code>EHAT</code><abbr title="x">SEN</abbr>')
