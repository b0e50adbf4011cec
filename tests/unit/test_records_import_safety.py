"""Issue 18: a safe importer, tried with real processes, real files and the real Makefile target.

Each failure the issue lists is a test: eight imports at once kept 4,000 of
16,000 rows; 03/04/2024 was read day-first without a word; formula-like values
reached the canonical CSV; a killed import left a copy of the records behind,
silently skipped by the build; the Makefile let the shell interpret FILE.
"""

from __future__ import annotations

import csv
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from earlyhelp.completions import importer, records, report
from earlyhelp.completions import registry as registry_module
from sitefactory import FIXTURE_TRAINING

ROOT = Path(__file__).resolve().parents[2]
IMPORT = [sys.executable, "-m", "earlyhelp", "import-training"]  # what make import-training runs
TODAY = "2025-06-30"


@pytest.fixture(scope="module")
def reg():
    return registry_module.load(FIXTURE_TRAINING)


def export(path: Path, rows: list[str], header: str = "Date,Email,Organisation,Course") -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", "utf-8")
    return path


def canonical_rows(folder: Path) -> list[dict]:
    rows = []
    for path in sorted(folder.glob("*.csv")):
        with path.open(encoding="utf-8", newline="") as handle:
            rows += list(csv.DictReader(handle))
    return rows


