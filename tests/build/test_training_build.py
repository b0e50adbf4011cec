"""The training report inside real MkDocs builds.

Strict-build failures use a small fixture site in a temporary folder (its own
docs/ and registries, the real hook), built in-process so each case takes a
fraction of a second. One build goes through the command line, and one
builds the real site with TRAINING_RECORDS_DIR pointing at the sample plus the
test data, then searches every file of the built site for every attendee
identifier.
"""

from __future__ import annotations

import csv
import json
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

import sitefactory
from sitefactory import build_in_process

ROOT = Path(__file__).resolve().parents[2]
HOOK = ROOT / "hooks" / "earlyhelp" / "adapters" / "training_report.py"
GATE = ROOT / "hooks" / "earlyhelp" / "adapters" / "strict_gate.py"
HEADER = "date,course,attendee,agency\n"
GOOD = "2024-01-10,eh-workshop,fixture-good@example.test,Merseyside Police\n"

CONFIG = f"""\
site_name: Fixture
theme:
  name: mkdocs
plugins: []
hooks:
  - {GATE}
  - {HOOK}
extra:
  training:
    suppression_threshold: 5
nav:
  - Home: index.md
  - Partners attending training: training/report.md
"""


# The fixture's own registries: two courses, and three agencies that count as partners.
REGISTRIES = {
    "training/courses.yml": "courses:\n"
    + "".join(f"  - id: {id}\n    title: {title}\n    mode: {mode}\n    audience: Practitioners\n    duration: 60\n"
              f"    description: A course for the tests.\n" for id, title, mode in
              (("eh-induction", "Early Help induction", "briefing"), ("eh-workshop", "Early Help workshop", "workshop"))),
    "training/agencies.yml": "agencies:\n"
    + "".join(f"  - name: {name}\n    sector: {sector}\n    partner: true\n" for name, sector in
              (("Primary schools", "education"), ("Health visiting", "health"), ("Merseyside Police", "police"))),
}


def make_site(root: Path, files: dict[str, bytes | str] | None = None, records: bool = True) -> Path:
    site = {"docs/index.md": "# Fixture\n", "docs/training/report.md": sitefactory.FILLED["training/report.md"],
            **REGISTRIES}
    if records:
        site.update({f"training/records/{name}": content
                     for name, content in (files or {"good.csv": HEADER + GOOD}).items()})
    return sitefactory.make_site(root, CONFIG, site)


BAD_ROWS = [
    ("bad date", "01/05/2024,eh-workshop,fixture-1@example.test,Merseyside Police\n",
     "the date is not written as YYYY-MM-DD (written 99/99/9999)"),
    ("impossible date", "2023-02-29,eh-workshop,fixture-2@example.test,Merseyside Police\n",
     "the date does not exist (there is no day 29 of month 02)"),
    ("future date", "2999-01-01,eh-workshop,fixture-3@example.test,Merseyside Police\n",
     "the date is in the future"),
    ("unknown course", "2024-01-10,eh-worksop,fixture-4@example.test,Merseyside Police\n",
     "the course is not in training/courses.yml (1 word, 10 characters). How to fix: Did you mean 'eh-workshop'?"),
    ("unknown agency", "2024-01-10,eh-workshop,fixture-5@example.test,Mersyside Police\n",
     "an agency not in training/agencies.yml (2 words, 16 characters). How to fix: Did you mean 'Merseyside Police'?"),
    ("missing field", "2024-01-10,eh-workshop,fixture-6@example.test,\n", "the agency is blank"),
    ("wrong column count", "2024-01-10,eh-workshop,fixture-7@example.test,Merseyside Police,extra\n",
     "it has 5 values but the header has 4 columns"),
    ("empty identifier", "2024-01-10,eh-workshop, ,Merseyside Police\n", "the attendee is blank"),
    ("hidden character", "2024-01-10,eh-workshop,fixture-\u200b9@example.test,Merseyside Police\n",
     "the attendee has a line break, an invisible character or a letter outside plain A to Z"),
    ("date of birth as a date", "1985-03-12,eh-workshop,fixture-10@example.test,Merseyside Police\n",
     "the date is before 2000. How to fix: Check the year"),
    ("unknown status", None, "the status is not one the report knows (1 word, 5 characters)"),
]


