"""Where training records may live, and what must never be left beside them.

Records are personal data. A records folder inside ``docs/`` would be copied
into the built site, and one inside the site folder would be published with
it, so either is an error in every build. A temporary file left by an import
that was stopped part way holds the same personal data and is not a record
file, so it is an error too until it is deleted.
"""

from __future__ import annotations

from pathlib import Path

from ..findings import Finding, display_path

# What an import writes beside the records while it works (see importer.apply).
TEMPORARY_PREFIX = ".import-"
TEMPORARY_SUFFIX = ".tmp"
WHERE_RECORDS_BELONG = ("Keep training records outside docs/ and the site folder: in training/records, or in a "
                        "secure folder named by TRAINING_RECORDS_DIR (for example "
                        "TRAINING_RECORDS_DIR=/secure/share/training-records make build).")


# Pages and the files a page loads: a theme's own copy of one is written by no one on the site.
PAGES_AND_ASSETS = frozenset(".md .markdown .html .htm .css .js .mjs .map .svg .png .jpg .jpeg .gif .webp .avif .ico "
                             ".woff .woff2 .ttf .otf .eot .pdf .mp3 .mp4 .webm .zip .gz".split())


def _inside(path: Path, folder: Path) -> bool:
    path, folder = path.resolve(), folder.resolve()
    return path == folder or folder in path.parents


def records_location_problem(records_dir: Path, docs_dir: Path, site_dir: Path, base: Path | None = None,
                             custom_dir: Path | None = None, theme_dirs: tuple[Path, ...] = ()) -> Finding | None:
    """An error when the records folder is docs_dir, the site folder, the theme's custom_dir or any
    other folder of the theme (every theme file is copied into the site too), or inside one
    (symbolic links followed), else None."""
    theme = ((custom_dir, "the theme's custom_dir"),) if custom_dir else ()
    installed = tuple((d, "a folder of the site's theme") for d in theme_dirs)
    for folder, what in ((docs_dir, "the docs folder"), (site_dir, "the site folder"), *theme, *installed):
        if _inside(records_dir, folder):
            shown = display_path(records_dir, base)
            return Finding(shown, None, f"The training records folder {shown} is inside {what} "
                           f"({display_path(folder, base)}), so the records would be published with the site.",
                           WHERE_RECORDS_BELONG, kind="records published")
    return None


def is_temporary(path: Path) -> bool:
    return path.name.startswith(TEMPORARY_PREFIX) or path.name.endswith(TEMPORARY_SUFFIX)


def leftover_problems(entries: list[Path], base: Path | None = None) -> list[Finding]:
    """An error for each temporary file an import left in the records folder."""
    return [Finding(display_path(p, base), None,
                    "This temporary file was left by an import that did not finish, and may hold personal data.",
                    "Run make import-training again (it removes such files before it starts), or delete the file.",
                    kind="leftover import file")
            for p in entries if is_temporary(p)]


def records_folder(base: Path, override: str | None) -> Path:
    """training/records, or the folder TRAINING_RECORDS_DIR names (a relative one is from the project)."""
    folder = Path(override or "training/records").expanduser()
    return folder if folder.is_absolute() else base / folder


def record_paths(entries: list[Path]) -> list[Path]:
    """The files of a records folder that are read as records: a .csv (any case) that is not a folder
    or a hidden file. One that cannot be opened (a broken link, no permission) is still named."""
    return [p for p in entries if p.suffix.lower() == ".csv" and not p.name.startswith(".") and not p.is_dir()]
