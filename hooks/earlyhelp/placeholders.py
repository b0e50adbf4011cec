"""Replace {{ partnership.key }} placeholders with the partnership's own facts."""

from __future__ import annotations

import re

from .findings import Finding, line_of

_PLACEHOLDER = re.compile(r"\{\{\s*partnership\.([A-Za-z_][\w]*)\s*\}\}")


def substitute(path: str, markdown: str, values: dict) -> tuple[str, list[Finding]]:
    """Fill every placeholder; an unknown key is an error naming file and line."""
    findings: list[Finding] = []

    def fill(match: re.Match) -> str:
        key = match.group(1)
        value = values.get(key)
        if value is None or isinstance(value, (dict, list)):
            known = ", ".join(sorted(k for k, v in values.items() if not isinstance(v, (dict, list))))
            findings.append(Finding(
                path, line_of(markdown, match.start()),
                f"Unknown placeholder '{match.group(0)}'.",
                f"Use one of the names set under extra.partnership in partnership.yml: {known}.",
                kind="unknown placeholder", text=match.group(0)))
            return match.group(0)
        return str(value)

    return _PLACEHOLDER.sub(fill, markdown), findings
