"""Known-answer tests for the training report: every figure written by hand.

The dataset below is small enough to count on paper. The expected numbers in
EXPECTED were worked out by hand from it (see the comments on each row), not
by running the code under test.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from earlyhelp.completions import checks, records, render, report
from earlyhelp.completions import registry as registry_module

TODAY = "2025-01-01"

AGENCIES = """\
agencies:
  - name: School A
    sector: education
    partner: true
  - name: Clinic
    sector: health
    partner: true
  - name: Police
    sector: police
    partner: true
  - name: Early Help Service
    sector: early help service
    partner: false
"""
COURSES = """\
courses:
  - id: c1
    title: Course one
    mode: workshop
    audience: Everyone
    duration: 60
  - id: c2
    title: Course two
    mode: briefing
    audience: Everyone
    duration: 60
"""

# File a.csv. Row numbers in the comments are the numbers used in the working below.
A_CSV = """\
date,course,attendee,agency,status,source
2022-04-01,c1,p1@t.test,School A,attended,register
2022-06-30,c1,p2@t.test,School A,,register
2022-07-01,c2,p1@t.test,School A,completed,portal
2022-12-31,c1,p3@t.test,Clinic,attended,register
2023-03-31,c2,p4@t.test,Police,attended,register
2023-03-31,c1,e1@t.test,Early Help Service,attended,register
2023-03-31,c2,P4@T.test,Police,attended,second copy
2023-04-01,c1,p1@t.test,School A,attended,register
2023-04-01,c1,p5@t.test,Clinic,attended,register
2023-05-15,c2,p5@t.test,Clinic,attended,register
2023-09-30,c1,p6@t.test,Police,attended,register
2024-01-10,c2,e1@t.test,Early Help Service,attended,register
2024-03-31,c1,p7@t.test,School A,attended,register
2024-02-01,c1,p8@t.test,School A,did not attend,register
2023-10-02,c2,p9@t.test,Police,attended,register
"""
# Rows 1-15 above. Row 7 repeats row 5 (same attendee in another case, course, date): a duplicate.
# Row 14 did not attend: read but not counted.
# File b.csv: row 16 repeats row 9 exactly (a duplicate across files); row 17 has an impossible date.
B_CSV = """\
date,course,attendee,agency
2023-04-01,c1,p5@t.test,Clinic
2023-13-01,c1,x1@t.test,School A
"""
IDENTIFIERS = ["p1@t.test", "p2@t.test", "p3@t.test", "p4@t.test", "P4@T.test", "e1@t.test", "p5@t.test",
               "p6@t.test", "p7@t.test", "p8@t.test", "p9@t.test", "x1@t.test"]

NO_EVALUATION = {"c1": {"responses": 0, "average_change": None}, "c2": {"responses": 0, "average_change": None}}
EXPECTED = {
    "threshold": 1,
    "years": [
        {
            # 2022/23: rows 1-6 (row 7 dropped as a duplicate of row 5).
            "year": "2022/23", "start": "2022-04-01", "end": "2023-03-31", "complete": True, "published": "year",
            "attendances": 6,
            "partner_attendees": 4,          # p1, p2, p3, p4 (e1 is Early Help Service, not a partner)
            "partner_agencies": 3,           # School A, Clinic, Police
            "by_sector": {"education": 3, "health": 1, "police": 1, "early help service": 1},
            "by_course": {"c1": 4, "c2": 2},  # c1: rows 1, 2, 4, 6; c2: rows 3, 5
            "quarters": [
                {"quarter": "Q1", "months": "April to June", "attendances": 2, "partner_attendees": 2},
                {"quarter": "Q2", "months": "July to September", "attendances": 1, "partner_attendees": 1},
                {"quarter": "Q3", "months": "October to December", "attendances": 1, "partner_attendees": 1},
                {"quarter": "Q4", "months": "January to March", "attendances": 2, "partner_attendees": 1},
            ],
            "change": None, "direction": None,
            "partner_agency_names": ["Clinic", "Police", "School A"],  # every sector is shown at threshold 1
            # No e-learning course and no evaluation answer; no course has renew_every, so every partner
            # attendee so far is current at the year's end: p1, p2, p3, p4.
            "course_completions": {}, "module_passes": {}, "evaluation": NO_EVALUATION,
            "current_partner_attendees": 4, "current_at": "2023-03-31",
        },
        {
            # 2023/24: rows 8-13 and 15 (row 14 did not attend; row 16 duplicates row 9).
            "year": "2023/24", "start": "2023-04-01", "end": "2024-03-31", "complete": True, "published": "year",
            "attendances": 7,
            "partner_attendees": 5,          # p1, p5, p6, p7, p9
            "partner_agencies": 3,
            "by_sector": {"education": 2, "health": 2, "police": 2, "early help service": 1},
            "by_course": {"c1": 4, "c2": 3},  # c1: rows 8, 9, 11, 13; c2: rows 10, 12, 15
            "quarters": [
                {"quarter": "Q1", "months": "April to June", "attendances": 3, "partner_attendees": 2},
                {"quarter": "Q2", "months": "July to September", "attendances": 1, "partner_attendees": 1},
                {"quarter": "Q3", "months": "October to December", "attendances": 1, "partner_attendees": 1},
                {"quarter": "Q4", "months": "January to March", "attendances": 2, "partner_attendees": 1},
            ],
            "change": 1, "direction": "increase",  # 5 partner attendees against 4
            "partner_agency_names": ["Clinic", "Police", "School A"],
            "course_completions": {}, "module_passes": {}, "evaluation": NO_EVALUATION,
            "current_partner_attendees": 8, "current_at": "2024-03-31",  # p1-p7 and p9 (p8 did not attend)
        },
    ],
    "data_quality": {
        "files": 2, "files_skipped": 0,
        "rejected": 1,       # row 17
        "year": "2023/24",   # duplicates and non-attendance: the last whole year only
        "duplicates": 1,     # row 16 (row 7 is in 2022/23)
        "not_attended": 1,   # row 14
        "reasons": ["impossible date"],
    },
}


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A project folder with the small registries and the two record files."""
    (tmp_path / "training" / "records").mkdir(parents=True)
    (tmp_path / "training" / "agencies.yml").write_text(AGENCIES, encoding="utf-8")
    (tmp_path / "training" / "courses.yml").write_text(COURSES, encoding="utf-8")
    (tmp_path / "training" / "records" / "a.csv").write_text(A_CSV, encoding="utf-8")
    (tmp_path / "training" / "records" / "b.csv").write_text(B_CSV, encoding="utf-8")
    return tmp_path


