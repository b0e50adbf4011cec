"""A partnership's own colours (extra.partnership.colours in partnership.yml), checked against WCAG
2.2 AA before they reach a page: text needs a contrast of 4.5:1 with what is behind it, and a
focus outline 3:1. Without the setting the site keeps the stylesheet's colours."""

from __future__ import annotations

import re

from .findings import Finding

SETTING = "extra.partnership.colours"
WHITE, SLATE = "#ffffff", "#1e2029"  # the light page, and Material's dark (slate) page behind text
# name: (CSS variables it sets, what it sits on, the contrast it needs, what a reader sees)
ROLES = {
    "primary": (("--md-primary-fg-color", "--md-typeset-a-color"), WHITE, 4.5,
                "the header behind white text, and links on the light page"),
    "accent": (("--md-accent-fg-color",), WHITE, 3.0, "the focus outline on the light page"),
    "link_dark": (("--md-typeset-a-color",), SLATE, 4.5, "links on the dark page"),
    "accent_dark": (("--md-accent-fg-color",), SLATE, 3.0, "the focus outline on the dark page"),
}
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def _luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(one: str, two: str) -> float:
    """WCAG's contrast ratio of two #rrggbb colours, from 1 to 21."""
    light, dark = sorted((_luminance(one), _luminance(two)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def stylesheet(raw, path: str = "partnership.yml") -> tuple[str, list[Finding]]:
    """The CSS for the colours that pass, and an error for each one that does not."""
    if raw is None:
        return "", []
    if not isinstance(raw, dict) or not set(raw) <= set(ROLES):
        return "", [Finding(path, None, f"'{SETTING}' must set some of: {', '.join(ROLES)}.",
                            "Write each as a colour like '#1b4a83', or delete the setting.", kind="colours")]
    light, dark, findings = [], [], []
    for name, value in raw.items():
        variables, behind, needed, where = ROLES[name]
        if not (isinstance(value, str) and _HEX.match(value)):
            findings.append(Finding(path, None, f"The colour '{name}' must be written like '#1b4a83'.",
                                    "Use six hexadecimal digits after '#'.", kind="colours", text=name))
            continue
        ratio = contrast(value, behind)
        if ratio < needed:
            findings.append(Finding(path, None, f"The colour '{name}' ({value}) has a contrast of {ratio:.1f}:1 "
                                    f"for {where}; readers need at least {needed:g}:1.",
                                    "Choose a darker colour for the light page, or a lighter one for the dark "
                                    "page, and check it with a contrast checker.", kind="colours", text=name))
            continue
        (dark if behind == SLATE else light).extend(f"{v}:{value}" for v in variables)
    css = (f':root,[data-md-color-scheme=default]{{{";".join(light)}}}' if light else "") + (
        f'[data-md-color-scheme=slate]{{{";".join(dark)}}}' if dark else "")
    return css, findings
