"""Disclosure control: which published counts of people or attendances are hidden.

The method is cell suppression with complementary suppression (as in the ONS
and GSS guidance on tables from administrative sources): a count from 1 to
threshold-1 is hidden (primary suppression), and then further counts are hidden
until no hidden count can be worked out from what is shown (complementary
suppression). "Worked out" is tested, not assumed: the tables a year publishes
are linked (sectors, courses and quarters each add up to the year's
attendances; distinct people in a quarter are at most its attendances and at
most the year's distinct people, who are at most the sum of the quarters' and
at most the attendances), and interval arithmetic over all of those links must
leave every hidden count at least two possible values. A zero is shown as 0,
so a reader knows every hidden count is at least 1; the arithmetic assumes so.
"""

from __future__ import annotations

from dataclasses import dataclass

# Larger than any count: the upper bound of a hidden count nothing else limits.
UNBOUNDED = 10 ** 12


@dataclass(frozen=True)
class Link:
    """``total`` equals (``exact``) or is at most (not exact) the sum of ``parts``."""

    total: str
    parts: tuple[str, ...]
    exact: bool


def year_links(sectors: list[str], partner_sectors: list[str], courses: list[str],
               quarters: list[int]) -> list[Link]:
    """How a year's published cells are related. Cell names: "attendances", "people" (distinct
    partner attendees), "sector:<s>", "course:<c>", "quarter:<q>" (attendances) and "people:<q>".
    ``partner_sectors`` are the sectors with at least one partner agency: partner attendees
    are at most their attendances."""
    links = [Link("attendances", tuple(f"sector:{s}" for s in sectors), True),
             Link("attendances", tuple(f"course:{c}" for c in courses), True),
             Link("attendances", tuple(f"quarter:{q}" for q in quarters), True),
             Link("people", ("attendances",), False),
             Link("people", tuple(f"sector:{s}" for s in partner_sectors), False),
             Link("people", tuple(f"people:{q}" for q in quarters), False)]
    for q in quarters:
        links += [Link(f"people:{q}", (f"quarter:{q}",), False), Link(f"people:{q}", ("people",), False)]
    return [link for link in links if link.parts]


def learning_links(elearning: list[str], courses: list[str]) -> list[Link]:
    """How the learning figures are tied to a year's attendances. Cell names: "completion:<c>" (people
    who completed e-learning course c in the year), "passes:<c>" (its module passes), "responses:<c>"
    (people who answered course c's evaluation) and "current" (partner attendees whose training was
    current at the year's end, which no other cell limits). Each person completing, or answering, did so
    on a day they attended the course that year, so they are at most its attendances; a completion is
    also at least one module pass that year."""
    links = [Link(f"completion:{c}", (f"course:{c}",), False) for c in elearning]
    links += [Link(f"completion:{c}", (f"passes:{c}",), False) for c in elearning]
    return links + [Link(f"responses:{c}", (f"course:{c}",), False) for c in courses]


def bounds(cells: dict[str, int], hidden: set[str], links: list[Link]) -> dict[str, list[int]]:
    """What a reader can deduce about every cell from the shown ones: [lowest, highest]."""
    box = {name: ([1, UNBOUNDED] if name in hidden else [value, value]) for name, value in cells.items()}
    changed = True
    while changed:
        changed = False
        for link in links:
            total, parts = box[link.total], [box[p] for p in link.parts]
            low = sum(p[0] for p in parts)
            open_ended = sum(p[1] >= UNBOUNDED for p in parts)
            finite = sum(p[1] for p in parts if p[1] < UNBOUNDED)
            new = {id(total): [max(total[0], low) if link.exact else total[0],
                               min(total[1], UNBOUNDED if open_ended else finite)]}
            for part in parts:
                unbounded_others = open_ended - (part[1] >= UNBOUNDED)
                others_high = UNBOUNDED if unbounded_others else finite - (part[1] if part[1] < UNBOUNDED else 0)
                high = min(part[1], total[1] - (low - part[0])) if link.exact else part[1]
                new[id(part)] = [max(part[0], total[0] - others_high), high]
            for target in [total, *parts]:
                if new[id(target)] != target:
                    target[:] = new[id(target)]
                    changed = True
    return box


def pinned(cells: dict[str, int], hidden: set[str], links: list[Link]) -> list[str]:
    """The hidden cells a reader can work out, cells of an adding-up table first (their pins are
    usually what pins the others)."""
    box = bounds(cells, hidden, links)
    in_sums = {p for link in links if link.exact for p in link.parts}
    return sorted((n for n in hidden if box[n][0] == box[n][1]), key=lambda n: (n not in in_sums, n))


def protect(cells: dict[str, int], links: list[Link], threshold: int) -> set[str]:
    """The cells to hide: every count from 1 to threshold-1, and then, while any hidden cell can be
    worked out, the smallest shown non-zero cell linked to it (in an adding-up table first, a part
    before a total)."""
    if threshold <= 1:
        return set()
    hidden = {name for name, value in cells.items() if 0 < value < threshold}
    while True:
        exposed = pinned(cells, hidden, links)
        if not exposed:
            return hidden
        hidden.add(_next_to_hide(exposed[0], cells, hidden, links))


def _next_to_hide(name: str, cells: dict[str, int], hidden: set[str], links: list[Link]) -> str:
    def smallest(names):
        return sorted((n for n in names if n != name and n not in hidden and cells[n] > 0),
                      key=lambda n: (cells[n], n))

    related = [link for link in links if name == link.total or name in link.parts]
    for group in ([link for link in related if link.exact], [link for link in related if not link.exact]):
        found = smallest(p for link in group for p in link.parts) or smallest(link.total for link in group)
        if found:
            return found[0]
    found = smallest(cells)  # nothing linked is left to hide: hide any shown count, smallest first
    if not found:
        raise AssertionError("every non-zero cell is hidden and one can still be worked out")
    return found[0]
