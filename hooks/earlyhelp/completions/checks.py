"""What makes one training record usable: its date, course, agency and status.

Shared by the build (records) and the importer, so both give the same verdict
and the same plain-English reason for a row they cannot use.
"""

from __future__ import annotations

from datetime import date

from .registry import Registry, suggest

REQUIRED = ("date", "course", "attendee", "agency")
OPTIONAL = ("status", "source")
# Status values: blank, attended and completed count as attending.
COUNTED = frozenset({"", "attended", "completed"})
NOT_COUNTED = frozenset({"did not attend", "cancelled", "booked", "in progress"})
EARLIEST_YEAR = 2000

def financial_year(iso: str) -> tuple[int, int]:
    """(year the UK financial year starts, quarter index 0-3) of an ISO date: Q1 is April to June."""
    year, month = int(iso[:4]), int(iso[5:7])
    return (year, (month - 4) // 3) if month >= 4 else (year - 1, 3)


def period_code(iso: str) -> int:
    """One small number per quarter (financial year * 4 + quarter index): quick to hash and compare."""
    year, quarter = financial_year(iso)
    return year * 4 + quarter


def date_problem(value: str, today: str) -> tuple[str, str, str] | None:
    """(kind, message, fix) when ``value`` is not a usable ISO date, else None."""
    example = "Write dates as YYYY-MM-DD, for example 2024-04-01."
    if len(value) != 10 or value[4] != "-" or value[7] != "-" or not (
            value[:4] + value[5:7] + value[8:]).isascii() or not (value[:4] + value[5:7] + value[8:]).isdigit():
        return "bad date", f"the date '{value}' is not written as YYYY-MM-DD", example
    try:
        date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        return "impossible date", f"the date '{value}' does not exist", "Check the day and month. " + example
    if value > today:
        return "future date", f"the date '{value}' is in the future", "Record training after it has happened."
    if int(value[:4]) < EARLIEST_YEAR:
        return "impossible date", f"the date '{value}' is before {EARLIEST_YEAR}", "Check the year for a typo."
    return None


def columns_usable(statuses: set, dates: set, courses: set, agencies: set, registry: Registry, today: str) -> bool:
    """True when every distinct value in a file's columns passes the row checks, so the
    file can be counted column by column with no row to name."""
    return (statuses <= COUNTED | NOT_COUNTED and courses <= registry.courses.keys()
            and agencies <= registry.agencies.keys() and not any(date_problem(d, today) for d in dates))


class RowChecker:
    """Row checks with memoised verdicts for each distinct value."""

    def __init__(self, registry: Registry, today: str):
        self.registry, self.today, self.dates = registry, today, {}

    def problems(self, values: dict[str, str]) -> list[tuple[str, str, str]]:
        found = []
        for name in ("date", "course", "agency"):
            if not values[name]:
                found.append(("missing field", f"the {name} is blank", f"Fill in the {name}."))
        if not values["attendee"]:
            found.append(("empty identifier", "the attendee is blank",
                          "Fill in the attendee's work email or staff number."))
        d = values["date"]
        if d:
            if d not in self.dates:
                self.dates[d] = date_problem(d, self.today)
            if self.dates[d]:
                found.append(self.dates[d])
        course = values["course"]
        if course and course not in self.registry.courses:
            hint = suggest(course, self.registry.courses)
            found.append(("unknown course", f"the course '{course}' is not in training/courses.yml",
                          (f"Did you mean '{hint}'? " if hint else "") + "Use a course id from training/courses.yml."))
        agency = values["agency"]
        if agency and agency not in self.registry.agencies:
            hint = suggest(agency, self.registry.agencies)
            found.append(("unknown agency", f"the agency '{agency}' is not in training/agencies.yml",
                          (f"Did you mean '{hint}'? " if hint else "")
                          + "Use an agency name exactly as written in training/agencies.yml, or add the agency there."))
        status = values.get("status", "")
        if status not in COUNTED and status not in NOT_COUNTED:
            found.append(("unknown status", f"the status '{status}' is not one the report knows",
                          "Use attended, completed, did not attend, cancelled, booked or in progress, or leave it blank."))
        return found
