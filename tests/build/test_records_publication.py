"""Issue 18 through a real build: what an unfinished import leaves behind stops a strict build, and
records reached through docs/ stop every build."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort

sys.path.insert(0, str(Path(__file__).resolve().parent))
from test_training_build import GOOD, HEADER, build_in_process, make_site  # noqa: E402


def test_a_leftover_import_file_stops_a_strict_build_and_is_never_published(tmp_path, caplog):
    config = make_site(tmp_path, {"good.csv": HEADER + GOOD,
                                  ".import-imported-2023-24.csv.x1y2.tmp": HEADER + GOOD.replace("good", "left")})
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_in_process(config, strict=True)
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("Error: training/records/.import-imported-2023-24.csv.x1y2.tmp: This temporary file was "
                            "left by an import that did not finish") for m in messages), messages
    assert not any("fixture-" in m for m in messages)



@pytest.mark.parametrize("plant", ["link", "copy"])
def test_a_link_to_the_records_or_a_copy_of_them_in_docs_stops_every_build(tmp_path, plant, caplog):
    """MkDocs copies every file of docs/ into the site and follows links as it copies: a link to the
    records folder, or a backup of a records file among the pages, would publish every email."""
    config = make_site(tmp_path)
    guard = Path(__file__).resolve().parents[2] / "hooks" / "earlyhelp" / "adapters" / "records_guard.py"
    config.write_text(config.read_text("utf-8").replace("hooks:\n", f"hooks:\n  - {guard}\n"), "utf-8")
    if plant == "link":
        (tmp_path / "docs" / "data").symlink_to(tmp_path / "training" / "records", target_is_directory=True)
    else:
        (tmp_path / "docs" / "training" / "attendance.csv.bak").write_text(HEADER + GOOD, "utf-8")
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_in_process(config, strict=False)
    shown = "docs/data" if plant == "link" else "docs/training/attendance.csv.bak"
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith(f"Error: {shown}: This ") for m in messages), messages
    assert not any("fixture-good" in m for m in messages)
    assert not list((tmp_path / "site").rglob("*.csv*")) and not (tmp_path / "site" / "data").exists()


def test_a_copy_named_after_an_attendee_is_not_named_in_the_message(tmp_path, caplog):
    """The message names the folder, not a file name that is an attendee's username (build logs can be
    public)."""
    config = make_site(tmp_path, {"good.csv": HEADER + GOOD.replace("fixture-good@example.test", "kwabena.osei")})
    guard = Path(__file__).resolve().parents[2] / "hooks" / "earlyhelp" / "adapters" / "records_guard.py"
    config.write_text(config.read_text("utf-8").replace("hooks:\n", f"hooks:\n  - {guard}\n"), "utf-8")
    (tmp_path / "docs" / "training" / "kwabena.osei register.txt").write_text(HEADER + GOOD, "utf-8")
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_in_process(config, strict=False)
    messages = [r.getMessage() for r in caplog.records]
    assert any(m.startswith("Error: docs/training/(a name like an attendee's): This ") for m in messages), messages
    assert not any("kwabena" in m for m in messages)
