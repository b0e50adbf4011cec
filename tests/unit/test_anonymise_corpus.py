"""Measure the anonymisation gate on a corpus of case-study paragraphs.

Recall: the share of planted pieces of personal data found with the right kind.
False-positive rate: the share of clean paragraphs with at least one finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from earlyhelp import anonymise, checks, health, sources

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "pii_corpus.yml"

# Missing personal data is a data-protection incident; a false positive costs a writer one
# reviewed allow-list line. So recall must be high, and false positives rare enough that
# writers never learn to allow-list by habit: at most 1 clean paragraph in 20.
MIN_RECALL = 0.95
MAX_FALSE_POSITIVE_RATE = 0.05


# The gate's fixture partnership and the starter's glossary: never St Helens' live configuration.
GATE_SITE = ROOT / "tests" / "data" / "gate" / "partnership.yml"
STARTER = ROOT / "hooks" / "earlyhelp" / "starter"


def site_settings() -> checks.Settings:
    extra = yaml.safe_load(GATE_SITE.read_text(encoding="utf-8"))["extra"]
    return checks.Settings.from_extra(extra)


def site_policy() -> anonymise.Policy:
    return checks.policy_for(site_settings(), sources.glossary(STARTER)[0])


def measure() -> dict:
    paragraphs = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))["paragraphs"]
    policy = site_policy()
    found = missed = flagged_clean = clean = 0
    misses, false_positives = [], []
    for paragraph in paragraphs:
        text, planted = paragraph["text"], paragraph.get("planted") or []
        hits = anonymise.find_hits(text, policy)
        if not planted:
            clean += 1
            if hits:
                flagged_clean += 1
                false_positives.append([text[h.start:h.end] for h in hits])
            continue
        for item, kind in planted:
            start = text.find(item)
            assert start >= 0, f"planted text {item!r} is not in its paragraph"
            end = start + len(item)
            if any(h.kind == kind and h.start < end and h.end > start for h in hits):
                found += 1
            else:
                missed += 1
                misses.append((item, kind))
    return {"recall": found / (found + missed), "planted": found + missed, "paragraphs": len(paragraphs),
            "clean": clean, "fp_rate": flagged_clean / clean, "misses": misses, "false_positives": false_positives}


@pytest.fixture(scope="module")
def result():
    return measure()


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