def build(project: Path, threshold: int = 1):
    return report.build(project / "training" / "records", project / "training", threshold, TODAY, base=project)


def test_every_figure_of_the_known_answer_dataset(project):
    result, findings = build(project)
    assert result["threshold"] == EXPECTED["threshold"]
    assert result["years"] == EXPECTED["years"]
    assert result["data_quality"] == EXPECTED["data_quality"]
    assert result["courses"] == {"c1": "Course one", "c2": "Course two"}
    assert [f.format() for f in findings] == [
        "Error: training/records/b.csv:3: Row left out: the date does not exist (there is no month 13). How to fix: "
        "Check the day and month. Write dates as YYYY-MM-DD, for example 2024-04-01."]


def test_the_json_has_the_documented_shape(project):
    result, _ = build(project, threshold=5)
    data = json.loads(render.json_text(result))
    assert data["threshold"] == 5 and data["method"] == "suppression"
    assert [y["year"] for y in data["years"]] == ["2022/23", "2023/24"]  # oldest first
    for year in data["years"]:
        assert {"year", "start", "end", "complete", "published", "attendances", "partner_attendees", "partner_agencies",
                "partner_agency_names", "by_sector", "by_course", "quarters", "change", "direction",
                "course_completions", "module_passes", "current_partner_attendees", "current_at",
                "evaluation"} == set(year)
        assert [q["quarter"] for q in year["quarters"]] == ["Q1", "Q2", "Q3", "Q4"]
    assert set(data["data_quality"]) == {"files", "files_skipped", "year", "rejected", "duplicates", "not_attended",
                                         "reasons"}


@pytest.mark.parametrize("day, label, quarter", [
    ("2023-03-31", "2022/23", "Q4"), ("2023-04-01", "2023/24", "Q1"), ("2023-06-30", "2023/24", "Q1"),
    ("2023-07-01", "2023/24", "Q2"), ("2023-12-31", "2023/24", "Q3"), ("2024-01-01", "2023/24", "Q4"),
    ("1999-12-31", "1999/00", "Q3"),
])
def test_financial_year_boundaries(day, label, quarter):
    year, index = checks.financial_year(day)
    assert report.year_label(year) == label
    assert report.QUARTERS[index][0] == quarter


