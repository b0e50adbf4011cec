"""Site benchmarks (make bench): build time with and without our hooks, build time at ten
times the pages, what the offline copy costs a phone, and Lighthouse on four pages next to the
same site without its offline copy and a bare Material + mkdocs-quiz site built from the same
Markdown. Prints Markdown tables; figures go into README and bench/README.md by hand."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

from earlyhelp.sources import config_file

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "true"}
# Builds run with Python's default bytecode cache. With PYTHONDONTWRITEBYTECODE set (as on some CI
# images), every build would recompile our hook modules while the installed packages keep the
# bytecode pip wrote for them, so the comparison would charge the hooks for compiling, not running.
BUILD_ENV = {k: v for k, v in ENV.items() if k != "PYTHONDONTWRITEBYTECODE"}
LIGHTHOUSE = ROOT / "bench/node_modules/.bin/lighthouse"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
PAGES = {"home": "", "level 2 page": "levels-of-need/level-2-early-help/",
         "quiz module": "training/induction/ten-principles/", "training report": "training/report/"}
RUNS = 11
SIZES = (("as published", 0), ("10 times the pages", 10))
LIGHTHOUSE_RUNS = 9  # performance varies by several points between runs on a shared machine: report the median run


def copy_project(dest: Path, copies: int = 0) -> Path:
    """A copy of the project; with copies > 0, every non-module page is duplicated that many extra times."""
    for name in ("mkdocs.yml", "partnership.yml"):
        shutil.copy(ROOT / name, dest / name)
    for folder in ("docs", "includes", "training"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    pages = [p for p in (ROOT / "docs").rglob("*.md") if "training" not in p.parts and "templates" not in p.parts]
    # With hooks off, quizzes render only where a page asks for mkdocs-quiz itself, as a site without our
    # quiz hook would have to: mark every quiz page so, so that both builds render the same quizzes.
    for page in (dest / "docs").rglob("*.md"):
        text = page.read_text("utf-8")
        if "<quiz>" in text:
            body = text[4:] if text.startswith("---\n") else "---\n" + text
            page.write_text("---\nquiz:\n  enabled: true\n" + body, "utf-8")
    for n in range(1, copies):
        for page in pages:
            target = dest / "docs" / "copies" / str(n) / page.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text((dest / "docs" / page.relative_to(ROOT / "docs")).read_text("utf-8"), "utf-8")
    return dest


def write_config(project: Path, name: str, hooks: bool) -> Path:
    """The site as published, or ("hooks off") the same site with the generator's plugin left out."""
    config = project / name
    text = "INHERIT: mkdocs.yml\n"
    if not hooks:
        plugins = config_file(project / "mkdocs.yml")["plugins"]
        text += yaml.safe_dump({"plugins": [p for p in plugins if p != "earlyhelp"]}, sort_keys=False)
    config.write_text(text, "utf-8")
    return config


def build_once(config: Path, site: Path) -> tuple[float, float]:
    """Wall-clock and CPU seconds (user + system) of one build in a fresh process.

    CPU time is what the build itself costs; wall-clock also counts waiting for a busy machine."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(MKDOCS + ["build", "-q", "-f", str(config), "-d", str(site)], env=BUILD_ENV, check=True,
                   capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


HOOK_SHARE = """
import collections, sys, time
from mkdocs.commands import build
from mkdocs.config import load_config
config = load_config(sys.argv[1], site_dir=sys.argv[2])
spent = collections.Counter()
for event, methods in config.plugins.events.items():
    def timed(method):
        if "/hooks/" not in getattr(getattr(method, "__code__", None), "co_filename", ""):
            return method  # a plugin's method, not one of our hook functions
        def run(*args, **kwargs):
            start = time.perf_counter()
            try:
                return method(*args, **kwargs)
            finally:
                spent["hooks"] += time.perf_counter() - start
        return run
    config.plugins.events[event] = [timed(m) for m in methods]
