"""The site's own pages: the gate finds nothing in its case studies, and no person anywhere."""

from __future__ import annotations

from pathlib import Path

from earlyhelp import anonymise
from test_anonymise_corpus import site_policy

DOCS = Path(__file__).resolve().parents[2] / "docs"
# Guidance pages may name the borough's wards (the strategy's local context): only a case study may not.
PLACE_KINDS = {"place"}


def hits(path: Path) -> list[tuple[str, str, str]]:
    text = path.read_text(encoding="utf-8")
    return [(str(path.relative_to(DOCS)), h.kind, text[h.start:h.end]) for h in anonymise.find_hits(text, site_policy())]


def test_case_studies_have_no_finding():
    assert [h for p in sorted((DOCS / "case-studies").glob("*.md")) for h in hits(p)] == []


def test_no_page_names_a_person_or_gives_personal_data():
    found = [h for p in sorted(DOCS.rglob("*.md")) for h in hits(p) if h[1] not in PLACE_KINDS]
    assert found == []


def test_training_quiz_scenarios_name_nobody():
    pages = [p for p in sorted((DOCS / "training").rglob("*.md")) if "<quiz>" in p.read_text(encoding="utf-8")]
    assert pages, "the site has quiz pages to check"
    found = [(p.name, f.kind, f.text) for p in pages
             for f in anonymise.scan(str(p), anonymise.quiz_text(p.read_text(encoding="utf-8")), site_policy())]
    assert found == []
