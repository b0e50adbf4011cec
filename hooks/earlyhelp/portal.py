"""The training portal's generated parts: the course list with progress, and module panels."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from .completions.render import esc
from .courses import Course

# "Module 1: What Early Help is": the number the panel and certificate already give ("Module 1 of 6").
_NUMBERED = re.compile(r"^\s*(module|unit|part|lesson)\s+\d+\s*[:.\-\u2013\u2014]\s*", re.IGNORECASE)


def module_name(title: str) -> str:
    """A module's title without a leading "Module N:", which its position already says."""
    return _NUMBERED.sub("", title, count=1).strip() or title.strip()


MODE_LABEL = {"e-learning": "E-learning", "workshop": "Workshop", "briefing": "Briefing"}


@dataclass(frozen=True)
class ModuleInfo:
    title: str
    questions: int
    url: str  # relative to the page the list appears on


def duration(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    parts = ([f"{hours} hour{'s' if hours != 1 else ''}"] if hours else []) + ([f"{rest} minutes"] if rest else [])
    return "about " + " ".join(parts)


def render_index(courses: list[Course], modules: dict[str, ModuleInfo], links: dict[str, str]) -> str:
    """Markdown for every course; progress cells are filled in by training.js from the browser's storage.

    ``links`` maps a module page (docs-relative) to a link usable from the index page.
    """
    out: list[str] = []
    for course in courses:
        e = html.escape
        out.append(f"## {esc(course.title)}\n")
        facts = [MODE_LABEL[course.mode], duration(course.duration)]
        if course.pass_mark is not None:
            facts.append(f"pass mark {course.pass_mark}% for each module")
        out.append(f"{esc(course.description)}\n\n**{' · '.join(facts)}.** For: {esc(course.audience)}.\n")
        if not course.modules:
            out.append("Attendance is recorded by the training team and counted in the "
                       "[training report](report.md).\n")
            continue
        renew = f' data-eh-renew-every="{course.renew_every}"' if course.renew_every else ""
        out.append(f'<p class="eh-progress" data-eh-course-progress="{e(course.id)}" '
                   f'data-eh-course-title="{e(course.title)}"{renew} aria-live="polite">'
                   "Your progress is shown here when JavaScript is on.</p>\n")
        out.append(f'<div class="eh-course-done" data-eh-course-done="{e(course.id)}" hidden markdown>\n\n'
                   '<p class="eh-course-done__status"></p>\n\n'
                   "[Open my course certificate](certificate.md){ .md-button .eh-course-done__certificate }\n\n"
                   '<p class="eh-course-done__record" hidden>Your course record (one line a module, in the format '
                   'the training team imports):</p>\n<pre class="eh-course-done__line" hidden></pre>\n\n'
                   '<p><a class="md-button eh-course-done__download" href="#" hidden>Download my course record '
                   "(.csv)</a></p>\n\n</div>\n")
        out.append("| Module | Questions | Your progress |\n| --- | --- | --- |")
        for number, module in enumerate(course.modules, start=1):
            info = modules.get(module)
            if info is None:  # already reported by courses.check_pages
                continue
            out.append(f"| {number}. [{esc(info.title)}]({links[module]}) | {info.questions} | "
                       f'<span data-eh-module="{e(info.url)}" data-eh-questions="{info.questions}" '
                       f'data-eh-pass-mark="{course.pass_mark}" data-eh-course="{e(course.id)}" '
                       f'data-eh-module-path="{e(module)}">Not started</span> |')
        out.append("")
    return "\n".join(out)


def module_panel(course: Course, position: int, module: str, title: str, agencies: list[str],
                 training: dict, certificate_url: str) -> dict:
    """What the completion panel on a module page needs (rendered by overrides/partials/eh-record.html)."""
    return {
        "course_id": course.id,
        "course_title": course.title,
        "module_path": module,
        "module_title": module_name(title),
        "position": position,
        "count": len(course.modules),
        "pass_mark": course.pass_mark,
        "agencies": agencies,
        "email": training.get("email", ""),
        "record_url": training.get("record_url") or "",
        "certificate_url": certificate_url,
        "modules": list(course.modules),
        "renew_every": course.renew_every,
        "evaluation": course.evaluation,
    }
