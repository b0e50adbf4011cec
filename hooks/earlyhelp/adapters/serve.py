"""MkDocs adapter for `make serve`: a save that cannot be built shows a page listing the problem in
the browser, and the next save that builds brings the site back. Without it, MkDocs' preview
server holds every request until the files are fixed ("The server will appear stuck")."""

from __future__ import annotations

import shutil
from pathlib import Path

from earlyhelp.adapters import buildlog
from earlyhelp import failures, problempage


def on_serve(server, config, builder, **kwargs):
    build, root = server.builder, Path(server.root)
    project = Path(config.config_file_path).parent

    def guarded():
        try:
            build()
        except Exception as error:  # noqa: BLE001 - any failed rebuild is shown, and the server goes on
            finding = failures.describe(error, project)
            buildlog.report([finding])
            for child in root.iterdir():
                shutil.rmtree(child) if child.is_dir() else child.unlink()
            page = problempage.render([finding]).encode("utf-8")
            # MkDocs' own reload script, so the page reloads itself when the next build is visible.
            (root / "404.html").write_bytes(server._inject_js_into_html(page, server._wanted_epoch))

    server.builder = guarded
    return server
