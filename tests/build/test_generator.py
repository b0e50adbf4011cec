"""The generator for any partnership: `make new-partnership` makes a site that builds strictly and
passes its own tests straight away, with nothing of St Helens in it; the Knowsley example, made the
same way and filled in from the Knowsley seed, does too. Each is built by the real MkDocs with the
generator installed, as an adopter's site is."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from sitefactory import ROOT, build_command

ST_HELENS = re.compile(r"St\.? Helens|STEP UP|Contact Cares|01744|Thatto Heath|Merseyside Police")


def _new_site(folder: Path, name: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "earlyhelp", "new-partnership", "--from-make"], cwd=ROOT,
                          env={**os.environ, "DIR": str(folder), "NAME": name}, capture_output=True, text=True)


def _texts(folder: Path) -> str:
    return "\n".join(p.read_text("utf-8", "ignore") for p in folder.rglob("*") if p.is_file()
                     and p.suffix in (".html", ".json", ".xml", ".md", ".yml", ".txt", ".js"))


@pytest.fixture(scope="module")
def new_site(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("new") / "west-sussex-early-help"
    made = _new_site(folder, "West Sussex: Coastal")  # a colon and a space: still one setting
    assert made.returncode == 0, made.stdout + made.stderr
    return folder


def test_a_new_site_builds_strictly_with_a_notice_for_each_starter_page(new_site):
    built = build_command(new_site / "mkdocs.yml", "--strict")
    assert built.returncode == 0, built.output
    assert "Notice: docs/index.md:" in built.output and "starter's general words" in built.output
    assert "West Sussex: Coastal" in (built.site / "index.html").read_text("utf-8")
    assert not ST_HELENS.search(_texts(built.site)), "St Helens content reached a new site"


def test_a_new_site_passes_its_own_tests(new_site):
    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=new_site,
                           capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "true"})
    assert tests.returncode == 0, tests.stdout + tests.stderr


def test_a_new_site_holds_only_its_own_files_and_pins_the_generator(new_site):
    assert not (new_site / "hooks").exists() and not (new_site / "overrides").exists()
    assert re.search(r"^earlyhelp-site-generator @ .+@v\d+\.\d+\.\d+$", (new_site / "requirements.txt")
                     .read_text("utf-8"), re.M)
    assert not ST_HELENS.search(_texts(new_site))


def test_a_folder_with_files_in_it_is_never_overwritten(tmp_path):
    (tmp_path / "mine.md").write_text("mine", "utf-8")
    made = _new_site(tmp_path, "Southwark")
    assert made.returncode == 2 and "already has files in it" in made.stdout
    assert [p.name for p in tmp_path.iterdir()] == ["mine.md"]


def test_the_knowsley_example_builds_strictly_passes_its_tests_and_names_nothing_of_st_helens(tmp_path):
    example = ROOT / "examples" / "knowsley"
    # Built from a copy outside this repository, as Knowsley's own repository would hold it: in place,
    # its What's changed feed would publish this repository's commit subjects, which name St Helens.
    own = tmp_path / "knowsley"
    shutil.copytree(example, own, ignore=shutil.ignore_patterns("site", ".pytest_cache", "__pycache__"))
    built = build_command(own / "mkdocs.yml", "--strict", site_dir=tmp_path / "site")
    assert built.returncode == 0, built.output
    home = (built.site / "index.html").read_text("utf-8")
    assert "Knowsley" in home and "Early Help Strategy 2017-2020" in _texts(built.site)
    assert not ST_HELENS.search(_texts(built.site)) and not ST_HELENS.search(_texts(example / "docs"))
    tests = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=example,
                           capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "true"})
    assert tests.returncode == 0, tests.stdout + tests.stderr


def test_a_partnerships_colours_reach_every_page_and_a_pale_one_stops_a_strict_build(tmp_path):
    folder = tmp_path / "site-src"
    assert _new_site(folder, "Southwark").returncode == 0
    settings = folder / "partnership.yml"
    text = settings.read_text("utf-8").replace("  partnership:\n", "  partnership:\n    colours:\n"
                                                                      "      primary: \"#2a5b1f\"\n", 1)
    settings.write_text(text, "utf-8")
    built = build_command(folder / "mkdocs.yml", "--strict")
    assert built.returncode == 0, built.output
    assert "--md-primary-fg-color:#2a5b1f" in (built.site / "levels-of-need" / "level-2" / "index.html").read_text("utf-8")
    settings.write_text(text.replace("#2a5b1f", "#9ccc8f"), "utf-8")
    pale = build_command(folder / "mkdocs.yml", "--strict", site_dir=tmp_path / "pale")
    assert pale.returncode != 0 and "The colour 'primary' (#9ccc8f) has a contrast of" in pale.output


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The generator as an adopter's pin installs it: a wheel made from a copy of the source,
    installed into a folder of its own (put first on PYTHONPATH)."""
    tmp_path = tmp_path_factory.mktemp("package")
    source = tmp_path / "source"
    shutil.copytree(ROOT / "hooks" / "earlyhelp", source / "hooks" / "earlyhelp",
                    ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "--no-build-isolation", str(source), "-w", str(tmp_path / "wheel")],
                   check=True, capture_output=True, timeout=300)
    wheel = next((tmp_path / "wheel").glob("*.whl"))
    subprocess.run([*pip, "install", "--no-deps", "--target", str(tmp_path / "installed"), str(wheel)], check=True,
                   capture_output=True, timeout=300)
    return tmp_path / "installed"


