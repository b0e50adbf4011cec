"""Steps of the build run by one second Python process, so that they use another processor core while
MkDocs renders the pages (MkDocs builds on one core; nearly every machine has two or more).

One process runs every step of a build, one after another in the order they were given: a second
process of its own for each step would cost the build more than the step, and two such processes
at once would take turns with MkDocs for the cores.

A step is a module with a function run_job(job) that takes and returns JSON values (a value JSON
cannot hold, such as a date, goes as its text). The process reads one job per line on standard
input and writes one result per line on standard output. Two threads of the build feed it and read
it, so giving it a step never waits for it."""

from __future__ import annotations

import importlib
import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import traceback
from dataclasses import asdict
from pathlib import Path
from typing import Callable

from . import buildcache
from .findings import Finding
from .reporting import log, report

HOOKS = Path(__file__).resolve().parent.parent  # the folder that holds the earlyhelp package


class Failed(Exception):
    """The step stopped with an error; the message is the error's last line, trace the whole story."""

    def __init__(self, message: str, trace: str = ""):
        super().__init__(message)
        self.trace = trace


class Worker:
    """The second process (python -m earlyhelp.background) and the steps given to it."""

    def __init__(self):
        self._jobs: queue.SimpleQueue = queue.SimpleQueue()  # lines to send; None closes its input
        self._replies: list[dict] = []
        self._given = 0
        self._taken: set[int] = set()
        self._ended = False  # the process has ended, or could not be started
        self._error = ""
        self._changed = threading.Condition()
        self._process: subprocess.Popen | None = None
        self._started = threading.Event()
        self._stopped = False
        threading.Thread(target=self._feed, name="earlyhelp.background", daemon=True).start()

    def _feed(self) -> None:
        """Start the process (starting one waits until it runs; this thread does that waiting, not the
        build), then send it each job as it is given."""
        path = os.pathsep.join(p for p in (str(HOOKS), os.environ.get("PYTHONPATH")) if p)
        self._log = tempfile.TemporaryFile()
        try:
            if not self._stopped:
                self._process = subprocess.Popen([sys.executable, "-m", __name__], stdin=subprocess.PIPE,
                                                 stdout=subprocess.PIPE, stderr=self._log,
                                                 env={**os.environ, "PYTHONPATH": path})
        except OSError as error:
            self._error = f"its process could not be started ({error})"
        finally:
            self._started.set()
        if self._process is None:
            self._log.close()
            self._end()
            return
        threading.Thread(target=self._read, name="earlyhelp.background results", daemon=True).start()
        try:
            with self._process.stdin as given:
                while (line := self._jobs.get()) is not None:
                    given.write(line)
                    given.flush()
        except OSError:
            pass  # the process has ended: _read() says why

    def _read(self) -> None:
        try:
            for line in self._process.stdout:
                reply = json.loads(line)
                with self._changed:
                    self._replies.append(reply)
                    self._changed.notify_all()
        except ValueError as error:
            self._error = f"its result could not be read ({error})"
            self._process.kill()
        self._process.wait()
        if self._process.returncode != 0 and not self._error:
            self._log.seek(0)
            lines = self._log.read().decode("utf-8", "replace").strip().splitlines()
            self._error = lines[-1] if lines else f"it ended with exit status {self._process.returncode}"
        self._log.close()
        self._end()

    def _end(self) -> None:
        with self._changed:
            self._ended = True
            self._changed.notify_all()

    @property
    def open(self) -> bool:
        """Whether it takes more steps: until every step given has been collected, or it was stopped."""
        if self._ended or self._stopped:
            return False
        return self._given == 0 or len(self._taken) < self._given

    def give(self, module: str, job: dict) -> int:
        """Queue a step; returns its number, for result()."""
        line = json.dumps({"module": module, "job": job}, ensure_ascii=False, default=str) + "\n"
        self._jobs.put(line.encode("utf-8"))
        self._given += 1
        return self._given - 1

    def result(self, number: int):
        """Step number's result, waiting for it. Once every step given has been collected, the process is
        told there are no more, and it ends."""
        with self._changed:
            self._changed.wait_for(lambda: len(self._replies) > number or self._ended)
            reply = self._replies[number] if len(self._replies) > number else None
        self._taken.add(number)
        if len(self._taken) == self._given:
            self._jobs.put(None)
        if reply is None:
            raise Failed(self._error or "it ended before it gave a result")
        if "error" in reply:
            raise Failed(reply["error"], reply.get("trace", ""))
        return reply["value"]

    def stop(self) -> None:
        """End the process at once (the build it belonged to has stopped)."""
        self._stopped = True
        self._jobs.put(None)
        self._started.wait()
        if self._process is not None:
            if self._process.poll() is None:
                self._process.kill()
            self._process.wait()


