"""Reading-ease scores kept between builds (a JSON file outside docs/, ignored by git).

A missing or damaged file is simply an empty cache; writes go to a temporary
file that is then renamed, so an interrupted build never leaves half a file."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path


class Scores:
    """Last build's scores to read from; only the scores this build used are saved, so the file stays small."""

    def __init__(self, previous: dict[str, float]):
        self.previous = previous
        self.used: dict[str, float] = {}

    def __contains__(self, key: str) -> bool:
        return key in self.used or key in self.previous

    def __getitem__(self, key: str) -> float:
        value = self.used[key] if key in self.used else self.previous[key]
        self.used[key] = value
        return value

    def __setitem__(self, key: str, value: float) -> None:
        self.used[key] = value


def load(path: Path) -> Scores:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    if not isinstance(data, dict):
        data = {}
    return Scores({k: float(v) for k, v in data.items() if isinstance(v, (int, float))})


def save(path: Path, scores: Scores) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".reading-ease-", suffix=".json")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(scores.used, handle, sort_keys=True)
        os.replace(tmp, path)
    except OSError:
        pass  # a read-only checkout still builds; it just scores every page again
