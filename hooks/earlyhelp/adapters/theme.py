"""MkDocs adapter: the generator's templates and assets (the completion panel, the light and dark
switch, the training, table and palette scripts, the stylesheet) come with the package, so a
partnership's site holds none of this code; a site's own theme custom_dir still comes first. Its
own colours (partnership.yml) are checked for contrast and added to every page's head."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.plugins import event_priority

from earlyhelp import colours
from earlyhelp.adapters import buildlog

THEME = Path(__file__).resolve().parent.parent / "theme"
STYLESHEET, PALETTE_SCRIPT = "assets/stylesheets/extra.css", "assets/javascripts/palette.js"


@event_priority(100)
def on_config(config, **kwargs):
    dirs = config.theme.dirs
    if str(THEME) not in dirs:
        dirs.insert(1 if config.theme.custom_dir else 0, str(THEME))
    if STYLESHEET not in config.extra_css:
        config.extra_css.insert(0, STYLESHEET)
    if PALETTE_SCRIPT not in [str(script) for script in config.extra_javascript]:
        script = ExtraScriptValue(PALETTE_SCRIPT)
        script.defer = True
        config.extra_javascript.insert(0, script)
    css, findings = colours.stylesheet((config.extra.get("partnership") or {}).get("colours"))
    buildlog.report(findings)
    config.extra["eh_colours"] = css  # the theme's main.html puts it in every page's head
    return config
