"""Pages written in docs/ whose figures the build fills in: the words stay editable Markdown,
and a marker line says where the build's tables go."""

from __future__ import annotations

from .findings import Finding


def fill(path: str, text: str, marker: str, content: str, source: str = "") -> tuple[str, list[Finding]]:
    """Put content where the marker line is in text (a page's Markdown). A page without the marker
    is an error at the last line of its source file, saying where the marker goes; its figures are
    still put at its end, so nothing is lost from a preview."""
    if marker in text:
        return text.replace(marker, content, 1), []
    return text.rstrip("\n") + "\n\n" + content, [Finding(
        path, (source or text).rstrip().count("\n") + 1, f"This page has no {marker} line, so the build put its "
        "figures at the end.",
        f"Put the line {marker} back where the figures should appear (usually after the first paragraph).",
        kind="missing marker", text=marker)]
