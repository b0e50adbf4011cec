"""Shared fixtures: one strict build of the real site per test session."""

from __future__ import annotations

from pathlib import Path

import logging

import pytest

from sitefactory import ROOT, Build, build_command


def run_build(config: Path, site_dir: Path, env: dict | None = None, strict: bool = True) -> Build:
    """Build a site exactly as `make build` does, capturing the log."""
    return build_command(config, *(["--strict"] if strict else []), site_dir=site_dir, env=env)


@pytest.fixture(autouse=True)
def _findings_reach_caplog(caplog):
    """The build's findings have a handler of their own (hooks/buildlog.py) and do not reach the root
    logger, where caplog listens: give caplog that logger too."""
    logger = logging.getLogger("mkdocs.plugins.earlyhelp")
    logger.addHandler(caplog.handler)
    yield
    logger.removeHandler(caplog.handler)


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The real site, built once with --strict into a temporary folder."""
    build = run_build(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("site") / "site")
    assert build.returncode == 0, f"The strict build failed:\n{build.output}"
    return build


# ---------- Real browser: Debian's chromium driven by Playwright ----------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@pytest.fixture(scope="session")
def site_url(built_site):
    """Serve the built site on a free loopback port, as any static host would."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(Quiet, directory=str(built_site.site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "Debian's chromium is missing: run `make test`, which installs it"
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()