@pytest.mark.parametrize("kind, row, reason", BAD_ROWS, ids=[k for k, _, _ in BAD_ROWS])
def test_strict_build_fails_on_each_kind_of_bad_row(tmp_path, caplog, kind, row, reason):
    content = (HEADER + GOOD + row) if row else (
        "date,course,attendee,agency,status\n2024-01-10,eh-workshop,fixture-8@example.test,Merseyside Police,maybe\n")
    config = make_site(tmp_path, {"bad.csv": content})
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_in_process(config, strict=True)
    line = 3 if row else 2
    messages = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.earlyhelp"]
    assert any(m.startswith(f"Error: training/records/bad.csv:{line}: Row left out: ") and reason in m for m in messages), messages
    assert not any("1985" in m or "2999" in m for m in messages)
    assert not any("fixture-" in m for m in messages), "a build message repeated an attendee identifier"


@pytest.mark.parametrize("name, content, message", [
    ("empty.csv", b"", "training/records/empty.csv: This file is empty."),
    ("latin.csv", (HEADER + "2024-01-10,eh-workshop,caf\xe9@example.test,Merseyside Police\n").encode("latin-1"),
     "training/records/latin.csv:2: This file is not UTF-8 text"),
])
def test_strict_build_fails_on_each_kind_of_bad_file(tmp_path, caplog, name, content, message):
    config = make_site(tmp_path, {"good.csv": HEADER + GOOD, name: content})
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_in_process(config, strict=True)
    assert any(r.getMessage().startswith("Error: " + message) for r in caplog.records), [r.getMessage() for r in caplog.records]


def test_strict_build_fails_without_a_records_folder(tmp_path, caplog):
    config = make_site(tmp_path, records=False)
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_in_process(config, strict=True)
    assert any("training/records does not exist" in r.getMessage() for r in caplog.records)


def test_plain_build_warns_leaves_the_row_out_and_counts_it(tmp_path, caplog):
    config = make_site(tmp_path, {"bad.csv": HEADER + GOOD + BAD_ROWS[3][1]})
    with caplog.at_level(logging.WARNING):
        build_in_process(config, strict=False)
    data = json.loads((tmp_path / "site" / "training" / "report.json").read_text(encoding="utf-8"))
    assert data["data_quality"]["rejected"] is None  # 1, below the threshold of 5: hidden
    assert data["data_quality"]["reasons"] == []  # and so is what kind of mistake it was (one kind: 1 row)
    assert any("bad.csv:3" in r.getMessage() for r in caplog.records)
    page = (tmp_path / "site" / "training" / "report" / "index.html").read_text(encoding="utf-8")
    assert "Rows left out because of a mistake" in page


def test_good_records_build_strictly_with_the_page_and_json(tmp_path):
    config = make_site(tmp_path)
    build_in_process(config, strict=True)
    site = tmp_path / "site"
    data = json.loads((site / "training" / "report.json").read_text(encoding="utf-8"))
    assert data["threshold"] == 5
    assert data["years"][0]["year"] == "2023/24" and data["years"][0]["partner_attendees"] is None  # 1: hidden
    page = (site / "training" / "report" / "index.html").read_text(encoding="utf-8")
    assert ">Partners attending Early Help training</h1>" in page
    assert not list(site.rglob("*.csv"))


def test_a_second_build_counts_a_changed_record_file(tmp_path):
    """mkdocs serve builds again in the same process: a changed record file is counted again."""
    config = make_site(tmp_path)
    config.write_text(CONFIG.replace("suppression_threshold: 5", "suppression_threshold: 1"), encoding="utf-8")
    build_in_process(config, strict=True)
    with (tmp_path / "training" / "records" / "good.csv").open("a", encoding="utf-8") as handle:
        handle.write("2024-01-11,eh-workshop,fixture-second@example.test,Primary schools\n")
    build_in_process(config, strict=True)
    data = json.loads((tmp_path / "site" / "training" / "report.json").read_text(encoding="utf-8"))
    assert data["years"][0]["partner_attendees"] == 2
    assert not (tmp_path / ".cache").exists()


