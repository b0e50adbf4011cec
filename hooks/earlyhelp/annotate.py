"""Turn the site build's messages into pull-request annotations and a job summary.

A writer reads the result of the checks on the pull request, not in a 1,000-line log. The
build writes one finding per line, "Error: FILE:LINE: MESSAGE How to fix: FIX" or "Notice: ..."
(without ":LINE" when a finding has no line), after MkDocs' own level ("WARNING -  ",
"INFO    -  "); `python -m earlyhelp check` prints the same lines without the level. A line
with a level but no label (the build's older form) takes its severity from the level. This script
reads a saved log, prints one GitHub workflow command per finding (GitHub shows it on that line
of the "Files changed" tab) and writes a short summary in plain English to $GITHUB_STEP_SUMMARY.

Usage: python -m earlyhelp annotate BUILD_LOG [--outcome success|failure]

Standard library only (it also runs as a plain script). It never fails the job: the build step
has already passed or failed.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable

# MkDocs puts its level in front of every message: "WARNING -  ", "INFO    -  ".
_LEVEL = r"(?:(?P<level>DEBUG|INFO|WARNING|ERROR|CRITICAL)\s*-\s+)?"
_ANSI = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
# The file is one word ending in an extension ("docs/x.md", "training/agencies.yml"), so a
# sentence that happens to start "Error: ..." is not read as a file name.
_FINDING = re.compile(_LEVEL + r"(?:(?P<label>Error|Notice):\s+)?(?P<file>[^\s:]+\.[A-Za-z0-9]+)"
                      r"(?::(?P<line>\d+))?:\s+(?P<rest>.+)$")
# Before the "Error:"/"Notice:" labels, MkDocs' level was the only sign of the severity.
_SEVERITY = {"WARNING": "error", "ERROR": "error", "CRITICAL": "error", "INFO": "notice"}
# ...and then only for the files a writer edits, so "INFO - some.module: ..." is not a finding.
_SOURCE = re.compile(r"\.(?:md|ya?ml|csv|json|txt|html)$", re.I)
_OTHER = re.compile(r"(?P<level>WARNING|ERROR|CRITICAL)\s*-\s+(?P<text>.+)$")
# The build's closing line ("3 errors: the site was not built...") is a count, not a problem.
_COUNT = re.compile(r"\d+\s+\w+")
_FIX = " How to fix: "
# GitHub shows at most this many annotations of each kind for a step; the summary lists the rest.
SHOWN_PER_KIND = 10


@dataclass(frozen=True)
class Finding:
    """One message from the build: where it is, what is wrong and how to fix it."""

    severity: str  # "error" or "notice"
    file: str
    line: int | None
    message: str
    fix: str = ""


def parse_line(line: str) -> Finding | None:
    """The finding on one log line, or None when the line is not a finding."""
    match = _FINDING.match(_ANSI.sub("", line).strip())
    if not match or not (match["label"] or (match["level"] in _SEVERITY and _SOURCE.search(match["file"]))):
        return None
    severity = match["label"].lower() if match["label"] else _SEVERITY[match["level"]]
    message, _, fix = match["rest"].strip().partition(_FIX)
    number = int(match["line"]) if match["line"] else None
    return Finding(severity, match["file"], number or None, message.strip(), fix.strip())


def parse_log(text: str) -> list[Finding]:
    """Every finding in a build log, in order, each once (a message can be logged twice)."""
    found = (parse_line(line) for line in text.splitlines())
    return list(dict.fromkeys(f for f in found if f))


def other_problems(text: str) -> list[str]:
    """MkDocs warnings and errors that are not in the findings' form, each once.

    They still stop a strict build, so the summary shows them rather than leaving a red cross
    with nothing to read."""
    problems: list[str] = []
    continuing = False  # MkDocs indents the rest of a long message ("  - case-studies/new.md")
    for raw in text.splitlines():
        line = _ANSI.sub("", raw).rstrip()
        if continuing and line[:1].isspace() and line.strip():
            problems[-1] += " " + line.strip()
            continue
        match = _OTHER.match(line.strip())
        continuing = bool(match and not parse_line(line) and not _COUNT.match(match["text"]))
        if continuing:
            problems.append(match["text"].strip())
    return list(dict.fromkeys(problems))


def locate(finding: Finding, exists: Callable[[str], bool]) -> Finding:
    """The finding with its file named from the repository's root, as GitHub needs.

    A page can be named from docs/ ("case-studies/x.md"); such a name is read as docs/... when
    only that file exists."""
    if exists(finding.file) or not exists(f"docs/{finding.file}"):
        return finding
    return replace(finding, file=f"docs/{finding.file}")


def escape_data(value: str) -> str:
    """A workflow command's message, escaped as GitHub's toolkit does (%, CR, LF)."""
    return value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(value: str) -> str:
    """A workflow command's property (file, title), which also may not contain ':' or ','."""
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """The workflow command that puts one finding on its line in the pull request."""
    command = "error" if finding.severity == "error" else "notice"
    props = [f"file={escape_property(finding.file)}"]
    if finding.line:
        props.append(f"line={finding.line}")
    props.append(f"title={escape_property(finding.severity.capitalize())}")
    text = finding.message + (f"\nHow to fix: {finding.fix}" if finding.fix else "")
    return f"::{command} {','.join(props)}::{escape_data(text)}"


