"""Big record files: the same checks and counts as ``records`` and ``report``, in Apache Arrow.

Arrow's C++ CSV reader and hash kernels check and count a million records in
under a second, where pure Python needs over three. Importing pyarrow costs
about 0.2 s, which a folder of a few thousand records would never win back, so
it is imported only for a file of ``BIG_FILE_BYTES`` or more (about 60,000
records): ``mkdocs serve`` stays quick for the common case.

This path never reports a bad row itself. Whenever anything is wrong (a value
that fails a check, a row with the wrong number of values, a blank attendee)
it gives up and the caller takes the row-by-row path, which names the file,
line and reason of every rejected row. So both paths always agree, and
``tests/test_training_report.py`` checks that they do.
"""

from __future__ import annotations

from .checks import COUNTED, columns_usable, period_code
from .registry import Registry

BIG_FILE_BYTES = 4_000_000


def is_columnar(column) -> bool:
    """True for a column this module made (a pyarrow array), False for a Python list."""
    return not isinstance(column, list)


def read(data: bytes, header: list[str], col: dict[str, int], registry: Registry, today: str) -> dict | None:
    """Check whole columns of a file whose header is its first line.

    Returns {"rows", "not_counted", "dates", "courses", "attendees", "agencies",
    "periods"} (the columns hold the counted records only), or None if any row
    needs the row-by-row path.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv

    if len(set(header)) != len(header) or (b"\r" in data and data.count(b"\r") != data.count(b"\r\n")):
        return None
    wanted = [name for name in header if name in col and name != "source"]
    try:
        table = pcsv.read_csv(
            pa.py_buffer(data),
            read_options=pcsv.ReadOptions(column_names=header, skip_rows=1),
            parse_options=pcsv.ParseOptions(newlines_in_values=False),
            convert_options=pcsv.ConvertOptions(column_types={n: pa.string() for n in header},
                                                include_columns=wanted, strings_can_be_null=False,
                                                quoted_strings_can_be_null=False))
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return None

    def clean(name):
        return pc.utf8_trim_whitespace(table[name]).combine_chunks()

    dates, courses, agencies = clean("date"), clean("course"), clean("agency")
    attendees = pc.utf8_lower(clean("attendee"))
    status = pc.utf8_lower(clean("status")) if "status" in col else None
    # Every row is checked, counted or not, as the row-by-row path does.
    if pc.any(pc.equal(pc.utf8_length(attendees), 0)).as_py():
        return None
    statuses = set(pc.unique(status).to_pylist()) if status is not None else {""}
    distinct_dates = pc.unique(dates)
    known_dates = distinct_dates.to_pylist()
    if not columns_usable(statuses, set(known_dates), set(pc.unique(courses).to_pylist()),
                          set(pc.unique(agencies).to_pylist()), registry, today):
        return None
    periods = pc.take(pa.array([period_code(d) for d in known_dates], pa.int32()),
                      pc.index_in(dates, value_set=distinct_dates))
    rows = len(dates)
    columns = {"dates": dates, "courses": courses, "attendees": attendees, "agencies": agencies, "periods": periods}
    if not statuses <= COUNTED:
        keep = pc.is_in(status, value_set=pa.array(sorted(COUNTED)))
        columns = {name: pc.filter(column, keep) for name, column in columns.items()}
    return {"rows": rows, "not_counted": rows - len(columns["dates"]), **columns}


def tally(files, registry: Registry) -> dict:
    """What ``report`` needs from the records, counted by Arrow.

    Each value is replaced by a small integer code (its position in the
    registry, or in the list of distinct attendees or dates), so that finding
    duplicates and distinct people works on one 64-bit number per record.
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    def column(name, kind):
        parts = [getattr(f, name) for f in files]
        parts = [p if is_columnar(p) else pa.array(p, kind) for p in parts]
        return pa.chunked_array(parts, kind).combine_chunks() if parts else pa.array([], kind)

    dates, courses, agencies = (column(n, pa.string()) for n in ("dates", "courses", "agencies"))
    attendees, periods = column("attendees", pa.string()), column("periods", pa.int32()).cast(pa.int64())
    course_ids, agency_names = list(registry.courses), list(registry.agencies)
    n_courses, n_agencies = len(course_ids), len(agency_names)
    course = pc.index_in(courses, value_set=pa.array(course_ids, pa.string())).cast(pa.int64())
    agency = pc.index_in(agencies, value_set=pa.array(agency_names, pa.string())).cast(pa.int64())
    people = pc.dictionary_encode(attendees)
    person, n_people = people.indices.cast(pa.int64()), max(len(people.dictionary), 1)
    distinct_dates = pc.unique(dates)
    day = pc.index_in(dates, value_set=distinct_dates).cast(pa.int64())
    n = len(dates)

    # Exact duplicates (same attendee, course and date) count once; the first one read wins.
    key = pc.add(pc.multiply(pc.add(pc.multiply(person, n_courses), course), max(len(distinct_dates), 1)), day)
    encoded = pc.dictionary_encode(key)
    order, accepted = encoded.indices, n
    if len(encoded.dictionary) < n:
        seen_before = pa.concat_arrays([pa.array([-1], order.type), pc.cumulative_max(order).slice(0, n - 1)])
        first = pc.greater(order, seen_before)
        periods, course, agency, person = (pc.filter(c, first) for c in (periods, course, agency, person))
        accepted = len(periods)

    combo = pc.add(pc.multiply(pc.add(pc.multiply(periods, n_courses), course), n_agencies), agency)
    combos = {}
    for item in pc.value_counts(combo).to_pylist():
        code, rest = divmod(item["values"], n_courses * n_agencies)
        combos[code, course_ids[rest // n_agencies], agency_names[rest % n_agencies]] = item["counts"]

    partner = pc.take(pa.array([registry.agencies[a].partner for a in agency_names], pa.bool_()), agency)
    partner_periods, partner_people = pc.filter(periods, partner), pc.filter(person, partner)

    def distinct_people(group):
        pairs = pc.unique(pc.add(pc.multiply(group, n_people), partner_people))
        return {item["values"]: item["counts"] for item in pc.value_counts(pc.divide(pairs, n_people)).to_pylist()}

    return {"combos": combos, "accepted": accepted, "records": n,
            "quarter_people": distinct_people(partner_periods),
            "year_people": distinct_people(pc.divide(partner_periods, 4))}
