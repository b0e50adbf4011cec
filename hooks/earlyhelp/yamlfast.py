"""YAML through libyaml when PyYAML was built with it: every build reads every page's
front matter, and the C loader is many times faster than the pure-Python one."""

from __future__ import annotations

import yaml

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def safe_load(text: str):
    return yaml.load(text, Loader=_Loader)


def compose(text: str):
    return yaml.compose(text, Loader=_Loader)
