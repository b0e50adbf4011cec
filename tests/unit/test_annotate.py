"""The CI step that turns the build's messages into pull-request annotations (hooks/earlyhelp/annotate.py).

Known-answer log lines in, GitHub workflow commands and a plain-English summary out.
"""

import subprocess
import sys
from pathlib import Path

import pytest

from earlyhelp import annotate

SCRIPT = Path(annotate.__file__)
Finding = annotate.Finding

LOG = """\
INFO    -  Cleaning site directory
INFO    -  Building documentation to directory: /tmp/site
WARNING -  Error: docs/case-studies/x.md:12: Possible personal name in a case study: 'Sharon'. How to fix: Replace the name with a role, for example 'the mother'.
INFO    -  Notice: docs/x.md:3: Reading ease 42 is below the target of 50 (higher is easier). How to fix: Use shorter sentences.
WARNING -  Error: training/agencies.yml: The file must start with 'agencies:'. How to fix: Add the line 'agencies:' at the top.
WARNING -  Error: docs/case-studies/x.md:12: Possible personal name in a case study: 'Sharon'. How to fix: Replace the name with a role, for example 'the mother'.
WARNING -  Doc file 'x.md' contains a link 'gone.md', but the target 'gone.md' is not found among documentation files.
ERROR   -  3 errors: the site was not built. Fix them and run make build again.
Aborted with 3 warnings in strict mode!
"""


@pytest.mark.parametrize("line, expected", [
    ("WARNING -  Error: docs/case-studies/x.md:12: Possible personal name: 'Sharon'. How to fix: Use a role.",
     Finding("error", "docs/case-studies/x.md", 12, "Possible personal name: 'Sharon'.", "Use a role.")),
    ("INFO    -  Notice: docs/x.md:3: Due for review since 5 January 2025. How to fix: Check the page.",
     Finding("notice", "docs/x.md", 3, "Due for review since 5 January 2025.", "Check the page.")),
    # the build's own lines and python -m earlyhelp check have no MkDocs level
    ("Error: training/agencies.yml: The file is empty. How to fix: Add the agencies.",
     Finding("error", "training/agencies.yml", None, "The file is empty.", "Add the agencies.")),
    ("Notice: docs/x.md: An allow entry hides nothing.",
     Finding("notice", "docs/x.md", None, "An allow entry hides nothing.", "")),
    # colour codes and a Windows line ending from a copied log
    ("\x1b[33mWARNING \x1b[0m-  Error: docs/a.md:7: Wrong. How to fix: Right.\r",
     Finding("error", "docs/a.md", 7, "Wrong.", "Right.")),
    # the older form, before the labels: MkDocs' level gives the severity
    ("WARNING -  docs/b.md:4: Old form. How to fix: Still read.", Finding("error", "docs/b.md", 4, "Old form.", "Still read.")),
    ("INFO    -  docs/b.md: Old notice.", Finding("notice", "docs/b.md", None, "Old notice.", "")),
])
def test_a_finding_line_gives_its_file_line_message_and_fix(line, expected):
    assert annotate.parse_line(line) == expected


@pytest.mark.parametrize("line", [
    "INFO    -  Building documentation to directory: /tmp/site",
    "ERROR   -  3 errors: the site was not built. Fix them and run make build again.",
    "Error: the site was not built.",  # a sentence, not a file
    "Aborted with 3 warnings in strict mode!",
    "docs/b.md:4: no level and no label is not a finding",
    "INFO    -  mkdocs_quiz.plugin: a module's name is not a file",
    "",
])
def test_other_lines_are_not_findings(line):
    assert annotate.parse_line(line) is None


def test_a_log_gives_each_finding_once_in_order():
    assert [(f.severity, f.file, f.line) for f in annotate.parse_log(LOG)] == [
        ("error", "docs/case-studies/x.md", 12), ("notice", "docs/x.md", 3), ("error", "training/agencies.yml", None)]


def test_mkdocs_own_warnings_are_kept_but_the_closing_count_is_not():
    assert annotate.other_problems(LOG) == [
        "Doc file 'x.md' contains a link 'gone.md', but the target 'gone.md' is not found among documentation files."]