def test_a_report_page_in_docs_keeps_its_words_and_gets_the_figures(tmp_path, caplog):
    config = make_site(tmp_path)
    page = tmp_path / "docs" / "training" / "report.md"
    page.write_text("---\ntitle: Training counts\ndescription: Counts.\ntype: report\n---\n\n# Training counts\n\n"
                    "Our own words.\n\n<!-- training-report -->\n", encoding="utf-8")
    build_in_process(config, strict=True)
    html = (tmp_path / "site" / "training" / "report" / "index.html").read_text(encoding="utf-8")
    assert html.index("Our own words.") < html.index('id="headline"') < html.index('id="data-quality"')
    page.write_text(page.read_text(encoding="utf-8").replace("<!-- training-report -->\n", ""), encoding="utf-8")
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_in_process(config, strict=True)
    assert any("docs/training/report.md:9: This page has no <!-- training-report --> line" in r.getMessage()
               for r in caplog.records)


def test_threshold_comes_from_mkdocs_yml(tmp_path):
    config = make_site(tmp_path)
    config.write_text(CONFIG.replace("suppression_threshold: 5", "suppression_threshold: 3"), encoding="utf-8")
    build_in_process(config, strict=True)
    data = json.loads((tmp_path / "site" / "training" / "report.json").read_text(encoding="utf-8"))
    assert data["threshold"] == 3


def test_training_records_dir_overrides_the_folder(tmp_path, monkeypatch):
    config = make_site(tmp_path / "site-src")
    elsewhere = tmp_path / "secure-share"
    elsewhere.mkdir()
    rows = "".join(f"2023-0{m}-10,eh-induction,fixture-override-{m}@example.test,Primary schools\n" for m in (4, 5, 6))
    (elsewhere / "records.csv").write_text(HEADER + rows, encoding="utf-8")
    monkeypatch.setenv("TRAINING_RECORDS_DIR", str(elsewhere))
    build_in_process(config, strict=True)
    data = json.loads((config.parent / "site" / "training" / "report.json").read_text(encoding="utf-8"))
    assert [(y["year"], y["partner_attendees"]) for y in data["years"]] == [("2023/24", None)]  # 3: hidden
    assert data["years"][0]["by_course"]["eh-induction"] is None and data["years"][0]["quarters"][0]["quarter"] == "Q1"
    monkeypatch.setenv("TRAINING_RECORDS_DIR", str(tmp_path / "missing"))
    with pytest.raises(Abort):
        build_in_process(config, strict=True)


def test_escaping_through_the_build(tmp_path):
    config = make_site(tmp_path, {"good.csv": HEADER + '2024-01-10,eh-workshop,fixture-x@example.test,'
                                                         '"<script>alert(1)</script>"\n'})
    config.write_text(CONFIG.replace("suppression_threshold: 5", "suppression_threshold: 1"), encoding="utf-8")
    with (tmp_path / "training" / "agencies.yml").open("a", encoding="utf-8") as handle:
        handle.write('\n  - name: "<script>alert(1)</script>"\n    sector: other\n    partner: true\n')
    build_in_process(config, strict=True)
    page = (tmp_path / "site" / "training" / "report" / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page


def test_command_line_strict_build_exits_non_zero(tmp_path):
    config = make_site(tmp_path, {"bad.csv": HEADER + BAD_ROWS[4][1]})
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "true"}
    env.pop("TRAINING_RECORDS_DIR", None)
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config)],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode != 0
    assert "training/records/bad.csv:2: Row left out: an agency not in training/agencies.yml" in proc.stderr
    assert "Mersyside" not in proc.stderr
    assert "Did you mean 'Merseyside Police'?" in proc.stderr


# ---------- A whole site: nothing personal reaches site/ ----------