def test_no_change_and_decrease_directions(tmp_path, project):
    extra = "2023-11-01,c1,p1@t.test,School A,attended,x\n"  # p1 already counted in 2023/24
    (project / "training" / "records" / "a.csv").write_text(A_CSV.replace(
        "2023-10-02,c2,p9@t.test,Police,attended,register\n", extra), encoding="utf-8")
    result, _ = build(project)
    assert (result["years"][1]["partner_attendees"], result["years"][1]["change"],
            result["years"][1]["direction"]) == (4, 0, "no change")
    (project / "training" / "records" / "a.csv").write_text(A_CSV.replace(
        "2023-10-02,c2,p9@t.test,Police,attended,register\n", "").replace(
        "2024-03-31,c1,p7@t.test,School A,attended,register\n", ""), encoding="utf-8")
    result, _ = build(project)
    assert (result["years"][1]["change"], result["years"][1]["direction"]) == (-1, "decrease")


def test_threshold_three_hides_the_small_counts_and_what_gives_them_away(project):
    result, _ = build(project, threshold=3)
    first, second = result["years"]
    # 2022/23 quarters (attendances, partner attendees) 2 2, 1 1, 1 1, 2 1: every one is below 3, so each
    # quarter's release hid both, and a reader knows each is 1 or 2.
    assert [(q["attendances"], q["partner_attendees"]) for q in first["quarters"]] == [(None, None)] * 4
    # Sectors 3, 1, 1, 1 of 6: with the 3 shown, the three 1s would add up to 3 and each be 1, so the 3 is
    # hidden too. Courses 4 and 2: the shown 4 would give the 2 (6 - 4), so it is hidden as well.
    assert first["attendances"] == 6 and first["partner_attendees"] == 4
    assert first["by_sector"] == {"education": None, "health": None, "police": None, "early help service": None}
    assert first["by_course"] == {"c1": None, "c2": None}
    # An agency is named only where its sector is shown: the list would say which sectors had anyone at all.
    assert first["partner_agency_names"] == [] and first["partner_agencies"] == 0
    # 2023/24 quarters 3 2, 1 1, 1 1, 2 1: only Q1's 3 is shown. The other three add up to 7 - 3 = 4, each
    # 1 or 2, so none is known. Sectors 2, 2, 2, 1 are all hidden; courses 4 and 3 are shown.
    assert [(q["attendances"], q["partner_attendees"]) for q in second["quarters"]] == [
        (3, None), (None, None), (None, None), (None, None)]
    assert second["attendances"] == 7 and second["partner_attendees"] == 5
    assert second["by_course"] == {"c1": 4, "c2": 3} and set(second["by_sector"].values()) == {None}


def test_a_threshold_of_two_is_refused(project):
    """It would hide only 1s: a reader would know every hidden count."""
    result, findings = build(project, threshold=2)
    assert result["threshold"] == report.DEFAULT_THRESHOLD
    [finding] = [f for f in findings if "suppression_threshold" in f.message]
    assert "every hidden count is 1" in finding.message and "3 or more" in finding.fix


def test_page_says_hidden_and_matches_the_json(project):
    result, _ = build(project, threshold=3)
    page = render.page(result)
    assert page.startswith("---\ntitle: Partners attending Early Help training\n")
    assert "\ntype: report\n" in page.split("---")[1]
    assert "<td>hidden</td>" in page and "fewer than" not in page
    assert "In 2023/24, 5 people from partner agencies attended Early Help training." in page
    assert "**an increase of 1** on 2022/23 (4 people)" in page
    assert 'role="img"' in page and "<title" in page and "<desc" in page
    assert "<th scope=\"row\">2023/24</th><td>5</td><td>+1 (increase)</td>" in page
    assert "baseline" not in page.lower()  # this fixture's partnership gives none
    for identifier in IDENTIFIERS:
        assert identifier.lower() not in page.lower()
        assert identifier.lower() not in render.json_text(result).lower()


