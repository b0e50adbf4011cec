"""The real mkdocs.yml as plain data, for tests that look at its settings."""

from __future__ import annotations

from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent


def mkdocs_config() -> dict:
    """MkDocs' own tags (!ENV, !relative) are read as None: the tests look at other keys."""
    class Loader(yaml.SafeLoader):
        pass
    Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)
