"""The GitHub workflows as issue 22 asks: current action majors pinned by commit, Pages rights on the
deploy job only, a timeout on every job, the strict build before the tests, deploy only after the tests
pass on main, Dependabot for actions and pip, and a devcontainer that previews with `make serve`.

GitHub cannot be run here, so these read the files GitHub reads; a change that breaks a promise fails."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest
import yaml

from conftest import ROOT

WORKFLOWS = ROOT / ".github" / "workflows"
# The oldest major of each action that runs on Node 24 (GitHub removed Node 20 in September 2026).
MINIMUM = {"actions/checkout": 6, "actions/setup-python": 6, "actions/cache": 5, "actions/configure-pages": 6,
           "actions/upload-pages-artifact": 5, "actions/deploy-pages": 5, "actions/upload-artifact": 6}
USES = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<action>[\w.-]+/[\w.-]+)@(?P<ref>\S+)(?:\s+#\s*v(?P<major>\d+)[\d.]*)?\s*$")


def workflow(name: str) -> dict:
    return yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))


def uses_lines() -> list[tuple[str, re.Match | None]]:
    return [(f"{path.name}:{n}", USES.match(line)) for path in sorted(WORKFLOWS.glob("*.yml"))
            for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if "uses:" in line]


def test_every_action_is_pinned_by_commit_with_a_current_major_in_a_comment():
    found = uses_lines()
    assert found
    for where, m in found:
        assert m, f"{where}: write 'uses: owner/action@<40-character commit> # vN.N.N'"
        assert re.fullmatch(r"[0-9a-f]{40}", m["ref"]), f"{where}: {m['action']} is not pinned by commit"
        assert m["major"], f"{where}: the version comment is missing"
        assert int(m["major"]) >= MINIMUM.get(m["action"], 0), f"{where}: {m['action']} v{m['major']} is too old"


def test_only_the_deploy_job_may_write_to_pages_and_every_job_has_a_timeout():
    for name in ("test.yml", "deploy.yml"):
        flow = workflow(name)
        assert flow["permissions"] == {"contents": "read"}, name
        for job_name, job in flow["jobs"].items():
            assert isinstance(job.get("timeout-minutes"), int), f"{name}: job {job_name} has no timeout"
            if job.get("permissions"):
                assert (name, job_name) == ("deploy.yml", "deploy"), f"{name}: job {job_name} has extra rights"
    assert workflow("deploy.yml")["jobs"]["deploy"]["permissions"] == {"pages": "write", "id-token": "write"}


def test_deploy_runs_only_after_the_tests_pass_on_main():
    flow = workflow("deploy.yml")
    trigger = flow.get("on", flow.get(True))  # YAML 1.1 reads the key "on" as true
    assert set(trigger) == {"workflow_run"}
    assert trigger["workflow_run"]["workflows"] == [workflow("test.yml")["name"]]
    assert trigger["workflow_run"]["branches"] == ["main"]
    condition = flow["jobs"]["build"]["if"]
    assert "conclusion == 'success'" in condition and "head_repository.full_name == github.repository" in condition
    checkout = flow["jobs"]["build"]["steps"][0]
    assert checkout["with"]["ref"] == "${{ github.event.workflow_run.head_sha }}"  # the commit that was tested


def test_the_strict_build_runs_first_then_annotations_the_preview_and_the_tests():
    steps = workflow("test.yml")["jobs"]["test"]["steps"]
    runs = [step.get("run", "") + step.get("uses", "") for step in steps]
    order = [next(i for i, r in enumerate(runs) if wanted in r)
             for wanted in ("make build", "annotate.py", "actions/upload-artifact", "make test")]
    assert order == sorted(order)
    preview = steps[order[2]]
    assert preview["with"]["path"] == "site/" and preview["with"]["name"] == "site-preview"


@pytest.mark.parametrize("ecosystem", ["github-actions", "pip"])
def test_dependabot_watches_actions_and_pip(ecosystem):
    config = yaml.safe_load((ROOT / ".github" / "dependabot.yml").read_text(encoding="utf-8"))
    assert ecosystem in {u["package-ecosystem"] for u in config["updates"]}


def test_the_devcontainer_previews_with_make_serve_on_its_port():
    config = json.loads((ROOT / ".devcontainer" / "devcontainer.json").read_text(encoding="utf-8"))
    assert config["postAttachCommand"] == "make serve" and 8000 in config["forwardPorts"]


def test_make_test_collects_every_test_folder():
    """`make test` runs plain `pytest`: pytest skips folders named build unless told otherwise, and for
    a while tests/build was silently left out. Every folder of tests must be collected."""

    listed = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
                            cwd=ROOT, capture_output=True, text=True, timeout=300).stdout
    folders = {line.split("/")[1] for line in listed.splitlines() if line.startswith("tests/") and "::" in line}
    assert folders == {"unit", "build", "browser"}


def test_the_deploy_build_is_given_the_published_address():
    """The sitemap and the 'page not found' page need it; a repository variable overrides it."""
    for path in (WORKFLOWS / "deploy.yml", ROOT / "hooks" / "earlyhelp" / "starter" / ".github" / "workflows" / "deploy.yml"):
        steps = yaml.safe_load(path.read_text(encoding="utf-8"))["jobs"]["build"]["steps"]
        [build] = [s for s in steps if s.get("run") == "make build"]
        assert build["env"]["SITE_URL"].startswith("${{ vars.SITE_URL || format('https://{0}.github.io/{1}/'"), path
