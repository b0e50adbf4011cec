"""A build that stops with an exception, told as a finding a writer can act on: a settings file that
is not valid YAML names its line; anything else says what stopped and what to do."""

from __future__ import annotations

from pathlib import Path

import yaml

from .findings import Finding, display_path

_YAML_FIX = ("Check the indentation of that line and the line above it: each item of a list starts with '- ', "
             "lined up with the other items, and each setting is 'name: value'.")


def _causes(error: BaseException):
    seen = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = error.__cause__ or error.__context__


def describe(error: BaseException, root: Path) -> Finding:
    for cause in _causes(error):
        if isinstance(cause, yaml.MarkedYAMLError) and cause.problem_mark is not None:
            mark = cause.problem_mark
            name = display_path(Path(mark.name), root) if mark.name and not mark.name.startswith("<") else "mkdocs.yml"
            return Finding(name, mark.line + 1, f"This settings file cannot be read: {cause.problem}.", _YAML_FIX,
                           kind="settings file")
    text = str(error).strip() or error.__class__.__name__
    return Finding("mkdocs.yml", None, f"The build stopped: {text}",
                   "Read the messages above this one, undo the last change you saved if they do not say what to "
                   "do, and save again. If it keeps happening, ask a maintainer.", kind="build stopped")
