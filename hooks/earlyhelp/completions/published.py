"""What the build publishes from the training records, as one step: the report page's head and body,
the JSON data, and the findings about the records. The build runs it in a second process
(background.py) while MkDocs renders the pages, or not at all when no record, registry or setting
has changed since the last build."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

FIELDS = ("head", "body", "data", "findings")


def make(base: Path, training_dir: Path, folder: Path, threshold, baseline, strategy: str) -> dict:
    from . import render, report

    result, findings = report.build(folder, training_dir, threshold, base=base, baseline=baseline)
    return {"head": render.head(result), "body": render.body(result, strategy), "data": render.json_text(result),
            "findings": [asdict(f) for f in findings]}


def job(base: Path, training_dir: Path, folder: Path, threshold, baseline, strategy: str) -> dict:
    """make()'s arguments as JSON values, for the second process."""
    return {"base": str(base), "training_dir": str(training_dir), "folder": str(folder), "threshold": threshold,
            "baseline": baseline, "strategy": strategy}


def run_job(given: dict) -> dict:
    return make(Path(given["base"]), Path(given["training_dir"]), Path(given["folder"]), given["threshold"],
                given["baseline"], given["strategy"])
