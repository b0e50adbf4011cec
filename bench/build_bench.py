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
REBUILD = """
import sys, time
from pathlib import Path
from mkdocs.commands.build import build
from mkdocs.config import load_config
config_file, site, page, runs = sys.argv[1], sys.argv[2], Path(sys.argv[3]), int(sys.argv[4])
build(load_config(config_file, site_dir=site))  # the first build of mkdocs serve
text = page.read_text("utf-8")
for n in range(runs):
    page.write_text(text + f"\\n\\nEdited {n}.\\n", "utf-8")  # a writer saves the page
    start = time.perf_counter()
    build(load_config(config_file, site_dir=site))  # serve reloads the configuration on every rebuild
    print(time.perf_counter() - start)
page.write_text(text, "utf-8")
"""


def rebuilds(config: Path, site: Path, page: Path) -> list[float]:
    out = subprocess.run([sys.executable, "-c", REBUILD, str(config), str(site), str(page), str(RUNS)],
                         env=BUILD_ENV, check=True, capture_output=True, text=True).stdout.split()
    return [float(t) for t in out]


def main() -> None:
    rows = ["| measure | hooks off (s) | with hooks (s) | ratio | target |", "| --- | --- | --- | --- | --- |"]
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        firsts = {}
        for label, copies in (("as published", 0), ("10 times the pages", 10)):
            (work / f"p{copies}").mkdir()
            project = copy_project(work / f"p{copies}", copies)
            on, off = write_config(project, "on.yml", True), write_config(project, "off.yml", False)
            if copies == 0:
                page = project / "docs" / "levels-of-need" / "level-2-early-help.md"
                times_off, times_on = rebuilds(off, work / "r-off", page), rebuilds(on, work / "r-on", page)
                a, b = statistics.median(times_off), statistics.median(times_on)
                rows.append(f"| `mkdocs serve` rebuild after editing one page (median of {RUNS}) | {a:.2f} | "
                            f"{b:.2f} | {b / a:.2f} | at most 1.3 |")
            build_once(on, work / "warm-on"), build_once(off, work / "warm-off")  # bytecode, OS page cache
            timed_off, timed_on = [], []
            for _ in range(RUNS):
                timed_off.append(build_once(off, work / f"s{copies}off")[0])
                timed_on.append(build_once(on, work / f"s{copies}on")[0])
            a, b = statistics.median(timed_off), statistics.median(timed_on)
            firsts[copies] = b
            rows.append(f"| first full build, {label} (median of {RUNS}) | {a:.2f} | {b:.2f} | {b / a:.2f} | "
                        f"{'at most 1.4' if copies == 0 else 'at most 1.4'} |")
        rows.append(f"| first full build with hooks: 10 times the pages against as published | | | "
                    f"{firsts[10] / firsts[0]:.1f} | at most 11 |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
