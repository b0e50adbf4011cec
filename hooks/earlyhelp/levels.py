"""The partnership's levels of need (partnership.yml: extra.partnership.levels_of_need), which the
case-study schema, the case-study index and every list of levels use.

Any number from 2 to 6, lowest first, each with a name and a short label:

    levels_of_need:
      - label: Level 1
        name: Universal
      - label: Level 2
        name: Early Help
"""

from __future__ import annotations

from dataclasses import dataclass

from .findings import Finding

SETTING = "extra.partnership.levels_of_need"
FEWEST, MOST = 2, 6
_EXAMPLE = "levels_of_need:\n  - label: Level 1\n    name: Universal\n  - label: Level 2\n    name: Early Help"
# When a site says nothing: the four levels most partnerships in England use.
DEFAULT = (("Level 1", "Universal"), ("Level 2", "Early Help"), ("Level 3", "Child in Need"),
           ("Level 4", "Child Protection"))


@dataclass(frozen=True)
class Level:
    number: int  # 1 for the lowest
    label: str  # "Level 2"
    name: str  # "Early Help"

    @property
    def title(self) -> str:
        return f"{self.label} – {self.name}"


def parse(raw, path: str = "partnership.yml") -> tuple[tuple[Level, ...], list[Finding]]:
    """The levels, or the default four with an error saying what to write."""
    if raw is None:
        return tuple(Level(n, label, name) for n, (label, name) in enumerate(DEFAULT, 1)), []
    problem = None
    if not isinstance(raw, list) or not FEWEST <= len(raw) <= MOST:
        problem = f"'{SETTING}' must be a list of {FEWEST} to {MOST} levels, lowest first."
    elif not all(isinstance(item, dict) and str(item.get("name") or "").strip() and str(item.get("label") or "").strip()
                 for item in raw):
        problem = f"Each level in '{SETTING}' needs a 'label' (such as 'Level 2') and a 'name' (such as 'Early Help')."
    if problem:
        return parse(None)[0], [Finding(path, None, problem, f"Write it like this:\n{_EXAMPLE}", kind="levels of need",
                                        text=SETTING)]
    return tuple(Level(n, str(item["label"]).strip(), str(item["name"]).strip()) for n, item in enumerate(raw, 1)), []
