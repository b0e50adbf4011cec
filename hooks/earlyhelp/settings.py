"""The content checks' settings, read from ``extra`` in mkdocs.yml / partnership.yml.

A module of its own so the build can read them (for review notices on every page)
without importing the checks themselves, which it only needs when a page has changed.

    extra:
      partnership:
        service_numbers: [01744 676600]   # phone numbers allowed in case studies
        local_places: [Parr, ...]         # place names narrower than the borough
      content:
        reading_ease_target: 50           # pages below this are flagged
        review_every: 12                  # months, when a page does not say
        due_soon_days: 30                 # "due soon" on the Content health page
"""

from __future__ import annotations

from dataclasses import dataclass, field

from . import levels as levels_of_need
from .schema import DEFAULT_REVIEW_MONTHS


@dataclass(frozen=True)
class Settings:
    reading_ease_target: float = 50.0
    review_every: int = DEFAULT_REVIEW_MONTHS
    due_soon_days: int = 30
    service_numbers: tuple[str, ...] = ()
    local_places: tuple[str, ...] = ()
    partnership: dict = field(default_factory=dict)
    superseded: object = None  # extra.content.superseded as written; currency.parse checks it
    levels: tuple = levels_of_need.parse(None)[0]  # levels.Level, lowest first

    @property
    def area_type(self) -> str:
        """How messages name the area: borough, county or city."""
        return str(self.partnership.get("area_type") or "area")

    @classmethod
    def from_extra(cls, extra: dict) -> "Settings":
        content = extra.get("content") or {}
        partnership = extra.get("partnership") or {}
        return cls(float(content.get("reading_ease_target", 50)),
                   int(content.get("review_every", DEFAULT_REVIEW_MONTHS)),
                   int(content.get("due_soon_days", 30)),
                   tuple(str(n) for n in partnership.get("service_numbers") or ()),
                   tuple(str(p) for p in partnership.get("local_places") or ()),
                   dict(partnership), content.get("superseded"),
                   levels_of_need.parse(partnership.get("levels_of_need"))[0])
