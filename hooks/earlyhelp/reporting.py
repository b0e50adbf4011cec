"""How findings reach the person running the build.

Policy (also in CONTRIBUTING.md): an error is logged as a warning on a
``mkdocs.plugins.*`` logger, so ``mkdocs build --strict`` (``make build``,
``make test``, CI) fails, while ``mkdocs serve`` keeps running and shows every
message. A notice (for example a page due for review) is logged at info level
and never fails a build.
"""

from __future__ import annotations

import logging
from typing import Iterable

from .findings import Finding

log = logging.getLogger("mkdocs.plugins.earlyhelp")


def report(findings: Iterable[Finding]) -> int:
    """Log every finding in a stable order; return how many were errors."""
    count = 0
    for finding in sorted(set(findings)):
        if finding.severity == "error":
            count += 1
            log.warning(finding.format())
        else:
            log.info(finding.format())
    return count
