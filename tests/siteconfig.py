"""The real mkdocs.yml as plain data, for tests that look at its settings."""

from __future__ import annotations

from pathlib import Path

from earlyhelp.sources import config_file

ROOT = Path(__file__).resolve().parent.parent


def mkdocs_config() -> dict:
    return config_file(ROOT / "mkdocs.yml")