def other_annotation(problem: str) -> str:
    """A build problem with no file and line: shown on the run, not on a line."""
    return f"::error title={escape_property('Build problem')}::{escape_data(problem)}"


def plural(count: int, word: str) -> str:
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def _cell(value: str) -> str:
    """Text for a Markdown table cell: no line breaks, no table bars, no HTML tags."""
    value = " ".join(value.split())
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|")


def _table(findings: list[Finding]) -> list[str]:
    rows = ["| Where | What is wrong | How to fix it |", "| --- | --- | --- |"]
    for f in findings:
        where = f"{f.file}, line {f.line}" if f.line else f.file
        rows.append(f"| `{_cell(where)}` | {_cell(f.message)} | {_cell(f.fix) or '-'} |")
    return rows


def summary(findings: list[Finding], others: list[str], outcome: str) -> str:
    """The job summary: what the checks found, in plain English, and what to do next."""
    errors = [f for f in findings if f.severity == "error"]
    notices = [f for f in findings if f.severity == "notice"]
    lines = []
    if outcome == "success" and not errors and not others:
        lines += ["## The pages were checked: no errors", "",
                  "The site was built. Reviewers can download it as **site-preview** from the *Artifacts* "
                  "list at the bottom of this page (CONTRIBUTING.md says how to open it). The browser "
                  "tests run next."]
    elif errors or others:
        count = plural(len(errors) + len(others), "error")
        lines += [f"## The pages were checked: {count}", "",
                  "The site was not built, so this change cannot be published yet. Each error is listed "
                  "below with how to fix it, and is marked on its line in the **Files changed** tab. "
                  "Edit the same files in this pull request: the checks run again after every change."]
        if len(errors) + len(others) > SHOWN_PER_KIND:
            lines += ["", f"GitHub marks only the first {SHOWN_PER_KIND} on their lines; all of them are listed here."]
    else:
        lines += ["## The pages could not be checked", "",
                  "The build stopped without a message about a page. Open the step "
                  "**Check the pages (make build)** to read what it said. If it is not about your "
                  "change, ask a maintainer for help in this pull request."]
    if errors:
        lines += ["", "### Errors", ""] + _table(errors)
    if others:
        lines += ["", "### Other problems the build reported", ""] + [f"- {_cell(p)}" for p in others]
    if notices:
        lines += ["", f"### {plural(len(notices), 'notice')}", "",
                  "A notice never stops the site being published; it is there to help."]
        lines += [""] + _table(notices)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("log", type=Path, help="the saved output of make build")
    parser.add_argument("--outcome", default="failure", help="the build step's outcome (success or failure)")
    args = parser.parse_args(argv)
    try:
        text = args.log.read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        print(f"::warning title=No build log::The build log {args.log} could not be read ({exc.strerror}).")
        return 0
    findings = [locate(f, lambda name: Path(name).is_file()) for f in parse_log(text)]
    others = other_problems(text)
    for finding in findings:
        print(annotation(finding))
    for problem in others:
        print(other_annotation(problem))
    target = os.environ.get("GITHUB_STEP_SUMMARY")
    if target:
        with open(target, "a", encoding="utf-8") as out:
            out.write(summary(findings, others, args.outcome))
    else:
        sys.stdout.write(summary(findings, others, args.outcome))
    return 0


if __name__ == "__main__":
    sys.exit(main())
