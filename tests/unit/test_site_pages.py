"""St Helens' own pages, with St Helens' own configuration: the gate finds nothing in its case studies
or quiz scenarios, and no page names a person or gives personal data."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import yaml

from earlyhelp import anonymise, checks, health, sources

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
# Guidance pages may name the borough's wards (the strategy's local context): only a case study may not.
PLACE_KINDS = {"place"}


def settings() -> checks.Settings:
    return checks.Settings.from_extra(yaml.safe_load((ROOT / "partnership.yml").read_text(encoding="utf-8"))["extra"])


def policy() -> anonymise.Policy:
    return checks.policy_for(settings(), sources.glossary(ROOT)[0])


def hits(path: Path) -> list[tuple[str, str, str]]:
    text = path.read_text(encoding="utf-8")
    return [(str(path.relative_to(DOCS)), h.kind, text[h.start:h.end]) for h in anonymise.find_hits(text, policy())]


def test_case_studies_have_no_finding():
    assert [h for p in sorted((DOCS / "case-studies").glob("*.md")) for h in hits(p)] == []


def test_case_studies_pass_the_whole_page_check_with_nothing_to_allow():
    """The check the build runs (allow lists, front matter and all) reports no personal data."""
    terms = sources.glossary(ROOT)[0]
    problems = []
    for path in sorted((DOCS / "case-studies").glob("*.md")):
        src_uri = path.relative_to(DOCS).as_posix()
        _, findings = checks.check_page(src_uri, path.read_text(encoding="utf-8"), settings(), terms, dt.date.today())
        problems += [f.format() for f in findings if f.kind in health.PRIVATE_KINDS]
    assert problems == []


def test_no_page_names_a_person_or_gives_personal_data():
    found = [h for p in sorted(DOCS.rglob("*.md")) for h in hits(p) if h[1] not in PLACE_KINDS]
    assert found == []


def test_training_quiz_scenarios_name_nobody():
    pages = [p for p in sorted((DOCS / "training").rglob("*.md")) if "<quiz>" in p.read_text(encoding="utf-8")]
    assert pages, "the site has quiz pages to check"
    found = [(p.name, f.kind, f.text) for p in pages
             for f in anonymise.scan(str(p), anonymise.quiz_text(p.read_text(encoding="utf-8")), policy())]
    assert found == []
