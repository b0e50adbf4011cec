"""Errors as values: every check returns findings, the adapters report them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal

Severity = Literal["error", "warning"]


@dataclass(frozen=True, order=True)
class Finding:
    """One problem a person can act on: where it is, what it is, how to fix it."""

    file: str
    line: int
    message: str
    fix: str = ""
    severity: Severity = "error"
    # What kind of problem (e.g. "personal name", "missing field") and the exact text found, for tests and reports.
    kind: str = ""
    text: str = ""

    def format(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{where}: {self.message}"
        if self.fix:
            text += f" How to fix: {self.fix}"
        return text


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset in text."""
    return text.count("\n", 0, offset) + 1


def display_path(path: Path, base: Path | None) -> str:
    """Paths in messages: relative to the project when inside it, else as given."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix() if base else str(path)
    except ValueError:
        return str(path)
