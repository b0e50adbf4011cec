"""The report's bar chart: distinct partner attendees by year, as static SVG (no script, no request)."""

from __future__ import annotations

import html
import math


def _scale_top(value: int) -> int:
    """A round axis maximum (1, 2 or 5 times a power of ten) at or above value."""
    if value <= 0:
        return 1
    power = 10 ** int(math.floor(math.log10(value)))
    return next(step * power for step in (1, 2, 5, 10) if step * power >= value)


def chart(years: list[dict]) -> str:
    """A hidden figure has no bar and says "hidden" where its number would be."""
    width, height, left, right, top, bottom = 640, 300, 56, 12, 28, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = _scale_top(max((y["partner_attendees"] or 0 for y in years), default=0))
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
        bar_h = plot_h * (value or 0) / top_value
        x = left + band * i + band * 0.2
        y = top + plot_h - bar_h
        if value is not None:
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{band * 0.6:.1f}" height="{bar_h:.1f}" '
                         'style="fill:var(--md-typeset-a-color,#1b4a83)"/>')
        centre = x + band * 0.3
        label = "hidden" if value is None else f"{value:,}"
        parts.append(f'<text x="{centre:.1f}" y="{y - 6:.1f}" text-anchor="middle" {text}>{label}</text>')
        parts.append(f'<text x="{centre:.1f}" y="{height - bottom + 20}" text-anchor="middle" {text}>'
                     f'{html.escape(year["year"])}</text>')
    summary = "; ".join(f'{html.escape(y["year"])}: '
                        + ("hidden" if y["partner_attendees"] is None else f'{y["partner_attendees"]:,}')
                        for y in years)
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="100%" '
            f'role="img" aria-labelledby="training-chart-title training-chart-desc" style="max-width:{width}px">'
            '<title id="training-chart-title">Distinct partner attendees by financial year</title>'
            f'<desc id="training-chart-desc">Bar chart of people from partner agencies who attended '
            f'Early Help training in each financial year. {summary}. The same figures are in the table '
            'below the chart.</desc>' + "".join(parts) + "</svg>")
