"""The offline copy of the site: which built files a phone keeps, and the service worker that keeps them.

The list is made from the site folder after MkDocs has written it, so it is exact; the build id is a
digest of those files, so a browser fetches a new copy only when something it keeps has changed. Paths
are relative to the site's root, so a site served under a sub-path (a GitHub Pages project site) works.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .findings import Finding

WORKER = "sw.js"  # at the site's root: a service worker controls only the folder it is in and below
WORKER_SOURCE = "assets/javascripts/offline-worker.js"  # the theme file the build turns into sw.js
# Not kept: the worker itself, pages nobody opens by following a link, and files only developers use.
SKIP_NAMES = {WORKER, "404.html", "sitemap.xml.gz"}  # Material's pages ask for sitemap.xml: it is kept
SKIP_SUFFIXES = (".map",)
LUNR = "assets/javascripts/lunr/"  # Material's search loads these only for languages other than English


@dataclass(frozen=True)
class Entry:
    url: str  # relative to the site's root, as a browser asks for it ("levels-of-need/ehat/", "./")
    revision: str  # digest of the file's bytes
    size: int


def missing_worker(present: bool, docs_name: str) -> list[Finding]:
    """An error when the service worker's source is missing: pages would ask for a sw.js that is not there."""
    if present:
        return []
    return [Finding(WORKER_SOURCE, None, "The offline worker is missing from the site's theme, so the site cannot be "
                    "kept on a phone for use offline.", "Install the generator again (make clean, then make build); "
                    f"if the site has its own theme folder, do not put a file called {WORKER_SOURCE} in it.",
                    "error", "missing file", WORKER_SOURCE)]


def url_of(path: str, directory_urls: bool = True) -> str:
    """The address a reader's browser asks for: a folder's index.html is asked for as the folder."""
    if directory_urls and (path == "index.html" or path.endswith("/index.html")):
        return path[: -len("index.html")] or "./"
    return path


def wanted(path: str, search_langs: list[str], skip: set[str] = frozenset()) -> bool:
    """Whether a built file (path relative to the site folder, with /) belongs in the offline copy."""
    name = PurePosixPath(path).name
    if path in SKIP_NAMES or path in skip or name.startswith(".") or name.endswith(SKIP_SUFFIXES):
        return False
    if path.startswith(LUNR):
        return any(lang != "en" for lang in search_langs)
    return True


def entries(files: dict[str, bytes], search_langs: list[str], skip: set[str] = frozenset(),
            directory_urls: bool = True) -> list[Entry]:
    """The files to keep, in a fixed order, from {path: bytes} of the whole site folder."""
    return [Entry(url_of(path, directory_urls), hashlib.sha256(data).hexdigest()[:16], len(data))
            for path, data in sorted(files.items()) if wanted(path, search_langs, skip)]


def build_id(kept: list[Entry]) -> str:
    """Changes whenever any kept file (or the list of them) changes, and only then."""
    return hashlib.sha256("\n".join(f"{e.url} {e.revision}" for e in kept).encode()).hexdigest()[:16]


def worker(template: str, kept: list[Entry], day_text: str) -> str:
    """The service worker's text: the build's list of files above the fixed code in the template."""
    build = {"id": build_id(kept), "date": day_text, "files": [[e.url, e.revision] for e in kept]}
    return f"/* Made by the build (hooks/earlyhelp/offline.py): do not edit. */\nconst BUILD = {json.dumps(build)};\n" \
           + template


# For `mkdocs serve`: a writer must see each change at once, so a preview keeps nothing. This worker
# replaces one a browser may have from an earlier visit, deletes what that one kept, and says so.
PREVIEW_WORKER = """/* Made by the build (hooks/earlyhelp/offline.py) for `mkdocs serve`: previews are not kept offline. */
const PREFIX = "eh-offline " + new URL("./", self.location).pathname + " ";
self.addEventListener("install", () => self.skipWaiting());
self.addEventListener("activate", (event) => event.waitUntil(caches.keys()
  .then((names) => Promise.all(names.filter((n) => n.startsWith(PREFIX)).map((n) => caches.delete(n))))
  .then(() => self.clients.claim())));
self.addEventListener("message", (event) => {
  if (event.data === "offline-status") event.source.postMessage({ type: "offline-status", preview: true });
});
"""


def search_langs(config) -> list[str]:
    """The languages Material's search is set up for (its default is the site's language)."""
    plugin = config.plugins.get("material/search") or config.plugins.get("search")
    langs = getattr(plugin, "config", {}).get("lang") if plugin is not None else None
    if isinstance(langs, str):
        return [langs]
    return list(langs or [config.theme.get("language") or "en"])


def read_site(site_dir: Path) -> dict[str, bytes]:
    """Every file in the built site, by path relative to it (the adapter's one read of the site)."""
    return {p.relative_to(site_dir).as_posix(): p.read_bytes() for p in sorted(site_dir.rglob("*")) if p.is_file()}


_COLOUR = re.compile(r"--md-primary-fg-color:\s*(#[0-9a-fA-F]{6})\b")


def theme_colour(stylesheets: list[str], default: str = "#4051b5") -> str:
    """The site's primary colour as the stylesheets set it (Material's own indigo when none does)."""
    for text in stylesheets:
        match = _COLOUR.search(text)
        if match:
            return match.group(1).lower()
    return default
