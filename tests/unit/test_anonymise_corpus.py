"""Measure the anonymisation gate on a corpus of case-study paragraphs.

Recall: the share of planted pieces of personal data found with the right kind.
False-positive rate: the share of clean paragraphs with at least one finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from earlyhelp import health
from gatescore import measure

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "pii_corpus.yml"

# Missing personal data is a data-protection incident; a false positive costs a writer one
# reviewed allow-list line. So recall must be high, and false positives rare enough that
# writers never learn to allow-list by habit: at most 1 clean paragraph in 20.
MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.05


@pytest.fixture(scope="module")
def result():
    return measure(CORPUS)


def test_corpus_is_big_enough_and_balanced(result):
    assert result["paragraphs"] >= 40
    assert result["clean"] >= 20 and result["paragraphs"] - result["clean"] >= 20


def test_corpus_plants_every_kind_of_personal_data():
    paragraphs = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["paragraphs"]
    kinds = {kind for p in paragraphs for _, kind in p.get("planted") or []}
    assert kinds == health.PRIVATE_KINDS


def test_recall_is_at_least_95_percent(result):
    print(f"recall {result['recall']:.3f} over {result['planted']} planted items")
    assert result["recall"] >= MIN_RECALL, f"missed: {result['misses']}"


def test_false_positive_rate_is_within_bound(result):
    print(f"false-positive rate {result['fp_rate']:.3f} over {result['clean']} clean paragraphs")
    assert result["fp_rate"] <= MAX_FALSE_POSITIVE_RATE, f"flagged: {result['false_positives']}"



# Blind batches written for other partnerships (a London borough, a city, a rural county, a
# metropolitan district), each scored for its own partnership.yml: the gate must hold where its
# rules were not written. A writer is stopped by any finding, so any finding counts here; these
# floors sit a little under what the gate scores now (MAINTAINING.md has the figures).
AREAS = sorted((ROOT / "tests" / "data" / "gate" / "areas").glob("*/batch.yml"))
MIN_AREA_RECALL, MIN_ALL_AREAS_RECALL, MAX_AREA_FALSE_POSITIVE_RATE = 0.85, 0.90, 0.10


@pytest.fixture(scope="module")
def areas():
    return {path.parent.name: measure(path, kind_matched=False) for path in AREAS}


def test_each_other_partnership_keeps_its_floor(areas):
    assert len(areas) >= 4
    for area, r in areas.items():
        assert r["recall"] >= MIN_AREA_RECALL, f"{area}: {r['recall']:.3f}, missed {r['misses']}"
        assert r["fp_rate"] <= MAX_AREA_FALSE_POSITIVE_RATE, f"{area}: flagged {r['false_positives']}"


def test_the_other_partnerships_together_keep_theirs(areas):
    found, planted = sum(r["found"] for r in areas.values()), sum(r["planted"] for r in areas.values())
    assert found / planted >= MIN_ALL_AREAS_RECALL, f"{found} of {planted}"