def test_each_year_is_a_column_latest_first(project):
    """The year table reads along a row: a course's attendances in 2023/24, then 2022/23."""
    result, _ = build(project)
    page = render.page(result)
    assert '<th scope="col">Figure</th><th scope="col">2023/24</th><th scope="col">2022/23</th>' in page
    assert '<th scope="row">Attendances: Course two</th><td>3</td><td>2</td>' in page
    assert '<th scope="row">Attendances: Education sector</th><td>2</td><td>3</td>' in page
    assert ('<th scope="row">Change in partner attendees on the year before</th><td>+1 (increase)</td>'
            '<td>not applicable</td>') in page
    # A year not over is shown by its ended quarters, and has no column until it ends.
    result, _ = report.build(project / "training" / "records", project / "training", 1, "2024-01-01", base=project)
    page = render.page(result)
    assert '<th scope="col">Figure</th><th scope="col">2022/23</th></tr>' in page
    assert "## Quarters of 2023/24" in page
    assert '<th scope="row">Q3</th><td>October to December</td><td>1</td>' in page
    assert "**In Q3 of 2023/24 (October to December), 1 person from partner agencies attended" in page
    assert "In 2022/23, the last whole year shown, 4 people from partner agencies attended." in page


def test_text_from_the_data_is_escaped(project):
    agencies = AGENCIES + '  - name: <script>alert("x")</script> & {{ partnership.name }}\n' \
                          "    sector: voluntary and community\n    partner: true\n"
    (project / "training" / "agencies.yml").write_text(agencies, encoding="utf-8")
    (project / "training" / "courses.yml").write_text(COURSES.replace("Course two", "Two <b>bold</b> | *x*"),
                                                      encoding="utf-8")
    (project / "training" / "records" / "c.csv").write_text(
        "date,course,attendee,agency\n" + "".join(
            f'2023-05-0{i},c2,q{i}@t.test,"<script>alert(""x"")</script> & {{{{ partnership.name }}}}"\n'
            for i in range(1, 7)), encoding="utf-8")
    result, findings = build(project)
    assert not [f for f in findings if "c.csv" in f.file]
    page = render.page(result)
    assert "<script" not in page and "<b>bold" not in page and "{{" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#123;&#123; partnership.name &#125;&#125;" in page
    assert "Two &lt;b&gt;bold&lt;/b&gt; &#124; &#42;x&#42;" in page


def test_bom_and_windows_line_endings(project):
    records_dir = project / "training" / "records"
    for path in records_dir.iterdir():
        path.unlink()
    text = A_CSV.replace("\n", "\r\n")
    (records_dir / "a.csv").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    quoted = '\ufeffdate,course,attendee,agency\r\n"2023-04-01","c1","p5@t.test","Clinic"\r\n' \
             '2023-13-01,c1,x1@t.test,School A\r\n'
    (records_dir / "b.csv").write_bytes(quoted.encode("utf-8"))
    result, _ = build(project)
    assert result["years"] == EXPECTED["years"]
    assert result["data_quality"] == EXPECTED["data_quality"]


@pytest.mark.parametrize("bad_row, reason", [
    ("2023-02-30,c1,z@t.test,Clinic,attended,x", "impossible date"),
    ("2099-01-01,c1,z@t.test,Clinic,attended,x", "future date"),
    ("2023-01-01,c9,z@t.test,Clinic,attended,x", "unknown course"),
    ("2023-01-01,c1,z@t.test,Clinc,attended,x", "unknown agency"),
    ("2023-01-01,c1, ,Clinic,attended,x", "empty identifier"),
    ("2023-01-01,c1,z@t.test,Clinic,maybe,x", "unknown status"),
    ("2023-01-01,c1,z@t.test,Clinic,attended", "wrong column count"),
    ("2023-01-01,c9,z@t.test,Clinic,cancelled,x", "unknown course"),
    ("2023-01-01,c1,=HYPERLINK(1),Clinic,attended,x", "formula-like value"),
])
def test_any_bad_row_is_named_by_line(project, bad_row, reason):
    reg = registry_module.load(project / "training")
    parsed = records.parse_bytes("a.csv", (A_CSV + bad_row + "\n").encode(), reg, TODAY)
    assert [(f.line, f.kind) for f in parsed.findings] == [(17, reason)]
    # 16 rows: 13 attendances, row 7 repeating row 5, row 14 not attended, and the bad row.
    assert (parsed.rows, parsed.rejected, len(parsed.kept), len(parsed.repeats), len(parsed.not_counted)) == \
        (16, 1, 13, 1, 1)