start = time.perf_counter()
build.build(config)
print(spent["hooks"], time.perf_counter() - start)
"""


def hook_share(config: Path, site: Path) -> tuple[float, float]:
    """Seconds spent inside our hook functions, and the whole build, measured in one process."""
    out = subprocess.run([sys.executable, "-c", HOOK_SHARE, str(config), str(site)], env=BUILD_ENV, check=True,
                         capture_output=True, text=True).stdout.split()
    return float(out[0]), float(out[1])


def build_table(work: Path, sizes=SIZES) -> list[str]:
    """Builds alternate (hooks off, with hooks, with hooks from an empty .cache/), so a busy moment on
    the machine hits all three alike. "Later build" is every build after the first in a checkout, as
    with `make serve` or a CI that keeps .cache/; "first build" is a fresh clone."""
    rows = ["| site | pages | hooks off (s) | with hooks, later build (s) | difference | CPU difference "
            "| with hooks, first build (s) | difference | time inside our hooks (later build) |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for label, copies in sizes:
        (work / f"p{copies}").mkdir()
        project = copy_project(work / f"p{copies}", copies)
        pages = len(list((project / "docs").rglob("*.md")))
        on_config, off_config = write_config(project, "on.yml", True), write_config(project, "off.yml", False)
        for config, site in ((on_config, "on"), (off_config, "off")):
            build_once(config, work / f"s{copies}{site}")  # warm-up: bytecode, .cache/ and the OS page cache
        on, off, first = [], [], []
        for _ in range(RUNS):
            off.append(build_once(off_config, work / f"s{copies}off"))
            on.append(build_once(on_config, work / f"s{copies}on"))
            shutil.rmtree(project / ".cache")
            first.append(build_once(on_config, work / f"s{copies}first"))
        (off_s, off_cpu), (on_s, on_cpu), (first_s, _) = (
            (statistics.median(t[0] for t in runs), statistics.median(t[1] for t in runs)) for runs in (off, on, first))
        shares = sorted(hook_share(on_config, work / f"s{copies}share") for _ in range(RUNS))
        inside, whole = shares[len(shares) // 2]
        rows.append(f"| {label} | {pages} | {off_s:.2f} | {on_s:.2f} | {100 * (on_s - off_s) / off_s:+.1f} % "
                    f"| {100 * (on_cpu - off_cpu) / off_cpu:+.1f} % | {first_s:.2f} | {100 * (first_s - off_s) / off_s:+.1f} % "
                    f"| {inside:.2f} s of {whole:.2f} s ({100 * inside / whole:.0f} %) |")
    return rows


def instructions(config: Path, site: Path) -> tuple[float, float]:
    """Billions of instructions one build executes, counted by valgrind (cachegrind, no cache simulation):
    (the build's own process, every process together).

    Wall-clock and CPU time on a shared 2-core machine vary by 20 % or more from one build to the next,
    more than the difference being measured; the instruction count is the same every run (SQLite
    measures its own speed the same way), so it shows what the hooks cost. Each process writes its
    count to a file of its own: a program the build runs with its output captured (git for What's
    changed, the checks' second processes) would otherwise print its count where nobody reads it."""
    with tempfile.TemporaryDirectory() as logs:
        build = subprocess.Popen(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                                  "--trace-children=yes", f"--log-file={logs}/%p.log", *MKDOCS, "build", "-q", "-f",
                                  str(config), "-d", str(site)], env=BUILD_ENV, stdout=subprocess.DEVNULL,
                                 stderr=subprocess.PIPE)
        if build.wait() != 0:
            raise RuntimeError(f"the build under valgrind failed: {build.stderr.read().decode()[-2000:]}")
        main = build.pid  # valgrind runs the build in its own process
        counts = {int(log.stem): int(re.search(r"I\s+refs:\s+([\d,]+)", log.read_text()).group(1).replace(",", ""))
                  for log in Path(logs).glob("*.log")}
    return counts[main] / 1e9, sum(counts.values()) / 1e9


def instructions_table(work: Path, sizes=SIZES) -> list[str]:
    """The same three builds as build_table (which made the projects and their .cache/), counted once
    each: a count does not vary, so one run is enough, and the three run side by side."""
    rows = ["| site | pages | hooks off | with hooks, later build | difference | with hooks, first build: the build's "
            "process | difference | first build: all processes | difference |",
            "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"]
    for label, copies in sizes:
        project = work / f"p{copies}"
        pages = len(list((project / "docs").rglob("*.md")))
        first = work / f"p{copies}-first"
        shutil.copytree(project, first, ignore=shutil.ignore_patterns(".cache"))
        jobs = ((project / "off.yml", work / f"i{copies}off"), (project / "on.yml", work / f"i{copies}on"),
                (first / "on.yml", work / f"i{copies}first"))
        with ThreadPoolExecutor(max_workers=len(jobs)) as pool:
            (_, off), (_, on), (cold_main, cold) = pool.map(lambda job: instructions(*job), jobs)
        rows.append(f"| {label} | {pages} | {off:.2f} | {on:.2f} | {100 * (on - off) / off:+.1f} % "
                    f"| {cold_main:.2f} | {100 * (cold_main - off) / off:+.1f} % "
                    f"| {cold:.2f} | {100 * (cold - off) / off:+.1f} % |")
    return rows


def bare_site(work: Path) -> Path:
    """Material + mkdocs-quiz with their defaults, the same Markdown, none of our settings or hooks."""
    config = work / "bare.yml"
    config.write_text(f"""site_name: Bare Material + mkdocs-quiz
docs_dir: {ROOT / 'docs'}
theme:
  name: material
plugins:
  - search
  - mkdocs_quiz
markdown_extensions: [abbr, admonition, attr_list, md_in_html, tables, toc, pymdownx.details, pymdownx.superfences]
""", "utf-8")
    site = work / "bare-site"
    build_once(config, site)
    return site


class Compressing(SimpleHTTPRequestHandler):
    """A static host as GitHub Pages or a CDN behaves: text is sent gzip-compressed."""

    def log_message(self, *args):
        pass

    def send_head(self):
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        kind = self.guess_type(str(path))
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not path.is_file() or not accepts or not kind.startswith(("text/", "application/javascript", "application/json", "image/svg")):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), 6)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


