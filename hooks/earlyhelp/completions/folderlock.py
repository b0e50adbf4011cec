"""One import at a time into a records folder.

Each import reads the records already there (so that it adds nothing twice),
then rewrites the files it adds to. Two imports at once would each read the old
files and the last rename would win, losing the other's rows. The lock is an
exclusive ``flock`` on the folder itself: the system drops it when the process
ends, however it ends, so a killed import never leaves the folder locked, and
no lock file is needed. Once the lock is held, any temporary file in the folder
belongs to an import that did not finish, and is removed.
"""

from __future__ import annotations

import fcntl
import os
from contextlib import contextmanager
from pathlib import Path

from .location import is_temporary


@contextmanager
def locked(folder: Path):
    """Hold the folder's lock (waiting for another import to finish), after removing any temporary
    file an unfinished import left. Yields the names of the files removed."""
    folder.mkdir(parents=True, exist_ok=True)
    handle = os.open(folder, os.O_RDONLY)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX)
        removed = []
        for path in sorted(folder.iterdir()):
            if is_temporary(path) and path.is_file():
                path.unlink()
                removed.append(path.name)
        yield removed
    finally:
        os.close(handle)  # closing the descriptor releases the lock