# The fixture registry's names as a new partnership's starter registries spell them.
AS_STARTER = {"eh-workshop": "early-help-workshop", "Merseyside Police": "Example police force"}


def _as_starter(rows: str) -> str:
    for ours, theirs in AS_STARTER.items():
        rows = rows.replace(ours, theirs)
    return rows


@pytest.fixture(scope="module")
def real_site(tmp_path_factory):
    """A new partnership's whole site, built with its synthetic sample and every test dataset as records."""
    from unit.test_training_report import A_CSV, B_CSV  # noqa: PLC0415 - the known-answer data

    project = sitefactory.new_partnership(tmp_path_factory.mktemp("whole") / "site", sample="first_year: 2018\npartners_per_year: [240, 260, 280, 300, 310, 320, 330]\n")
    records_dir = project / "training" / "records"
    known = A_CSV.replace("School A", "Example primary school").replace("Clinic", "Example health visiting service") \
        .replace(",Police,", ",Example police force,").replace(",c1,", ",induction,").replace(",c2,", ",early-help-workshop,") \
        .replace("Early Help Service", "The council's Early Help service")
    (records_dir / "known.csv").write_text(known, encoding="utf-8")
    extra = HEADER + _as_starter(GOOD + "".join(row for _, row, _ in BAD_ROWS if row))
    (records_dir / "mixed.csv").write_text(extra, encoding="utf-8")
    site = tmp_path_factory.mktemp("real") / "site"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "true"}
    proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(project / "mkdocs.yml"), "-d", str(site)],
                          cwd=site.parent, env=env, capture_output=True, text=True)  # any folder: paths are the config's
    assert proc.returncode == 0, proc.stderr[-3000:]
    identifiers = set()
    for path in records_dir.glob("*.csv"):
        with path.open(encoding="utf-8") as handle:
            identifiers.update(row["attendee"].strip() for row in csv.DictReader(handle) if row.get("attendee"))
    from unit.test_training_report import IDENTIFIERS  # noqa: PLC0415
    identifiers.update(IDENTIFIERS)
    identifiers.discard("")
    return site, identifiers, proc.stderr


def test_real_site_has_the_report(real_site):
    site, _, _ = real_site
    data = json.loads((site / "training" / "report.json").read_text(encoding="utf-8"))
    assert [y["year"] for y in data["years"]][:1] == ["2018/19"]
    assert data["data_quality"]["rejected"] == len([r for _, r, _ in BAD_ROWS if r])
    page = (site / "training" / "report" / "index.html").read_text(encoding="utf-8")
    assert "Partners attending Early Help training" in page
    assert re.search(r'role="?img', page) and "<desc" in page


def test_no_attendee_identifier_anywhere_in_the_built_site(real_site):
    site, identifiers, log = real_site
    assert len(identifiers) > 1500  # the whole sample and every test identifier
    token = re.compile(r"[A-Za-z0-9._%+@-]+")
    found = set()
    for path in site.rglob("*"):
        if path.is_file():
            text = path.read_bytes().decode("utf-8", errors="replace").lower()
            assert "synthetic-" not in text and "fixture-" not in text and "@t.test" not in text, path
            found.update(token.findall(text))
    assert not {i.lower() for i in identifiers} & found
    assert not any(i.lower() in log.lower() for i in identifiers if "@" in i), "the build log named an attendee"


def test_a_new_site_with_no_records_yet_builds_strictly_and_says_so(tmp_path, caplog):
    """A partnership starting out has a records folder with no records, or a register with only its header."""
    for files in ({}, {"register.csv": HEADER}):
        site = tmp_path / str(len(files))
        config = make_site(site, files)
        if not files:
            (site / "training" / "records" / "good.csv").unlink()
        with caplog.at_level(logging.INFO):
            build_in_process(config, strict=True)
        page = (site / "site" / "training" / "report" / "index.html").read_text(encoding="utf-8")
        assert "No completed quarter has any training records yet" in page
        assert any(r.getMessage().startswith("Notice: training/records") for r in caplog.records)

