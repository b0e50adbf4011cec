"""The columns of the canonical training records, and the names other systems give them.

Compared in lower case with spaces collapsed (``registry.key``). A more specific name comes before a
general one, so an export with both "Date" (when it was booked) and "Date Attending" reads the second.
"""

from __future__ import annotations

from .registry import key

# The canonical columns, in the order the importer writes them; OLD_COLUMNS is the header before issue 23.
COLUMNS = ("date", "course", "attendee", "agency", "status", "source", "module", "confidence_before",
           "confidence_after")
OLD_COLUMNS = COLUMNS[:6]
SYNONYMS = {
    "date": ("date attended", "attendance date", "date attending", "session date", "event date", "course date",
             "completion date", "date completed", "time completed", "completed on", "completion time",
             "course complete", "date", "completed", "timestamp", "submitted"),
    "course": ("course", "course id", "course name", "course title", "training", "event", "event name",
               "session", "session name", "title"),
    "attendee": ("attendee", "email", "email address", "e-mail", "e-mail address", "work email", "work email address",
                 "user email", "learner email", "username", "staff number", "employee number", "staff id"),
    "agency": ("agency", "organisation", "organization", "your organisation", "employer", "service", "company",
               "institution"),
    "status": ("status", "attendance", "attendance status", "attendee status", "completion status", "attended"),
    "source": ("source",),
    "module": ("module", "module page"),
    "confidence_before": ("confidence_before", "confidence before"),
    "confidence_after": ("confidence_after", "confidence after"),
}
STATUSES = {
    "": "", "attended": "attended", "present": "attended", "yes": "attended", "y": "attended", "attend": "attended",
    "checked in": "attended", "completed": "completed", "complete": "completed", "passed": "completed",
    "pass": "completed", "finished": "completed", "did not attend": "did not attend", "dna": "did not attend",
    "absent": "did not attend", "no show": "did not attend", "no-show": "did not attend", "no": "did not attend",
    "n": "did not attend", "not attending": "cancelled", "cancelled": "cancelled", "canceled": "cancelled",
    "withdrawn": "cancelled", "booked": "booked", "registered": "booked", "attending": "booked",
    "enrolled": "in progress", "in progress": "in progress", "not started": "in progress",
}


class ExportError(Exception):
    """A problem with the whole export (unreadable, no usable columns): nothing is imported."""


def parse_mapping(text: str | None) -> dict[str, str]:
    """'date=Date attended,attendee=Email' -> {'date': 'Date attended', 'attendee': 'Email'}."""
    mapping = {}
    for part in filter(None, (p.strip() for p in (text or "").split(","))):
        name, sep, column = part.partition("=")
        if not sep or name.strip() not in COLUMNS:
            raise ExportError(f"Part {len(mapping) + 1} of the column map is not name=Column: "
                              f"the names are {', '.join(COLUMNS)}.")
        mapping[name.strip()] = column.strip()
    return mapping


def find_columns(header: list[str], mapping: dict[str, str], need: tuple[str, ...]) -> dict[str, int] | None:
    keys = [key(h) for h in header]
    found = {}
    for name in COLUMNS:
        wanted = [key(mapping[name])] if name in mapping else [key(s) for s in SYNONYMS[name]]
        index = next((keys.index(w) for w in wanted if w in keys), None)
        if index is not None:
            found[name] = index
    return found if all(n in found for n in need) else None


