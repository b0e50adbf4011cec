"""Shared fixtures: one strict build of the real site per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]


@dataclass
class Build:
    returncode: int
    output: str
    site: Path


def run_build(config: Path, site_dir: Path, env: dict | None = None, strict: bool = True) -> Build:
    """Build a site exactly as `make build` does, capturing the log."""
    command = MKDOCS + ["build", "--config-file", str(config), "--site-dir", str(site_dir)]
    if strict:
        command.append("--strict")
    full_env = {**os.environ, "NO_MKDOCS_2_WARNING": "true", **(env or {})}
    proc = subprocess.run(command, cwd=config.parent, env=full_env, capture_output=True, text=True)
    return Build(proc.returncode, proc.stdout + proc.stderr, site_dir)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The real site, built once with --strict into a temporary folder."""
    build = run_build(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")
    assert build.returncode == 0, f"The strict build failed:\n{build.output}"
    return build
