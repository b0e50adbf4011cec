"""Small-number suppression, applied before any figure is published.

A count from 1 to threshold-1 in a breakdown could point at one or two people,
so it is replaced by None ("fewer than 5" on the page, null in the JSON).
Hiding one cell is not enough when the cells add up to a published total: the
reader could subtract. So when exactly one cell of such a row is hidden, the
next smallest cell is hidden too (secondary suppression).
"""

from __future__ import annotations


def suppress(cells: dict[str, int], threshold: int, additive: bool = True) -> dict[str, int | None]:
    """Hide small counts; ``additive`` means the cells sum to a total shown elsewhere."""
    if threshold <= 1:
        return dict(cells)
    out: dict[str, int | None] = {k: (None if 0 < v < threshold else v) for k, v in cells.items()}
    hidden = [k for k, v in out.items() if v is None]
    if additive and len(hidden) == 1:
        order = list(cells)
        shown = [k for k in order if out[k] is not None]
        # The smallest non-zero cell first (ties: the first in order); a zero only if nothing else is left.
        candidates = sorted(shown, key=lambda k: (cells[k] == 0, cells[k], order.index(k)))
        if candidates:
            out[candidates[0]] = None
    return out
