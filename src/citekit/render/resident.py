"""Long-lived pandoc processes for a server that renders many short lists (``citekit serve``).

Each render starts pandoc afresh (``pandoc.run_pandoc``): about 0.1 s of start-up, and
from the second item on about 0.15–0.3 s more for citeproc's collation tables, which is
most of the cost of re-rendering a few entries after a keystroke. ``ResidentPandoc`` keeps
a few ``pandoc lua resident.lua`` processes that read one request per line and do what the
command line would (read the Markdown, run citeproc, write with citekit's Lua writer or
plain text), so that cost is paid once per process. It takes only the two argument shapes
the renderer uses (``pandoc.run_citeproc``, ``order.fixed_order``); anything else, a busy
pool or a failed request returns None and ``run_pandoc`` starts pandoc as usual (which
then reports any error exactly as the command line does).

    with resident():             # run_pandoc uses it until the block ends
        citekit.render(items)

``tests/test_render_resident.py`` checks that the output is the command line's, byte for byte.
"""

from __future__ import annotations

import contextlib
import json
import subprocess
import threading
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path
from typing import Any

from . import pandoc

RECYCLE = 400
"""Requests a process serves before it is replaced (its log and heap only grow)."""
BIG_INPUT = 2_000_000
"""A bibliography file larger than this (bytes) retires its process after the request:
pandoc's heap grows with its input and is not given back."""


def script_path() -> str:
    return str(files("citekit.render") / "resident.lua")


def request_for(arguments: list[str], document: str) -> dict[str, Any] | None:
    """The resident request for a pandoc command line, or None if it takes other options."""
    request: dict[str, Any] = {"document": document, "meta": {}}
    flags = set()
    for argument in arguments:
        name, _, value = argument.partition("=")
        if argument == "--citeproc":
            flags.add(argument)
        elif argument in ("--from=markdown", "--from=json") and "from" not in flags:
            request["from"] = value
            flags.add("from")
        elif name in ("--bibliography", "--csl") and value and name[2:] not in request:
            request[name[2:]] = value
        elif name == "--to" and value.endswith(".lua") and "to" not in flags:
            request["writer"] = value
            flags.add("to")
        elif name == "--to" and value == "plain" and "to" not in flags:
            request["format"] = value
            flags.add("to")
        elif argument == "--wrap=none":
            request["wrap"] = "none"
        elif name == "--metadata":
            split = min((i for i in (value.find(":"), value.find("=")) if i > 0), default=-1)
            key, field = value[:split], value[split + 1 :]
            if split < 0 or key in request["meta"] or field.lower() in ("yes", "no", "null"):
                return None
            request["meta"][key] = field
        else:
            return None
    if flags != {"from", "--citeproc", "to"}:
        return None
    if "bibliography" not in request or "csl" not in request:
        return None
    if "writer" in request and "wrap" in request:
        return None
    return request


class _Process:
    """One ``pandoc lua resident.lua``."""

    def __init__(self) -> None:
        self.popen = subprocess.Popen(
            [pandoc.pandoc_path(), "lua", script_path()],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            env=pandoc.pandoc_environment(long_lived=True),
        )
        self.served = 0
        self.answered = 0

    def ask(self, request: dict[str, Any]) -> tuple[int, bytes, bytes]:
        stdin, stdout = self.popen.stdin, self.popen.stdout
        assert stdin is not None and stdout is not None
        stdin.write(json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n")
        stdin.flush()
        self.served += 1
        status, size = stdout.readline().split()
        body = stdout.read(int(size))
        warnings = stdout.read(int(stdout.readline()))
        self.answered += 1
        return int(status), body, warnings

    def close(self) -> None:
        with contextlib.suppress(OSError):
            if self.popen.stdin:
                self.popen.stdin.close()
        try:
            self.popen.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.popen.kill()
            self.popen.wait()
        if self.popen.stdout:
            self.popen.stdout.close()


class ResidentPandoc:
    """Up to ``size`` long-lived pandoc processes; called as ``run_pandoc``'s runner."""

    def __init__(self, size: int = 2) -> None:
        self.size = size
        self._idle: list[_Process] = []
        self._count = 0
        self._lock = threading.Lock()
        self._closed = False

    def _take(self) -> _Process | None:
        with self._lock:
            if self._closed:
                return None
            if self._idle:
                return self._idle.pop()
            if self._count >= self.size:
                return None  # all busy: this run starts its own pandoc
            self._count += 1
        try:
            return _Process()
        except OSError:
            with self._lock:
                self._count -= 1
            return None

    def _give_back(self, process: _Process, keep: bool) -> None:
        with self._lock:
            if keep and not self._closed:
                self._idle.append(process)
                return
            self._count -= 1
        process.close()

    def __call__(
        self, arguments: list[str], document: str
    ) -> subprocess.CompletedProcess[bytes] | None:
        request = request_for(arguments, document)
        if request is None:
            return None
        process = self._take()
        if process is None:
            return None
        try:
            status, body, warnings = process.ask(request)
        except (OSError, ValueError):
            if not process.answered:  # it never answered (a pandoc without `pandoc lua`?)
                self._closed = True
            self._give_back(process, keep=False)
            return None
        try:
            big = Path(request["bibliography"]).stat().st_size > BIG_INPUT
        except OSError:
            big = False
        self._give_back(process, keep=not big and process.served < RECYCLE)
        if status != 0:
            return None
        return subprocess.CompletedProcess(arguments, 0, body, warnings)

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            self._count -= len(idle)
        for process in idle:
            process.close()


@contextlib.contextmanager
def resident(size: int = 2) -> Iterator[ResidentPandoc]:
    """``run_pandoc`` uses long-lived pandoc processes inside the block (process-wide)."""
    pool = ResidentPandoc(size)
    previous, pandoc.RUNNER = pandoc.RUNNER, pool
    try:
        yield pool
    finally:
        pandoc.RUNNER = previous
        pool.close()
