"""The command line: `python -m earlyhelp check|check-config|report|import-training|sample-data|names-list`.

The same checks and figures as the build hooks, read straight from the project's files, so a
partnership can run them in any pipeline, or move to another site generator, without MkDocs."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from . import colours, configcheck, feed, sitecheck, sources
from .findings import Finding, errors, not_built, ordered, plural
from .placeholders import substitute
from .settings import Settings


def _project(config_file: str) -> tuple[Path, dict]:
    path = Path(config_file).resolve()
    return path.parent, sources.site_config(path)


def _records_folder(root: Path) -> Path:
    from .completions.location import records_folder

    return records_folder(root, os.environ.get("TRAINING_RECORDS_DIR"))


def site_findings(root: Path, config: dict) -> list[Finding]:
    """Every finding a build of this site would report."""
    from .completions import published
    from .courses import check_portal

    extra = config.get("extra") or {}
    docs = root / (config.get("docs_dir") or "docs")
    pages = sources.pages(docs, config.get("exclude_docs") or "")
    partnership = extra.get("partnership") or {}
    terms, findings = sources.glossary(root)
    courses, course_findings = sources.courses(root)
    findings += course_findings
    for uri, text in pages:
        findings += substitute(f"{docs.name}/{uri}", text, partnership)[1]
    docs_name = docs.relative_to(root).as_posix() if docs.is_relative_to(root) else docs.name
    findings += sitecheck.check_site(pages, Settings.from_extra(extra), terms, courses, dt.date.today(), docs_name,
                                     feed.read_log(docs)).findings
    findings += check_portal(sources.COURSES, root / "training", pages, courses or []).findings
    training = extra.get("training") or {}
    findings += published.make(root, root / "training", _records_folder(root), training).findings
    findings += colours.stylesheet(partnership.get("colours"))[1]  # as the theme adapter checks them
    return ordered(findings)


def github_annotation(finding: Finding) -> str:
    """A workflow command GitHub shows on the changed line of a pull request."""
    from . import annotate

    return annotate.annotation(annotate.Finding(finding.severity, finding.file, finding.line, finding.message,
                                                finding.fix))


def check_config(args) -> int:
    """Quiet when mkdocs.yml and what it INHERITs can be read; else each problem and the closing line."""
    found = configcheck.check(Path(args.config))
    for finding in found:
        print(github_annotation(finding) if getattr(args, "format", "text") == "github" else finding.format())
    if found:
        print(not_built(len(found)))
    return 1 if found else 0


def check(args) -> int:
    if check_config(args):
        return 1
    root, config = _project(args.config)
    found = site_findings(root, config)
    for finding in found:
        print(github_annotation(finding) if args.format == "github" else finding.format())
    count = len(errors(found))
    print(f"{plural(count, 'error')} and {plural(len(found) - count, 'notice')}."
          + (" Fix the errors before the site can be published." if count else ""))
    return 1 if count else 0


def report(args) -> int:
    from .completions import published

    root, config = _project(args.config)
    extra = config.get("extra") or {}
    training = extra.get("training") or {}
    made = published.make(root, root / "training", _records_folder(root), training)
    for finding in ordered(made.findings):
        print(finding.format(), file=sys.stderr)
    if args.out:
        from .atomicfile import write_text

        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        write_text(out / "report.json", made.data)
        write_text(out / "report.md", made.head + made.body)
        print(f"Wrote {out / 'report.json'} and {out / 'report.md'}.")
    else:
        sys.stdout.write(made.data)
    return 1 if errors(made.findings) else 0


# Commands with a command line of their own: python -m earlyhelp NAME --help tells theirs.
DELEGATED = {"import-training": "importcli", "sample-data": "samplecli", "names-list": "namescli",
             "annotate": "annotate", "new-partnership": "newsite", "training-due": "completions.due",
             "new-case-study": "newcasestudy"}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] in DELEGATED:
        return _delegate(DELEGATED[argv[0]], argv[1:])
    parser = argparse.ArgumentParser(prog="python -m earlyhelp", description=__doc__.splitlines()[0])
    parser.add_argument("--config", default="mkdocs.yml", help="the site's mkdocs.yml (default: mkdocs.yml)")
    commands = parser.add_subparsers(dest="command", required=True)
    checking = commands.add_parser("check", help="run every content, portal and records check")
    checking.add_argument("--format", choices=("text", "github"), default="text",
                          help="github: annotations for a pull request")
    checking.set_defaults(run=check)
    configuring = commands.add_parser("check-config", help="check that mkdocs.yml and partnership.yml can be read")
    configuring.set_defaults(run=check_config)
    reporting = commands.add_parser("report", help="the training report's figures (report.json)")
    reporting.add_argument("--out", help="a folder for report.json and report.md (default: print the JSON)")
    reporting.set_defaults(run=report)
    for name in DELEGATED:
        commands.add_parser(name, help=f"see python -m earlyhelp {name} --help")
    args = parser.parse_args(argv)
    return args.run(args)


def _delegate(module: str, rest: list[str]) -> int:
    from importlib import import_module

    return import_module(f"earlyhelp.{module}").main(rest)
