"""Results kept between builds: JSON files in .cache/ (outside docs/, ignored by git).

A page that has not changed since the last build is not checked or scored again.
Every key is a digest of everything the result depends on, so a stale entry is
never read: it is just never asked for. A missing or damaged file is an empty
cache; writes go to a temporary file that is then renamed, so an interrupted
build never leaves half a file."""

from __future__ import annotations

import hashlib
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

from . import atomicfile


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
    """A key for a result computed from these inputs (JSON values; anything else, such as a date read
    from YAML, by its text)."""
    text = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """Digest of our code and word lists (code_files()), and the versions of pyphen (its hyphenation
    dictionary counts the syllables) and textstat (names.py reads its list of everyday words): part
    of every key, so results made by older code are never read."""
    from importlib.metadata import version

    hooks = Path(__file__).parent.parent
    return digest(version("pyphen"), version("textstat"),
                  *(f"{f.relative_to(hooks).as_posix()}:{hashlib.sha256(f.read_bytes()).hexdigest()}" for f in code_files()))


def code_files() -> list[Path]:
    """Every file a kept result can depend on: the earlyhelp package, its data, and the adapters in
    hooks/ (a step's inputs are gathered there)."""
    here = Path(__file__).parent
    return sorted([*here.rglob("*.py"), *(here / "data").glob("*"), *here.parent.glob("*.py")])


def files_digest(paths: list[Path]) -> str:
    """Digest of the names and bytes of these files, in this order; a missing file is not an empty one."""
    parts = []
    for path in paths:
        try:
            parts.append(f"{path.name}:{hashlib.sha256(path.read_bytes()).hexdigest()}")
        except OSError:
            parts.append(f"{path.name}:missing")
    return digest(*parts)


def recall(path: Path, key: str, fields: tuple[str, ...]) -> dict | None:
    """The result kept in path by the last build that had the same key, or None."""
    try:
        kept = json.loads(path.read_text(encoding="utf-8"))
        value = kept.get("value") if isinstance(kept, dict) and kept.get("key") == key else None
        if isinstance(value, dict) and all(name in value for name in fields):
            return value
    except (OSError, ValueError):
        pass
    return None


def store(path: Path, key: str, value: dict) -> None:
    _write(path, {"key": key, "value": value})


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
    _write(path, memo.used)


def _write(path: Path, data: Any) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomicfile.write_text(path, json.dumps(data, sort_keys=True, ensure_ascii=False))
    except OSError:
        pass  # a read-only checkout still builds; it just does the work again next time


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)
