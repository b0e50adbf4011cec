"""What the build publishes from the training records, as one step: the report page's head and
body, the JSON data, and the findings about the records.

``make`` returns complete texts or raises: a failure never yields an empty or partial page or
report.json, so the adapter has nothing half-made to publish."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding


class ReportFailed(Exception):
    """The report could not be made whole; nothing of it may be published."""


@dataclass(frozen=True)
class Published:
    head: str  # front matter and opening words, for a site whose docs/ has no report page
    body: str  # the figures, put at the report page's marker
    data: str  # report.json
    findings: list[Finding]


def make(base: Path, training_dir: Path, folder: Path, settings: dict) -> Published:
    """``settings`` is extra.training from partnership.yml: suppression_threshold, measure, baseline."""
    from . import render, report

    result, findings = report.build(folder, training_dir, settings.get("suppression_threshold"), base=base,
                                    baseline=settings.get("baseline"), measure=settings.get("measure"))
    made = Published(render.head(result), render.body(result), render.json_text(result), findings)
    if not (made.head and made.body and made.data) or json.loads(made.data) != result:
        raise ReportFailed("The training report was not made in full, so none of it is published.")
    return made
