"""Disclosure control: which published counts of people or attendances are hidden.

The method is cell suppression with complementary suppression (as in the ONS
and GSS guidance on tables from administrative sources): a count from 1 to
threshold-1 is hidden (primary suppression), and then further counts are hidden
until no hidden count can be worked out from what is shown (complementary
suppression). "Worked out" is tested, not assumed: the tables a year publishes
are linked (sectors, courses and quarters each add up to the year's
attendances; distinct people in a quarter are at most its attendances and at
most the year's distinct people, who are at most the sum of the quarters' and
at most the attendances), and neither interval arithmetic nor linear programming over all
of those links together may narrow any hidden count to one possible value. A zero is shown as 0,
so a reader knows every hidden count is at least 1; the arithmetic assumes so.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import linear

# Larger than any count: the upper bound of a hidden count nothing else limits.
UNBOUNDED = 10 ** 12
# A count never published, which a reader can still reason about: one quarter's attendances from one
# sector ("own:<q>:<sector>"). Always unknown, at least 0 (no 0 is shown for it), and protected only
# when it is from 1 to threshold-1; a large one a reader works out gives nothing away.
OWN = "own:"


@dataclass(frozen=True)
class Link:
    """``total`` equals (``exact``) or is at most (not exact) the sum of ``parts``, each times its
    weight (1 when ``weights`` is empty), plus ``constant`` (a figure published elsewhere)."""

    total: str
    parts: tuple[str, ...]
    exact: bool
    weights: tuple[int, ...] = ()
    constant: int = 0

    def weighted(self) -> list[tuple[str, int]]:
        return list(zip(self.parts, self.weights or (1,) * len(self.parts)))


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
        links += quarter_links(q) + [Link(f"people:{q}", ("people",), False)]
    return [link for link in links if link.parts]


def quarter_links(q: int) -> list[Link]:
    """How one quarter's own two cells are related: its partner attendees are at most its attendances."""
    return [Link(f"people:{q}", (f"quarter:{q}",), False)]


def by_quarter_and_sector(quarters: dict[int, tuple[int, int]], sectors: dict[str, int], partner_sectors: set[str],
                          counts: dict[tuple[int, str], int]) -> tuple[dict[str, int], list[Link]]:
    """The never-published counts of each quarter's attendances by sector, and how a reader ties them
    to what is published: they add up to the quarter's attendances and to the sector's, and a quarter's
    partner attendees are at most its partner sectors' attendances. A quarter with no partner
    attendee had no attendance from a partner sector at all, so those counts are known to be 0 and
    left out, as are those of an empty quarter or sector."""
    cells = {f"{OWN}{q}:{s}": counts.get((q, s), 0) for q, (attendances, people) in quarters.items()
             for s, total in sectors.items() if attendances and total and (people or s not in partner_sectors)}
    links = [Link(f"quarter:{q}", tuple(c for c in cells if c.startswith(f"{OWN}{q}:")), True) for q in quarters]
    links += [Link(f"sector:{s}", tuple(c for c in cells if c.endswith(f":{s}")), True) for s in sectors]
    links += [Link(f"people:{q}", tuple(f"{OWN}{q}:{s}" for s in partner_sectors if f"{OWN}{q}:{s}" in cells), False)
              for q, (_, people) in quarters.items() if people]
    return cells, [link for link in links if link.parts]


def learning_links(modules: dict[str, int], courses: list[str], previous_current: int | None = None,
                   lapsing: list[str] | None = None, completing: list[str] = ()) -> list[Link]:
    """How the learning figures are tied to a year's attendances. Cell names: "completion:<c>" (completions
    of e-learning course c, of ``modules[c]`` modules, in the year), "passes:<c>" (its module passes),
    "responses:<c>" (people who answered course c's evaluation) and "current" (partner attendees whose
    training was current at the year's end). Each completion, and each person answering, was on a
    day they attended the course that year, so they are at most its attendances; an attendance (one
    person, one day) passes at most every module. (A completion is not at most the passes: passes
    count each module once a year, and a course may be completed twice.) Someone current at this
    year's end who did not attend this year was current at the last one's too, so ``current`` is at
    most last year's published figure plus this year's partner attendees. A partner attendee of the
    year is current unless every partner attendance they made can lapse by the year's end:
    ``lapsing`` courses (a renewal period under a year) and, of the ``completing`` ones (e-learning
    current for a year after it is completed), the attendances that completed nothing
    ("own:not-completed:<c>"). So the partner attendees are at most ``current`` plus those."""
    links = [Link(f"completion:{c}", (f"course:{c}",), False) for c in modules]
    if lapsing is not None:
        links.append(Link("people", ("current", *(f"course:{c}" for c in lapsing),
                                     *(_not_completed(c) for c in completing)), False))
        links += [Link(f"course:{c}", (f"completion:{c}", _not_completed(c)), True) for c in completing]
    links += [Link(f"passes:{c}", (f"course:{c}",), False, (n,)) for c, n in modules.items()]
    # One module: every pass completes the course, so a reader knows completions are at least the passes.
    links += [Link(f"passes:{c}", (f"completion:{c}",), False) for c, n in modules.items() if n == 1]
    if previous_current is not None:
        links.append(Link("current", ("people",), False, constant=previous_current))
    return links + [Link(f"responses:{c}", (f"course:{c}",), False) for c in courses]


