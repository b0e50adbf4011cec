"""The one way tests make a fixture site: a folder with its own mkdocs.yml, pages, registries and
records, built by the real MkDocs (in this process, or as a command like `make build`)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
# The generator's own fixture registries (courses.yml, agencies.yml), never a partnership's live ones.
FIXTURE_TRAINING = ROOT / "tests" / "data" / "training"
# The pages the generator fixture site adds to what `new-partnership` gives (see its README.md).
GENERATOR_EXTRA = ROOT / "tests" / "data" / "generator_site"
SECOND_MODULE = "training/induction/module-2.md"
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


def new_partnership(folder: Path, name: str = "Testshire", sample: str | None = None) -> Path:
    """A new partnership's site in ``folder``, made by the generator's own command (never St Helens'
    content); with ``sample`` (training/sample.yml's text), its synthetic records too."""
    run = lambda *args: subprocess.run([sys.executable, "-m", "earlyhelp", *args], cwd=ROOT, check=True,
                                       capture_output=True, text=True, timeout=300)
    run("new-partnership", str(folder), "--name", name)
    if sample is not None:
        (folder / "training" / "sample.yml").write_text(sample, encoding="utf-8")
        run("sample-data", "--root", str(folder))
    return folder


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


def make_generator_site(folder: Path) -> Path:
    """The generator fixture site: the starter, with a second induction module (five quizzes) and an
    evaluation in its course, and the site's own synthetic records for the report."""
    new_partnership(folder)
    shutil.copytree(GENERATOR_EXTRA / "docs", folder / "docs", dirs_exist_ok=True)
    registry = folder / "training" / "courses.yml"
    data = yaml.safe_load(registry.read_text("utf-8"))
    induction = next(c for c in data["courses"] if c["id"] == "induction")
    induction["modules"].append(SECOND_MODULE)
    induction["evaluation"] = True
    registry.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
    proc = subprocess.run([sys.executable, "-m", "earlyhelp", "sample-data"], cwd=folder, capture_output=True,
                          text=True, timeout=300)
    assert proc.returncode == 0, f"sample-data failed in the generator fixture site:\n{proc.stdout}{proc.stderr}"
    return folder
