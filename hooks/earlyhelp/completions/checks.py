"""What makes one training record usable: its date, course, attendee, agency and status.

Shared by the build (records) and the importer, so both give the same verdict
and the same plain-English reason for a row they cannot use. A reason never
repeats a value unless the value is already public: a course id or agency name
from the registries, or a real date (see ``describe``).
"""

from __future__ import annotations

from datetime import date

from .describe import shape, starts_like_formula
from .registry import Registry, suggest

REQUIRED = ("date", "course", "attendee", "agency")
OPTIONAL = ("status", "source", "module", "confidence_before", "confidence_after")
# The evaluation answers a learner may give after passing: how confident they were before and after.
CONFIDENCE = ("1", "2", "3", "4", "5")
# Status values: blank, attended and completed count as attending.
COUNTED = frozenset({"", "attended", "completed"})
NOT_COUNTED = frozenset({"did not attend", "cancelled", "booked", "in progress"})
EARLIEST_YEAR = 2000
# The longest attendee identifier a record needs (the longest email address is 254 characters).
LONGEST_IDENTIFIER = 254
DATE_EXAMPLE = "Write dates as YYYY-MM-DD, for example 2024-04-01."


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
    digits = value[:4] + value[5:7] + value[8:]
    if len(value) != 10 or value[4] != "-" or value[7] != "-" or not (digits.isascii() and digits.isdigit()):
        return "bad date", f"the date is not written as YYYY-MM-DD ({shape(value)})", DATE_EXAMPLE
    try:
        date(int(value[:4]), int(value[5:7]), int(value[8:]))
    except ValueError:
        part = f"month {value[5:7]}" if not 1 <= int(value[5:7]) <= 12 else f"day {value[8:]} of month {value[5:7]}"
        return "impossible date", f"the date does not exist (there is no {part})", \
            "Check the day and month. " + DATE_EXAMPLE
    if value > today:
        # Not repeated: a date in the wrong column may be a date of birth, and build logs can be public.
        return "future date", "the date is in the future", "Record training after it has happened."
    if int(value[:4]) < EARLIEST_YEAR:
        return "impossible date", f"the date is before {EARLIEST_YEAR}", "Check the year for a typo (or a date of birth in the date column)."
    return None


def identifier_problem(value: str) -> tuple[str, str, str] | None:
    """Why an attendee identifier cannot be used (it is never repeated in the message)."""
    if not value:
        return "empty identifier", "the attendee is blank", "Fill in the attendee's work email or staff number."
    if starts_like_formula(value):
        return ("formula-like value", "the attendee starts with =, +, -, @, a tab or a carriage return, "
                "which a spreadsheet would run as a formula",
                "Correct the attendee: a work email or staff number never starts with one of these.")
    if not (value.isascii() and value.isprintable()):  # a line break, a tab, a zero-width or a blank letter
        return ("hidden character", "the attendee has a line break, an invisible character or a letter outside "
                "plain A to Z inside it, so one person could count as two",
                "Type the attendee's work email or staff number again, in a plain cell.")
    if len(value) > LONGEST_IDENTIFIER:
        return ("identifier too long", f"the attendee is {len(value):,} characters long",
                f"An email address or staff number is at most {LONGEST_IDENTIFIER} characters: check the row.")
    return None


def course_problem(value: str, registry: Registry) -> tuple[str, str, str]:
    hint = suggest(value, registry.courses)
    return ("unknown course", f"the course is not in training/courses.yml ({shape(value)})",
            (f"Did you mean '{hint}'? " if hint else "") + "Use a course id from training/courses.yml.")


def agency_problem(value: str, registry: Registry) -> tuple[str, str, str]:
    hint = suggest(value, registry.agencies)
    return ("unknown agency", f"an agency not in training/agencies.yml ({shape(value)})",
            (f"Did you mean '{hint}'? " if hint else "")
            + "Use an agency name exactly as written in training/agencies.yml, or add the agency there.")


def status_problem(value: str) -> tuple[str, str, str]:
    return ("unknown status", f"the status is not one the report knows ({shape(value)})",
            "Use attended, completed, did not attend, cancelled, booked or in progress, or leave it blank.")


def module_problem(course: str, module: str, registry: Registry) -> tuple[str, str, str] | None:
    """Why a row's module cannot be used (a face-to-face course has none; an e-learning one names its own)."""
    if not module or (course, module) in registry.modules or course not in registry.courses:
        return None
    if not registry.courses[course].modules:
        return ("unknown module", f"the course {course} has no modules, but the row names one",
                "Leave the module blank for a workshop or briefing.")
    return ("unknown module", f"the module is not one of the course {course}'s modules in training/courses.yml",
            "Use the module page exactly as training/courses.yml lists it, for example "
            f"{registry.courses[course].modules[0]}.")


def confidence_problem(before: str, after: str) -> tuple[str, str, str] | None:
    """Evaluation answers are both blank, or both whole numbers from 1 to 5."""
    if (before, after) == ("", "") or (before in CONFIDENCE and after in CONFIDENCE):
        return None
    return ("bad evaluation", "the confidence answers must both be whole numbers from 1 to 5, or both blank",
            "Correct confidence_before and confidence_after, or clear them both.")


def problems(values: dict[str, str], registry: Registry, today: str) -> list[tuple[str, str, str]]:
    """Every reason a row cannot be used: (kind, message, fix). Values are stripped; attendee and
    status in lower case; module, confidence_before and confidence_after may be absent."""
    found = [("missing field", f"the {name} is blank", f"Fill in the {name}.")
             for name in ("date", "course", "agency") if not values[name]]
    problem = identifier_problem(values["attendee"])
    if problem:
        found.append(problem)
    if values["date"]:
        problem = date_problem(values["date"], today)
        if problem:
            found.append(problem)
    if values["course"] and values["course"] not in registry.courses:
        found.append(course_problem(values["course"], registry))
    if values["agency"] and values["agency"] not in registry.agencies:
        found.append(agency_problem(values["agency"], registry))
    status = values.get("status", "")
    if status not in COUNTED and status not in NOT_COUNTED:
        found.append(status_problem(status))
    for problem in (module_problem(values["course"], values.get("module", ""), registry),
                    confidence_problem(values.get("confidence_before", ""), values.get("confidence_after", ""))):
        if problem:
            found.append(problem)
    return found
