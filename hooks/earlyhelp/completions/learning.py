"""What a learning platform counts: course completions, module passes, renewals and evaluation.

An e-learning course is complete when every one of its modules is passed, as in
Moodle's course completion: the completion is dated by the module pass that
finished it. Passing every module again after that is a recompletion, dated
the same way. A workshop or briefing is complete on the day it is attended. A
completion of a course with ``renew_every`` months is current until that many
months later; one without it never expires.

These are exact counts, as ``report.aggregate`` gives: the report publishes them
only after disclosure control.
"""

from __future__ import annotations

import calendar
from bisect import bisect_left
from collections import Counter, defaultdict
from datetime import date

from .registry import Registry

QUARTER_ENDS = ("06-30", "09-30", "12-31", "03-31")


def add_months(iso: str, months: int) -> str:
    """The same day ``months`` later (the month's last day when it is shorter)."""
    year, month, day = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    index = year * 12 + month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day, calendar.monthrange(year, month + 1)[1])).isoformat()


def quarter_end(code: int) -> str:
    """The last day of the quarter with this period code (financial year * 4 + quarter)."""
    year, quarter = divmod(code, 4)
    return f"{year + (quarter == 3)}-{QUARTER_ENDS[quarter]}"


def _completed(kept: dict, registry: Registry) -> tuple[list[tuple], dict[tuple[str, str], list[tuple]]]:
    """Every completion as (attendee, course, date, agency, period code): each workshop attendance, and
    each e-learning pass that finished the course's modules; and the module passes themselves as
    (attendee, course) -> [(date, module, agency, period code)], oldest first. ``kept`` is the merged
    records: (attendee, course, date[, module]) -> (agency, period code)."""
    passes: dict[tuple[str, str], list] = defaultdict(list)
    workshops = {c for c, course in registry.courses.items() if not course.modules}
    done = []
    for record, (agency, code) in kept.items():
        if record[1] in workshops:
            done.append((record[0], record[1], record[2], agency, code))
        elif len(record) == 4:
            passes[record[:2]].append((record[2], record[3], agency, code))
    for (person, course_id), rows in passes.items():
        rows.sort()
        wanted, since = set(registry.courses[course_id].modules), set()
        for day, module, agency, code in rows:
            since.add(module)
            if since >= wanted:
                done.append((person, course_id, day, agency, code))
                since = set()
    return done, passes


def completions(kept: dict, registry: Registry) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(attendee, course) -> [(date, agency)] of every completion, oldest first."""
    done: dict[tuple[str, str], list] = defaultdict(list)
    for person, course_id, day, agency, _ in _completed(kept, registry)[0]:
        done[person, course_id].append((day, agency))
    return {k: sorted(v) if len(v) > 1 else v for k, v in done.items()}


def by_year(kept: dict, evaluations: list, registry: Registry, before: int, years: list[int]) -> dict[int, dict]:
    """Per financial year: completions and module passes per e-learning course, evaluation responses
    and the sum of their changes per course, and the partner attendees whose training was current at
    the end of the year's last completed quarter (``before`` is the first period code not counted)."""
    partners = {name for name, agency in registry.agencies.items() if agency.partner}
    elearning = [c for c, course in registry.courses.items() if course.modules]
    out = {fy: {"completions": dict.fromkeys(elearning, 0), "passes": dict.fromkeys(elearning, 0),
                "responses": dict.fromkeys(registry.courses, 0), "change": dict.fromkeys(registry.courses, 0),
                "current_at": quarter_end(min(before - 1, fy * 4 + 3))} for fy in years}
    ats = sorted({year["current_at"] for year in out.values()})
    # Each partner attendee's year ends with a completion still current, as a bit mask over ``ats``:
    # a completion is current from its day until its renewal is due, so it covers the year ends in
    # that span, worked out once for each day and renewal period.
    by_renewal: dict[int | None, dict[str, int]] = {}
    spans = {c: by_renewal.setdefault(course.renew_every, {}) for c, course in registry.courses.items()}
    held: dict[str, int] = defaultdict(int)
    done, passes = _completed(kept, registry)
    for person, course_id, day, agency, code in done:
        if course_id in elearning and code // 4 in out:
            out[code // 4]["completions"][course_id] += 1
        if agency in partners:
            known = spans[course_id]
            span = known.get(day)
            if span is None:
                span = known[day] = _span(ats, day, registry.courses[course_id].renew_every)
            held[person] |= span
    passed = {(person, course_id, module, code // 4)
              for (person, course_id), rows in passes.items() for _, module, _, code in rows}
    for _, course_id, _, fy in passed:
        if fy in out:
            out[fy]["passes"][course_id] += 1
    answered = {}
    for person, course_id, code, first, last in evaluations:
        if code < before:
            answered.setdefault((person, course_id, code // 4), last - first)
    for (_, course_id, fy), change in answered.items():
        if fy in out:
            out[fy]["responses"][course_id] += 1
            out[fy]["change"][course_id] += change
    current = [0] * len(ats)
    for mask, people in Counter(held.values()).items():
        for i in range(len(ats)):
            if mask >> i & 1:
                current[i] += people
    for year in out.values():
        year["current"] = current[ats.index(year["current_at"])]
    return out


def _span(ats: list[str], day: str, renew: int | None) -> int:
    """The year ends in ``ats`` that a completion on ``day`` is current at, as a bit mask."""
    end = len(ats) if renew is None else bisect_left(ats, add_months(day, renew))
    return (1 << end) - (1 << min(bisect_left(ats, day), end))


def due(kept: dict, registry: Registry, today: str, within: int) -> list[dict]:
    """Each person whose latest completion of a course with renew_every is overdue (due on or before
    today) or due within ``within`` months, soonest first."""
    horizon = add_months(today, within)
    rows = []
    for (person, course_id), events in completions(kept, registry).items():
        renew = registry.courses[course_id].renew_every
        if renew is None:
            continue
        day, agency = events[-1]
        when = add_months(day, renew)
        if when <= horizon:
            rows.append({"attendee": person, "agency": agency, "course": course_id, "completed": day,
                         "due": when, "status": "overdue" if when <= today else "due"})
    return sorted(rows, key=lambda r: (r["due"], r["course"], r["attendee"]))