def serve(directory: Path) -> tuple[ThreadingHTTPServer, str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Compressing, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def lighthouse(url: str, out: Path) -> dict:
    env = {**ENV, "CHROME_PATH": "/usr/bin/chromium"}
    subprocess.run([str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
                    f"--chrome-flags={CHROME_FLAGS}", "--only-categories=performance,accessibility,best-practices"],
                   env=env, check=True, capture_output=True, timeout=300)
    data = json.loads(out.read_text("utf-8"))
    cats, audits = data["categories"], data["audits"]
    return {"performance": round(cats["performance"]["score"] * 100), "accessibility": round(cats["accessibility"]["score"] * 100),
            "best-practices": round(cats["best-practices"]["score"] * 100),
            "lcp": audits["largest-contentful-paint"]["numericValue"] / 1000,
            "tbt": audits["total-blocking-time"]["numericValue"],
            "bytes": audits["total-byte-weight"]["numericValue"] / 1024}


def median_run(runs: list[dict]) -> dict:
    """The run with the median performance score: one real run, not a blend of several."""
    return sorted(runs, key=lambda r: r["performance"])[len(runs) // 2]


def lighthouse_table(work: Path) -> list[str]:
    ours_site = work / "ours-site"
    build_once(ROOT / "mkdocs.yml", ours_site)
    bare = bare_site(work)
    # Issue 24: the same build without its service worker (sw.js removed, so nothing is kept offline),
    # to show what keeping the offline copy after the page has loaded costs Lighthouse's scores.
    no_copy_site = work / "ours-no-offline-site"
    shutil.copytree(ours_site, no_copy_site)
    (no_copy_site / "sw.js").unlink()
    ours_server, ours = serve(ours_site)
    no_copy_server, no_copy = serve(no_copy_site)
    bare_server, bare_url = serve(bare)
    rows = ["| page | site | performance (runs) | accessibility | best practices | LCP (s) | TBT (ms) | total KiB |",
            "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    try:
        for label, path in PAGES.items():
            sites = {"ours": ours, "ours, no offline copy": no_copy}
            if (bare / path / "index.html").exists():
                sites["bare"] = bare_url
            # Our runs and the bare site's alternate, so a busy moment on the machine hits both alike.
            runs = {site: [] for site in sites}
            for n in range(LIGHTHOUSE_RUNS):
                for site, base in sites.items():
                    name = f"lh-{site.replace(', ', '-').replace(' ', '-')}-{label.replace(' ', '-')}-{n}.json"
                    runs[site].append(lighthouse(base + path, work / name))
            for site in ("ours", "ours, no offline copy", "bare"):
                if site not in runs:
                    rows.append(f"| {label} | bare | (page not in a bare site) | | | | | |")
                    continue
                r = median_run(runs[site])
                scores = ", ".join(str(x["performance"]) for x in runs[site])
                rows.append(f"| {label} | {site} | {r['performance']} ({scores}) | {r['accessibility']} "
                            f"| {r['best-practices']} | {r['lcp']:.1f} | {r['tbt']:.0f} | {r['bytes']:.0f} |")
    finally:
        ours_server.shutdown()
        no_copy_server.shutdown()
        bare_server.shutdown()
    return rows


class Counting(Compressing):
    """The same static host, adding up the bytes of every response body it sends (as sent: compressed)."""

    sent = 0

    def copyfile(self, source, outputfile):
        data = source.read()
        type(self).sent += len(data)
        outputfile.write(data)


def kept_files(site: Path) -> list[Path]:
    """The built files of the offline copy, from the list the build wrote into sw.js."""
    text = (site / "sw.js").read_text("utf-8")
    urls = [url for url, _ in json.loads(re.search(r"^const BUILD = (.*);$", text, re.M).group(1))["files"]]
    return [site / "index.html" if u == "./" else site / u / "index.html" if u.endswith("/") else site / u for u in urls]


def offline_table(work: Path) -> list[str]:
    """Issue 24: what the offline copy costs a phone. Bytes are response bodies as a gzip-compressing host
    sends them, counted at the server, in a fresh Chromium profile (first visits) or the same one (update)."""
    from playwright.sync_api import sync_playwright  # installed with the test requirements (make test)

    (work / "offline").mkdir()
    project, site = copy_project(work / "offline"), work / "offline-site"
    build_once(project / "mkdocs.yml", site)
    files = kept_files(site)
    raw = sum(f.stat().st_size for f in files)
    packed = sum(len(gzip.compress(f.read_bytes(), 6)) if f.suffix != ".png" else f.stat().st_size for f in files)
    rows = ["| measure | bytes | KiB |", "| --- | --- | --- |",
            f"| offline copy ({len(files)} files), as stored on the phone | {raw} | {raw / 1024:.0f} |",
            f"| offline copy ({len(files)} files), as sent gzip-compressed | {packed} | {packed / 1024:.0f} |"]

    class Host(Counting):
        sent = 0

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Host, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"

    def row(what: str) -> str:
        return f"| {what} | {Host.sent} | {Host.sent / 1024:.0f} |"
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=CHROME_FLAGS.split()[1:])
            for label, path in (("home page", ""), ("level 2 page", "levels-of-need/level-2-early-help/")):
                for workers in ("block", "allow"):
                    context = browser.new_context(service_workers=workers)
                    page = context.new_page()
                    Host.sent = 0
                    page.goto(base + path, wait_until="networkidle")
                    if workers == "block":
                        rows.append(row(f"first visit to the {label}, the page alone (service worker blocked)"))
                        context.close()
                        continue
                    page.locator(".eh-offline", has_text="Available offline").wait_for(timeout=60000)
                    rows.append(row(f"first visit to the {label}, with the whole offline copy"))
            # The last context is still open with the copy kept: publish a build with one page changed.
            guide = project / "docs/levels-of-need/ehat.md"
            guide.write_text(guide.read_text("utf-8") + "\nOne more sentence for the benchmark.\n", "utf-8")
            build_once(project / "mkdocs.yml", site)
            Host.sent = 0
            old = page.evaluate("caches.keys()")
            page.evaluate("navigator.serviceWorker.getRegistration().then(r => r.update())")
            for _ in range(600):
                names = page.evaluate("caches.keys()")
                if len(names) == 1 and names != old:
                    break
                page.wait_for_timeout(100)
            rows.append(row("update to a new build with one guidance page changed"))
            browser.close()
    finally:
        server.shutdown()
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("## Build time (median of %d builds each, alternating, after one warm-up)\n" % RUNS)
        print("\n".join(build_table(work)))
        print("\n## Instructions executed by one build, in billions (valgrind; the same count every run)\n")
        print("\n".join(instructions_table(work)))
        print("\n## Offline copy (issue 24): what it costs a phone\n")
        print("\n".join(offline_table(work)))
        print("\n## Lighthouse, mobile profile, median of %d runs (served gzip-compressed from loopback, as a static host does)\n" % LIGHTHOUSE_RUNS)
        print("\n".join(lighthouse_table(work)))


if __name__ == "__main__":
    main()
