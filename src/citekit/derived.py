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
_INSTALL = f"{zlib.crc32(str(Path(__file__).parent).encode('utf-8')):08x}"
"""Where this citekit is installed: each installation (two virtual environments, a
checkout beside a release) keeps its own files, so that one replacing its own older
files never removes another's."""


def cached(
    name: str, sources: Iterable[str | Path], build: Callable[[], T], *, content: str = ""
) -> T:
    """``build()``, or the value a process built before from the same ``sources`` (the data
    files it reads and the modules whose code builds it) and the same ``content`` key."""
    path = _path(name, sources, content)
    if path is not None:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            return marshal.loads(path.read_bytes())
    value = build()
    if path is not None:
        _write(path, value)
    return value


def from_file(
    kind: str, path: str | Path, code: str | tuple[str, ...], build: Callable[[], T]
) -> T:
    """``cached`` for a ``kind`` of value built from one file (a style, or a copy of one
    that citekit wrote in a temporary folder) by the module ``code`` (or modules): keyed by
    the file's name and content, not its folder or time, so copies in new folders share
    one entry and one file is kept per kind and file name."""
    try:
        data = Path(path).read_bytes()
    except OSError:
        return build()
    name = f"{kind}-{zlib.crc32(Path(path).name.encode('utf-8')):08x}"
    modules = [code] if isinstance(code, str) else list(code)
    return cached(name, modules, build, content=f"{len(data)}:{zlib.crc32(data):08x}")


def _path(name: str, sources: Iterable[str | Path], content: str = "") -> Path | None:
    try:
        from .userdirs import cache_folder

        stamps = [(str(source), *_stamp(source)) for source in sources]
        key = repr((FORMAT, sys.version, name, stamps, content)).encode("utf-8")
        return cache_folder() / f"derived-{name}-{_INSTALL}-{zlib.crc32(key):08x}.bin"
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
