"""Regenerate the anonymisation gate's data files (hooks/earlyhelp/data/) from the pinned packages.

Run after changing a pin in requirements.txt or the selection rules in hooks/earlyhelp/nameslist.py:
    make names-list
tests/unit/test_anonymise_data.py fails if the committed files and this script disagree.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from earlyhelp import nameslist  # noqa: E402


def main() -> int:
    for line in nameslist.write_all():
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