def test_a_new_site_builds_from_the_generator_as_its_pin_installs_it(new_site, installed, tmp_path):
    """Every file the generator keeps (theme, starter, data) must be in the package, or an adopter's
    first build fails."""
    env = {"PYTHONPATH": str(installed)}
    where = subprocess.run([sys.executable, "-c", "import earlyhelp; print(earlyhelp.__file__)"], cwd=new_site,
                           env={**os.environ, **env}, capture_output=True, text=True, check=True)
    assert where.stdout.startswith(str(installed))
    built = build_command(new_site / "mkdocs.yml", "--strict", site_dir=tmp_path / "site", env=env)
    assert built.returncode == 0, built.output
    assert (built.site / "sw.js").is_file() and (built.site / "assets" / "javascripts" / "offline.js").is_file()


def test_records_kept_inside_the_generators_theme_folder_stop_the_build(new_site, installed, tmp_path):
    """MkDocs copies every file of the theme into the site: records there would be published."""
    records = installed / "earlyhelp" / "theme" / "records"
    shutil.copytree(new_site / "training" / "records", records)
    env = {"PYTHONPATH": str(installed), "TRAINING_RECORDS_DIR": str(records)}
    try:
        built = build_command(new_site / "mkdocs.yml", "--strict", site_dir=tmp_path / "site", env=env)
    finally:
        shutil.rmtree(records)
    assert built.returncode != 0 and "inside a folder of the site's theme" in built.output
    assert not (tmp_path / "site" / "records").exists()


def test_a_new_site_starts_a_case_study_from_its_template(new_site, tmp_path):
    """Writers are told to run make new-case-study; the new site's Makefile has it too, and runs the
    generator's own command, so a fix to it reaches every site with the version."""
    site = tmp_path / "site"
    shutil.copytree(new_site, site, ignore=shutil.ignore_patterns("site", ".venv"))
    # Its .venv as make serve would have made it: here, this interpreter (the pinned generator
    # version is not published where the tests run).
    (site / ".venv" / "bin").mkdir(parents=True)
    (site / ".venv" / "bin" / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n', "utf-8")
    (site / ".venv" / "bin" / "python").chmod(0o755)
    (site / ".venv" / ".deps").touch()
    made = subprocess.run(["make", "new-case-study", "NAME=young-carer-at-school"], cwd=site, capture_output=True,
                          text=True, timeout=60)
    assert made.returncode == 0, made.stdout + made.stderr
    page = (site / "docs" / "case-studies" / "young-carer-at-school.md").read_text("utf-8")
    assert page.startswith("---") and f"last_reviewed: {dt.date.today():%Y-%m-%d}" in page
    again = subprocess.run(["make", "new-case-study", "NAME=young-carer-at-school"], cwd=site, capture_output=True,
                           text=True, timeout=60)
    assert again.returncode != 0 and "already exists" in again.stdout


def test_make_check_finds_a_pale_colour_as_the_build_does(new_site, tmp_path):
    """`make check` is every check without a build: the colours too."""
    site = tmp_path / "site"
    shutil.copytree(new_site, site, ignore=shutil.ignore_patterns("site", ".venv"))
    settings = site / "partnership.yml"
    settings.write_text(settings.read_text("utf-8").replace("    # colours:", '    colours:\n      primary: "#ffcc00"\n'
                                                            "    # colours:", 1), "utf-8")
    run = subprocess.run([sys.executable, "-m", "earlyhelp", "--config", str(site / "mkdocs.yml"), "check"],
                         capture_output=True, text=True, cwd=site, timeout=300)
    assert run.returncode == 1 and "The colour 'primary' (#ffcc00) has a contrast of" in run.stdout, run.stdout


def test_the_published_address_comes_from_site_url_for_the_sitemap_and_the_404_page(new_site, tmp_path):
    """The deploy workflow sets SITE_URL; without it (make serve, make build here) nothing changes."""
    address = "https://example-partnership.github.io/early-help/"
    built = build_command(new_site / "mkdocs.yml", "--strict", site_dir=tmp_path / "site", env={"SITE_URL": address})
    assert built.returncode == 0, built.output
    assert f"<loc>{address}</loc>" in (built.site / "sitemap.xml").read_text("utf-8")
    assert "/early-help/assets/stylesheets/" in (built.site / "404.html").read_text("utf-8")
    plain = build_command(new_site / "mkdocs.yml", "--strict", site_dir=tmp_path / "plain",
                          env={"SITE_URL": ""})
    assert plain.returncode == 0 and "<loc>" not in (plain.site / "sitemap.xml").read_text("utf-8")
