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
from collections import defaultdict
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


def completions(kept: dict, registry: Registry) -> dict[tuple[str, str], list[tuple[str, str]]]:
    """(attendee, course) -> [(date, agency)] of every completion, oldest first.

    ``kept`` is the merged records: (attendee, course, date[, module]) -> (agency, period code)."""
    passes: dict[tuple[str, str], list] = defaultdict(list)
    done: dict[tuple[str, str], list] = defaultdict(list)
    workshops = {c for c, course in registry.courses.items() if not course.modules}
    for record, (agency, _) in kept.items():
        if record[1] in workshops:
            done[record[:2]].append((record[2], agency))
        elif len(record) == 4:
            passes[record[:2]].append((record[2], record[3], agency))
    for (person, course_id), rows in passes.items():
        wanted, since = set(registry.courses[course_id].modules), set()
        for day, module, agency in sorted(rows):
            since.add(module)
            if since >= wanted:
                done[(person, course_id)].append((day, agency))
                since = set()
    return {k: sorted(v) if len(v) > 1 else v for k, v in done.items()}


def _current(events: dict, registry: Registry, partners: set, ats: list[str]) -> dict[str, int]:
    """For each day in ``ats`` (sorted): distinct partner attendees holding at least one completion
    still current that day. Each completion is current from its day until its renewal is due, so it
    covers the days of ``ats`` in that span: found by bisection, with each end worked out once."""
    ends: dict[tuple[str, int], str] = {}
    held: dict[str, set[int]] = defaultdict(set)
    for (person, course_id), rows in events.items():
        renew = registry.courses[course_id].renew_every
        for day, agency in rows:
            if agency in partners:
                if renew is not None and (day, renew) not in ends:
                    ends[day, renew] = add_months(day, renew)
                end = "9999-12-31" if renew is None else ends[day, renew]
                held[person].update(range(bisect_left(ats, day), bisect_left(ats, end)))
    counts = [0] * len(ats)
    for covered in held.values():
        for i in covered:
            counts[i] += 1
    return dict(zip(ats, counts))


def by_year(kept: dict, evaluations: list, registry: Registry, before: int, years: list[int]) -> dict[int, dict]:
    """Per financial year: completions and module passes per e-learning course, evaluation responses
    and the sum of their changes per course, and the partner attendees whose training was current at
    the end of the year's last completed quarter (``before`` is the first period code not counted)."""
    events = completions(kept, registry)
    partners = {name for name, agency in registry.agencies.items() if agency.partner}
    elearning = [c for c, course in registry.courses.items() if course.modules]
    out = {fy: {"completions": dict.fromkeys(elearning, 0), "passes": dict.fromkeys(elearning, 0),
                "responses": dict.fromkeys(registry.courses, 0), "change": dict.fromkeys(registry.courses, 0),
                "current_at": quarter_end(min(before - 1, fy * 4 + 3))} for fy in years}
    for (person, course_id), rows in events.items():
        if course_id in elearning:
            for day, _ in rows:
                fy = _year(day)
                if fy in out:
                    out[fy]["completions"][course_id] += 1
    passed = {(record[0], record[1], record[3], agency_period[1] // 4)
              for record, agency_period in kept.items() if len(record) == 4}
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
    current = _current(events, registry, partners, sorted({year["current_at"] for year in out.values()}))
    for year in out.values():
        year["current"] = current[year["current_at"]]
    return out


def _year(iso: str) -> int:
    """The financial year a date is in (1 April to 31 March)."""
    return int(iso[:4]) - (int(iso[5:7]) < 4)


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