_worker: Worker | None = None


def worker() -> Worker:
    """The worker that takes this build's steps: one process for them all."""
    global _worker
    if _worker is None or not _worker.open:
        _worker = Worker()
    return _worker


def serve(given, replies) -> None:
    """The second process's side: run each step as its line arrives and write its result, a line each.
    A step that fails gives its error's last line, so the steps after it still run."""
    for line in given:
        request = json.loads(line)
        try:
            reply = {"value": importlib.import_module(request["module"]).run_job(request["job"])}
        except Exception as error:  # noqa: BLE001 - any error in a step is reported by the build
            reply = {"error": traceback.format_exception_only(error)[-1].strip(), "trace": traceback.format_exc()}
        replies.write(json.dumps(reply, ensure_ascii=False).encode("utf-8") + b"\n")
        replies.flush()


class Step:
    """A step of the build whose result is kept in .cache/ (see buildcache.py): read from there when
    none of its inputs has changed; otherwise given now to the worker, so the build waits only if it
    asks for the result before the step has finished."""

    def __init__(self, kept: Path, key: str, fields: tuple[str, ...], module: str, job: Callable[[], dict]):
        self.kept, self.key, self.fields, self.module = kept, key, fields, module
        self._value = buildcache.recall(kept, key, fields)
        self._worker = worker() if self._value is None else None
        self._number = self._worker.give(module, job()) if self._worker is not None else 0
        self._reported = False

    def result(self) -> dict:
        """The result; its findings are reported the first time it is read. If the step failed, every
        field is empty and one error finding says what happened."""
        if self._value is None:
            try:
                self._value = self._worker.result(self._number)
                buildcache.store(self.kept, self.key, self._value)
            except Failed as error:
                if error.trace:
                    log.debug("The step %s failed:\n%s", self.module, error.trace)  # shown by mkdocs build --verbose
                failure = Finding(f"hooks/{self.module.replace('.', '/')}.py", 0,
                                  f"A step of the build stopped with an error: {error}",
                                  "Run the build again. If the same error comes back, open an issue and paste "
                                  "the build log into it.")
                self._value = {**{name: "" for name in self.fields}, "findings": [asdict(failure)]}
            self._worker = None
        if not self._reported:
            self._reported = True
            report(Finding(**f) for f in self._value["findings"])
        return self._value

    def stop(self) -> None:
        """End the second process early (the build it belonged to has stopped)."""
        if self._worker is not None:
            self._worker.stop()
            self._worker = None


class Pending:
    """An adapter's step for the build under way. `mkdocs serve` builds again and again: a new build
    ends the last one's step if that build stopped before it finished."""

    def __init__(self):
        self._step = None

    def begin(self, make_step: Callable[[], Step]) -> None:
        self.end()
        self._step = make_step()

    def result(self) -> dict:
        return self._step.result()

    def end(self) -> None:
        if self._step is not None:
            self._step.stop()
            self._step = None


if __name__ == "__main__":
    if hasattr(os, "nice"):
        os.nice(10)  # it gives way to the build itself: on a busy machine it takes only a spare core's time
    replies = sys.stdout.buffer
    sys.stdout = sys.stderr  # a step that prints cannot break the results
    serve(sys.stdin.buffer, replies)