def not_completed(cells: dict[str, int], completing: list[str]) -> dict[str, int]:
    """The never-published count of each ``completing`` course's attendances that completed nothing,
    which ``learning_links`` ties to its attendances and completions."""
    return {_not_completed(c): cells[f"course:{c}"] - cells[f"completion:{c}"] for c in completing}


def _not_completed(course: str) -> str:
    return f"{OWN}not-completed:{course}"


def evaluation(responses: int | None, change: int, threshold: int, span: int) -> dict:
    """Responses and their average change in confidence (after minus before), the average only when the
    number of responses is shown and is not 0, and only when it leaves at least ``threshold`` steps
    between the answers and the largest change the scale allows: "+4.0" would tell every
    respondent's answers (1 before, 5 after, on a scale with ``span`` 4), and "+3.8" from 5 that four
    went from 1 to 5. A reader works from the rounded average, so the most extreme total it allows is
    the one tested."""
    if not responses:
        return {"responses": responses, "average_change": None}
    shown = round(change / responses, 1)
    extreme = max(abs(t) for t in range(-span * responses, span * responses + 1) if round(t / responses, 1) == shown)
    return {"responses": responses,
            "average_change": shown if span * responses - extreme >= max(threshold, 1) else None}


def bounds(cells: dict[str, int], hidden: set[str], links: list[Link],
           caps: dict[str, int] | None = None) -> dict[str, list[int]]:
    """What interval arithmetic deduces about every cell from the shown ones, one link at a time:
    [lowest, highest]. ``caps``: the most a reader knows some hidden cells can be (a quarter's
    figure, hidden in its own release only as a small count). Links that contradict each other
    (false for these counts) would narrow the ranges for ever, so it stops at the first range left
    empty (lowest above highest)."""
    caps = caps or {}
    box = {name: ([0 if name.startswith(OWN) else 1, caps.get(name, UNBOUNDED)] if name in hidden else [value, value])
           for name, value in cells.items()}
    # Only a link with a hidden cell narrows anything; each holds the very ranges of box it narrows.
    tied = [(box[link.total], [(box[p], w) for p, w in link.weighted()], link.exact, link.constant)
            for link in links if link.total in hidden or any(p in hidden for p in link.parts)]
    changed = True
    while changed:
        changed = False
        for total, parts, exact, constant in tied:
            low = sum(w * p[0] for p, w in parts) + constant
            open_ended = sum(p[1] >= UNBOUNDED for p, _ in parts)
            finite = sum(w * p[1] for p, w in parts if p[1] < UNBOUNDED) + constant
            new = {id(total): [max(total[0], low) if exact else total[0],
                               min(total[1], UNBOUNDED if open_ended else finite)]}
            for part, w in parts:
                open_part = part[1] >= UNBOUNDED
                others_high = UNBOUNDED if open_ended - open_part else finite - (0 if open_part else w * part[1])
                top = min(part[1], (total[1] - (low - w * part[0])) // w) if exact and total[1] < UNBOUNDED \
                    else part[1]
                bottom = part[0] if others_high >= UNBOUNDED else max(part[0], -((others_high - total[0]) // w))
                new[id(part)] = [bottom, top]
            for target in [total, *(p for p, _ in parts)]:
                if new[id(target)] != target:
                    target[:] = new[id(target)]
                    changed = True
                    if target[0] > target[1]:
                        return box
    return box


def contradicts(box: dict[str, list[int]]) -> bool:
    """Some range is empty: no counts meet every link."""
    return any(low > high for low, high in box.values())


def _rows(cells: dict[str, int], hidden: set[str], links: list[Link], box: dict[str, list[int]]) -> list[linear.Row]:
    """Every link with a hidden cell as a linear relation over the hidden cells, and each upper bound found."""
    rows = []
    for link in links:
        terms = [(link.total, 1)] + [(p, -w) for p, w in link.weighted()]
        coeffs: dict[str, float] = {}
        bound = float(link.constant)
        for name, c in terms:
            if name in hidden:
                coeffs[name] = coeffs.get(name, 0) + c
            else:
                bound -= c * cells[name]
        if coeffs:
            rows.append((coeffs, "==" if link.exact else "<=", bound))
    for name in hidden:  # each lower bound is the variable's own (linear.ranges' lows)
        if box[name][1] < UNBOUNDED:
            rows.append(({name: 1}, "<=", box[name][1]))
    return rows


def pinned(cells: dict[str, int], hidden: set[str], links: list[Link], free: frozenset[str] = frozenset(),
           caps: dict[str, int] | None = None) -> list[str]:
    """The hidden cells a reader can work out, cells of an adding-up table first (their pins are
    usually what pins the others): by interval arithmetic, then by linear programming over every
    link at once (what is left at most one whole number is pinned). ``free``: unknowns a reader may
    work out (large counts never published); ``caps`` as for ``bounds``."""
    box = bounds(cells, hidden, links, caps)
    # Links that contradict each other mean one is false for these records: fail closed, as below.
    found = set(hidden - free) if contradicts(box) else {n for n in hidden - free if box[n][0] == box[n][1]}
    if not found and hidden - free:
        names = sorted(hidden)
        targets = sorted(hidden - free)
        lows = {n: box[n][0] for n in names}
        ranges = linear.ranges(names, _rows(cells, hidden, links, box), lows, targets, {n: cells[n] for n in names})
        # None means a link is false for these records: fail closed, as if every one were pinned.
        found = set(targets) if ranges is None else {n for n in targets if linear.whole_values(*ranges[n]) <= 1}
    in_sums = {p for link in links if link.exact for p in link.parts}
    return sorted(found, key=lambda n: (n not in in_sums, n))


def protect(cells: dict[str, int], links: list[Link], threshold: int, also: frozenset[str] = frozenset(),
            keep: frozenset[str] = frozenset(), small_only: bool = False, caps: dict[str, int] | None = None
            ) -> set[str]:
    """The cells to hide: every count from 1 to threshold-1 and the non-zero ones in ``also``, and then,
    while any hidden cell can be worked out, the smallest shown non-zero cell linked to it (in an
    adding-up table first, a part before a total). ``keep``: cells an earlier release has already
    shown (a year's quarters), which hiding now would not take back, so they are never hidden to
    protect another; nor is any cell they alone give away. ``small_only``: only the counts from 1 to
    threshold-1 (and ``also``) must stay unknown; a larger one hidden beside them may be worked out
    (used when no choice keeps every hidden count unknown). ``caps``: what a reader knows of some
    hidden cells' largest values (see ``bounds``)."""
    if threshold <= 1:
        return set()
    own = {name for name in cells if name.startswith(OWN)}
    free = frozenset(n for n in own if not 0 < cells[n] < threshold) | frozenset(
        n for n in cells if small_only and cells[n] >= threshold and n not in also and n not in own)
    hidden = own | {name for name, value in cells.items() if 0 < value < threshold or (value and name in also)}
    keep = keep - hidden
    keep |= _given_by(cells, hidden, links, keep, caps)
    while True:
        exposed = pinned(cells, hidden, links, free, caps)
        if not exposed:
            return hidden - own
        hidden.add(_next_to_hide(exposed[0], cells, hidden, links, keep))


def _given_by(cells: dict[str, int], sensitive: set[str], links: list[Link], keep: frozenset[str],
              caps: dict[str, int] | None = None) -> frozenset[str]:
    """The cells interval arithmetic works out from ``keep`` alone (and the zeros), with every other
    cell hidden ("attendances" from four shown quarters). They are public already, so hiding them
    would protect nothing. (One only linear programming finds is left to the search, which then
    hides more or gives up: safe either way.)"""
    if not keep:
        return frozenset()
    rest = {n for n, v in cells.items() if (v or n.startswith(OWN)) and n not in keep}
    box = bounds(cells, rest, links, caps)
    return frozenset() if contradicts(box) else frozenset(n for n in rest - sensitive if box[n][0] == box[n][1])


def _next_to_hide(name: str, cells: dict[str, int], hidden: set[str], links: list[Link],
                  keep: frozenset[str] = frozenset()) -> str:
    def smallest(names):
        return sorted((n for n in names if n != name and n not in hidden and n not in keep and cells[n] > 0),
                      key=lambda n: (cells[n], n))

    related = [link for link in links if name == link.total or name in link.parts]
    for group in ([link for link in related if link.exact], [link for link in related if not link.exact]):
        found = smallest(p for link in group for p in link.parts) or smallest(link.total for link in group)
        if found:
            return found[0]
    found = smallest(cells)  # nothing linked is left to hide: hide any shown count, smallest first
    if not found:
        raise CannotProtect("every cell that may be hidden is, and a hidden one can still be worked out")
    return found[0]


class CannotProtect(Exception):
    """No choice of cells to hide protects every hidden one: the kept cells give one away."""
