"""MkDocs adapter: content checks, the anonymisation gate, and two generated pages.

Errors (personal data in a case study, a front matter problem, an abbreviation
missing from the glossary) fail `mkdocs build --strict`; notices (a page due for
review, a page harder to read than the target) are logged at info level only.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from earlyhelp import buildcache, changes, checks, health, review
from earlyhelp.reporting import report

HEALTH = "about/content-health.md"
CHANGES = "about/whats-changed.md"
GLOSSARY = "includes/abbreviations.md"
COURSES = "training/courses.yml"
SCORES = ".cache/reading-ease.json"  # scores of unchanged pages, kept between builds
TEXT_CHECKS = ".cache/text-checks.json"  # personal data, jargon and link results of unchanged pages


def on_files(files, config, **kwargs):
    from mkdocs.structure.files import File

    root = Path(config.config_file_path).parent
    docs = Path(config.docs_dir)
    settings = checks.Settings.from_extra(config.extra)
    pages = [(f.src_uri, f.content_string) for f in files.documentation_pages()
             if f.generated_by is None and f.src_uri not in (HEALTH, CHANGES)]
    docs_name = docs.relative_to(root).as_posix() if docs.is_relative_to(root) else docs.name
    scores = buildcache.load(root / SCORES, buildcache.is_number)
    memo = buildcache.load(root / TEXT_CHECKS, lambda v: isinstance(v, dict))
    result = checks.run(pages, settings, checks.load_glossary(root / GLOSSARY), dt.date.today(),
                        docs_name, checks.load_course_ids(root / COURSES), scores, memo)
    buildcache.save(root / SCORES, scores)
    buildcache.save(root / TEXT_CHECKS, memo)
    report(result.findings)
    generated = {
        HEALTH: health.render(result.pages, result.findings, HEALTH, settings.reading_ease_target,
                              settings.due_soon_days),
        CHANGES: changes.render(changes.read_log(docs), result.titles, CHANGES),
    }
    for src_uri, content in generated.items():
        existing = files.get_file_from_path(src_uri)
        if existing is not None:
            files.remove(existing)  # these pages are made by the build, never edited by hand
        files.append(File.generated(config, src_uri, content=content))
    return files


def on_page_markdown(markdown, page, config, files, **kwargs):
    settings = checks.Settings.from_extra(config.extra)
    state = review.review(page.meta, dt.date.today(), settings.review_every, settings.due_soon_days)
    if state is not None and state.status == review.OVERDUE and page.file.generated_by is None:
        return review.inject(markdown, state)
    return markdown
