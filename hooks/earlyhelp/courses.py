"""The course registry (training/courses.yml): read it and check it against the pages."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .findings import Finding
from . import yamlfast

MODES = ("e-learning", "workshop", "briefing")
REQUIRED = ("id", "title", "mode", "audience", "duration")


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    mode: str
    audience: str
    duration: int
    description: str = ""
    pass_mark: int | None = None
    modules: tuple[str, ...] = ()
    line: int = 0
    module_lines: tuple[int, ...] = field(default=(), compare=False)
    renew_every: int | None = None  # months until a completion is due for renewal; None: it never is
    evaluation: bool = False  # ask learners their confidence before and after, after passing


def _line(node) -> int:
    return node.start_mark.line + 1


def _scalar_map(node) -> dict:
    return {k.value: v for k, v in node.value} if isinstance(node, yaml.MappingNode) else {}


def parse(path: str, text: str) -> tuple[list[Course], list[Finding]]:
    """Read courses with the line of each entry, so errors point at the right place."""
    try:
        root = yamlfast.compose(text)
        data = yamlfast.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        return [], [Finding(path, mark.line + 1 if mark else 1, f"This file is not valid YAML: {exc}.",
                            "Check indentation and colons on that line.")]
    entries = _scalar_map(root).get("courses")
    if not isinstance(data, dict) or not isinstance(entries, yaml.SequenceNode):
        return [], [Finding(path, 1, "The file must start with 'courses:' followed by a list of courses.",
                            "See the comment at the top of the file for the fields each course needs.")]
    courses, findings, seen = [], [], {}
    for node, raw in zip(entries.value, data["courses"]):
        line = _line(node)
        if not isinstance(raw, dict):
            findings.append(Finding(path, line, "Each course must be a set of 'name: value' lines.",
                                    "Start each course with '- id: ...'."))
            continue
        missing = [k for k in REQUIRED if raw.get(k) in (None, "")]
        if missing:
            findings.append(Finding(path, line, f"Course '{raw.get('id', '?')}' is missing: {', '.join(missing)}.",
                                    "Add the missing fields to this course."))
            continue
        cid = str(raw["id"])
        if cid in seen:
            findings.append(Finding(path, line, f"Course id '{cid}' is used twice (also on line {seen[cid]}).",
                                    "Give each course its own id."))
            continue
        seen[cid] = line
        if raw["mode"] not in MODES:
            findings.append(Finding(path, line, f"Course '{cid}' has mode '{raw['mode']}'.",
                                    f"Use one of: {', '.join(MODES)}."))
            continue
        pass_mark, modules, module_lines = raw.get("pass_mark"), tuple(raw.get("modules") or ()), ()
        if raw["mode"] == "e-learning":
            if not isinstance(pass_mark, int) or not 1 <= pass_mark <= 100:
                findings.append(Finding(path, line, f"Course '{cid}' needs a pass_mark between 1 and 100.",
                                        "Add 'pass_mark: 80' (the percentage of questions to get right)."))
                continue
            if not modules:
                findings.append(Finding(path, line, f"E-learning course '{cid}' lists no module pages.",
                                        "Add 'modules:' with the module pages, relative to docs/."))
                continue
            module_node = _scalar_map(node).get("modules")
            module_lines = tuple(_line(n) for n in module_node.value)
        extra = _optional(path, line, cid, raw, findings)
        if extra is None:
            continue
        courses.append(Course(cid, str(raw["title"]), raw["mode"], str(raw["audience"]), int(raw["duration"]),
                              str(raw.get("description", "")), pass_mark, modules, line, module_lines, *extra))
    return courses, findings


def _optional(path: str, line: int, cid: str, raw: dict, findings: list[Finding]) -> tuple | None:
    """(renew_every, evaluation), or None after a finding when either is not usable."""
    renew, evaluation = raw.get("renew_every"), raw.get("evaluation", False)
    if renew is not None and (isinstance(renew, bool) or not isinstance(renew, int) or not 1 <= renew <= 240):
        findings.append(Finding(path, line, f"Course '{cid}' has a renew_every that is not a number of months.",
                                "Write the months after which the training is due again, for example "
                                "'renew_every: 36', or delete the line if it never expires."))
        return None
    if not isinstance(evaluation, bool):
        findings.append(Finding(path, line, f"Course '{cid}' has an evaluation that is not true or false.",
                                "Write 'evaluation: true' to ask learners two confidence questions, or delete it."))
        return None
    return renew, evaluation


def check_pages(path: str, courses: list[Course], pages: dict[str, dict]) -> list[Finding]:
    """Every named module exists; every module page belongs to exactly one course.

    ``pages`` maps a docs-relative path to its front matter.
    """
    findings: list[Finding] = []
    owners: dict[str, list[str]] = {}
    for course in courses:
        for module, line in zip(course.modules, course.module_lines):
            if module not in pages:
                findings.append(Finding(path, line, f"Course '{course.id}' names the module page '{module}', "
                                        "which does not exist in docs/.",
                                        "Correct the path (relative to docs/) or create the page."))
            owners.setdefault(module, []).append(course.id)
    for page, meta in sorted(pages.items()):
        if meta.get("type") != "training-module":
            continue
        names = owners.get(page, [])
        if len(names) != 1:
            where = "no course" if not names else f"{len(names)} courses ({', '.join(names)})"
            findings.append(Finding(f"docs/{page}", 1, f"This training module belongs to {where}.",
                                    f"List it under exactly one course's 'modules:' in {path}."))
    return findings


def by_module(courses: list[Course]) -> dict[str, tuple[Course, int]]:
    """Module page -> (its course, its 1-based position), for the module pages' panels."""
    return {m: (c, i) for c in courses for i, m in enumerate(c.modules, start=1)}


@dataclass(frozen=True)
class Portal:
    findings: list[Finding]
    modules: dict[str, dict]  # module page -> {"title", "questions"}
    agencies: list[str]  # the agencies a learner can choose


def check_portal(path: str, training_dir: Path, pages: list[tuple[str, str]], courses: list[Course]) -> Portal:
    """The portal's checks of the registry at path against every (src_uri, text) page, and what the
    module pages show: each module's title and number of questions, and the agencies a learner can
    choose (from training_dir).

    A page's front matter errors are left to the content checks, so each is reported once."""
    from . import frontmatter, quizzes
    from .completions import registry as records_registry

    docs = {uri: frontmatter.parse(f"docs/{uri}", text) for uri, text in pages}
    findings = check_pages(path, courses, {uri: doc.meta for uri, doc in docs.items()})
    for doc in docs.values():
        findings += quizzes.check(doc.path, doc.body, doc.body_line)
    modules = {m: {"title": str(docs[m].meta.get("title", m)), "questions": len(quizzes.find(docs[m].body))}
               for m in by_module(courses) if m in docs}
    registry = records_registry.load(training_dir)
    return Portal(findings, modules, sorted(registry.agencies))
