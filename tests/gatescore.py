"""Score the anonymisation gate on a file of paragraphs: the corpus, or a blind batch before it joins.

    .venv/bin/python tests/gatescore.py path/to/batch.yml
    .venv/bin/python tests/gatescore.py tests/data/gate/areas/cornwall/batch.yml   # its own partnership.yml

A batch beside a partnership.yml (tests/data/gate/areas/<area>/) is scored for that partnership;
any other for the gate's fixture partnership.

The file holds `paragraphs:`, each a `text` and, unless it is clean, a `planted` list of
[exact text, kind]. Two ways to count a planted item as caught:
- kind-matched (the corpus test): a finding of the same kind overlaps it;
- any finding (the blind figure): a writer is stopped either way, so the breach is prevented.
A clean paragraph counts as flagged when it has any finding at all.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from earlyhelp import anonymise, checks, sources  # noqa: E402

# The gate's fixture partnership and the starter's glossary: never St Helens' live configuration.
GATE_SITE = ROOT / "tests" / "data" / "gate" / "partnership.yml"
STARTER = ROOT / "hooks" / "earlyhelp" / "starter"


def site_for(batch: Path) -> Path:
    """The partnership a batch was written for: its folder's partnership.yml, else the fixture's."""
    own = batch.parent / "partnership.yml"
    return own if own.is_file() and own != GATE_SITE else GATE_SITE


def gate_policy(site: Path | None = None) -> anonymise.Policy:
    extra = yaml.safe_load((site or GATE_SITE).read_text(encoding="utf-8"))["extra"]
    return checks.policy_for(checks.Settings.from_extra(extra), sources.glossary(STARTER)[0])


def measure(path: Path, kind_matched: bool = True) -> dict:
    paragraphs = yaml.safe_load(path.read_text(encoding="utf-8"))["paragraphs"]
    policy = gate_policy(site_for(path))
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
            if start < 0:
                raise ValueError(f"{path}: planted text {item!r} is not in its paragraph")
            end = start + len(item)
            if any((h.kind == kind or not kind_matched) and h.start < end and h.end > start for h in hits):
                found += 1
            else:
                missed += 1
                misses.append((item, kind))
    return {"recall": found / max(found + missed, 1), "found": found, "planted": found + missed,
            "paragraphs": len(paragraphs), "clean": clean, "flagged_clean": flagged_clean,
            "fp_rate": flagged_clean / max(clean, 1), "misses": misses, "false_positives": false_positives}


def main(argv: list[str]) -> int:
    for name in argv or ["tests/data/pii_corpus.yml"]:
        r = measure(Path(name), kind_matched=False)
        print(f"{name}: caught {r['found']} of {r['planted']} ({r['recall']:.1%}); "
              f"clean flagged {r['flagged_clean']} of {r['clean']} ({r['fp_rate']:.1%})")
        for item, kind in r["misses"]:
            print(f"  missed {kind}: {item!r}")
        for texts in r["false_positives"]:
            print(f"  flagged clean: {texts!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
