"""Write the spreadsheet exports the importer is tested on, the same bytes every run.

    python tests/data/spreadsheets.py FOLDER

Column names are the ones each system really writes:

- Microsoft Forms "Open results in Excel": ID, Start time, Completion time, Email, Name, Last
  modified time, then one column per question, on a sheet called Sheet1 (date cells).
- Moodle's course completion report (report/completion): ID, Name, the identity fields the site
  shows (Email address, Institution), each activity and "<activity> - Completion date", then
  "Course complete" holding the date in Moodle's short format (strftimedatetimeshort,
  "%d/%m/%y, %H:%M"), downloaded as an OpenDocument spreadsheet.
- Eventbrite's attendee list: Attendee #, Date, Last Name, First Name, Email, QTY, Ticket Type,
  Date Attending, Order #, Order Type, Amount, Fees Paid, Attendee Status, then the order form's
  questions (Job Title, Company).
- A hand-made Excel register: two title rows and a blank row above the header, real date cells,
  and a second sheet for another course.

Every person is invented (example.org addresses). The .xlsx files are written with openpyxl; the
.ods with the standard library (an OpenDocument file is a zip of XML), so nothing else is needed.
"""

from __future__ import annotations

import re
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

FIXED = datetime(2024, 1, 1)  # every file's own timestamp, so the bytes do not change from run to run

FORMS = [["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
          "Which organisation do you work for?", "How confident did you feel before the session? (1 to 5)",
          "How confident do you feel now? (1 to 5)", "Any other comments"],
         [1, datetime(2024, 5, 14, 10, 2), datetime(2024, 5, 14, 10, 9), "ann.forms@example.org", "Ann Example", "",
          "Primary school", 2, 4, "Useful, thank you"],
         [2, datetime(2024, 5, 14, 11, 30), datetime(2024, 5, 14, 11, 41), "bo.forms@example.org", "Bo Example", "",
          "Police", 3, 5, ""],
         [3, datetime(2024, 5, 15, 9, 0), datetime(2024, 5, 15, 9, 12), "cy.forms@example.org", "Cy Example", "",
          "GP surgery", 1, 9, "A typo in the second answer"]]
MOODLE_ACTIVITY = "Descriptions of Need quiz"
MOODLE = [["ID", "Name", "Email address", "Institution", MOODLE_ACTIVITY, f"{MOODLE_ACTIVITY} - Completion date",
           "Course complete"],
          ["31", "Dee Example", "dee.moodle@example.org", "Torus", "Completed", "03/06/24, 14:05", "03/06/24, 14:05"],
          ["32", "Eli Example", "eli.moodle@example.org", "Health visitor", "Completed", "10/06/24, 09:40",
           "10/06/24, 09:40"],
          ["33", "Fay Example", "fay.moodle@example.org", "College", "Not completed", "", ""]]
EVENTBRITE = [["Attendee #", "Date", "Last Name", "First Name", "Email", "QTY", "Ticket Type", "Date Attending",
               "Order #", "Order Type", "Amount (GBP)", "Fees Paid (GBP)", "Attendee Status", "Job Title",
               "Company"],
              ["5001", datetime(2024, 4, 2, 8, 15), "Example", "Gus", "gus.event@example.org", 1, "Free",
               datetime(2024, 4, 18, 9, 30), "9001", "Free Order", 0, 0, "Checked In", "Teacher", "Academy"],
              ["5002", datetime(2024, 4, 3, 12, 0), "Example", "Hal", "hal.event@example.org", 1, "Free",
               datetime(2024, 4, 18, 9, 30), "9002", "Free Order", 0, 0, "Attending", "Nurse", "School nurse"],
              ["5003", datetime(2024, 4, 5, 16, 45), "Example", "Ivy", "ivy.event@example.org", 1, "Free",
               datetime(2024, 4, 18, 9, 30), "9003", "Free Order", 0, 0, "Checked In", "Officer", "YJS"]]
REGISTER = [["Early Help workshop register"], ["Venue: Town Hall, trainer: the Early Help team"], [],
            ["Date", "Name", "Email", "Organisation", "Course", "Attended"],
            [date(2024, 7, 9), "Jo Example", "jo.register@example.org", "Nursery", "Multi-agency Early Help workshop",
             "Yes"],
            [date(2024, 7, 9), "Kit Example", "kit.register@example.org", "Housing", "Multi-agency Early Help workshop",
             "No"],
            [date(2024, 7, 10), "Lu Example", "lu.register@example.org", "CAMHS", "Multi-agency Early Help workshop",
             "Yes"]]
BRIEFINGS = [["Date", "Email", "Organisation", "Course"],
             [date(2024, 8, 1), "mo.register@example.org", "Midwife", "Descriptions of Need briefing"]]


def _xlsx(path: Path, sheets: dict[str, list[list]]) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    book.properties.created = book.properties.modified = FIXED
    book.save(path)
    _fix_zip_times(path)
    return path


def _fix_zip_times(path: Path) -> None:
    """openpyxl stamps each zip entry, and the workbook's modified date, with the time of writing:
    stamp them with FIXED instead."""
    with zipfile.ZipFile(path) as source:
        entries = [(info.filename, source.read(info)) for info in source.infolist()]
    stamp = FIXED.strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    entries = [(name, re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*", rb"\g<1>" + stamp, data)
                if name == "docProps/core.xml" else data) for name, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in entries:
            target.writestr(zipfile.ZipInfo(name, FIXED.timetuple()[:6]), data, zipfile.ZIP_DEFLATED)


def _ods_cell(value) -> str:
    if value in (None, ""):
        return "<table:table-cell/>"
    if isinstance(value, (date, datetime)):
        iso = value.isoformat()
        return (f'<table:table-cell office:value-type="date" office:date-value="{iso}">'
                f"<text:p>{iso}</text:p></table:table-cell>")
    if isinstance(value, (int, float)):
        return f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{value}</text:p></table:table-cell>'
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def _ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    ns = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
    tables = "".join(f'<table:table table:name="{escape(title)}">'
                     + "".join("<table:table-row>" + "".join(_ods_cell(v) for v in row) + "</table:table-row>"
                               for row in rows) + "</table:table>" for title, rows in sheets.items())
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ns} office:version="1.2">'
               f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
               "</office:document-content>")
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" '
                'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    stamp = FIXED.timetuple()[:6]
    with zipfile.ZipFile(path, "w") as ods:  # the mimetype comes first and is stored, as the standard says
        ods.writestr(zipfile.ZipInfo("mimetype", stamp), "application/vnd.oasis.opendocument.spreadsheet")
        ods.writestr(zipfile.ZipInfo("META-INF/manifest.xml", stamp), manifest, zipfile.ZIP_DEFLATED)
        ods.writestr(zipfile.ZipInfo("content.xml", stamp), content, zipfile.ZIP_DEFLATED)
    return path


def write_all(folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "forms": _xlsx(folder / "microsoft-forms-export.xlsx", {"Sheet1": FORMS}),
        "moodle": _ods(folder / "moodle-course-completion.ods", {"Course completion": MOODLE}),
        "eventbrite": _xlsx(folder / "eventbrite-attendees.xlsx", {"Attendees": EVENTBRITE}),
        "register": _xlsx(folder / "workshop-register.xlsx", {"Register": REGISTER, "Briefings": BRIEFINGS}),
        "register_ods": _ods(folder / "workshop-register.ods", {"Register": REGISTER, "Briefings": BRIEFINGS}),
    }


if __name__ == "__main__":
    for name, path in write_all(Path(sys.argv[1] if len(sys.argv) > 1 else ".")).items():
        print(f"{name}: {path}")
