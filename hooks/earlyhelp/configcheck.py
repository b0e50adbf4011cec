"""mkdocs.yml and the files it INHERITs (partnership.yml) read before MkDocs reads them, so a slip in
their YAML gets the file, the line and a fix in plain words, not a parser's message.

MkDocs reads its configuration before any plugin runs, so no hook can catch this: `make build`,
`make serve` and `python -m earlyhelp check` call ``check`` first.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from .failures import SETTINGS_FILE, yaml_finding
from .findings import Finding, display_path
from .sources import config_file

def check(config_path: Path) -> list[Finding]:
    """Findings for mkdocs.yml and each file it INHERITs: one per file that is not valid YAML."""
    findings, path, seen = [], Path(config_path).resolve(), set()
    base = path.parent
    while path not in seen:
        seen.add(path)
        try:
            data = config_file(path)
        except FileNotFoundError:
            findings.append(Finding(display_path(path, base), None, "This settings file is missing.",
                                    "Put it back, or correct the INHERIT: line that names it.", "error", SETTINGS_FILE))
            break
        except yaml.YAMLError as error:
            findings.append(yaml_finding(error, base, path))
            break
        if not isinstance(data, dict) or not data.get("INHERIT"):
            break
        path = (path.parent / str(data["INHERIT"])).resolve()
    return findings
