"""What the build publishes from the training records, as one step: the report page's head and body,
the JSON data, and the findings about the records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..findings import Finding


@dataclass(frozen=True)
class Published:
    head: str  # front matter and opening words, for a site whose docs/ has no report page
    body: str  # the figures, put at the report page's marker
    data: str  # report.json
    findings: list[Finding]


def make(base: Path, training_dir: Path, folder: Path, threshold, baseline, strategy: str) -> Published:
    from . import render, report

    result, findings = report.build(folder, training_dir, threshold, base=base, baseline=baseline)
    return Published(render.head(result), render.body(result, strategy), render.json_text(result), findings)
