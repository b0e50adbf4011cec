"""A build that stops with an exception is told as a finding (hooks/earlyhelp/failures.py)."""

from pathlib import Path

import yaml

from earlyhelp import failures, problempage


def test_a_yaml_slip_names_the_file_and_line(tmp_path):
    path = tmp_path / "partnership.yml"
    path.write_text("extra:\n  partnership:\n    area: St Helens\n   name: St Helens Cares\n", encoding="utf-8")
    try:
        with path.open(encoding="utf-8") as handle:
            yaml.safe_load(handle)
    except yaml.YAMLError as error:
        try:
            raise RuntimeError("MkDocs encountered an error parsing the configuration file") from error
        except RuntimeError as wrapped:
            finding = failures.describe(wrapped, tmp_path)
    assert (finding.file, finding.line, finding.severity) == ("partnership.yml", 4, "error")
    assert "cannot be read" in finding.message and "not lined up" in finding.fix


def test_any_other_stop_says_what_stopped_and_what_to_do():
    finding = failures.describe(ValueError("Quiz must have a question"), Path("."))
    assert finding.message == "The build stopped: Quiz must have a question" and "undo the last change" in finding.fix


def test_the_problem_page_escapes_what_it_shows():
    page = problempage.render([failures.describe(ValueError("<script>x</script>"), Path("."))])
    assert "<script>x" not in page and "&lt;script&gt;x" in page and '<html lang="en">' in page
