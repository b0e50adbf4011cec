"""Records reaching the built site by a way no check before the build looks for: the last check reads
what every plugin wrote, and a file holding an attendee's identifier stops the build, strict or not,
and is deleted from the site folder. Found by a hostile review: each of these was published."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import pytest

from conftest import run_build
from sitefactory import new_partnership


@pytest.fixture(scope="module")
def planted(tmp_path_factory):
    """A new partnership's site with its synthetic sample, and copies of its records among its pages."""
    root = new_partnership(tmp_path_factory.mktemp("leaks") / "site", sample="")
    rows = list(csv.DictReader(next((root / "training" / "records").glob("*.csv")).open(encoding="utf-8")))
    first, second, third, fourth = (rows[i]["attendee"] for i in (0, 1, 2, 3))
    docs = root / "docs"
    (docs / "register.txt").write_text(f"Training register, May\ndate;course;name\n2024-05-01;x;{first}\n", "utf-8")
    (docs / "export.json").write_text(json.dumps([{"learner": second, "when": "2024-05-01"}]), "utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("march.csv", f"who\n{third}\n")
    (docs / "backup.zip").write_bytes(buffer.getvalue())
    (docs / "about" / "pasted.md").write_text(f"# Notes\n\nThe register came back with `{fourth}` on it.\n", "utf-8")
    return root, build_of(root), (first, second, third, fourth)


def build_of(root: Path):
    return run_build(root / "mkdocs.yml", root / "out", strict=False)


def test_a_copy_in_any_form_stops_even_a_build_that_is_not_strict(planted):
    _, build, _ = planted
    assert build.returncode != 0
    for shown in ("out/register.txt", "out/export.json", "out/backup.zip", "out/about/pasted/index.html",
                  "out/search/search_index.json"):  # the pasted page's words are in the search index too
        assert f"Error: {shown}: The built site holds an attendee's identifier" in build.output, build.output[-3000:]


def test_no_identifier_is_logged_and_no_such_file_is_left_to_deploy(planted):
    root, build, identifiers = planted
    assert not any(i in build.output for i in identifiers)
    for name in ("register.txt", "export.json", "backup.zip", "about/pasted/index.html", "search/search_index.json"):
        assert not (root / "out" / name).exists()
    assert (root / "out" / "index.html").exists()  # the rest of the site is left as built


def test_the_site_without_them_builds_strictly(planted):
    root, _, _ = planted
    for name in ("register.txt", "export.json", "backup.zip", "about/pasted.md"):
        (root / "docs" / name).unlink()
    build = run_build(root / "mkdocs.yml", root / "clean", strict=True)
    assert build.returncode == 0, build.output[-3000:]
