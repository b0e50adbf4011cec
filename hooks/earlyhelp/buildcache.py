"""Results kept between builds: JSON files in .cache/ (outside docs/, ignored by git).

A page that has not changed since the last build is not checked or scored again.
Every key is a digest of everything the result depends on, so a stale entry is
never read: it is just never asked for. A missing or damaged file is an empty
cache; writes go to a temporary file that is then renamed, so an interrupted
build never leaves half a file."""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable


class Memo:
    """Last build's results to read from; only the results this build used are saved, so files stay small."""

    def __init__(self, previous: dict[str, Any]):
        self.previous = previous
        self.used: dict[str, Any] = {}

    def __contains__(self, key: str) -> bool:
        return key in self.used or key in self.previous

    def __getitem__(self, key: str) -> Any:
        value = self.used[key] if key in self.used else self.previous[key]
        self.used[key] = value
        return value

    def __setitem__(self, key: str, value: Any) -> None:
        self.used[key] = value


def digest(*parts: Any) -> str:
    """A key for a result computed from these JSON-serialisable inputs."""
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Digest of the checking code, its word lists and pyphen's version (its hyphenation dictionary
    counts the syllables): part of every key, so results made by older code are never read."""
    from importlib.metadata import version

    here = Path(__file__).parent
    files = sorted([*here.glob("*.py"), *(here / "data").glob("*")])
    return digest(version("pyphen"), *(f"{f.name}:{hashlib.sha256(f.read_bytes()).hexdigest()}" for f in files))


def load(path: Path, keep: Callable[[Any], bool] = lambda value: True) -> Memo:
    """The cache in path; entries that fail ``keep`` (a damaged file) are dropped."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return Memo({k: v for k, v in data.items() if keep(v)})


def save(path: Path, memo: Memo) -> None:
    if memo.used == memo.previous:
        return  # nothing changed: no write
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(memo.used, handle, sort_keys=True, ensure_ascii=False)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only checkout still builds; it just checks every page again


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
