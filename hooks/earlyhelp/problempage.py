"""The page `make serve` shows in place of the site while the last save cannot be built, so a
writer sees what to fix in the browser instead of a page that never loads. Never published: only
the preview server writes it."""

from __future__ import annotations

import html

from .findings import Finding


def render(findings: list[Finding]) -> str:
    items = "".join(f"<li><p><strong>{html.escape(f.file)}{':' + str(f.line) if f.line else ''}</strong>: "
                    f"{html.escape(f.message)}</p>{'<p>How to fix: ' + html.escape(f.fix) + '</p>' if f.fix else ''}"
                    "</li>" for f in findings)
    return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            "<title>The preview cannot be built</title>"
            "<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;"
            "color:#1a1a1a;background:#fff}strong{color:#8a1c1c}</style></head><body><main>"
            "<h1>The preview cannot be built</h1>"
            "<p>The last change you saved stopped the build. Fix what is listed here and save the file again: "
            "this page reloads by itself when the site builds.</p>"
            f"<ul>{items}</ul></main></body></html>")
