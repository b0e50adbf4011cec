"""Shared fixtures: one strict build per test session of the generator fixture site (for the generator's
tests) and of St Helens' real site (for St Helens' content tests only)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

import pytest

from sitefactory import ROOT, Build, build_command, make_generator_site


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
def generator_site(tmp_path_factory) -> Path:
    """The generator fixture site's folder: made by `new-partnership`, never St Helens' (see
    tests/data/generator_site/README.md). Tests read its pages, courses and paths from here."""
    return make_generator_site(tmp_path_factory.mktemp("generator") / "site")


@pytest.fixture(scope="session")
def built_site(generator_site, tmp_path_factory) -> Build:
    """The generator fixture site, built once with --strict into a temporary folder."""
    build = run_build(generator_site / "mkdocs.yml", tmp_path_factory.mktemp("generator-site") / "site")
    assert build.returncode == 0, f"The strict build of the generator fixture site failed:\n{build.output}"
    return build


@pytest.fixture(scope="session")
def st_helens_site(tmp_path_factory) -> Build:
    """St Helens' real site (this repository's mkdocs.yml), built once: for St Helens' content tests only."""
    build = run_build(ROOT / "mkdocs.yml", tmp_path_factory.mktemp("st-helens") / "site")
    assert build.returncode == 0, f"The strict build of St Helens' site failed:\n{build.output}"
    return build


# ---------- Real browser: Debian's chromium driven by Playwright ----------

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


@contextlib.contextmanager
def serving(folder: Path):
    """Serve a built site on a free loopback port, as any static host would."""
    import functools
    import threading
    from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

    class Quiet(SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(folder)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


@pytest.fixture(scope="session")
def site_url(built_site):
    """The generator fixture site, served."""
    with serving(built_site.site) as url:
        yield url


@pytest.fixture(scope="session")
def st_helens_url(st_helens_site):
    """St Helens' real site, served: for St Helens' content tests only."""
    with serving(st_helens_site.site) as url:
        yield url


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
