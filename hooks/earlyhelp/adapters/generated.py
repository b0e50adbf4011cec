"""Shared by the adapters that add a file the build makes (the feed, the manifest and its icons)."""

from __future__ import annotations

from mkdocs.structure.files import File


def add(files, config, uri: str, content) -> None:
    """A file the build makes, in place of any file at that path."""
    if (existing := files.get_file_from_path(uri)) is not None:
        files.remove(existing)
    files.append(File.generated(config, uri, content=content))
