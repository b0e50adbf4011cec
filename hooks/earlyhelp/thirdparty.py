"""Anything a built page asks another website for: an image, a video frame, a script, a font.

Each such request tells that website which page a reader opened and from where (a practitioner
in a family's home, a parent reading about a referral), and the page breaks offline. A browser
fetches from the markup and the styles, so that is what is read: every tag and attribute that
loads something, style attributes and blocks, and stylesheets, with their entity and CSS escapes
decoded as a browser decodes them. A link a reader chooses to follow is not a request.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

from .findings import Finding, line_of, plural

KIND = "third-party request"
IMAGE, FRAME, SCRIPT, STYLE, MEDIA, FONT, BASE = (
    "an image", "a frame (a video, a map or a form)", "a script", "a stylesheet", "a video or sound file",
    "an image or a font (in a style)", "every picture and script on the page (a base address)")
_BY_TAG = {  # tag: {attribute: what it loads}
    "img": {"src": IMAGE, "srcset": IMAGE}, "source": {"src": MEDIA, "srcset": IMAGE}, "input": {"src": IMAGE},
    "image": {"href": IMAGE, "xlink:href": IMAGE}, "use": {"href": IMAGE, "xlink:href": IMAGE},
    "feimage": {"href": IMAGE, "xlink:href": IMAGE}, "iframe": {"src": FRAME}, "frame": {"src": FRAME},
    "embed": {"src": FRAME}, "object": {"data": FRAME}, "script": {"src": SCRIPT}, "video": {"src": MEDIA,
    "poster": IMAGE}, "audio": {"src": MEDIA}, "track": {"src": MEDIA}, "base": {"href": BASE}}
_LINK_RELS = {"stylesheet": STYLE, "icon": IMAGE, "apple-touch-icon": IMAGE, "apple-touch-icon-precomposed": IMAGE,
              "mask-icon": IMAGE, "manifest": SCRIPT, "preload": SCRIPT, "prefetch": SCRIPT, "modulepreload": SCRIPT,
              "preconnect": SCRIPT, "dns-prefetch": SCRIPT, "prerender": FRAME}
_TAG = re.compile(r"<([a-z][\w:-]*)((?:[^>\"']+|\"[^\"]*\"|'[^']*')*)>")  # on the page in lower case
_ATTR = re.compile(r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?""")
_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_STYLE_BLOCK = re.compile(r"<style\b[^>]*>(.*?)</style\s*>", re.S)
_CSS_COMMENT = re.compile(r"/\*.*?(?:\*/|$)", re.S)
_CSS_ESCAPE = re.compile(r"\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(.))", re.S)
_CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))|@import\s+(?:url\(\s*)?(?:"([^"]*)"|'([^']*)'|([^)\s;]+))"""
                      r"""|image-set\(\s*(?:"([^"]*)"|'([^']*)')""", re.I)
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_FETCHED_SCHEMES = {"http", "https", "ftp", "ws", "wss"}
_CONTROLS_AND_SPACE = "".join(map(chr, range(0x21)))


class Load(NamedTuple):
    url: str
    what: str


def host(url: str) -> str | None:
    """The host a browser would fetch `url` from, or None for a link within the site, data: and the like."""
    url = re.sub(r"[\t\n\r]", "", url).strip(_CONTROLS_AND_SPACE).replace("\\", "/")  # as a browser does
    scheme = _SCHEME.match(url)
    if scheme and scheme.group(1).lower() not in _FETCHED_SCHEMES:
        return None
    rest = url[scheme.end():] if scheme else url
    if not scheme and not rest.startswith("//"):
        return None
    name = urlsplit("//" + rest.lstrip("/")).netloc.rpartition("@")[2]
    name = unquote(name[1:name.find("]")] if name.startswith("[") else name.partition(":")[0])
    return name.lower().rstrip(".") or None


def _css_loads(css: str) -> list[Load]:
    css = _CSS_ESCAPE.sub(lambda m: m.group(2) or chr(min(int(m.group(1), 16), 0x10FFFF)), _CSS_COMMENT.sub("", css))
    return [Load(next(g for g in m.groups() if g is not None), STYLE if m.group(0)[0] == "@" else FONT)
            for m in _CSS_URL.finditer(css)]  # every group but one is None


