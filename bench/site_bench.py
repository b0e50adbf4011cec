"""Site benchmarks (make bench): build time with and without our hooks, build time at ten
times the pages, and Lighthouse on four pages next to a bare Material + mkdocs-quiz site
built from the same Markdown. Prints Markdown tables; figures go into README by hand."""

from __future__ import annotations

import functools
import gzip
import io
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MKDOCS = [sys.executable, "-m", "mkdocs"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "true"}
LIGHTHOUSE = ROOT / "bench/node_modules/.bin/lighthouse"
CHROME_FLAGS = ("--headless=new --no-sandbox --disable-gpu --disable-background-networking "
                "--disable-component-update --disable-sync --no-first-run")
PAGES = {"home": "", "level 2 page": "levels-of-need/level-2-early-help/",
         "quiz module": "training/induction/ten-principles/", "training report": "training/report/"}
RUNS = 3


def copy_project(dest: Path, copies: int = 0) -> Path:
    """A copy of the project; with copies > 0, every non-module page is duplicated that many extra times."""
    for name in ("mkdocs.yml", "partnership.yml"):
        shutil.copy(ROOT / name, dest / name)
    for folder in ("docs", "hooks", "includes", "overrides", "training"):
        shutil.copytree(ROOT / folder, dest / folder, ignore=shutil.ignore_patterns("__pycache__"))
    pages = [p for p in (ROOT / "docs").rglob("*.md") if "training" not in p.parts and "templates" not in p.parts]
    for n in range(1, copies):
        for page in pages:
            target = dest / "docs" / "copies" / str(n) / page.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(page.read_text("utf-8"), "utf-8")
    return dest


def write_config(project: Path, name: str, hooks: bool) -> Path:
    config = project / name
    text = "INHERIT: mkdocs.yml\n"
    if not hooks:
        text += "hooks: []\n"
    config.write_text(text, "utf-8")
    return config


def build_seconds(config: Path, site: Path) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(MKDOCS + ["build", "-q", "-f", str(config), "-d", str(site)], env=ENV, check=True,
                       capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def build_table(work: Path) -> list[str]:
    rows = ["| site | pages | with hooks (s) | hooks off (s) | hooks add |", "| --- | --- | --- | --- | --- |"]
    for label, copies in (("as published", 0), ("10 times the pages", 10)):
        (work / f"p{copies}").mkdir()
        project = copy_project(work / f"p{copies}", copies)
        pages = len(list((project / "docs").rglob("*.md")))
        on = build_seconds(write_config(project, "on.yml", True), work / f"s{copies}on")
        off = build_seconds(write_config(project, "off.yml", False), work / f"s{copies}off")
        rows.append(f"| {label} | {pages} | {on:.2f} | {off:.2f} | {100 * (on - off) / off:+.0f} % |")
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
    subprocess.run(MKDOCS + ["build", "-q", "-f", str(config), "-d", str(site)], env=ENV, check=True, capture_output=True)
    # The bare site has no generated report page; use the same page from our build so the row compares like with like.
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
            "bytes": audits["total-byte-weight"]["numericValue"] / 1024}


def lighthouse_table(work: Path) -> list[str]:
    ours_site = work / "ours-site"
    subprocess.run(MKDOCS + ["build", "-q", "-f", str(ROOT / "mkdocs.yml"), "-d", str(ours_site)], env=ENV, check=True,
                   capture_output=True)
    bare = bare_site(work)
    ours_server, ours = serve(ours_site)
    bare_server, bare_url = serve(bare)
    rows = ["| page | site | performance | accessibility | best practices | LCP (s) | total KiB |",
            "| --- | --- | --- | --- | --- | --- | --- |"]
    try:
        for label, path in PAGES.items():
            for site, base in (("ours", ours), ("bare", bare_url)):
                if site == "bare" and not (bare / path / "index.html").exists():
                    rows.append(f"| {label} | bare | (page not in a bare site) | | | | |")
                    continue
                r = lighthouse(base + path, work / f"lh-{site}-{label.replace(' ', '-')}.json")
                rows.append(f"| {label} | {site} | {r['performance']} | {r['accessibility']} | {r['best-practices']} "
                            f"| {r['lcp']:.1f} | {r['bytes']:.0f} |")
    finally:
        ours_server.shutdown()
        bare_server.shutdown()
    return rows


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        print("## Build time (median of %d builds)\n" % RUNS)
        print("\n".join(build_table(work)))
        print("\n## Lighthouse, mobile profile (served gzip-compressed from loopback, as a static host does)\n")
        print("\n".join(lighthouse_table(work)))


if __name__ == "__main__":
    main()