@pytest.mark.parametrize("name, content, message", [
    ("empty.csv", b"", "This file is empty."),
    ("blank.csv", b"\r\n  \n", "This file is empty."),
    ("latin.csv", "date,course,attendee,agency\n2024-01-01,c1,caf\xe9@t.test,Clinic\n".encode("latin-1"),
     "not UTF-8 text: byte 0xe9 on line 2"),
    ("utf16.csv", "date,course\n".encode("utf-16"), "saved as UTF-16"),
    ("noheader.csv", b"2024-01-01,c1,p1@t.test,Clinic\n", "has no date, course, attendee, agency column"),
])
def test_whole_file_problems_have_their_own_message(project, name, content, message):
    (project / "training" / "records" / name).write_bytes(content)
    result, findings = build(project)
    mine = [f.format() for f in findings if f.file.endswith(name)]
    assert len(mine) == 1 and message in mine[0], mine
    assert "p1@t.test" not in mine[0] and "caf" not in mine[0]
    assert result["data_quality"]["files_skipped"] == 1


def test_missing_or_empty_records_folder(tmp_path, project):
    _, findings = report.build(tmp_path / "nowhere", project / "training", 5, TODAY)
    assert "does not exist" in findings[-1].message and "TRAINING_RECORDS_DIR" in findings[-1].fix
    assert findings[-1].line is None
    (tmp_path / "empty").mkdir()
    result, findings = report.build(tmp_path / "empty", project / "training", 5, TODAY)
    assert "has no .csv files" in findings[-1].message
    assert result["years"] == [] and "No completed quarter has any training records" in render.page(result)


def test_bad_threshold_and_registry_entries_are_findings(project):
    (project / "training" / "agencies.yml").write_text(AGENCIES + "  - name: Church\n    sector: faiths\n"
                                                       "    partner: true\n", encoding="utf-8")
    _, findings = report.build(project / "training" / "records", project / "training", "five", TODAY, base=project)
    text = " ".join(f.format() for f in findings)
    assert "suppression_threshold is 'five'" in text
    assert "Did you mean 'faith'?" in text
    assert all(f.severity in ("error", "notice") for f in findings)


def test_courses_are_read_by_the_portal_s_reader(project):
    """One reader of courses.yml: a course the portal's reader refuses is not one the report counts."""
    (project / "training" / "courses.yml").write_text(COURSES.replace("    mode: briefing\n", "    mode: webinar\n"),
                                                      encoding="utf-8")
    result, findings = build(project)
    assert result["courses"] == {"c1": "Course one"}
    assert any("Course 'c2' has mode 'webinar'" in f.message for f in findings)
    assert any(f.kind == "unknown course" for f in findings)


def test_the_committed_sample_is_what_the_command_makes(tmp_path):
    from earlyhelp import samplecli

    root = Path(__file__).resolve().parents[2]
    committed, rows = samplecli.make(root)
    samplecli.write(rows, tmp_path / committed.name)
    assert committed.read_bytes() == (tmp_path / committed.name).read_bytes()
    result, findings = report.build(committed.parent, root / "training", 5, base=root)
    assert findings == []
    years = result["years"]
    assert years[0]["year"] == "2018/19" and years[-1]["year"] == "2024/25"
    assert years[-1]["partner_attendees"] > 2 * years[0]["partner_attendees"]


def test_duplicates_across_files_count_once(tmp_path):
    """The committed sample plus a second file repeating every tenth row: exact duplicates across files."""
    root = Path(__file__).resolve().parents[2]
    sample = next((root / "training" / "records").glob("*.csv"))
    lines = sample.read_text("utf-8").splitlines()
    (tmp_path / "a.csv").write_text("\n".join(lines) + "\n", "utf-8")
    (tmp_path / "b.csv").write_text("\n".join([lines[0]] + lines[1::10]) + "\n", "utf-8")
    both, findings = report.build(tmp_path, root / "training", 1, "2025-06-30")
    alone, _ = report.build(sample.parent, root / "training", 1, "2025-06-30")
    repeated = sum(line.split(",")[4] in checks.COUNTED and "2024-04-01" <= line[:10] <= "2025-03-31"
                   for line in lines[1::10])  # duplicates are counted in the last whole year, 2024/25
    assert findings == [] and repeated > 90
    assert both["data_quality"]["duplicates"] == alone["data_quality"]["duplicates"] + repeated
    assert both["years"] == alone["years"]


