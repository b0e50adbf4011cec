"""The report page and its JSON, both from the published report.

Only the output of ``report.publish`` reaches this module, so the page cannot
show a figure the JSON does not, nor anything disclosure control hid. Every
text that comes from the data, the registries or the settings is HTML-escaped,
and tables are written as HTML so no Markdown character in a name can change
the page.
"""

from __future__ import annotations

import html
import json

from .chart import chart

SECTOR_NAMES = {"children's social care": "Children's social care", "early help service": "Early Help service"}
_EXTRA = str.maketrans({c: f"&#{ord(c)};" for c in "[]*_`{}|\\"})
HIDDEN = "hidden"


def esc(text) -> str:
    """HTML-escape, and neutralise Markdown and {{ placeholder }} characters too."""
    return html.escape(str(text), quote=True).translate(_EXTRA)


def count(value) -> str:
    return HIDDEN if value is None else f"{value:,}"


def _table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """An HTML table; the first cell of each row is its header. Values are already escaped."""
    out = ["<table>", f"<caption>{caption}</caption>",
           "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in head) + "</tr></thead>", "<tbody>"]
    for row in rows:
        out.append(f'<tr><th scope="row">{row[0]}</th>' + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>")
    return "\n".join(out + ["</tbody>", "</table>"])


def _change(year: dict) -> str:
    if year["change"] is None:
        return "not applicable"
    return f'{year["change"]:+,} ({year["direction"]})' if year["change"] else "no change"


def _headline(years: list[dict]) -> list[str]:
    if not years:
        return ["No completed quarter has any training records yet, so there is no figure to show."]
    latest = years[-1]
    if latest["published"] == "quarters":
        return [" ".join(_by_quarter(latest) + _last_whole([y for y in years if y["published"] == "year"]))]
    label = esc(latest["year"])
    if latest["partner_attendees"] is None:
        return [f"For {label}, the number of people from partner agencies who attended Early Help training is "
                "hidden, because it is small or would let a small figure be worked out."]
    lines = [f'**In {label}, {_people(latest["partner_attendees"])} from partner agencies attended '
             f'Early Help training.**']
    if len(years) > 1 and latest["change"] is not None:
        before = years[-2]
        if latest["direction"] == "no change":
            trend = f'That is **no change** on {esc(before["year"])}'
        else:
            trend = (f'That is **{"an increase" if latest["change"] > 0 else "a decrease"} of '
                     f'{abs(latest["change"]):,}** on {esc(before["year"])}')
        lines.append(f'{trend} ({_people(before["partner_attendees"])}).')
    elif len(years) == 1:
        lines.append("This is the first year in the records, so there is no change to show yet.")
    return [" ".join(lines)]


def _by_quarter(year: dict) -> list[str]:
    """The headline of a year published by its quarters only: its last ended quarter."""
    label, last = esc(year["year"]), year["quarters"][-1]
    when = f'{last["quarter"]} of {label} ({last["months"]})'
    lines = [f'**In {when}, {_people(last["partner_attendees"])} from partner agencies attended Early Help '
             'training.**' if last["partner_attendees"] is not None else
             f"For {when}, the number of people from partner agencies who attended Early Help training is "
             "hidden, because it is small."]
    if not year["complete"]:
        lines.append(f"{label} is not over, so it is shown by quarter. Its whole-year figures (by sector and by "
                     "course) are published once it ends: a total so far, compared with the last version of this "
                     "page, would give away a small figure for the newest quarter.")
    else:
        lines.append(f"{label} is shown by quarter only: with its quarters, published as each ended, its "
                     "figures for the whole year would let a small figure be worked out.")
    return lines


def _last_whole(whole: list[dict]) -> list[str]:
    if not whole or whole[-1]["partner_attendees"] is None:
        return []
    return [f'In {esc(whole[-1]["year"])}, the last whole year shown, {_people(whole[-1]["partner_attendees"])} '
            "from partner agencies attended."]


def _people(n: int) -> str:
    return "1 person" if n == 1 else f"{n:,} people"


def _years_table(years: list[dict], courses: dict) -> str:
    """Every year's figures in one table, a column per year (latest first), so a board can read a
    sector's or a course's trend along its row. Every year has the same rows: the registries'."""
    years = list(reversed(years))
    rows = [["Attendances (all agencies)", *(count(y["attendances"]) for y in years)],
            ["Distinct partner attendees", *(count(y["partner_attendees"]) for y in years)],
            ["Partner agencies named below", *(f'{y["partner_agencies"]:,}' for y in years)],
            ["Change in partner attendees on the year before", *(_change(y) for y in years)]]
    rows += [[f"Attendances: {esc(SECTOR_NAMES.get(s, s.capitalize()))} sector",
              *(count(y["by_sector"][s]) for y in years)] for s in years[0]["by_sector"]]
    rows += [[f"Attendances: {esc(courses.get(c, c))}", *(count(y["by_course"][c]) for y in years)]
             for c in years[0]["by_course"]]
    rows += [["Partner attendees whose training was current at the end of the year",
              *(count(y["current_partner_attendees"]) for y in years)]]
    for c in years[0]["course_completions"]:
        rows += [[f"Course completions: {esc(courses.get(c, c))}", *(count(y["course_completions"][c]) for y in years)],
                 [f"Module passes: {esc(courses.get(c, c))}", *(count(y["module_passes"][c]) for y in years)]]
    head = ["Figure", *(esc(y["year"]) for y in years)]
    return _table("Attendances and partners in each financial year, latest first", head, rows)


def _evaluation(years: list[dict], courses: dict) -> list[str]:
    """Responses and the average change in confidence, for the courses anyone has answered."""
    answered = [c for c in years[0]["evaluation"] if any(y["evaluation"][c]["responses"] != 0 for y in years)]
    if not answered:
        return []
    years = list(reversed(years))

    def cell(e: dict) -> str:
        if e["responses"] is None:
            return HIDDEN
        if not e["responses"]:
            return "none"
        change = HIDDEN if e["average_change"] is None else f'{e["average_change"]:+.1f}'  # too near every answer
        return f'{e["responses"]:,} ({change})'

    rows = [[esc(courses.get(c, c)), *(cell(y["evaluation"][c]) for y in years)] for c in answered]
    return ["## How confident learners felt", "",
            "After passing, learners may say how confident they felt before and after the course, from 1 (not "
            "at all) to 5 (very). Each cell is the number of people who answered that year, and in brackets the "
            "average change (after minus before). The answers travel only in the record a learner chooses to "
            "send.", "",
            _table("Evaluation responses and average change in confidence, latest year first",
                   ["Course", *(esc(y["year"]) for y in years)], rows), ""]


def page(report: dict) -> str:
    """The whole of training/report.md, for a site whose docs/ has no page of its own."""
    return head(report) + body(report)


def head(report: dict) -> str:
    """Front matter, heading and the measure the page counts (docs/training/report.md says the same)."""
    measure = report["measure"]
    counts = (f'The strategy measures "{esc(measure[:1].lower() + measure[1:])}": this page counts it'
              if measure else "This page counts the people from partner agencies who attend Early Help training")
    return "\n".join(["---", f'title: {report["title"]}',
                      "description: How many people from partner agencies attend Early Help training each financial "
                      "year, counted from the training records at every build.",
                      "type: report", "---", "", f'# {esc(report["title"])}', "",
                      f"{counts} from the training records every time the site is built. "
                      "A year runs from 1 April to 31 March.", "", ""])


def _quarters(year: dict) -> list[str]:
    label = esc(year["year"])
    out = [f"## Quarters of {label}", "",
           _table(f"{label} by quarter", ["Quarter", "Months", "Attendances", "Distinct partner attendees"],
                  [[q["quarter"], q["months"], count(q["attendances"]), count(q["partner_attendees"])]
                   for q in year["quarters"]]), ""]
    if not year["complete"]:
        out += ["A quarter that has not ended yet is not counted, so these figures do not change until it has.", ""]
    return out


def _agencies(year: dict) -> list[str]:
    out = [f'## Partner agencies that attended in {esc(year["year"])}', ""]
    names = year["partner_agency_names"]
    out += ["<ul>", *(f"<li>{esc(n)}</li>" for n in names), "</ul>"] if names else [
        "None to list: an agency is named only where its sector's figure is shown."]
    if names:
        out += ["", "An agency is named only where its sector's figure is shown, so the list may be shorter "
                    "than the number of agencies that attended."]
    return out + [""]


def body(report: dict) -> str:
    """The figures and how they are counted, in Markdown."""
    years, t = report["years"], report["threshold"]
    whole = [y for y in years if y["published"] == "year"]  # a year not over is shown by quarter only
    out = ["## Headline", "", *_headline(years), ""]
    if whole:
        out += ["## Partner attendees year by year", "",
                "<figure>", chart(whole),
                "<figcaption>Distinct partner attendees by financial year (the same figures as the table below)."
                "</figcaption>", "</figure>", "",
                _table("Distinct partner attendees by financial year",
                       ["Financial year", "Distinct partner attendees", "Change on the year before"],
                       [[esc(y["year"]), count(y["partner_attendees"]), _change(y)] for y in whole]), ""]
    if years:
        out += _quarters(years[-1])
    if whole:
        out += _agencies(whole[-1])
        out += ["## Each year, sector and course", "",
                "One column for each financial year, latest first; read along a row to follow a sector or a "
                "course over the years. On a narrow screen, scroll the table sideways.", "",
                _years_table(whole, report["courses"]), ""]
        out += _evaluation(whole, report["courses"])
    b = report["baseline"]
    if b:
        out += [f'## The {esc(b["year"])} baseline', "", esc(b["text"]), ""]
    out += ["## How the figures are counted", "",
            "- **Attendances** counts every accepted record once, from every agency, including the council's "
            "own Early Help service.",
            "- **Distinct partner attendees** counts each person once a year, however many courses they attended, "
            "if they attended from a partner agency. The council's own Early Help service is not a partner.",
            "- The same record entered twice (same person, course and date) is counted once, and so "
            "are the e-learning modules one person passes on the same date: one attendance of the course.",
            "- A **course completion** is a person who passed every module of an e-learning course, counted in the "
            "year of the module pass that completed it; **module passes** count each person's modules once a year.",
            "- Training is **current** at the end of a year when a partner attendee "
            "holds a completion that is not yet due for renewal; a course with no renewal period never expires.",
            "- Only quarters that have ended are counted, so the figures for the current year change once a "
            "quarter, not at every update of the site. A year not over is shown by quarter; its figures for the "
            "whole year, by sector and by course, are published once it has ended.",
            *_privacy(t),
            "- No attendee's name, email address or staff number is published.",
            "- [Download these figures as data (report.json)](report.json) for your own charts; a hidden figure "
            "is null there, and so is every whole-year figure of a year shown by quarter only.", "",
            "## Data quality", "", *_quality(report["data_quality"]), ""]
    return "\n".join(out)


def _privacy(t: int) -> list[str]:
    if t <= 1:
        return ["- No figure is hidden: the privacy threshold in the site's settings is 1."]
    return [f"- To protect privacy, any count of people or attendances from 1 to {t - 1} is shown as "
            f"\"{HIDDEN}\", and so is any other count from which a hidden one could be worked out (for example "
            "by subtracting the shown figures from a total). A 0 means none."]


def _quality(q: dict) -> list[str]:
    rows = [["Record files read", f'{q["files"]:,}'], ["Files that could not be read", f'{q["files_skipped"]:,}'],
            ["Rows left out because of a mistake", count(q["rejected"])],
            [f'Duplicate rows counted once in {esc(q["year"])}', count(q["duplicates"])],
            [f'Rows in {esc(q["year"])} for people who did not attend (booked, cancelled, did not attend)',
             count(q["not_attended"])]]
    text = [f'Mistakes are counted in every row read; duplicates and non-attendance in {esc(q["year"])}, the last '
            "whole year, because a running total compared with an earlier version of this page would give away "
            "each new quarter's."]
    if q["rejected"] or q["files_skipped"]:
        text.append("Some rows were left out: the build log names the file, line and reason for each, so the "
                    "training team can correct them.")
    if q["reasons"]:
        text.append("Mistakes found: " + ", ".join(esc(r) for r in q["reasons"]) + ".")
    return [" ".join(text), "", _table("Data quality of the training records", ["Check", "Number"], rows)]


def json_text(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
