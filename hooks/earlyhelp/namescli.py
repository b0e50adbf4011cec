"""`make names-list`: regenerate the anonymisation gate's data files (hooks/earlyhelp/data/) from the
pinned datasets in requirements-names.txt. Run after changing one of those pins or the selection
rules in nameslist.py; tests/unit/test_anonymise_data.py fails if the committed files and this
command disagree."""

from __future__ import annotations

from . import nameslist


def main(argv: list[str] | None = None) -> int:
    for line in nameslist.write_all():
        print(line)
    return 0
