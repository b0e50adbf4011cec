"""make new-case-study (python -m earlyhelp new-case-study): a page from the site's own template."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from earlyhelp.newcasestudy import create

TEMPLATE = "---\ntitle: A case study\nlast_reviewed: 2000-01-01\nanonymised: false\n---\n\n# A case study\n"
TODAY = dt.date(2026, 12, 4)


def _site(tmp_path: Path) -> Path:
    (tmp_path / "docs" / "templates").mkdir(parents=True)
    (tmp_path / "docs" / "templates" / "case-study.md").write_text(TEMPLATE, "utf-8")
    return tmp_path


def test_the_page_is_the_template_reviewed_today(tmp_path):
    page, message = create("young-carer-at-school", _site(tmp_path), TODAY)
    assert page == Path("docs/case-studies/young-carer-at-school.md") and message.startswith(f"Created {page}")
    assert (tmp_path / page).read_text("utf-8") == TEMPLATE.replace("2000-01-01", "2026-12-04")


def test_a_bad_name_an_existing_page_and_a_missing_template_are_refused(tmp_path):
    site = _site(tmp_path)
    assert create("Young Carer", site, TODAY)[0] is None
    assert create("", site, TODAY)[0] is None
    create("one", site, TODAY)
    (site / "docs" / "case-studies" / "one.md").write_text("mine", "utf-8")
    page, message = create("one", site, TODAY)
    assert page is None and "already exists" in message
    assert (site / "docs" / "case-studies" / "one.md").read_text("utf-8") == "mine"
    (site / "docs" / "templates" / "case-study.md").unlink()
    page, message = create("two", site, TODAY)
    assert page is None and "is missing" in message and not (site / "docs" / "case-studies" / "two.md").exists()
