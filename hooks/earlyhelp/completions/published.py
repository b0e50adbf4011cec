"""What the build publishes from the training records, as one step: the report page's head and
body, the JSON data, and the findings about the records.

``make`` returns complete texts or raises: a failure never yields an empty or
partial page or report.json, so the adapter has nothing half-made to publish.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

FIELDS = ("head", "body", "data", "findings")


class ReportFailed(Exception):
    """The report could not be made whole; nothing of it may be published."""


def make(base: Path, training_dir: Path, folder: Path, threshold, baseline, strategy: str) -> dict:
    from . import render, report

    result, findings = report.build(folder, training_dir, threshold, base=base, baseline=baseline)
    made = {"head": render.head(result), "body": render.body(result, strategy), "data": render.json_text(result)}
    if not all(made.values()) or json.loads(made["data"]) != result:
        raise ReportFailed("The training report was not made in full, so none of it is published.")
    return {**made, "findings": [asdict(f) for f in findings]}


def job(base: Path, training_dir: Path, folder: Path, threshold, baseline, strategy: str) -> dict:
    """make()'s arguments as JSON values, for the second process (kept until the adapter stops using it)."""
    return {"base": str(base), "training_dir": str(training_dir), "folder": str(folder), "threshold": threshold,
            "baseline": baseline, "strategy": strategy}


def run_job(given: dict) -> dict:
    return make(Path(given["base"]), Path(given["training_dir"]), Path(given["folder"]), given["threshold"],
                given["baseline"], given["strategy"])
