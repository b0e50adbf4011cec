"""Issue 18 through a real build: what an unfinished import leaves behind stops a strict build."""

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

