"""Shared by the MkDocs adapters (not a hook itself): how findings reach the person running the
build, and the count that stops a strict build.

Each finding is one plain line starting "Error:" or "Notice:" on the earlyhelp plugin logger. Its
lines go to their own handler rather than through MkDocs' formatter, so a writer does not read
"WARNING - Error: ...". The build stops on our own count of errors (strict_gate_hook.py), never
on MkDocs counting log records, which `--strict -q` skips (mkdocs/mkdocs#4126)."""

from __future__ import annotations

import logging
import sys
from typing import Iterable

from mkdocs.plugins import get_plugin_logger

from earlyhelp.findings import Finding, ordered

log = get_plugin_logger("earlyhelp").logger  # the plugin logger itself: messages keep their own "Error:" start
if not log.handlers:
    _handler = logging.StreamHandler(sys.stderr)
    _handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(_handler)
    log.propagate = False
_seen: list[Finding] = []


def begin() -> None:
    """A new build (mkdocs serve builds again after every save)."""
    _seen.clear()


def report(findings: Iterable[Finding]) -> None:
    """Log each finding once: errors at error level (shown even with --quiet), notices at info."""
    for finding in ordered(findings):
        if finding in _seen:
            continue
        _seen.append(finding)
        log.log(logging.ERROR if finding.severity == "error" else logging.INFO, finding.format())


def errors() -> list[Finding]:
    return [f for f in _seen if f.severity == "error"]
