"""Issue 2: the knowledge base builds strictly and carries the strategy's official content."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
import yaml

from earlyhelp import glossary, quizzes
from htmltext import article_text, normalise, page_path, too_heavy
from siteconfig import mkdocs_config

ROOT = Path(__file__).resolve().parents[2]
EXPECTED = yaml.safe_load((ROOT / "tests/data/expected_content.yml").read_text(encoding="utf-8"))


def nav_pages(nav) -> list[str]:
    pages = []
    for item in nav:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        pages.extend(nav_pages(value) if isinstance(value, list) else [value])
    return pages


@pytest.mark.parametrize("src", nav_pages(mkdocs_config()["nav"]))
def test_every_nav_page_is_built_with_a_title(st_helens_site, src):
    built = page_path(st_helens_site.site, src)
    assert built.exists(), f"{src} is in the nav but was not built"
    page = built.read_text(encoding="utf-8")
    h1 = re.search(r"<h1[^>]*>(.*?)</h1>", page, re.S)
    assert h1 and normalise(re.sub(r"<[^>]+>", "", h1.group(1))).strip(), f"{src} has no heading"
    title = re.search(r"<title>(.*?)</title>", page, re.S)
    assert title and title.group(1).strip()


@pytest.mark.parametrize("group", ["levels", "step_up", "principles", "measures", "signs_of_safety", "gcp2_areas"])
def test_official_names_are_present(st_helens_site, group):
    spec = EXPECTED[group]
    text = article_text(page_path(st_helens_site.site, spec["page"]))
    missing = [name for name in spec["names"] if normalise(name) not in text]
    assert not missing, f"{spec['page']} is missing: {missing}"


def test_each_level_has_its_own_page_with_its_official_name(st_helens_site):
    for src, name in EXPECTED["level_pages"].items():
        assert normalise(name) in article_text(page_path(st_helens_site.site, src)), src


def test_five_eif_findings_are_listed(st_helens_site):
    page = page_path(st_helens_site.site, EXPECTED["eif_findings"]["page"]).read_text(encoding="utf-8")
    lists = re.findall(r"<ol>(.*?)</ol>", page, re.S)
    assert any(len(re.findall(r"<li>", block)) == EXPECTED["eif_findings"]["count"] for block in lists)


def test_fifteen_measures_are_numbered(st_helens_site):
    text = article_text(page_path(st_helens_site.site, EXPECTED["measures"]["page"]))
    assert len(EXPECTED["measures"]["names"]) == 15
    for name in EXPECTED["measures"]["names"]:
        assert normalise(name) in text


def _terms():
    terms, findings = glossary.parse("abbreviations.md", (ROOT / "includes/abbreviations.md").read_text("utf-8"))
    assert not findings
    return terms


def test_glossary_page_lists_every_abbreviation(st_helens_site):
    page = page_path(st_helens_site.site, "glossary.md").read_text(encoding="utf-8")
    for term in _terms():
        assert re.search(rf"""id=["']?{glossary.slug(term.abbr)}[\s"'>]""", page), term.abbr


def test_every_abbreviation_is_a_tooltip_where_it_is_used(st_helens_site):
    """Every page whose content uses an abbreviation shows it as an <abbr> tooltip with its meaning."""
    pages = [p for p in st_helens_site.site.rglob("index.html") if p.parent.name != "glossary"]
    used_somewhere = set()
    for term in _terms():
        pattern = re.compile(r"(?<![\w-])" + re.escape(term.abbr) + r"(?![\w-])")
        tooltip = re.compile(r"""<abbr title=["']?""" + re.escape(html.escape(term.expansion, quote=False).replace('"', '&quot;'))
                             + r"""["']?>""" + re.escape(html.escape(term.abbr, quote=False)) + "</abbr>")
        for path in pages:
            if not pattern.search(article_text(path)):
                continue
            used_somewhere.add(term.abbr)
            assert tooltip.search(path.read_text(encoding="utf-8")), f"{term.abbr} is used on {path} but is not a tooltip"
    assert len(used_somewhere) > 20


def test_case_studies_name_nobody_from_the_strategy(st_helens_site):
    sources = sorted((ROOT / "docs/case-studies").glob("*.md"))
    assert len(sources) >= 4
    for src in sources:
        built = article_text(page_path(st_helens_site.site, f"case-studies/{src.name}"))
        for name in EXPECTED["case_study_forbidden"]:
            pattern = re.compile(rf"\b{re.escape(name)}\b")
            assert not pattern.search(src.read_text(encoding="utf-8")), f"{name} in {src}"
            assert not pattern.search(built), f"{name} in built {src.name}"


def test_case_studies_have_required_front_matter():
    from earlyhelp import frontmatter
    for src in (ROOT / "docs/case-studies").glob("*.md"):
        if src.name == "index.md":
            continue
        doc = frontmatter.parse(str(src), src.read_text(encoding="utf-8"))
        assert doc.meta.get("anonymised") is True, src
        for key in ("provided_by", "levels", "agencies", "themes", "last_reviewed"):
            assert doc.meta.get(key), f"{src} lacks {key}"


def test_partnership_facts_come_from_one_file(st_helens_site):
    """The Front Door number is typed only in partnership.yml; pages get it from there."""
    settings = yaml.safe_load((ROOT / "partnership.yml").read_text(encoding="utf-8"))["extra"]["partnership"]
    phone = settings["front_door_phone"]
    typed = [p for p in (ROOT / "docs").rglob("*.md") if phone in p.read_text(encoding="utf-8")]
    assert not typed, f"type the number as {{{{ partnership.front_door_phone }}}} instead: {typed}"
    for level in ("level-3-child-in-need", "level-4-child-protection"):
        text = article_text(page_path(st_helens_site.site, f"levels-of-need/{level}.md"))
        assert phone in text and settings["front_door_name"] in text
    leftovers = [p for p in st_helens_site.site.rglob("*.html") if "{{ partnership." in p.read_text(encoding="utf-8")]
    assert not leftovers


def test_every_page_has_summary_and_review_date():
    from earlyhelp import frontmatter
    for src in (ROOT / "docs").rglob("*.md"):
        if "templates" in src.parts:
            continue
        doc = frontmatter.parse(str(src), src.read_text(encoding="utf-8"))
        assert doc.meta.get("description"), f"{src} has no description"
        # A report page's figures are made at every build, so it has no review date (see schema.py).
        assert doc.meta.get("last_reviewed") or doc.meta.get("type") == "report", f"{src} has no last_reviewed"
        body = [b for b in re.split(r"\n\s*\n", doc.body.strip()) if b.strip()]
        assert body[0].lstrip().startswith("# ") and len(body) > 1, f"{src} should start with a heading and summary"


def test_case_study_index_lists_every_case_study_in_its_folder(st_helens_site):
    """The index is built from each case study's front matter: every one is listed, each once."""
    sources = sorted(p for p in (ROOT / "docs/case-studies").glob("*.md") if p.name != "index.md")
    index = (st_helens_site.site / "case-studies" / "index.html").read_text(encoding="utf-8")
    table = index.split("<table", 1)[1].split("</table>", 1)[0]
    for src in sources:
        assert len(re.findall(rf'href="?{re.escape(src.stem)}/"?[ >]', table)) == 1, src.name
    assert table.count("<tr") == len(sources) + 1  # a header row and one row per case study


def test_a_case_study_index_lists_only_its_own_folder():
    from earlyhelp import casestudies

    assert casestudies.in_section("case-studies/a.md", "case-studies/index.md")
    assert casestudies.in_section("case-studies/older/b.md", "case-studies/index.md")
    assert not casestudies.in_section("copies/1/case-studies/a.md", "case-studies/index.md")
    assert not casestudies.in_section("case-studies/index.md", "case-studies/index.md")
    assert casestudies.in_section("anywhere/a.md", "index.md")


# ---------- Issue 21: accurate, safe and current guidance ----------

def _superseded():
    from earlyhelp import currency

    text = (ROOT / "partnership.yml").read_text(encoding="utf-8")
    raw = (yaml.safe_load(text).get("extra") or {}).get("content", {}).get("superseded")
    entries, problems = currency.parse(raw, "partnership.yml", text)
    assert not problems, [p.format() for p in problems]
    return entries


def _built_sources(site: Path) -> list[tuple[Path, Path]]:
    """Every docs page with its built file (templates are not built)."""
    pairs = []
    for src in sorted((ROOT / "docs").rglob("*.md")):
        rel = src.relative_to(ROOT / "docs").as_posix()
        built = page_path(site, rel)
        if not rel.startswith("templates/") and built.exists():
            pairs.append((src, built))
    return pairs


def test_the_superseded_list_catches_each_old_name():
    from earlyhelp import currency

    entries = _superseded()
    for name in EXPECTED["superseded_examples"]:
        assert len(currency.find(f"We read {name} again.", entries)) == 1, name


def test_no_superseded_term_on_the_built_site_outside_pages_that_allow_it(st_helens_site):
    """Driven by partnership.yml: a page may use an old name only if its front matter allows it.

    Report pages (type: report) are made by the build from other pages, such as the printable
    handbook, so they carry those pages' allowed history; their own words are checked in docs/."""
    from earlyhelp import currency, frontmatter

    entries = _superseded()
    found = []
    for src, built in _built_sources(st_helens_site.site):
        text = src.read_text(encoding="utf-8")
        meta = frontmatter.parse(str(src), text).meta
        if meta.get("type") == "report":
            assert not currency.check(str(src), text, meta, entries), src
            continue
        allowed, _ = currency.allowance(str(src), text, meta, entries)
        found += [(src.name, hit.found) for hit in currency.find(article_text(built), entries)
                  if hit.entry.term not in allowed]
    assert not found, f"superseded terms on the built site: {found}"


@pytest.mark.parametrize("src", sorted(EXPECTED["level_descriptions"]))
def test_level_descriptions_use_the_strategys_words(st_helens_site, src):
    spec = EXPECTED["level_descriptions"][src]
    text = article_text(page_path(st_helens_site.site, src))
    assert not [p for p in spec.get("must", []) if normalise(p) not in text], src
    assert not [p for p in spec.get("must_not", []) if normalise(p).lower() in text.lower()], src


def test_smart_is_spelt_out_one_way_everywhere(st_helens_site):
    spelt = re.compile(r"Specific,?\s+Measurable,?\s+\w+,?\s+(?:and\s+)?\w+,?\s+(?:and\s+)?Timely", re.I)
    uses = set()
    for _, built in _built_sources(st_helens_site.site):
        page = built.read_text(encoding="utf-8")
        uses |= {normalise(m.group(0)) for m in spelt.finditer(article_text(built))}
        uses |= {normalise(html.unescape(t)) for t in re.findall(r"""<abbr title=["']?([^"'>]*)["']?>SMART</abbr>""", page)}
    assert uses == {EXPECTED["smart"]}


def test_urgent_steps_use_the_same_words_on_every_page(st_helens_site):
    found = [(built.parent.name, phrase) for _, built in _built_sources(st_helens_site.site)
             for phrase in EXPECTED["urgency_not"] if phrase in article_text(built).lower()]
    assert not found


def test_real_site_config_runs_the_content_hook_and_has_its_settings():
    config = mkdocs_config()
    assert "earlyhelp" in config["plugins"]
    nav = str(config["nav"])
    assert "about/content-health.md" in nav and "about/whats-changed.md" in nav
    extra = yaml.safe_load((ROOT / "partnership.yml").read_text(encoding="utf-8"))["extra"]
    assert extra["content"]["reading_ease_target"] > 0
    assert "Parr" in extra["partnership"]["local_places"]


def test_real_registry_modules_exist_and_have_enough_questions():
    data = yaml.safe_load((ROOT / "training/courses.yml").read_text("utf-8"))
    induction = next(c for c in data["courses"] if c["id"] == "eh-induction")
    assert len(induction["modules"]) >= 6
    for module in induction["modules"]:
        body = (ROOT / "docs" / module).read_text("utf-8")
        found = quizzes.find(body)
        assert len(found) >= 5, module
        assert any(sum(c for c, _ in q.answers) >= 2 for q in found), f"{module} needs a multiple-choice question"
        assert any(sum(c for c, _ in q.answers) == 1 for q in found), f"{module} needs a single-choice question"
        assert "<!-- mkdocs-quiz results -->" in body, module


@pytest.mark.parametrize("src", EXPECTED["light_pages"])
def test_st_helens_guidance_pages_are_light_on_a_phone(st_helens_site, src):
    assert too_heavy(page_path(st_helens_site.site, src).read_bytes()) is None
