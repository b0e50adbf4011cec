"""The report page, its chart and its JSON, all from the published report.

Only the output of ``report.publish`` reaches this module, so the page cannot
show a figure the JSON does not, nor anything suppression removed. Every text
that comes from the data or the registries is HTML-escaped, and tables are
written as HTML so no Markdown character in a name can change the page.
"""

from __future__ import annotations

import html
import json
import math

SECTOR_NAMES = {"children's social care": "Children's social care", "early help service": "Early Help service"}
_EXTRA = str.maketrans({c: f"&#{ord(c)};" for c in "[]*_`{}|\\"})


def esc(text) -> str:
    """HTML-escape, and neutralise Markdown and {{ placeholder }} characters too."""
    return html.escape(str(text), quote=True).translate(_EXTRA)


def count(value, threshold: int) -> str:
    return f"fewer than {threshold}" if value is None else f"{value:,}"


def _table(caption: str, head: list[str], rows: list[list[str]]) -> str:
    """An HTML table; the first cell of each row is its header. Values are already escaped."""
    out = ["<table>", f"<caption>{caption}</caption>",
           "<thead><tr>" + "".join(f'<th scope="col">{h}</th>' for h in head) + "</tr></thead>", "<tbody>"]
    for row in rows:
        out.append(f'<tr><th scope="row">{row[0]}</th>' + "".join(f"<td>{c}</td>" for c in row[1:]) + "</tr>")
    return "\n".join(out + ["</tbody>", "</table>"])


def _scale_top(value: int) -> int:
    """A round axis maximum (1, 2 or 5 times a power of ten) at or above value."""
    if value <= 0:
        return 1
    power = 10 ** int(math.floor(math.log10(value)))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def chart(years: list[dict]) -> str:
    """A static bar chart of distinct partner attendees by year; no script, no request."""
    width, height, left, right, top, bottom = 640, 300, 56, 12, 28, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _scale_top(max((y["partner_attendees"] for y in years), default=0))
    text = 'style="fill:var(--md-default-fg-color,#000)" font-size="13"'
    parts = []
    for i in range(5):
        value = top_value * i // 4
        y = top + plot_h - plot_h * value / top_value
        parts.append(f'<line x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}" '
                     'style="stroke:var(--md-default-fg-color--lighter,#bbb)" stroke-width="1"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" {text}>{value:,}</text>')
    band = plot_w / max(len(years), 1)
    for i, year in enumerate(years):
        value = year["partner_attendees"]
        bar_h = plot_h * value / top_value
        x = left + band * i + band * 0.2
        y = top + plot_h - bar_h
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{band * 0.6:.1f}" height="{bar_h:.1f}" '
                     'style="fill:var(--md-typeset-a-color,#1b4a83)"/>')
        centre = x + band * 0.3
        parts.append(f'<text x="{centre:.1f}" y="{y - 6:.1f}" text-anchor="middle" {text}>{value:,}</text>')
        parts.append(f'<text x="{centre:.1f}" y="{height - bottom + 20}" text-anchor="middle" {text}>'
                     f'{esc(year["year"])}</text>')
    summary = "; ".join(f'{esc(y["year"])}: {y["partner_attendees"]:,}' for y in years)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-labelledby="training-chart-title training-chart-desc" style="max-width:{width}px">'
            '<title id="training-chart-title">Distinct partner attendees by financial year</title>'
            f'<desc id="training-chart-desc">Bar chart of people from partner agencies who attended '
            f'Early Help training in each financial year. {summary}. The same figures are in the table '
            'below the chart.</desc>' + "".join(parts) + "</svg>")


def _headline(years: list[dict]) -> list[str]:
    if not years:
        return ["No training records have been counted yet, so there is no figure to show."]
    latest = years[-1]
    lines = [f'**In {latest["year"]}, {latest["partner_attendees"]:,} people from partner agencies attended '
             f'Early Help training.**']
    if len(years) > 1:
        before = years[-2]
        change = latest["change"]
        if latest["direction"] == "no change":
            trend = f'That is **no change** on {before["year"]}'
        else:
            trend = f'That is **{"an increase" if change > 0 else "a decrease"} of {abs(change):,}** on {before["year"]}'
        lines.append(f'{trend} ({before["partner_attendees"]:,} people).')
    else:
        lines.append("This is the first year in the records, so there is no change to show yet.")
    if not latest["complete"]:
        lines.append(f'{latest["year"]} is not over until {_long_date(latest["end"])}: its figures are for the '
                     "year so far, so a comparison with a whole year will look low.")
    return [" ".join(lines)]


def _long_date(iso: str) -> str:
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
    return f"{int(iso[8:])} {months[int(iso[5:7]) - 1]} {iso[:4]}"


def _years_table(years: list[dict], courses: dict, threshold: int) -> str:
    """Every year's figures in one table, a column per year (latest first), so a board can read a
    sector's or a course's trend along its row. Every year has the same rows: the registries'."""
    years = list(reversed(years))

    def change(year: dict) -> str:
        if year["change"] is None:
            return "not applicable (first year)"
        return f'{year["change"]:+,} ({year["direction"]})' if year["change"] else "no change"

    rows = [["Attendances (all agencies)", *(f'{y["attendances"]:,}' for y in years)],
            ["Distinct partner attendees", *(f'{y["partner_attendees"]:,}' for y in years)],
            ["Distinct partner agencies", *(f'{y["partner_agencies"]:,}' for y in years)],
            ["Change in partner attendees on the year before", *(change(y) for y in years)]]
    rows += [[f"Attendances: {esc(SECTOR_NAMES.get(s, s.capitalize()))} sector",
              *(count(y["by_sector"][s], threshold) for y in years)] for s in years[0]["by_sector"]]
    rows += [[f"Attendances: {esc(courses.get(c, c))}", *(count(y["by_course"][c], threshold) for y in years)]
             for c in years[0]["by_course"]]
    head = ["Figure", *(esc(y["year"]) + ("" if y["complete"] else " (year so far)") for y in years)]
    return _table("Attendances and partners in each financial year, latest first", head, rows)