def test_a_long_mkdocs_message_keeps_its_indented_lines():
    log = ('WARNING -  The following pages exist in the docs directory, but are not included in the "nav" configuration:\n'
           "  - case-studies/new-one.md\n"
           "  - case-studies/other.md\n"
           "Traceback (most recent call last):\n"
           '  File "x.py", line 1\n')
    assert annotate.other_problems(log) == [
        'The following pages exist in the docs directory, but are not included in the "nav" configuration: '
        "- case-studies/new-one.md - case-studies/other.md"]


def test_a_page_named_from_docs_is_named_from_the_repository_root():
    files = {"docs/case-studies/x.md", "training/courses.yml"}
    found = Finding("error", "case-studies/x.md", 15, "Unknown placeholder.", "")
    assert annotate.locate(found, files.__contains__).file == "docs/case-studies/x.md"
    kept = Finding("error", "training/courses.yml", 2, "Bad course.", "")
    assert annotate.locate(kept, files.__contains__) == kept
    unknown = Finding("error", "nowhere.md", 1, "Gone.", "")
    assert annotate.locate(unknown, files.__contains__) == unknown


def test_an_annotation_escapes_the_message_and_the_properties():
    finding = Finding("error", "docs/a,b:c.md", 5, "100% sure\r\nsecond line", "Fix: it")
    assert annotate.annotation(finding) == (
        "::error file=docs/a%2Cb%3Ac.md,line=5,title=Error::100%25 sure%0D%0Asecond line%0AHow to fix: Fix: it")


def test_a_notice_without_a_line_has_no_line_property():
    assert annotate.annotation(Finding("notice", "docs/x.md", None, "Hides nothing.", "")) == (
        "::notice file=docs/x.md,title=Notice::Hides nothing.")


def test_escaping_follows_github_rules():
    assert annotate.escape_data("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad:e,f"
    assert annotate.escape_property("a%b\rc\nd:e,f") == "a%25b%0Dc%0Ad%3Ae%2Cf"


def test_a_failed_build_summary_counts_lists_and_says_what_to_do():
    text = annotate.summary(annotate.parse_log(LOG), annotate.other_problems(LOG), "failure")
    assert text.startswith("## The pages were checked: 3 errors\n")
    assert "cannot be published yet" in text and "Files changed" in text
    assert "| `docs/case-studies/x.md, line 12` | Possible personal name in a case study: 'Sharon'. |" in text
    assert "| `training/agencies.yml` |" in text
    assert "### 1 notice" in text


def test_a_passing_build_summary_points_to_the_preview():
    text = annotate.summary([], [], "success")
    assert text.startswith("## The pages were checked: no errors\n") and "site-preview" in text


def test_a_failed_build_with_no_message_says_where_to_look():
    assert "could not be checked" in annotate.summary([], [], "failure")


def test_table_cells_cannot_break_the_table_or_hide_as_html():
    text = annotate.summary([Finding("error", "docs/q.md", 2, "A <quiz> | with a bar", "")], [], "failure")
    assert "A &lt;quiz&gt; \\| with a bar" in text


def test_the_script_prints_commands_and_writes_the_summary(tmp_path):
    log = tmp_path / "build.log"
    log.write_text(LOG, encoding="utf-8")
    target = tmp_path / "summary.md"
    run = subprocess.run([sys.executable, str(SCRIPT), str(log), "--outcome", "failure"], capture_output=True,
                         text=True, env={"GITHUB_STEP_SUMMARY": str(target), "PATH": ""}, check=True)
    assert run.stdout.splitlines()[0] == ("::error file=docs/case-studies/x.md,line=12,title=Error::Possible personal "
                                          "name in a case study: 'Sharon'.%0AHow to fix: Replace the name with a "
                                          "role, for example 'the mother'.")
    assert len(run.stdout.splitlines()) == 4  # three findings and one MkDocs warning
    assert target.read_text(encoding="utf-8").startswith("## The pages were checked: 3 errors")


def test_a_missing_log_is_a_warning_not_a_crash(tmp_path):
    run = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "none.log")], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout.startswith("::warning title=No build log::")
