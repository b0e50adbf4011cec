"""Read the YAML front matter of a Markdown file, keeping line numbers for errors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from .findings import Finding
from . import yamlfast

_FENCE = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?---[ \t]*\r?\n", re.S)


@dataclass
class Document:
    path: str
    meta: dict
    body: str
    # Line in the file where the body starts (1-based), so body offsets map to file lines.
    body_line: int
    findings: list[Finding] = field(default_factory=list)
    # Line of each top-level front matter key, for pointing at a wrong field.
    key_lines: dict[str, int] = field(default_factory=dict)


def parse(path: str, text: str) -> Document:
    """Split front matter from body; a broken front matter is a finding, not a crash."""
    match = _FENCE.match(text)
    if not match:
        return Document(path, {}, text, 1)
    raw = match.group(1) or ""
    body_line = text.count("\n", 0, match.end()) + 1
    body = text[match.end():]
    key_lines = {
        m.group(1): text.count("\n", 0, match.start(1) + m.start()) + 1
        for m in re.finditer(r"^([A-Za-z_][\w-]*)\s*:", raw, re.M)
    }
    try:
        meta = yamlfast.safe_load(raw) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 1
        problem = getattr(exc, "problem", None) or str(exc)
        return Document(path, {}, body, body_line, [Finding(
            path, line, f"The front matter (the block between the two --- lines) is not valid YAML: {problem}.",
            "Check the line for a missing colon, a stray quote, or a value that needs quotes "
            "(for example a title containing a colon).")], key_lines)
    if not isinstance(meta, dict):
        return Document(path, {}, body, body_line, [Finding(
            path, 2, "The front matter must be a list of 'name: value' lines.",
            "Write each setting on its own line as 'name: value'.")], key_lines)
    return Document(path, meta, body, body_line, [], key_lines)
