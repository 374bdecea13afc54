"""Values built from citekit's own files, kept per machine so a new process need not
build them again.

A command run for one reference used to rebuild, in every process, tables that only
change when citekit does: the parser's word-list phrases (a thousand entries tokenised),
every Latin spelling of the Korean surnames, the styles' TOML policies. :func:`cached`
returns what ``build()`` returns, read from a file in the user cache folder (e.g.
``~/.cache/citekit/derived-*.bin``, safe to delete) where an earlier process built it
from the same files: the key holds each source file's path, size and modification time,
so an edited data file or module is built again. Values are what ``marshal`` writes
(strings, numbers, tuples, lists, dicts, sets, frozensets); where the value or the folder
does not allow it, the value is built as before.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import sys
import zlib
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import TypeVar

    T = TypeVar("T")

FORMAT = 1
"""Layout version of the cache files."""


def cached(name: str, sources: Iterable[str | Path], build: Callable[[], T]) -> T:
    """``build()``, or the value a process built before from the same ``sources`` (the data
    files it reads and the modules whose code builds it)."""
    path = _path(name, sources)
    if path is not None:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            return marshal.loads(path.read_bytes())
    value = build()
    if path is not None:
        _write(path, value)
    return value


def for_file(kind: str, path: str | Path) -> str:
    """The cache name of a ``kind`` of value built from the file at ``path`` (a style and
    its copies): each file has its own, so two files never replace each other's."""
    return f"{kind}-{zlib.crc32(str(path).encode('utf-8')):08x}"


def _path(name: str, sources: Iterable[str | Path]) -> Path | None:
    try:
        from .userdirs import cache_folder

        stamps = [(str(source), *_stamp(source)) for source in sources]
        key = repr((FORMAT, sys.version, name, stamps)).encode("utf-8")
        return cache_folder() / f"derived-{name}-{zlib.crc32(key):08x}.bin"
    except Exception:  # no cache folder, a source gone: build as usual
        return None


def _stamp(source: str | Path) -> tuple[int, int]:
    status = os.stat(source)
    return status.st_size, status.st_mtime_ns


def _write(path: Path, value: object) -> None:
    """Write ``value`` atomically (another process may be reading the same file)."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        data = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_bytes(data)
        os.replace(temporary, path)
        for older in path.parent.glob(path.name.rsplit("-", 1)[0] + "-*.bin"):
            if older != path:  # built from files since changed
                older.unlink(missing_ok=True)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            temporary.unlink(missing_ok=True)
