"""A slip in mkdocs.yml or partnership.yml gets the file, its line and a fix in plain words."""

from __future__ import annotations

import subprocess
import sys

import pytest

from earlyhelp import configcheck
from sitefactory import ROOT

GOOD_PARTNERSHIP = "extra:\n  partnership:\n    area: Testshire\n    site_name: \"Testshire: Early Help\"\n"
GOOD_CONFIG = "INHERIT: partnership.yml\nsite_name: Test\nnav:\n  - Home: index.md\n  - Case studies:\n      - case-studies/index.md\n"


def write(folder, config=GOOD_CONFIG, partnership=GOOD_PARTNERSHIP):
    (folder / "mkdocs.yml").write_text(config, encoding="utf-8")
    if partnership is not None:
        (folder / "partnership.yml").write_text(partnership, encoding="utf-8")
    return folder / "mkdocs.yml"


def test_files_that_read_have_no_finding(tmp_path):
    assert configcheck.check(write(tmp_path)) == []


@pytest.mark.parametrize("config, line, fix", [
    # the nav's third entry starts one space further in than the entries around it (line 5)
    (GOOD_CONFIG.replace("  - Case studies:", "   - Case studies:"), 5, "not lined up"),
    (GOOD_CONFIG.replace("  - Home: index.md", "\t- Home: index.md"), 4, "tab"),
    (GOOD_CONFIG.replace("site_name: Test", "site_name: Early Help: Test"), 2, "colon"),
    (GOOD_CONFIG + "extra:\n  themes: [housing, parenting\n", 8, "not closed"),
])
def test_a_slip_in_mkdocs_yml_names_its_line_and_the_fix(tmp_path, config, line, fix):
    [finding] = configcheck.check(write(tmp_path, config))
    assert (finding.file, finding.line, finding.severity) == ("mkdocs.yml", line, "error")
    assert fix in finding.fix
    assert finding.format().startswith("Error: mkdocs.yml:%d: This settings file cannot be read: " % line)


def test_a_slip_in_the_inherited_partnership_yml_is_found_there(tmp_path):
    broken = GOOD_PARTNERSHIP.replace("    area: Testshire", "    area: Testshire: a county")
    [finding] = configcheck.check(write(tmp_path, partnership=broken))
    assert (finding.file, finding.line) == ("partnership.yml", 3)
    assert "quotes" in finding.fix


def test_a_missing_inherited_file_is_named(tmp_path):
    [finding] = configcheck.check(write(tmp_path, partnership=None))
    assert finding.file == "partnership.yml" and "missing" in finding.message


def test_the_command_line_reports_without_a_traceback(tmp_path):
    config = write(tmp_path, GOOD_CONFIG.replace("  - Case studies:", "   - Case studies:"))
    for command in ("check-config", "check"):
        run = subprocess.run([sys.executable, "-m", "earlyhelp", "--config", str(config), command],
                             capture_output=True, text=True, cwd=ROOT, timeout=120)
        assert run.returncode == 1 and "Traceback" not in run.stdout + run.stderr, run.stderr
        assert run.stdout.splitlines()[-1] == "1 error: the site was not built. Fix it and run make build again."
        assert "Error: mkdocs.yml:5: This settings file cannot be read: " in run.stdout
