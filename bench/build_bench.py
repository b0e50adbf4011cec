"""Build benchmarks for the simplified build (make bench): the issue-17 targets, each measured side
by side with the same site with hooks off, in one run.

- a `mkdocs serve` rebuild after editing one page (the same process builds again, as serve does);
- a first full build in a fresh process, as published and at ten times the pages.

Prints a Markdown table for bench/README.md; never run by make test."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from site_bench import BUILD_ENV, build_once, copy_project, write_config  # noqa: E402

RUNS = 9
# What `mkdocs serve` does (mkdocs/commands/serve.py): plugins start once as for serve, every build
# gets the configuration loaded again, the server's address as site_url and the live-reload script.
REBUILD = """
import sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
config_file, site, page, runs = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
SERVE_URL = "http://127.0.0.1:8000/"
def serve_config():
    config = load_config(config_file, site_dir=site)
    config.site_url = SERVE_URL
    return config
first = serve_config()
first.plugins.on_startup(command="serve", dirty=False)
build(first, serve_url=SERVE_URL)  # the first build of mkdocs serve
text = page.read_text("utf-8")
for n in range(runs):
    page.write_text(text + f"\\n\\nEdited {n}.\\n", "utf-8")  # a writer saves the page
    start, cpu = time.perf_counter(), time.process_time()
    build(serve_config(), serve_url=SERVE_URL)
    print(time.perf_counter() - start, time.process_time() - cpu)
page.write_text(text, "utf-8")
"""


def rebuilds(config: Path, site: Path, page: Path, runs: int) -> list[tuple[float, float]]:
    """(wall-clock, CPU) seconds of each of runs rebuilds in one serving process."""
    out = subprocess.run([sys.executable, "-c", REBUILD, str(config), str(site), str(page), str(runs)],
                         env=BUILD_ENV, check=True, capture_output=True, text=True).stdout.splitlines()
    return [(float(line.split()[0]), float(line.split()[1])) for line in out if line.strip()]


def row(label: str, off: list[tuple[float, float]], on: list[tuple[float, float]], target: str) -> str:
    """Medians of wall-clock and of CPU time: on a shared machine the CPU ratio is the steadier one."""
    wall = [statistics.median(t[0] for t in times) for times in (off, on)]
    cpu = [statistics.median(t[1] for t in times) for times in (off, on)]
    return (f"| {label} (median of {RUNS}) | {wall[0]:.2f} | {wall[1]:.2f} | {wall[1] / wall[0]:.2f} | "
            f"{cpu[1] / cpu[0]:.2f} | {target} |")


def main() -> None:
    rows = ["| measure | hooks off (s) | with hooks (s) | ratio | CPU ratio | target |",
            "| --- | --- | --- | --- | --- | --- |"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        firsts = {}
        for label, copies in (("as published", 0), ("10 times the pages", 10)):
            (work / f"p{copies}").mkdir()
            project = copy_project(work / f"p{copies}", copies)
            on, off = write_config(project, "on.yml", True), write_config(project, "off.yml", False)
            if copies == 0:
                page = project / "docs" / "levels-of-need" / "level-2-early-help.md"
                # Three rounds of three rebuilds each way, taking turns, so a busy spell on this shared
                # machine falls on both sides rather than on one.
                times_off, times_on = [], []
                for _ in range(3):
                    times_off += rebuilds(off, work / "r-off", page, RUNS // 3)
                    times_on += rebuilds(on, work / "r-on", page, RUNS // 3)
                rows.append(row("`mkdocs serve` rebuild after editing one page", times_off, times_on, "at most 1.3"))
            build_once(on, work / "warm-on"), build_once(off, work / "warm-off")  # bytecode, OS page cache
            timed_off, timed_on = [], []
            for _ in range(RUNS):
                timed_off.append(build_once(off, work / f"s{copies}off"))
                timed_on.append(build_once(on, work / f"s{copies}on"))
            firsts[copies] = [statistics.median(t[i] for t in timed_on) for i in (0, 1)]
            rows.append(row(f"first full build, {label}", timed_off, timed_on, "at most 1.4"))
        rows.append(f"| first full build with hooks: 10 times the pages against as published | | | "
                    f"{firsts[10][0] / firsts[0][0]:.1f} | {firsts[10][1] / firsts[0][1]:.1f} | at most 11 |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
