"""Reading the project's own files: the one place the build hooks and the command line read the
glossary, the course registry, the site's settings and its pages from disk. Everything else in
earlyhelp takes their text and returns findings."""

from __future__ import annotations

from pathlib import Path

import yaml

from . import courses as course_registry
from . import glossary as glossary_terms
from .findings import Finding

GLOSSARY = "includes/abbreviations.md"
COURSES = "training/courses.yml"


def glossary(root: Path, values: dict | None = None) -> tuple[list[glossary_terms.Term], list[Finding]]:
    """The glossary terms, with {{ partnership.* }} placeholders filled from ``values``, and the mistakes
    in its file; no file is an empty glossary."""
    from .placeholders import substitute

    path = root / GLOSSARY
    if not path.is_file():
        return [], []
    text, findings = substitute(GLOSSARY, path.read_text(encoding="utf-8"), values or {})
    terms, problems = glossary_terms.parse(GLOSSARY, text)
    return terms, findings + problems


def courses(root: Path) -> tuple[list[course_registry.Course] | None, list[Finding]]:
    """The courses of training/courses.yml, or None (with a finding) when it cannot be read."""
    path = root / COURSES
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        return None, []
    except (OSError, UnicodeDecodeError) as error:
        return None, [Finding(COURSES, None, f"{COURSES} cannot be read ({error.__class__.__name__}).",
                              "Check the file is there and saved as UTF-8 text.", kind="unreadable file")]
    found, findings = course_registry.parse(COURSES, text)
    return (None if findings and not found else found), findings


class _TagsAsNone(yaml.SafeLoader):
    """MkDocs' own tags (!ENV, !relative) read as None: nothing here needs their values."""


_TagsAsNone.add_multi_constructor("!", lambda loader, suffix, node: None)


def config_file(path: Path) -> dict:
    """One MkDocs configuration file as plain data, INHERIT not followed."""
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_TagsAsNone) or {}


def site_config(config_file_path: Path) -> dict:
    """mkdocs.yml as plain data, with every INHERIT parent merged under it as MkDocs merges them."""
    data = config_file(config_file_path)
    parent = data.pop("INHERIT", None)
    if not parent:
        return data
    return _merge(site_config((config_file_path.parent / parent).resolve()), data)


def _merge(base: dict, over: dict) -> dict:
    out = dict(base)
    for key, value in over.items():
        out[key] = _merge(out[key], value) if isinstance(value, dict) and isinstance(out.get(key), dict) else value
    return out


def pages(docs_dir: Path, exclude: str = "") -> list[tuple[str, str]]:
    """Every Markdown page under docs_dir as (path relative to it, text), leaving out the pages
    exclude_docs names and those MkDocs always leaves out (gitignore patterns, as MkDocs reads them)."""
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines([".*", "/templates/", *(exclude or "").splitlines()])
    out = []
    for path in sorted(docs_dir.rglob("*.md")):
        uri = path.relative_to(docs_dir).as_posix()
        if not spec.match_file(uri):
            out.append((uri, path.read_text(encoding="utf-8-sig")))
    return out