def test_a_measure_and_baseline_are_the_partnerships_own_and_optional(project):
    folder, training = project / "training" / "records", project / "training"
    told, findings = report.build(folder, training, 5, TODAY, base=project, measure="More partners trained",
                                  baseline={"year": 2019, "text": "Before the plan, 3 <b>workshops</b> ran."})
    page = render.page(told)
    assert [f.kind for f in findings] == ["impossible date"] and told["measure"] == "More partners trained"
    assert 'The strategy measures "more partners trained"' in page
    assert "## The 2019 baseline" in page and "3 &lt;b&gt;workshops&lt;/b&gt; ran." in page
    bad, findings = report.build(folder, training, 5, TODAY, base=project, baseline={"year": "2019"})
    assert bad["baseline"] is None and "extra.training.baseline must have a year and a text." in [
        f.message for f in findings]


def test_a_new_sites_sample_comes_from_its_own_registries(tmp_path):
    """No training/sample.yml: every partner agency and course of the site's registries, seven years."""
    from earlyhelp import samplecli

    starter = Path(samplecli.__file__).parent / "starter"
    path, rows = samplecli.make(starter, today=date(2026, 12, 1))
    agencies = {r["agency"] for r in rows}
    assert path.name == "synthetic-sample-2019-2026.csv" and rows[0]["date"] >= "2019-04-01"
    assert {r["course"] for r in rows} == {"induction", "early-help-workshop"}
    samplecli.write(rows, tmp_path / "records" / path.name)
    result, findings = report.build(tmp_path / "records", starter / "training", 5, "2026-12-01")
    assert findings == [] and len(result["years"]) == 7 and "The council's Early Help service" in agencies



def test_the_kinds_of_mistake_are_listed_only_beside_a_shown_count(project):
    """Each kind is one row at least, and some never share one: beside a hidden count of rows left
    out, the list would narrow it ("four kinds, so 4 rows")."""
    shown, _ = build(project, threshold=1)
    assert shown["data_quality"]["rejected"] == 1 and shown["data_quality"]["reasons"]
    hidden, _ = build(project, threshold=3)
    assert hidden["data_quality"]["rejected"] is None and hidden["data_quality"]["reasons"] == []
    assert "Mistakes found" not in render.page(hidden)


def test_responses_shown_with_their_average_hidden_render_as_hidden():
    """Eight people all answering 1 before and 5 after: the count is safe, the average (+4.0) is not.
    The page once stopped with a TypeError here."""
    year = {"year": "2024/25", "evaluation": {"c1": {"responses": 8, "average_change": None}}}
    lines = render._evaluation([year], {"c1": "Course one"})
    assert any("8 (hidden)" in line for line in lines)


ONE_MODULE = """\
courses:
  - id: el
    title: One-module e-learning
    mode: e-learning
    audience: Everyone
    duration: 30
    pass_mark: 80
    description: One module.
    modules:
      - training/el/only.md
"""


def test_a_one_module_course_hides_its_completions_where_the_passes_would_give_them(tmp_path):
    """From a red-team pass: ten partner people pass the only module and two attend with no module.
    Every pass completes the course, so completions are at least the 10 passes; partner attendees (12)
    are at most current (10) plus the attendances that completed nothing (12 - completions), so at
    most 10. The report showed passes 10 and current 10 with completions hidden: exactly 10."""
    (tmp_path / "training" / "records").mkdir(parents=True)
    (tmp_path / "training" / "agencies.yml").write_text(AGENCIES, encoding="utf-8")
    (tmp_path / "training" / "courses.yml").write_text(ONE_MODULE, encoding="utf-8")
    rows = [f"2024-05-{10 + i},el,p{i}@x.test,School A,attended,portal,training/el/only.md" for i in range(10)]
    rows += [f"2024-05-{10 + i},el,p{i}@x.test,School A,attended,portal," for i in range(10, 12)]
    (tmp_path / "training" / "records" / "r.csv").write_text(
        "date,course,attendee,agency,status,source,module\n" + "\n".join(rows) + "\n", encoding="utf-8")
    result, _ = report.build(tmp_path / "training" / "records", tmp_path / "training", 5, "2025-06-01", base=tmp_path)
    [year] = [y for y in result["years"] if y["year"] == "2024/25"]
    shown = {k: year.get(k) for k in ("partner_attendees", "current_partner_attendees")}
    passes, completions = year["module_passes"].get("el"), year["course_completions"].get("el")
    # Whatever is shown, passes, completions and current are never all pinned to 10 together.
    assert not (passes == 10 and completions is None and shown["current_partner_attendees"] == 10
                and shown["partner_attendees"] == 12), (year, shown)