def page(report: dict, strategy: str = "the Early Help Strategy") -> str:
    """The whole of training/report.md, for a site whose docs/ has no page of its own."""
    return head(report) + body(report, strategy)


def head(report: dict) -> str:
    """Front matter, heading and the measure the page counts (docs/training/report.md says the same)."""
    return "\n".join(["---", f'title: {report["title"]}',
                      "description: How many people from partner agencies attend Early Help training each financial "
                      "year, counted from the training records at every build.",
                      "type: report", "---", "", f'# {report["title"]}', "",
                      f'Measure of success 1 of the strategy is "{esc(report["measure"][:1].lower() + report["measure"][1:])}". '
                      "This page counts it from the training records every time the site is built. "
                      "A year runs from 1 April to 31 March.", "", ""])


def body(report: dict, strategy: str = "the Early Help Strategy") -> str:
    """The figures and how they are counted, in Markdown."""
    years, t = report["years"], report["threshold"]
    out = ["## Headline", "", *_headline(years), ""]
    if years:
        out += ["## Partner attendees year by year", "",
                "<figure>", chart(years),
                "<figcaption>Distinct partner attendees by financial year (the same figures as the table below)."
                "</figcaption>", "</figure>", "",
                _table("Distinct partner attendees by financial year",
                       ["Financial year", "Distinct partner attendees", "Change on the year before"],
                       [[esc(y["year"]), f'{y["partner_attendees"]:,}',
                         "not applicable" if y["change"] is None else f'{y["change"]:+,} ({y["direction"]})']
                        for y in years]), ""]
        latest = years[-1]
        out += [f'## Quarters of {latest["year"]}', "",
                _table(f'{latest["year"]} by quarter', ["Quarter", "Months", "Attendances", "Distinct partner attendees"],
                       [[q["quarter"], q["months"], count(q["attendances"], t), count(q["partner_attendees"], t)]
                        for q in latest["quarters"]]), "",
                f'## Partner agencies that attended in {latest["year"]}', ""]
        names = latest["partner_agency_names"]
        out += (["<ul>", *(f"<li>{esc(n)}</li>" for n in names), "</ul>"] if names else ["None yet."]) + [""]
        out += ["## Each year, sector and course", "",
                "One column for each financial year, latest first; read along a row to follow a sector or a "
                "course over the years. On a narrow screen, scroll the table sideways.", "",
                _years_table(years, report["courses"], t), ""]
    b = report["baseline"]
    out += ["## The 2018 baseline", "",
            f'Before the strategy, {b["workshops"]} multi-agency Early Help workshops were held in {b["year"]}, '
            f'each attended by between {b["partners_per_workshop_min"]} and {b["partners_per_workshop_max"]} '
            f"partners ({esc(strategy)}). Those were counts at each workshop, so they are a starting point rather "
            "than a figure to compare year by year with the distinct attendees above.", "",
            "## How the figures are counted", "",
            "- **Attendances** counts every accepted record once, from every agency, including the council's "
            "own Early Help service.",
            "- **Distinct partner attendees** counts each person once a year, however many courses they attended, "
            "if they attended from a partner agency. The council's own Early Help service is not a partner.",
            "- **Distinct partner agencies** counts the partner agencies with at least one attendance in the year.",
            "- The same record entered twice (same person, course and date) is counted once.",
            f"- To protect privacy, a breakdown figure from 1 to {t - 1} is shown as \"fewer than {t}\". Where that "
            "figure could be worked out from the total, a second figure is hidden too.",
            "- No attendee's name, email address or staff number is published.",
            "- [Download these figures as data (report.json)](report.json) for your own charts.", "",
            "## Data quality", "", *_quality(report["data_quality"]), ""]
    return "\n".join(out)


def _quality(q: dict) -> list[str]:
    rows = [["Record files read", f'{q["files"]:,}'], ["Files that could not be read", f'{q["files_skipped"]:,}'],
            ["Rows read", f'{q["rows"]:,}'], ["Rows accepted and counted", f'{q["accepted"]:,}'],
            ["Rows left out because of a mistake", f'{q["rejected"]:,}'],
            ["Duplicate rows counted once", f'{q["duplicates"]:,}'],
            ["Rows for people who did not attend (booked, cancelled, did not attend)", f'{q["not_attended"]:,}']]
    rows += [[f"Left out: {esc(kind)}", f"{n:,}"] for kind, n in q["rejected_by_reason"].items()]
    text = ["Every row of every record file is accounted for here."]
    if q["rejected"] or q["files_skipped"]:
        text.append("Some rows were left out: the build log names the file, line and reason for each, so the "
                    "training team can correct them.")
    return [" ".join(text), "", _table("Data quality of the training records", ["Check", "Number"], rows)]


def json_text(report: dict) -> str:
    return json.dumps(report, indent=2, ensure_ascii=False) + "\n"
