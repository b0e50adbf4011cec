"""A build that stops with an exception, told as a finding a writer can act on: a settings file that
is not valid YAML names its line; anything else says what stopped and what to do."""

from __future__ import annotations

from pathlib import Path

import yaml

from .findings import Finding, display_path

SETTINGS_FILE = "settings file"  # the kind of every finding about mkdocs.yml or partnership.yml
# What the YAML parser says, and what a writer should do about it.
_YAML_FIXES = [
    ("found character '\\t'", "There is a tab on this line. Replace it with spaces: settings files are lined up "
                              "with spaces only."),
    ("mapping values are not allowed", "A value on this line has a colon (:) in it. Put the whole value in quotes, "
                                       "for example title: \"Step up: step down\"."),
    ("expected ',' or ']'", "A list opened with [ on this line is not closed. Add the ] at its end, and put any item "
                            "with a comma in it in quotes."),
    ("expected ',' or '}'", "A { opened on this line is not closed. Add the } at its end."),
    ("found unexpected end of stream", "A quotation mark is not closed. Add the closing quote."),
    ("found undefined alias", "A value starts with *. Put the whole value in quotes."),
    ("expected alphabetic or numeric character", "A value starts with * or &. Put the whole value in quotes."),
]
_YAML_FIX = ("This line is not lined up with the lines around it: settings at the same level start at the same "
             "number of spaces, each item of a list with '- ', and each setting is 'name: value'. Compare it "
             "with the line above it, and use spaces, never tabs.")


def yaml_finding(error: yaml.YAMLError, root: Path, path: Path | None = None) -> Finding:
    """A settings file that is not valid YAML: its line, and a fix for what the parser found."""
    mark = getattr(error, "problem_mark", None)
    problem = str(getattr(error, "problem", "") or error)
    if "expected ','" in problem and getattr(error, "context_mark", None):
        mark = error.context_mark  # an unclosed [ or {: the line where it opens, not where the file ends
    if path is None:
        path = Path(mark.name) if mark and mark.name and not mark.name.startswith("<") else root / "mkdocs.yml"
    fix = next((fix for clue, fix in _YAML_FIXES if clue in problem), _YAML_FIX)
    return Finding(display_path(path, root), mark.line + 1 if mark else None,
                   f"This settings file cannot be read: {problem}.", fix, kind=SETTINGS_FILE, text=problem)


def _causes(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def describe(error: BaseException, root: Path) -> Finding:
    for cause in _causes(error):
        if isinstance(cause, yaml.MarkedYAMLError) and cause.problem_mark is not None:
            return yaml_finding(cause, root)
    text = str(error).strip() or error.__class__.__name__
    return Finding("mkdocs.yml", None, f"The build stopped: {text}",
                   "Read the messages above this one, undo the last change you saved if they do not say what to "
                   "do, and save again. If it keeps happening, ask a maintainer.", kind="build stopped")