def test_eight_imports_at_once_keep_every_row(tmp_path):
    folder = tmp_path / "records"
    exports = [export(tmp_path / f"export-{n}.csv",
                      [f"2024-{m % 12 + 1:02d}-{m % 27 + 1:02d},p{n}-{m}@x.example,Primary schools,eh-workshop"
                       for m in range(2000)]) for n in range(8)]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    procs = [subprocess.Popen([*IMPORT, str(path), "--records", str(folder)], env=env, cwd=ROOT,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for path in exports]
    outputs = [proc.communicate(timeout=300) for proc in procs]
    assert [proc.returncode for proc in procs] == [0] * 8, [err for _, err in outputs]
    assert all(" 2,000 added" in out for out, _ in outputs)
    rows = canonical_rows(folder)
    assert len(rows) == 16_000 and len({r["attendee"] for r in rows}) == 16_000
    assert not [p for p in folder.iterdir() if p.suffix != ".csv"]


KILLED_IMPORT = textwrap.dedent("""\
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, {hooks!r})
    from earlyhelp.completions import importer, registry
    reg = registry.load(Path({training!r}))
    # The import is killed (kill -9) once its temporary file is written, before the rename.
    os.fsync = lambda fd: os.kill(os.getpid(), signal.SIGKILL)
    importer.run(Path({export!r}), Path({folder!r}), reg)
    """)


def test_a_killed_import_leaves_a_file_the_build_refuses_and_the_next_import_removes(tmp_path, reg):
    folder = tmp_path / "records"
    first = export(tmp_path / "first.csv", ["2024-05-13,a@x.example,Primary schools,eh-workshop"])
    importer.run(first, folder, reg)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    second = export(tmp_path / "second.csv", ["2024-05-14,b@x.example,Primary schools,eh-workshop"])
    code = KILLED_IMPORT.format(hooks=str(ROOT / "hooks"), training=str(FIXTURE_TRAINING), export=str(second),
                                folder=str(folder))
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert proc.returncode == -9, proc.stderr
    left = [p for p in folder.iterdir() if p.name not in before]
    assert len(left) == 1 and b"b@x.example" in left[0].read_bytes()
    assert {p.name: p.read_bytes() for p in folder.iterdir() if p.name in before} == before
    _, findings = report.build(folder, FIXTURE_TRAINING, 5, TODAY)
    assert [f.kind for f in findings if f.severity == "error"] == ["leftover import file"]
    result, _ = importer.run(second, folder, reg)
    assert result.removed == [left[0].name] and len(result.new) == 1
    assert sorted(p.name for p in folder.iterdir()) == ["imported-2024-25.csv"]


def test_a_failed_write_leaves_no_temporary_file(tmp_path, reg, monkeypatch):
    folder = tmp_path / "records"
    result = importer.plan(export(tmp_path / "e.csv", ["2024-05-13,a@x.example,Primary schools,eh-workshop"]),
                           folder, reg, today=TODAY)
    monkeypatch.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        importer.apply(result, folder)
    assert list(folder.iterdir()) == []


def test_dates_that_read_both_ways_are_refused_with_two_example_rows(tmp_path, reg):
    path = export(tmp_path / "e.csv", ["03/04/2024,a@x.example,Primary schools,eh-workshop",
                                       "03/04/2024,b@x.example,Primary schools,eh-workshop",
                                       "05/06/2024,c@x.example,Primary schools,eh-workshop"])
    with pytest.raises(importer.ExportError) as caught:
        importer.run(path, tmp_path / "records", reg)
    message = str(caught.value)
    assert "(line 2: 03/04/2024 and line 4: 05/06/2024)" in message and "DATE_FORMAT=%m/%d/%Y" in message
    assert "x.example" not in message and "Primary" not in message
    assert not (tmp_path / "records").exists() or canonical_rows(tmp_path / "records") == []
    result, _ = importer.run(path, tmp_path / "records", reg, date_format="%m/%d/%Y")
    assert [r["date"] for r in result.new] == ["2024-03-04", "2024-03-04", "2024-05-06"]


def test_month_first_dates_are_refused_rather_than_read_day_first(tmp_path, reg):
    """The re-import the issue describes: 03/04/2024 read day first, then 12/13/2024 needing month first."""
    path = export(tmp_path / "e.csv", ["03/04/2024,a@x.example,Primary schools,eh-workshop",
                                       "12/13/2024,b@x.example,Primary schools,eh-workshop"])
    with pytest.raises(importer.ExportError, match=r"month first \(line 3: 12/13/2024\)"):
        importer.run(path, tmp_path / "records", reg)
    mixed = export(tmp_path / "m.csv", ["13/04/2024,a@x.example,Primary schools,eh-workshop",
                                        "12/13/2024,b@x.example,Primary schools,eh-workshop"])
    with pytest.raises(importer.ExportError, match="mixes two date formats"):
        importer.run(mixed, tmp_path / "records", reg)
    assert canonical_rows(tmp_path / "records") == []


def test_day_first_is_read_when_a_date_shows_it(tmp_path, reg):
    path = export(tmp_path / "e.csv", ["03/04/2024,a@x.example,Primary schools,eh-workshop",
                                       "13/04/2024,b@x.example,Primary schools,eh-workshop"])
    result, _ = importer.run(path, tmp_path / "records", reg)
    assert [r["date"] for r in result.new] == ["2024-04-03", "2024-04-13"]


@pytest.mark.parametrize("attendee, agency", [
    ("=HYPERLINK(\"http://x.example\")", "Primary schools"), ("+44 1234", "Primary schools"),
    ("-1+1", "Primary schools"), ("@SUM(A1)", "Primary schools"), ("\tx@x.example", "Primary schools"),
    ("\rx@x.example", "Primary schools"), ("'=1+1", "Primary schools"),
    ("a@x.example", "=cmd|' /C calc'!A0"), ("a@x.example", "@agency"), ("a@x.example", "\tPrimary schools"),
])
def test_formula_like_values_are_rejected(tmp_path, reg, attendee, agency):
    def quoted(value):
        return '"' + value.replace('"', '""') + '"'
    path = export(tmp_path / "e.csv", [f"2024-05-13,{quoted(attendee)},{quoted(agency)},eh-workshop"])
    result, written = importer.run(path, tmp_path / "records", reg, other_agency="Other organisation")
    assert result.new == [] and written == {} and len(result.rejected) == 1
    assert "spreadsheet formula" in result.rejected[0].message
    assert attendee.strip() not in result.rejected[0].format()


def test_the_makefile_passes_values_without_the_shell(tmp_path):
    name = "a \"b\" 'c' `touch PWNED`; d (1).csv"
    export(tmp_path / name, ["2024-05-13,a@x.example,Primary schools,eh-workshop"])
    env = {**os.environ, "TRAINING_RECORDS_DIR": str(tmp_path / "records")}
    proc = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "-o", ".venv/.build-deps",
                           "import-training", f"FILE={tmp_path / name}", "MAP=attendee=Email, agency=Organisation",
                           "COURSE=eh-workshop"], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert not (tmp_path / "PWNED").exists() and not (ROOT / "PWNED").exists()
    assert canonical_rows(tmp_path / "records")[0]["source"] == f"import: {name}"
    usage = subprocess.run(["make", "--no-print-directory", "-C", str(ROOT), "-o", ".venv/.build-deps",
                            "import-training"], env={k: v for k, v in env.items() if k != "FILE"},
                           capture_output=True, text=True)
    assert usage.returncode != 0 and "Usage: make import-training FILE=" in usage.stderr


def test_what_is_imported_is_what_the_build_counts(tmp_path, reg):
    path = export(tmp_path / "e.csv", [f"2024-05-{d:02d},p{d}@x.example,Primary schools,eh-workshop"
                                       for d in range(13, 20)])
    importer.run(path, tmp_path / "records", reg)
    parsed = records.read_folder(tmp_path / "records", reg, TODAY)[0]
    assert sum(len(f.kept) for f in parsed) == 7 and not [f for p in parsed for f in p.findings]


def test_a_date_before_2000_is_not_repeated_as_an_example(tmp_path, reg):
    """Dates of birth in the date column ("04/03/1987") read both ways too; the message names their
    lines, not the dates, since build logs can be public."""
    path = export(tmp_path / "e.csv", ["04/03/1987,a@x.example,Primary schools,eh-workshop",
                                       "05/06/90,b@x.example,Primary schools,eh-workshop"])
    with pytest.raises(importer.ExportError) as caught:
        importer.run(path, tmp_path / "records", reg)
    message = str(caught.value)
    assert "(line 2: a date before 2000 and line 3: a date before 2000)" in message, message
    assert "1987" not in message and "05/06/90" not in message
