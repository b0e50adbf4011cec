"""Time the anonymisation gate on a 1 MB case-study page (a figure for MAINTAINING.md, never a test).

The page is the corpus's paragraphs (tests/data/pii_corpus.yml) repeated to 1 MB, with headings,
so it holds a realistic share of names, dates and places. The yardstick is a plain pass of one
regular expression over the same text (every capitalised word), which no gate can beat by much:
the gate should stay within a small multiple of it, and grow linearly with the page.

    .venv/bin/python bench/bench_anonymise.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from earlyhelp import anonymise, gazetteer, names  # noqa: E402


# The worst case for the old gate (issue 19): every sentence has an age and a date, in one long line.
DATED = ("The young person, who was 15, turned 16 on 3 April 2021 and was born on the fourth of May 2005; "
         "her birthday is the twenty-third of March, aged 9 on Boxing Day 2014. ")


def page(size: int, dated: bool = False) -> str:
    if dated:
        return ("---\ntitle: A long case\n---\n" + DATED * (size // len(DATED) + 1))[:size]
    paragraphs = [p["text"] for p in yaml.safe_load((ROOT / "tests/data/pii_corpus.yml").read_text())["paragraphs"]]
    parts, total, i = ["---\ntitle: A long case\ntype: case-study\n---\n"], 0, 0
    while total < size:
        text = (f"## Part {i}\n\n" if i % 10 == 0 else "") + paragraphs[i % len(paragraphs)] + "\n\n"
        parts.append(text)
        total += len(text)
        i += 1
    return "".join(parts)[:size]


def timed(fn, *args) -> tuple[float, object]:
    """CPU seconds of this process, so other work on a shared machine does not count."""
    start = time.process_time()
    result = fn(*args)
    return time.process_time() - start, result


def main() -> int:
    partnership = yaml.safe_load((ROOT / "partnership.yml").read_text())["extra"]["partnership"]
    policy = anonymise.Policy(tuple(map(str, partnership["service_numbers"])), tuple(partnership["local_places"]),
                              (partnership["area"],), gazetteer.for_partnership(partnership))
    index = names.load()
    capitalised = re.compile(r"\b[A-Z][a-z]+\b")
    for dated in (False, True):
        print("Dates and ages in every sentence, one line:" if dated else "Corpus paragraphs repeated:")
        for size in (250_000, 500_000, 1_000_000):
            text = page(size, dated)
            gate, hits = timed(anonymise.scan, "docs/case-studies/long.md", text, policy, (), index)
            plain, words = timed(lambda t: len(capitalised.findall(t)), text)
            print(f"  {size / 1e6:.2f} MB: gate {gate:.2f} s CPU ({len(hits):,} findings); "
                  f"plain regex pass {plain:.3f} s ({words:,} capitalised words); ratio {gate / plain:.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