def _attribute_loads(name: str, raw: str) -> list[Load]:
    attrs = {m.group(1): html.unescape(next((g for g in m.groups()[1:] if g is not None), ""))
             for m in _ATTR.finditer(raw)}
    wanted = _BY_TAG.get(name, {})
    if name == "link":
        rels = [_LINK_RELS[r] for r in attrs.get("rel", "").split() if r in _LINK_RELS]
        wanted = {"href": rels[0], "imagesrcset": IMAGE} if rels else {}
    found = []
    for attribute, what in wanted.items():
        value = attrs.get(attribute)
        if value is not None:
            urls = [part.split()[0] for part in re.split(r",\s+", value) if part.split()] if "srcset" in attribute \
                else [value]
            found += [Load(url, what) for url in urls]
    if "background" in attrs:
        found.append(Load(attrs["background"], IMAGE))
    return found + _css_loads(attrs.get("style", "")) + (loads(attrs["srcdoc"]) if "srcdoc" in attrs else [])


def loads(page: str) -> list[Load]:
    """Everything a browser would fetch for this HTML, wherever it points (addresses in lower case)."""
    page = _COMMENT.sub(" ", page.lower())  # a commented-out tag loads nothing
    found = [load for css in _STYLE_BLOCK.findall(page) for load in _css_loads(css)]
    for name, raw in _TAG.findall(page):
        if name in _BY_TAG or name == "link" or "style" in raw or "background" in raw or "srcdoc" in raw:
            found += _attribute_loads(name, raw)
    return found


def foreign(loads_found: list[Load], own: set[str]) -> list[tuple[Load, str]]:
    """The loads from a host other than the site's own, each with that host."""
    return [(load, name) for load in loads_found if (name := host(load.url)) and name not in own]


def own_hosts(site_url: str | None) -> set[str]:
    name = host(site_url or "")
    return {name} if name else set()


def _located(name: str, url: str, places: list[tuple[str, str]]) -> tuple[str, int] | None:
    """The first file (and line) of ours that names the address: the page's own source, then the settings
    and the theme, so the writer is sent to the line to change."""
    for path, text in places:
        low = text.lower()
        at = next((i for i in (low.find(url), low.find(name)) if i >= 0), -1)
        if at >= 0:
            return path, line_of(text, at)
    return None


def check(built: list[tuple[str, str]], sources: dict[str, tuple[str, str]], settings: list[tuple[str, str]],
          own: set[str]) -> list[tuple[str, Finding]]:
    """Each built file (path, text) that asks another host for something, with a finding that names the
    line to change: in the page's source (`sources`: path and text by built file) or else in `settings`
    (mkdocs.yml, the theme's files), where an address on every page comes from."""
    found: list[tuple[str, Finding]] = []
    unplaced: dict[tuple[str, str], list[str]] = {}
    pages = list(dict.fromkeys(sources.values()))
    for path, text in built:
        for load, name in foreign(_css_loads(text.lower()) if path.endswith(".css") else loads(text), own):
            source = sources.get(path)  # then the settings, then other pages (a page made of pages)
            place = _located(name, load.url, ([source] if source else []) + settings + pages)
            if place is None:
                unplaced.setdefault((name, load.what), []).append(path)
            else:
                page = place[0] in {page_path for page_path, _ in pages}
                found.append((path, _finding(*place, name, load.what, page)))
    for (name, what), paths in unplaced.items():
        others = len(set(paths)) - 1
        where = paths[0] + (f" and {plural(others, 'other file')}" if others else "")
        finding = Finding(where, None, f"The built site asks another website ({name}) for {what}, and no page, "
                          "setting or template of yours names it: a Markdown extension or a theme setting adds it.",
                          "Find the setting in mkdocs.yml that fetches from that website and turn it off, or ask "
                          "the generator's maintainers.", "error", KIND, name)
        found += [(path, finding) for path in dict.fromkeys(paths)]
    return found


def _finding(file: str, line: int, name: str, what: str, page: bool) -> Finding:
    who = "This page" if page else "Every page built with this line"
    fix = ("Save a copy in docs/assets/ and point to that instead (for example ![What it shows](../assets/"
           "picture.png)), or make it a link the reader can choose to follow."
           if what in (IMAGE, MEDIA, FONT) else
           "Put a link to it instead (for example [Watch the video](https://...)), so the reader chooses to open it."
           if what == FRAME else "Save a copy in docs/assets/ and name that, or remove it.")
    return Finding(file, line, f"{who} asks another website ({name}) for {what} each time it is opened: that "
                   "website would learn who read the page, and the page would not work offline.", fix, "error",
                   KIND, name)
