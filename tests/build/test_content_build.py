"""Strict builds of a small fixture site: each content error fails the build with its message,
while an overdue page only gets a notice, a reader-visible warning and a row on Content health.

The fixture's mkdocs.yml INHERITs the generator's starter site (theme, plugins, Markdown, validation,
partnership settings), never St Helens' own, and lists only the hooks these checks need and a nav of
its own pages, so the tests depend on no partnership's pages or settings.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import sitefactory

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "hooks" / "earlyhelp" / "starter"

CONFIG = f"""\
INHERIT: {STARTER / 'mkdocs.yml'}
site_name: Content checks fixture
# The parts these checks need, as MkDocs hooks, in place of the whole generator plugin.
plugins:
  - search
  - minify:
      minify_html: true
      htmlmin_opts:
        remove_comments: true
        remove_empty_space: true
        reduce_boolean_attributes: true
hooks:
  - {ROOT / 'hooks/earlyhelp/adapters/strict_gate.py'}
  - {ROOT / 'hooks/earlyhelp/adapters/partnership.py'}
  - {ROOT / 'hooks/earlyhelp/adapters/glossary.py'}
  - {ROOT / 'hooks/earlyhelp/adapters/content_checks.py'}
  - {ROOT / 'hooks/earlyhelp/adapters/nav.py'}
nav:
  - Home: index.md
  - Guide: guide.md
  - Old page: old-page.md
  - Case studies:
      - case-studies/index.md
      - A case: case-studies/a-case.md
  - About:
      - Content health: about/content-health.md
      - What's changed: about/whats-changed.md
"""


TODAY = dt.date.today().isoformat()  # a page reviewed today is never overdue, whenever the tests run


def front(**fields) -> str:
    base = {"title": "A page", "description": "A page for the tests.", "type": "guidance",
            "owner": "Early Help Partnership Team", "last_reviewed": TODAY, "review_every": 12}
    base.update(fields)
    lines = [f"{k}: {v}" for k, v in base.items() if v is not None]
    return "---\n" + "\n".join(lines) + "\n---\n"


CASE = dict(title="A case", type="case-study", anonymised="true", provided_by="Family Nurse Partnership",
            levels="[3, 2]", agencies="[midwifery, health visiting]", themes="[pregnancy, housing]",
            allow='["Hope Centre"]')
CASE_BODY = """
# A case

The young mother was supported by the Family Nurse Partnership through her pregnancy.

