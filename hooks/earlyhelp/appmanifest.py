"""The web app manifest and its icons, so a practitioner can add the site to a phone's home screen.

The icons are drawn here at build time (a white page with lines of text on the site's colour), so a
partnership gets icons in its own colour without an image editor and nothing is fetched.
"""

from __future__ import annotations

import json
import struct
import zlib

MANIFEST = "manifest.webmanifest"
ICON_SIZES = (192, 512)  # the two sizes Chrome asks for before it offers to install a site


def icon_path(size: int) -> str:
    return f"assets/images/app-icon-{size}.png"


def short_name(site_name: str, limit: int = 12) -> str:
    """The name under the icon: the last words of the site's name that fit (phones cut longer names)."""
    words = site_name.split()
    for start in range(len(words)):
        candidate = " ".join(words[start:])
        if len(candidate) <= limit:
            return candidate
    return site_name[:limit].strip()


def manifest(site_name: str, description: str, colour: str) -> str:
    """The manifest's JSON. Addresses are relative to it, so a site under a sub-path works."""
    icons = [{"src": icon_path(s), "sizes": f"{s}x{s}", "type": "image/png", "purpose": "any"} for s in ICON_SIZES]
    icons.append({**icons[-1], "purpose": "maskable"})  # the drawing keeps inside the safe zone
    data = {"name": site_name, "short_name": short_name(site_name), "description": description or site_name,
            "start_url": "./", "scope": "./", "display": "standalone", "background_color": "#ffffff",
            "theme_color": colour, "icons": icons}
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _rgb(colour: str) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def icon_png(size: int, colour: str) -> bytes:
    """A square PNG: the site's colour, and a white page with four lines of text in the middle 60 %."""
    back, white = bytes(_rgb(colour)), b"\xff\xff\xff"
    left, right, top, bottom = round(size * 0.3), round(size * 0.7), round(size * 0.22), round(size * 0.78)
    lines = [round(size * f) for f in (0.33, 0.43, 0.53, 0.63)]
    thick = max(2, size // 40)
    indent = size // 16
    plain = back * size
    page = back * left + white * (right - left) + back * (size - right)
    line = back * left + white * indent + back * (right - left - 2 * indent) + white * indent + back * (size - right)
    rows = [b"\x00" + (plain if not top <= y < bottom else line if any(l <= y < l + thick for l in lines)
                        else page) for y in range(size)]  # b"\x00": no PNG filter on the row
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    header = struct.pack(">IIBBBBB", size, size, 8, 2, 0, 0, 0)  # 8-bit RGB
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"".join(rows), 9)) \
        + chunk(b"IEND", b"")
