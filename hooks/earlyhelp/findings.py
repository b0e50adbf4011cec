"""Errors as values: every check returns findings, the adapters report them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Literal

Severity = Literal["error", "notice"]
LABEL = {"error": "Error", "notice": "Notice"}


@dataclass(frozen=True)
class Finding:
    """One problem a person can act on: where it is, what it is, how to fix it.

    ``line`` is None when the problem belongs to the whole file. ``kind`` names the problem
    (e.g. "personal name", "missing field") and ``text`` is the exact text found, for tests and
    reports; neither is shown to the writer."""

    file: str
    line: int | None
    message: str
    fix: str = ""
    severity: Severity = "error"
    kind: str = "problem"
    text: str = ""

    def format(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        text = f"{LABEL.get(self.severity, 'Error')}: {where}: {self.message}"
        if self.fix:
            text += f" How to fix: {self.fix}"
        return text

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.message, self.fix, self.severity, self.kind, self.text)


def errors(findings: Iterable[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity == "error"]


def ordered(findings: Iterable[Finding]) -> list[Finding]:
    """Each finding once, by file and line: the order a writer reads them in."""
    return sorted(set(findings), key=Finding.sort_key)


def plural(count: int, one: str, many: str | None = None) -> str:
    """'1 page', '3 pages': messages say the number in words a writer expects."""
    return f"{count:,} {one if count == 1 else (many or one + 's')}"


def not_built(count: int) -> str:
    """The one line a failed build ends on: "3 errors: the site was not built. Fix them and run make build again." """
    return f"{plural(count, 'error')}: the site was not built. {'Fix it' if count == 1 else 'Fix them'} and run make build again."


def line_of(text: str, offset: int) -> int:
    """1-based line number of a character offset in text."""
    return text.count("\n", 0, offset) + 1


def display_path(path: Path, base: Path | None) -> str:
    """Paths in messages: relative to the project when inside it, else as given."""
    try:
        return path.resolve().relative_to(base.resolve()).as_posix() if base else str(path)
    except ValueError:
        return str(path)
