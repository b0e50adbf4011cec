"""Run every content check over the site's pages: one call for the build hook.

The settings are described in settings.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from . import anonymise, currency, frontmatter, gazetteer, glossary, jargon, mdtext, readability, review, schema
from . import names as names_data
from .findings import Finding
from .health import PageReport
from .placeholders import substitute
from .settings import Settings


@dataclass
class Result:
    pages: list[PageReport]
    findings: list[Finding]
    titles: dict[str, str]


def policy_for(settings: Settings, terms: list[glossary.Term]) -> anonymise.Policy:
    """What the anonymisation gate accepts on this site: its service numbers, its own names and glossary
    terms; and the places around its area that a case study must not name."""
    values = [str(v) for v in settings.partnership.values() if not isinstance(v, (dict, list))]
    always = values + [t.abbr for t in terms] + [t.expansion for t in terms]
    return anonymise.Policy(settings.service_numbers, settings.local_places, tuple(always),
                            gazetteer.for_partnership(settings.partnership), settings.area_type)


def text_checks(path: str, src_uri: str, text: str, meta: dict, policy: anonymise.Policy,
                terms: list[glossary.Term]) -> tuple[list[Finding], list[mdtext.Link]]:
    """Checks that depend only on the page text and the configuration: personal data (in a case study
    and in every quiz scenario), jargon, links."""
    findings: list[Finding] = []
    index = names_data.load()
    if anonymise.applies_to(src_uri, meta):
        allow = meta.get("allow") if isinstance(meta.get("allow"), list) else ()
        findings += anonymise.scan(path, text, policy, allow, index) + anonymise.scan_file_name(path, src_uri, policy, index)
    elif "<quiz>" in text:
        findings += anonymise.scan(path, anonymise.quiz_text(text), policy, (), index, where="a quiz scenario")
    findings += jargon.check(path, text, [t.abbr for t in terms], index.is_common_word)
    return findings, mdtext.external_links(text)


def check_page(src_uri: str, text: str, settings: Settings, terms: list[glossary.Term], today: dt.date,
               docs: str = "docs", courses: list[str] | None = None,
               superseded: list[currency.Entry] = (), policy: anonymise.Policy | None = None
               ) -> tuple[PageReport, list[Finding]]:
    path = f"{docs}/{src_uri}" if docs else src_uri
    values = {k: v for k, v in settings.partnership.items() if not isinstance(v, (dict, list))}
    text = substitute(path, text, values)[0]  # unknown placeholders are reported by the partnership hook
    doc = frontmatter.parse(path, text)
    meta = doc.meta
    findings = schema.check(doc, today, courses, len(settings.levels), settings.area_type)
    folder_page = src_uri.startswith(anonymise.CASE_STUDY_FOLDER) and not src_uri.endswith("index.md")
    if folder_page and meta and meta.get("type") != "case-study":
        findings.append(Finding(path, doc.key_lines.get("type", 1),
                                "Pages in docs/case-studies/ are case studies: the front matter must say "
                                "'type: case-study'.", "Set 'type: case-study' and add the case study fields.",
                                "error", schema.KIND_WRONG, "type"))
    found, links = text_checks(path, src_uri, text, meta, policy or policy_for(settings, terms), terms)
    findings += found + currency.check(path, text, meta, list(superseded))
    if meta.get("starter_draft") is True:
        findings.append(Finding(path, doc.key_lines.get("starter_draft"), "This page still has the starter's "
                                "general words, not your partnership's own guidance.",
                                "Rewrite it for your area, then delete the line 'starter_draft: true' from its front "
                                "matter.", "notice", "starter draft"))
    state = review.review(meta, today, settings.review_every, settings.due_soon_days)
    if state and state.status == review.OVERDUE:
        findings.append(review.notice(path, state))
    page_type = str(meta.get("type", ""))
    score = readability.reading_ease(text) if page_type != "report" else None
    if score is not None and score < settings.reading_ease_target:
        findings.append(Finding(path, None, f"Reading ease {score:.0f} is below the target of "
                                         f"{settings.reading_ease_target:g} (higher is easier).",
                                "Use shorter sentences and everyday words; see the Content health page.",
                                "notice", "hard to read", f"{score:.0f}"))
    title = str(meta.get("title") or src_uri)
    return PageReport(src_uri, title, page_type, state, score, links), findings


# `make serve` checks every page again after each save. A page's result depends only on its text and
# on `context` below (every setting, glossary term, course, superseded entry and gate rule the checks
# read, and today's date), so the last result is reused only when all of them are equal. In memory, one
# entry per page: no input can change without the page being checked again.
_last: dict[str, tuple[tuple[str, str], tuple[PageReport, list[Finding]]]] = {}


def run(pages: list[tuple[str, str]], settings: Settings, terms: list[glossary.Term], today: dt.date,
        docs: str = "docs", courses: list[str] | None = None, superseded: list[currency.Entry] = ()) -> Result:
    """Check every (src_uri, text) page; the result feeds the build log and the Content health page."""
    reports, findings, policy = [], [], policy_for(settings, terms)
    context = repr((settings, terms, today, docs, courses, list(superseded), policy))
    seen = {}
    for src_uri, text in sorted(pages):
        last = _last.get(src_uri)
        if last is not None and last[0] == (text, context):
            report, found = last[1]
        else:
            report, found = check_page(src_uri, text, settings, terms, today, docs, courses, superseded, policy)
        seen[src_uri] = ((text, context), (report, found))
        reports.append(report)
        findings += found
    _last.clear()
    _last.update(seen)
    return Result(reports, findings, {r.src_uri: r.title for r in reports})
