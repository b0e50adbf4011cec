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

