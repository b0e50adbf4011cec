"""The one way tests make a fixture site: a folder with its own mkdocs.yml, pages, registries and
records, built by the real MkDocs (in this process, or as a command like `make build`)."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# The generator's own fixture registries (courses.yml, agencies.yml), never a partnership's live ones.
FIXTURE_TRAINING = ROOT / "tests" / "data" / "training"
REPORT_FRONT = "---\ntitle: {}\ndescription: Made by the build.\ntype: report\n---\n\n# {}\n\n"
# The pages the build fills in at a marker, as an adopter's site has them.
FILLED = {
    "about/content-health.md": REPORT_FRONT.format("Content health", "Content health") + "<!-- content-health -->\n",
    "about/whats-changed.md": REPORT_FRONT.format("What's changed", "What's changed") + "<!-- whats-changed -->\n",
    "training/report.md": REPORT_FRONT.format("Partners attending Early Help training",
                                              "Partners attending Early Help training") + "<!-- training-report -->\n",
}


@dataclass
class Build:
    returncode: int
    output: str
    site: Path


def make_site(root: Path, config: str, files: dict[str, str | bytes], links: tuple[str, ...] = (),
              source: Path = ROOT) -> Path:
    """Write config as root/mkdocs.yml and each file at its path below root (docs/..., training/...);
    ``links`` names folders of ``source`` (this repository, or the generator's starter site) to link in
    (includes, training)."""
    root.mkdir(parents=True, exist_ok=True)
    for name in links:
        (root / name).symlink_to(source / name, target_is_directory=True)
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (root / "mkdocs.yml").write_text(config, encoding="utf-8")
    return root / "mkdocs.yml"


def build_command(config: Path, *flags: str, site_dir: Path | None = None, env: dict | None = None,
                  tool: str = "mkdocs") -> Build:
    """`mkdocs build` (or ProperDocs' drop-in `properdocs build`) as a command, as make build runs it."""
    site_dir = site_dir or config.parent / "site"
    proc = subprocess.run([sys.executable, "-m", tool, "build", "-f", str(config), "-d", str(site_dir), *flags],
                          cwd=config.parent, capture_output=True, text=True, timeout=600,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "true", "DISABLE_MKDOCS_2_WARNING": "true",
                               **(env or {})})
    return Build(proc.returncode, proc.stdout + proc.stderr, site_dir)


def build_in_process(config: Path, strict: bool) -> Path:
    """The same build in this process: quicker, and its log records reach pytest's caplog."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    build(load_config(str(config), strict=strict, site_dir=str(config.parent / "site")))
    return config.parent / "site"


def adapters(*names: str) -> str:
    """mkdocs.yml lines that run only these of the generator's adapters, as MkDocs hooks, in place of
    the whole plugin (a fixture site tests one part at a time)."""
    lines = ["# The parts these tests need, as MkDocs hooks, in place of the whole generator plugin.",
             "plugins:", "  - search", "hooks:"]
    return "\n".join(lines + [f"  - {ROOT / 'hooks' / 'earlyhelp' / 'adapters' / name}.py" for name in names])
