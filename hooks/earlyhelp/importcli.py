"""Import an attendance or completion export into the training records (make import-training).

Usage: make import-training FILE=export.csv [MAP="date=Date attended,attendee=Email,agency=Organisation,course=Course"]
       [DATE_FORMAT=%d/%m/%Y] [COURSE=eh-induction] [AGENCY="Primary schools"] [OTHER_AGENCY="Other organisation"]
       [SHEET="Form1"] [DRY_RUN=1]

FILE may be a CSV (or other text) export, an Excel workbook (.xlsx, .xlsm, .xls) or an OpenDocument
spreadsheet (.ods): the first sheet is read unless SHEET names another (by name, or by number from 1).

make passes those values in the environment (--from-make), never through the shell, so a file name or
a column name with quotes, spaces or $ in it arrives exactly as typed.
The records folder is training/records, or TRAINING_RECORDS_DIR when set.
Exit status: 0 all rows imported or already there, 1 some rows rejected, 2 nothing could be imported.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .completions import importer, location, registry


USAGE = ('Usage: make import-training FILE=export.csv [MAP="date=Date attended,attendee=Email,agency=Organisation,'
         'course=Course"] [DATE_FORMAT=%d/%m/%Y] [COURSE=eh-induction] [AGENCY="Primary schools"] '
         '[OTHER_AGENCY="Other organisation"] [SHEET="Form1"] [DRY_RUN=1]')
FROM_MAKE = {"FILE": "file", "MAP": "--map", "DATE_FORMAT": "--date-format", "COURSE": "--course",
             "AGENCY": "--agency", "OTHER_AGENCY": "--other-agency", "SHEET": "--sheet"}


def records_folder() -> Path:
    return location.records_folder(Path.cwd(), os.environ.get("TRAINING_RECORDS_DIR"))


def arguments_from_make(environ) -> list[str] | None:
    """The command line make's variables stand for (None without FILE)."""
    if not environ.get("FILE"):
        return None
    argv = [environ["FILE"]]
    for name, option in FROM_MAKE.items():
        if option.startswith("--") and environ.get(name):
            argv += [option, environ[name]]
    return argv + (["--dry-run"] if environ.get("DRY_RUN") else [])


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv == ["--from-make"]:
        argv = arguments_from_make(os.environ)
        if argv is None:
            print(USAGE, file=sys.stderr)
            return 2
    parser = argparse.ArgumentParser(description="Import a training export into the canonical records.")
    parser.add_argument("file", type=Path, help="the export (CSV, .xlsx or .ods)")
    parser.add_argument("--sheet", default=None, help="the sheet of a spreadsheet to read (default: the first)")
    parser.add_argument("--map", default="", help='column names, e.g. "date=Date attended,attendee=Email"')
    parser.add_argument("--date-format", default=None, help="e.g. %%d/%%m/%%Y (default: UK day/month/year or ISO)")
    parser.add_argument("--course", default=None, help="course id for every row (a register of one course)")
    parser.add_argument("--agency", default=None, help="agency for rows that name none")
    parser.add_argument("--other-agency", default=None, help="agency for rows whose agency is not in agencies.yml")
    parser.add_argument("--records", type=Path, default=None, help="records folder (default: TRAINING_RECORDS_DIR)")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen, write nothing")
    args = parser.parse_args(argv)
    folder = args.records or records_folder()
    reg = registry.load(Path.cwd() / "training")  # the site's folder: make runs from there
    if reg.findings:
        for finding in reg.findings:
            print(finding.format(), file=sys.stderr)
        return 2
    try:
        result, written = importer.run(
            args.file, folder, reg, dry_run=args.dry_run, mapping=importer.parse_mapping(args.map),
            date_format=args.date_format, course=args.course, agency=args.agency, other_agency=args.other_agency,
            sheet=args.sheet)
    except (importer.ExportError, OSError) as exc:
        print(f"Nothing was imported: {exc}", file=sys.stderr)
        return 2
    report(args, result, written)
    return 1 if result.rejected else 0


def report(args, result, written) -> None:
    for name in result.removed:
        print(f"Removed {name}, left in the records folder by an import that did not finish.")
    columns = ", ".join(f'{name} <- "{column}"' for name, column in result.columns.items())
    print(f"{'Checked (dry run)' if args.dry_run else 'Imported'} {args.file.name} (read as {result.encoding}; "
          f"columns: {columns})")
    print(f"  {result.rows:>6,} rows read")
    print(f"  {len(result.new):>6,} added" + (" (dry run: nothing written)" if args.dry_run else ""))
    for path, count in written.items():
        print(f"         {count:,} to {path}")
    print(f"  {result.already:>6,} already there")
    if result.repeated:
        print(f"  {result.repeated:>6,} repeated within the export (added once)")
    if result.skipped:
        print(f"  {result.skipped:>6,} skipped: the status says they did not attend or complete")
    if result.mapped_to_other:
        print(f"  {result.mapped_to_other:>6,} recorded as '{args.other_agency}' (agency not in agencies.yml)")
    print(f"  {len(result.rejected):>6,} rejected" + (":" if result.rejected else ""))
    for finding in result.rejected:
        print(f"    {finding.format()}")
    if result.rejected:
        print("Fix the rejected rows in the export and import it again: rows already imported are not added twice.")
