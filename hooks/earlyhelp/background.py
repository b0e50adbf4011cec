"""A step of the build run by a second Python process, so that it uses another processor core while
MkDocs renders the pages (MkDocs builds on one core; nearly every machine has two or more).

The step is a module whose main() reads its job as JSON on standard input and writes its result as
JSON on standard output (a value JSON cannot hold, such as a date, goes as its text). The job goes
through a temporary file, so starting a step never waits for the other process to read it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import threading
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from . import buildcache
from .findings import Finding
from .reporting import report

HOOKS = Path(__file__).resolve().parent.parent  # the folder that holds the earlyhelp package


class Failed(Exception):
    """The step stopped with an error; the message is the last line it printed."""


class Job:
    """python -m module, started now with this job; result() waits for it and reads what it wrote."""

    def __init__(self, module: str, job: dict):
        given = tempfile.TemporaryFile()
        given.write(json.dumps(job, ensure_ascii=False, default=str).encode("utf-8"))
        given.seek(0)
        path = os.pathsep.join(p for p in (str(HOOKS), os.environ.get("PYTHONPATH")) if p)
        command = [sys.executable, "-m", module]
        self._process: subprocess.Popen | None = None
        self._error = ""

        def start() -> None:
            with given:
                try:
                    self._process = subprocess.Popen(command, stdin=given, stdout=subprocess.PIPE,
                                                     stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": path})
                except OSError as error:
                    self._error = f"its process could not be started ({error})"

        # Starting a process waits until it is running; a thread does that waiting, not the build.
        self._starting = threading.Thread(target=start, name=f"start {module}", daemon=True)
        self._starting.start()

    def result(self):
        """The step's result, waiting for it to finish."""
        self._starting.join()
        if self._process is None:
            raise Failed(self._error)
        out, err = self._process.communicate()
        if self._process.returncode != 0:
            lines = err.decode("utf-8", "replace").strip().splitlines()
            raise Failed(lines[-1] if lines else f"it ended with exit status {self._process.returncode}")
        try:
            return json.loads(out)
        except ValueError as error:
            raise Failed(f"its result could not be read ({error})") from None

    def stop(self) -> None:
        """End the step early (the build it belonged to has stopped)."""
        self._starting.join()
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.kill()
        self._process.communicate()


def main(step: Callable[[dict], dict]) -> None:
    """The second process's side: run step(job) and write its result. It gives way to the build
    itself (a lower priority), so that on a busy machine it takes only a spare core's time."""
    if hasattr(os, "nice"):
        os.nice(10)
    result = step(json.loads(sys.stdin.buffer.read().decode("utf-8")))
    sys.stdout.buffer.write(json.dumps(result, ensure_ascii=False).encode("utf-8"))


class Step:
    """A step of the build whose result is kept in .cache/ (see buildcache.py): read from there when
    none of its inputs has changed; otherwise made by a second process that starts now, so the build
    waits only if it asks for the result before the step has finished."""

    def __init__(self, kept: Path, key: str, fields: tuple[str, ...], module: str, job: Callable[[], dict]):
        self.kept, self.key, self.fields, self.module = kept, key, fields, module
        self._value = buildcache.recall(kept, key, fields)
        self._job = Job(module, job()) if self._value is None else None
        self._reported = False

    def result(self) -> dict:
        """The result; its findings are reported the first time it is read. If the second process
        failed, every field is empty and one error finding says what happened."""
        if self._value is None:
            job, self._job = self._job, None
            try:
                self._value = job.result()
                buildcache.store(self.kept, self.key, self._value)
            except Failed as error:
                failure = Finding(f"hooks/{self.module.replace('.', '/')}.py", 0,
                                  f"A step of the build stopped with an error: {error}",
                                  "Run the build again. If the same error comes back, open an issue and paste "
                                  "the build log into it.")
                self._value = {**{name: "" for name in self.fields}, "findings": [asdict(failure)]}
        if not self._reported:
            self._reported = True
            report(Finding(**f) for f in self._value["findings"])
        return self._value

    def stop(self) -> None:
        """End the second process early (the build it belonged to has stopped)."""
        if self._job is not None:
            self._job.stop()
            self._job = None
