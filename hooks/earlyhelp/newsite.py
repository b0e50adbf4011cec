"""`make new-partnership DIR=path NAME="Area name"`: a new partnership's site, from the starter.

The site holds only its own configuration, content and registries, and pins this generator's
version in its requirements.txt: it takes later fixes by changing that one version."""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
from importlib import metadata
from pathlib import Path

STARTER = Path(__file__).resolve().parent / "starter"
# "__NAME__" in the starter's files becomes the area's name; in YAML settings the whole value is
# written as a quoted string, so a name with a colon or a quote stays one setting.
_YAML_VALUE = re.compile(r"^(\s*[\w-]+:\s)(.*__NAME__.*)$", re.M)


def version() -> str:
    try:
        return metadata.version("earlyhelp-site-generator")
    except metadata.PackageNotFoundError:  # run from a checkout that was never installed
        text = (STARTER.parent.parent.parent / "pyproject.toml").read_text(encoding="utf-8")
        return re.search(r'^version = "([^"]+)"', text, re.M).group(1)


def fill(name: str, path: str, text: str) -> str:
    if path.endswith((".yml", ".yaml")):
        text = _YAML_VALUE.sub(lambda m: m.group(1) + json.dumps(m.group(2).replace("__NAME__", name),
                                                                  ensure_ascii=False), text)
    return text.replace("__NAME__", name).replace("__VERSION__", version())


def create(target: Path, name: str) -> list[Path]:
    """Write the starter site into target (which must be empty or new); returns the files written."""
    name = " ".join(name.split())
    if not name:
        raise ValueError("Give the area's name, for example: make new-partnership DIR=../knowsley-site NAME=Knowsley")
    if target.exists() and any(target.iterdir()):
        raise ValueError(f"{target} already has files in it: choose a new folder, so nothing of yours is overwritten.")
    written = []
    for source in sorted(p for p in STARTER.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        relative = source.relative_to(STARTER).as_posix()
        out = target / relative
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(fill(name, relative, source.read_text(encoding="utf-8")), encoding="utf-8")
        shutil.copymode(source, out)
        written.append(out)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m earlyhelp new-partnership", description=__doc__.splitlines()[0])
    parser.add_argument("dir", nargs="?", help="the new site's folder")
    parser.add_argument("--name", help="the area's name, for example Knowsley")
    parser.add_argument("--from-make", action="store_true", help="read DIR and NAME from the environment")
    args = parser.parse_args(argv)
    folder, name = (os.environ.get("DIR"), os.environ.get("NAME")) if args.from_make else (args.dir, args.name)
    if not folder or not name:
        print('Usage: make new-partnership DIR=../our-early-help-site NAME="Area name"')
        return 2
    try:
        written = create(Path(folder).expanduser(), name)
    except ValueError as error:
        print(f"Error: {error}")
        return 2
    print(f"Created {len(written)} files in {folder} for {name}. Next: read its README.md, then in that folder "
          "run make serve and open http://127.0.0.1:8000. Replace each page marked as a starter draft.")
    return 0
