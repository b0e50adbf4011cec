"""The range a reader can narrow each hidden count to, by linear programming over the published
relations: the simplex method, small and exact enough for one year's few dozen counts.

Interval arithmetic tightens one relation at a time, so it misses what two relations give together
("partner attendees are at most education + health + police" and "the sectors add up to the
attendances" together pin the Early Help service's figure). Linear programming finds the lowest
and highest value each hidden count can take under all the relations at once.
"""

from __future__ import annotations

import math

EPS = 1e-9
# A relation: ({variable: coefficient}, "<=" or "==", bound); every variable is a count, at least 1 unless
# ranges() is given a lower bound for it.
Row = tuple[dict[str, float], str, float]


def _pivot(table: list[list[float]], objective: list[float], row: int, col: int) -> None:
    """Rows are mostly zeros, so only the pivot row's non-zero columns are scaled and subtracted."""
    pivot = table[row]
    scale = pivot[col]
    columns = [(j, v / scale) for j, v in enumerate(pivot) if v]
    for j, v in columns:
        pivot[j] = v
    for other in (*table, objective):
        factor = other[col]
        if (factor > EPS or factor < -EPS) and other is not pivot:
            for j, v in columns:
                other[j] -= factor * v


def _maximise(table: list[list[float]], basis: list[int], costs: list[float]) -> float:
    """Maximise costs . x from a feasible basis (table changed in place); math.inf when unbounded.
    Bland's rule (lowest index enters and leaves) so it cannot cycle."""
    objective = [-c for c in costs] + [0.0]
    for i, b in enumerate(basis):
        if costs[b]:
            objective[:] = [o + costs[b] * t for o, t in zip(objective, table[i])]
    while True:
        col = next((j for j in range(len(costs)) if objective[j] < -EPS), None)
        if col is None:
            return objective[-1]
        ratios = [(t[-1] / t[col], basis[i], i) for i, t in enumerate(table) if t[col] > EPS]
        if not ratios:
            return math.inf
        row = min(ratios)[2]
        _pivot(table, objective, row, col)
        basis[row] = col


def _meets(rows: list[Row], lows: list[float], values: list[float], index: dict[str, int]) -> bool:
    """The values are at least their lows and meet every row."""
    if any(v < low - 1e-6 for v, low in zip(values, lows)):
        return False
    for coeffs, sense, bound in rows:
        total = sum(c * values[index[name]] for name, c in coeffs.items())
        if total > bound + 1e-6 or (sense == "==" and total < bound - 1e-6):
            return False
    return True


def ranges(names: list[str], rows: list[Row], lows: dict[str, float] | None = None,
           targets: list[str] | None = None, known: dict[str, int] | None = None
           ) -> dict[str, tuple[float, float]] | None:
    """[lowest, highest] of each of ``targets`` (default every variable) over all x >= its low (1 unless
    ``lows`` says) meeting every row (None if no x does). ``known``: the value every variable really
    takes, which must meet every row (None if it does not: a row is false). A target that some
    solution puts at least one away from its value then holds two whole numbers, as its full range
    does, so its range is not sought: the range given is from its value to that one. Every basis the
    method passes through is such a solution, so most targets need no search."""
    index = {n: i for i, n in enumerate(names)}
    base = [float((lows or {}).get(name, 1)) for name in names]
    if known is not None and not _meets(rows, base, [known[name] for name in names], index):
        return None
    n = len(names)
    shaped = []
    for coeffs, sense, bound in rows:  # x = low + y with y >= 0
        line = [0.0] * n
        for name, c in coeffs.items():
            line[index[name]] += c
        rhs = bound - sum(c * base[index[name]] for name, c in coeffs.items())  # whole numbers: exact
        sign = -1.0 if rhs < 0 else 1.0
        shaped.append(([sign * v for v in line], sense, sign * rhs, sign))
    slacks = [i for i, (_, sense, _, _) in enumerate(shaped) if sense == "<="]
    artificial = [i for i, (_, sense, _, sign) in enumerate(shaped) if sense == "==" or sign < 0]
    width = n + len(slacks) + len(artificial)
    table, basis = [], []
    for i, (line, sense, rhs, sign) in enumerate(shaped):
        row = line + [0.0] * (width - n) + [rhs]
        if i in slacks:
            row[n + slacks.index(i)] = sign  # +s for <=; a row multiplied by -1 becomes >=, so -s
        if i in artificial:
            row[n + len(slacks) + artificial.index(i)] = 1.0
            basis.append(n + len(slacks) + artificial.index(i))
        else:
            basis.append(n + slacks.index(i))
        table.append(row)
    first = [0.0] * (n + len(slacks)) + [-1.0] * len(artificial)
    if _maximise(table, basis, first) < -1e-7:
        return None
    keep = n + len(slacks)
    for i in range(len(table) - 1, -1, -1):  # drive the artificial variables out, or drop a redundant row
        if basis[i] >= keep:
            col = next((j for j in range(keep) if abs(table[i][j]) > EPS), None)
            if col is None:
                del table[i], basis[i]
            else:
                _pivot(table, [0.0] * (width + 1), i, col)
                basis[i] = col
    table = [row[:keep] + row[-1:] for row in table]
    out: dict[str, tuple[float, float]] = {}
    wanted = names if targets is None else targets

    def two_values() -> None:
        """Each target this basis's solution puts at least one away from its known value."""
        if known is None:
            return
        point = [0.0] * keep
        for row, b in zip(table, basis):
            point[b] = row[-1]
        for name in wanted:
            value = base[index[name]] + point[index[name]]
            if name not in out and abs(value - known[name]) >= 1 - 1e-6:
                out[name] = (min(value, known[name]), max(value, known[name]))

    two_values()
    # Every optimum is a feasible basis, so each search starts from where the last one ended.
    for name in wanted:
        if name in out:
            continue
        costs = [0.0] * keep
        costs[index[name]] = 1.0
        high = base[index[name]] + _maximise(table, basis, costs)
        two_values()
        if name in out:
            continue
        costs[index[name]] = -1.0
        out[name] = (base[index[name]] - _maximise(table, basis, costs), high)
        two_values()
    return out


def whole_values(low: float, high: float) -> int | float:
    """How many whole numbers lie in [low, high] (math.inf when unbounded)."""
    if high == math.inf:
        return math.inf
    return max(0, math.floor(high + 1e-6) - math.ceil(low - 1e-6) + 1)
