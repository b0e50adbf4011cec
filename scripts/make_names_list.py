"""Regenerate hooks/earlyhelp/data/first-names.txt from the pinned gender-guesser package.

Run after changing the gender-guesser pin or the selection rules in hooks/earlyhelp/names.py:
    make names-list
tests/test_anonymise_rules.py fails if the committed list and this script disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from earlyhelp import atomicfile, names  # noqa: E402


def main() -> int:
    with names.data_path().open(encoding="utf-8") as handle:
        english, other = names.parse_nam_dict(handle)
    text = names.render_list(english, other)
    atomicfile.write_text(names.LIST_PATH, text)
    print(f"Wrote {names.LIST_PATH.relative_to(ROOT)}: {len(english):,} names found in GB/IE/US, {len(other):,} elsewhere.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
