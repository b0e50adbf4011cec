"""A strict build with personal data in a case study stops before any page is written, whatever
the log level (MkDocs 1.6 ignores --strict under --quiet: mkdocs/mkdocs#4126), and under
ProperDocs, the maintained drop-in continuation of MkDocs 1.6, as well."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess

import pytest

import sitefactory
from sitefactory import ROOT, build_command

STARTER = ROOT / "hooks" / "earlyhelp" / "starter"  # the generator's own settings, never St Helens'
CONFIG = f"""\
INHERIT: {STARTER / 'mkdocs.yml'}
site_name: Strict gate fixture
# The parts these checks need, as MkDocs hooks, in place of the whole generator plugin.
plugins:
  - search
hooks:
  - {ROOT / 'hooks/earlyhelp/adapters/strict_gate.py'}
  - {ROOT / 'hooks/earlyhelp/adapters/partnership.py'}
  - {ROOT / 'hooks/earlyhelp/adapters/glossary.py'}
  - {ROOT / 'hooks/earlyhelp/adapters/content_checks.py'}
nav:
  - Home: index.md
  - Case: case-studies/a-case.md
  - Content health: about/content-health.md
  - What's changed: about/whats-changed.md
"""
FRONT = ("---\ntitle: {title}\ndescription: A page for the tests.\ntype: {type}\nowner: Early Help Partnership Team\n"
         f"last_reviewed: {dt.date.today().isoformat()}\n{{extra}}---\n\n")
CASE = FRONT.format(title="A case", type="case-study", extra="anonymised: true\nprovided_by: Health visiting\n"
                    "levels: [2]\nagencies: [health visiting]\nthemes: [housing]\n")
PAGES = {
    "docs/index.md": FRONT.format(title="Home", type="index", extra="") + "# Home\n\nThe home page.\n",
    "docs/case-studies/a-case.md": CASE + "# A case\n\nThe health visitor met the mother at home. Her son "
                                          "Jayden Okonkwo had missed three appointments.\n",
    **{f"docs/{k}": v for k, v in sitefactory.FILLED.items() if k.startswith("about/")},
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    return sitefactory.make_site(tmp_path_factory.mktemp("gate"), CONFIG, PAGES, links=("includes", "training"),
                                 source=STARTER)


@pytest.mark.parametrize("tool, flags", [("mkdocs", ()), ("mkdocs", ("-q",)), ("mkdocs", ("-v",)),
                                         ("properdocs", ()), ("properdocs", ("-q",))])
def test_a_name_in_a_case_study_stops_a_strict_build_before_any_page_is_written(site, tmp_path, tool, flags):
    result = build_command(site, "--strict", *flags, site_dir=tmp_path / "out", tool=tool)
    assert result.returncode != 0, result.output
    assert "Error: docs/case-studies/a-case.md:16: Possible personal name in a case study: 'Jayden Okonkwo'." \
        in result.output, result.output
    assert "1 error: the site was not built. Fix it and run make build again." in result.output
    assert not any(p.is_file() for p in (tmp_path / "out").rglob("*")), "a page was written"


def test_without_the_name_the_same_site_builds_under_properdocs(site, tmp_path):
    clean = tmp_path / "clean"
    pages = {**PAGES, "docs/case-studies/a-case.md": CASE + "# A case\n\nThe health visitor met the mother at home.\n"}
    config = sitefactory.make_site(clean, CONFIG, pages, links=("includes", "training"), source=STARTER)
    result = build_command(config, "--strict", site_dir=clean / "site", tool="properdocs")
    assert result.returncode == 0, result.output
    assert (clean / "site" / "case-studies" / "a-case" / "index.html").is_file()


@pytest.mark.parametrize("makefile, deps", [(ROOT / "Makefile", ".venv/.build-deps"),
                                            (STARTER / "Makefile", ".venv/.deps")])
def test_make_build_ends_on_the_summary_line_without_makes_own_error(site, makefile, deps):
    """A writer sees "1 error: the site was not built..." last, not make's "*** [...] Error 1"; the exit
    status still says the build failed, so scripts and CI stop."""
    folder = site.parent
    shutil.copy(makefile, folder / "Makefile")
    if not (folder / ".venv").exists():
        (folder / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    result = subprocess.run(["make", "--no-print-directory", "-o", deps, "build"], cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
    output = result.stdout
    assert result.returncode != 0, output
    assert output.rstrip().splitlines()[-1].endswith("1 error: the site was not built. Fix it and run make build again.")
    assert "make: ***" not in output and "Error 1" not in output, output
    script = subprocess.run(["bash", "-c", f"make --no-print-directory -o {deps} build >/dev/null 2>&1; echo next $?"],
                            cwd=folder, capture_output=True, text=True, timeout=600)
    assert script.stdout.split()[0] == "next" and script.stdout.split()[1] != "0"  # a script goes on, and sees it


def test_make_build_names_a_slip_in_mkdocs_yml_by_its_line(tmp_path):
    """MkDocs reads mkdocs.yml before any hook runs: make build checks it first, so the writer gets
    the line and a fix, not the YAML parser's message."""
    config = CONFIG.replace("  - Case: case-studies/a-case.md", "   - Case: case-studies/a-case.md")
    site = sitefactory.make_site(tmp_path / "slip", config, PAGES, links=("includes", "training"), source=STARTER)
    shutil.copy(STARTER / "Makefile", site.parent / "Makefile")
    (site.parent / ".venv").symlink_to(ROOT / ".venv", target_is_directory=True)
    result = subprocess.run(["make", "--no-print-directory", "-o", ".venv/.deps", "build"], cwd=site.parent,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=600)
    line = config.splitlines().index("   - Case: case-studies/a-case.md") + 1
    assert result.returncode != 0
    assert f"Error: mkdocs.yml:{line}: This settings file cannot be read: " in result.stdout
    assert "MkDocs encountered an error" not in result.stdout and "Traceback" not in result.stdout, result.stdout
    assert result.stdout.rstrip().splitlines()[-1] == "1 error: the site was not built. Fix it and run make build again."