Hope was what she said she had found again. Her family nurse helped her to move into her own
tenancy, and she now goes to the Hope Centre baby group. If anyone is worried about the baby,
they call {{ partnership.front_door_name }} on {{ partnership.front_door_phone }}.
"""
PAGES = {
    "index.md": front(title="Home", type="index") + "\n# Home\n\nA short home page for the tests.\n",
    "guide.md": front(title="Guide") + "\n# Guide\n\nRead the [GOV.UK guidance](https://www.gov.uk/) before you "
                                       "start an EHAT.\n",
    "old-page.md": front(title="Old page", last_reviewed="2020-01-06", review_every=12)
                   + "\n# Old page\n\nThis page has not been checked for a long time.\n",
    "case-studies/index.md": front(title="Case studies", type="index") + "\n# Case studies\n\nOne case study.\n",
    "case-studies/a-case.md": front(**CASE) + CASE_BODY,
}

# Each variant changes one page and must fail the strict build with the message given.
DEFECTS = {
    "missing owner": ("guide.md", lambda t: t.replace("owner: Early Help Partnership Team\n", ""),
                      "docs/guide.md:2: The front matter has no 'owner'."),
    "bad date": ("guide.md", lambda t: t.replace(f"last_reviewed: {TODAY}", "last_reviewed: 05/01/2026"),
                 "docs/guide.md:6: 'last_reviewed' must be a date written as YYYY-MM-DD"),
    "unknown type": ("guide.md", lambda t: t.replace("type: guidance", "type: guidence"),
                     "'type' must be one of: guidance, index, case-study, training-module, report; "
                     "it is 'guidence'. Did you mean 'guidance'?"),
    "not anonymised": ("case-studies/a-case.md", lambda t: t.replace("anonymised: true", "anonymised: false"),
                       "docs/case-studies/a-case.md:8: 'anonymised' must be true"),
    "missing themes": ("case-studies/a-case.md", lambda t: t.replace("themes: [pregnancy, housing]\n", ""),
                       "docs/case-studies/a-case.md:2: The front matter has no 'themes'."),
    "personal name": ("case-studies/a-case.md", lambda t: t.replace("Her family nurse", "Her family nurse, Sharon,"),
                      "docs/case-studies/a-case.md:20: Possible personal name in a case study: 'Sharon'."),
    "phone number": ("case-studies/a-case.md", lambda t: t + "\nMum's mobile was 07700 900461.\n",
                     "Possible phone number in a case study: '07700 900461'."),
    "unknown abbreviation": ("guide.md", lambda t: t + "\nAsk QXZT for advice.\n",
                             "docs/guide.md:14: 'QXZT' looks like an abbreviation but is not in the glossary."),
}


# The two report pages written in docs/, as the real site has them: the writing group's words,
# and a marker line where the build puts its tables.
REPORT_FRONT = sitefactory.REPORT_FRONT
FILLED_PAGES = {k: v for k, v in sitefactory.FILLED.items() if k.startswith("about/")}
OWN_PAGES = {
    "own report pages": {
        "about/content-health.md": REPORT_FRONT.format("Content health", "Content health")
        + "Words the writing group chose for this page.\n\n<!-- content-health -->\n\nA closing line.\n",
        "about/whats-changed.md": REPORT_FRONT.format("What's changed", "What's changed")
        + "Changes, newest first.\n\n<!-- whats-changed -->\n",
    },
    "a new case study": {
        "case-studies/b-case.md": front(**{**CASE, "title": "Another case", "allow": None}) + "\n# Another case\n\n"
        "The young person was supported by a youth worker after school.\n",
    },
    "a case study named after a child": {
        "case-studies/kayleigh-brennan.md": front(**{**CASE, "title": "A third case", "allow": None})
        + "\n# A third case\n\nThe young person was supported by a youth worker after school.\n",
    },
    "report page without its marker": {
        "about/content-health.md": REPORT_FRONT.format("Content health", "Content health") + "Only words.\n",
    },
}


# The fixture's own glossary: the abbreviations its pages use, in alphabetical order.
GLOSSARY = ("*[EHAT]: Early Help Assessment Tool\n*[GP]: General Practitioner (family doctor)\n"
            "*[TAF]: Team Around the Family\n")


def make_site(folder: Path, pages: dict[str, str]) -> Path:
    files = {f"docs/{name}": text for name, text in {**FILLED_PAGES, **pages}.items()}
    files.setdefault("includes/abbreviations.md", GLOSSARY)
    return sitefactory.make_site(folder, CONFIG, files, links=("training",), source=STARTER).parent


def build(folder: Path) -> tuple[int, str]:
    result = sitefactory.build_command(folder / "mkdocs.yml", "--strict")
    return result.returncode, result.output


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """The clean fixture and every defect variant, built in parallel once for this module."""
    base = tmp_path_factory.mktemp("content-sites")
    sites = {"clean": make_site(base / "clean", PAGES)}
    for name, (page, change, _) in DEFECTS.items():
        sites[name] = make_site(base / name.replace(" ", "-"), {**PAGES, page: change(PAGES[page])})
    for name, pages in OWN_PAGES.items():
        sites[name] = make_site(base / name.replace(" ", "-"), {**PAGES, **pages})
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        results = dict(zip(sites, pool.map(build, sites.values())))
    return {name: (code, log, sites[name]) for name, (code, log) in results.items()}


def test_clean_site_passes_strict_build_despite_an_overdue_page(builds):
    code, log, _ = builds["clean"]
    assert code == 0, log
    assert "\nNotice: docs/old-page.md: Due for review since 6 January 2021" in log


def test_overdue_page_shows_readers_a_notice(builds):
    html = (builds["clean"][2] / "site" / "old-page" / "index.html").read_text(encoding="utf-8")
    assert "Due for review" in html and "6 January 2021" in html
    current = (builds["clean"][2] / "site" / "guide" / "index.html").read_text(encoding="utf-8")
    assert "Due for review" not in current


def test_content_health_page_lists_overdue_page_reading_ease_and_external_links(builds):
    html = (builds["clean"][2] / "site" / "about" / "content-health" / "index.html").read_text(encoding="utf-8")
    assert "Old page" in html and "Overdue" in html and "6 January 2021" in html
    assert "https://www.gov.uk/" in html
    assert "Reading ease" in html


def test_whats_changed_page_explains_missing_history(builds):
    html = (builds["clean"][2] / "site" / "about" / "whats-changed" / "index.html").read_text(encoding="utf-8")
    assert "history is not available" in html


def test_allow_list_accepts_a_service_name_in_a_case_study(builds):
    code, log, _ = builds["clean"]
    assert "Hope Centre" not in log


@pytest.mark.parametrize("defect", list(DEFECTS))
def test_each_error_fails_the_strict_build_with_its_message(builds, defect):
    code, log, _ = builds[defect]
    assert code != 0, f"{defect}: the strict build passed:\n{log}"
    assert DEFECTS[defect][2] in log, log
    assert "How to fix:" in log


def test_report_pages_in_docs_keep_their_words_and_get_the_tables_at_the_marker(builds):
    code, log, folder = builds["own report pages"]
    assert code == 0, log
    html = (folder / "site" / "about" / "content-health" / "index.html").read_text(encoding="utf-8")
    words, tables, closing = (html.index(s) for s in ("Words the writing group chose", "id=reading-ease", "A closing line"))
    assert words < tables < closing and "Old page" in html
    changes = (folder / "site" / "about" / "whats-changed" / "index.html").read_text(encoding="utf-8")
    assert "Changes, newest first." in changes and "history is not available" in changes


def test_a_report_page_without_its_marker_fails_naming_its_last_line(builds):
    code, log, folder = builds["report page without its marker"]
    assert code != 0
    assert ("docs/about/content-health.md:9: This page has no <!-- content-health --> line, so the build put its "
            "figures at the end. How to fix: Put the line <!-- content-health --> back") in log, log
    assert not (folder / "site" / "about").exists(), "a failed strict build writes no page"


def test_a_new_case_study_reaches_the_navigation_without_editing_mkdocs_yml(builds):
    code, log, folder = builds["a new case study"]
    assert code == 0, log
    html = (folder / "site" / "case-studies" / "index.html").read_text(encoding="utf-8")
    assert "href=b-case/ class=md-nav__link" in html.replace('"', "") and "Another case" in html
    assert "not included in the" not in log


def test_a_case_study_whose_file_name_names_a_child_fails_the_strict_build(builds):
    """The file name is the page's web address, in the sitemap and the search index too."""
    code, log, folder = builds["a case study named after a child"]
    assert code != 0 and not (folder / "site" / "case-studies" / "kayleigh-brennan").exists()
    assert ("Error: docs/case-studies/kayleigh-brennan.md: Possible personal name in the file name, which becomes "
            "the page's web address: 'kayleigh brennan'.") in log


def test_an_unknown_placeholder_is_named_by_the_line_an_editor_shows(tmp_path):
    """MkDocs hands the hooks a page without its front matter; the message still counts from the
    file's first line, with the docs folder in its path."""
    config = sitefactory.make_site(tmp_path, "site_name: Placeholders\n" + sitefactory.adapters("strict_gate", "partnership")
                                   + "\nextra:\n  partnership:\n    front_door_tel: 0300 123 4567\n", {
        "docs/index.md": "---\ntitle: Home\ndescription: Start here.\n---\n\n# Home\n\n"
                         "Ring {{ partnership.front_door_tel }}.\n\nOr {{ partnership.front_door_fone }}.\n"})
    built = sitefactory.build_command(config, "--strict")
    assert built.returncode != 0
    assert "docs/index.md:10: Unknown placeholder '{{ partnership.front_door_fone }}'" in built.output