LINKS = {**PAGES, "docs/case-studies/a-case.md": CASE + "# A case\n\nThe health visitor met the mother at home.\n",
         "docs/index.md": FRONT.format(title="Home", type="index", extra="") + "# Home\n\nThe home page.\n\n"
                          "Read [the case](case-studies/a-cse.md) first.\n"}


@pytest.mark.parametrize("tool, flags", [("mkdocs", ()), ("mkdocs", ("-q",)), ("properdocs", ("-q",))])
def test_a_link_to_no_page_names_its_line_and_stops_a_strict_build(tmp_path, tool, flags):
    """MkDocs says which page and link but not the line or what to do, and under -q does not stop."""
    config = CONFIG.replace("hooks:\n", f"hooks:\n  - {ROOT / 'hooks/earlyhelp/adapters/link_messages.py'}\n")
    site = sitefactory.make_site(tmp_path / "site", config, LINKS, links=("includes", "training"), source=STARTER)
    result = build_command(site, "--strict", *flags, site_dir=tmp_path / "out", tool=tool)
    assert result.returncode != 0, result.output
    assert ("Error: docs/index.md:13: The link to 'case-studies/a-cse.md' leads to no page. How to fix: Check the "
            "file name and folders in the link. Did you mean 'case-studies/a-case.md'?") in result.output, result.output
    assert "contains a link" not in result.output
    assert not any(p.is_file() for p in (tmp_path / "out").rglob("*")), "a page was written"


def test_a_link_to_no_heading_names_its_line_and_says_how_anchors_are_made(tmp_path):
    config = CONFIG.replace("hooks:\n", f"hooks:\n  - {ROOT / 'hooks/earlyhelp/adapters/link_messages.py'}\n")
    pages = {**LINKS, "docs/index.md": LINKS["docs/index.md"].replace("case-studies/a-cse.md",
                                                                      "case-studies/a-case.md#who-helped")}
    site = sitefactory.make_site(tmp_path / "site", config, pages, links=("includes", "training"), source=STARTER)
    result = build_command(site, "--strict", site_dir=tmp_path / "out")
    assert result.returncode != 0, result.output
    assert "docs/index.md:13: The link 'case-studies/a-case.md#who-helped' is wrong:" in result.output, result.output
    assert "'## Who can help?' is '#who-can-help'" in result.output
