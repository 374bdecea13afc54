"""Regular expressions compiled once per machine instead of once per process.

citekit's modules compile a few hundred patterns when they are imported (the Hangul and
CJK character classes take milliseconds each), about 100 ms that a command run for one
reference paid on every call. :func:`compile` returns what ``re.compile`` returns, a real
``re.Pattern`` (same program, same behaviour, no wrapper on the hot path), but builds it
from the compiled program kept in a cache file in the user cache folder, so only the
first run on a machine (and the first after a pattern changes) pays for compiling.

Each program is checked against ``re.compile`` before it is cached, and the file is
named after the exact Python build and regular-expression engine version that wrote it.
Where the file cannot be read or written, patterns are compiled as usual.

Use it for patterns compiled when a module is imported (``PATTERN = rx.compile(...)``);
inside functions, ``re``'s own in-process cache is as good.
"""

from __future__ import annotations

import _sre
import atexit
import contextlib
import marshal
import os
import re
import sys
import zlib
from array import array
from pathlib import Path

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from typing import Any

    Key = tuple[str | bytes, int]
    # What ``_sre.compile`` takes after the pattern: flags, code, groups, groupindex, indexgroup.
    Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

try:  # Python 3.11 and later
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # Python 3.10
    import sre_compile as _compiler  # type: ignore[no-redef]
    import sre_parse as _parser  # type: ignore[no-redef]

FORMAT = 2
"""Layout version of the cache file (2: each program's code as the bytes of an array)."""

_CODE = "I" if array("I").itemsize == _sre.CODESIZE else "L"
"""The array type of the engine's code words (``_sre.CODESIZE`` bytes each)."""

KEEP = 4096
"""At most this many programs are kept: the ones used by the run that writes the file
first, then the ones it read (patterns edited away drop out over time)."""



def _engine() -> str:
    """The Python build and regex engine the cached programs are valid for."""
    parts = (FORMAT, sys.version, sys.implementation.cache_tag, _sre.MAGIC, _sre.CODESIZE,
             _sre.MAXREPEAT, _sre.MAXGROUPS)
    return f"{zlib.crc32(repr(parts).encode('utf-8')):08x}"


def program(pattern: str | bytes, flags: int) -> Program:
    """The compiled program of ``pattern``, as ``re.compile`` builds it."""
    parsed = _parser.parse(pattern, flags)
    opcodes = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    code = array(_CODE, opcodes).tobytes()  # reads back far faster than a list of ints
    return (flags | parsed.state.flags, code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def build(pattern: str | bytes, entry: Program) -> re.Pattern[Any]:
    """The pattern object of a cached program."""
    flags, code, groups, groupindex, indexgroup = entry
    opcodes = array(_CODE, code).tolist()
    return _sre.compile(pattern, flags, opcodes, groups, groupindex, indexgroup)


class PatternCache:
    """Compiled programs read from, and on exit written to, one cache file."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._stored: dict[Key, Program] | None = None
        self._used: dict[Key, Program] = {}
        self._built: dict[Key, re.Pattern[Any]] = {}
        self._changed = False
        self._enabled = path is not None

    def _load(self) -> dict[Key, Program]:
        if self._stored is None:
            self._stored = {}
            if self.path is not None:
                try:
                    stored = marshal.loads(self.path.read_bytes())
                    if isinstance(stored, dict):
                        self._stored = stored
                except (OSError, ValueError, EOFError, TypeError):
                    pass
        return self._stored

    def compile(self, pattern: str | bytes, flags: int | re.RegexFlag = 0) -> re.Pattern[Any]:
        """``re.compile(pattern, flags)``, from the cached program where there is one."""
        flags = int(flags)
        if not self._enabled or not isinstance(pattern, str | bytes) or flags & re.DEBUG:
            return re.compile(pattern, flags)
        key = (pattern, flags)
        built = self._built.get(key)
        if built is not None:
            return built
        entry = self._load().get(key)
        if entry is not None:
            try:
                built = build(pattern, entry)
            except (TypeError, ValueError, RuntimeError):
                built = None
        if built is None:
            built = re.compile(pattern, flags)
            entry = self._remember(pattern, flags, built)
        if entry is not None:
            self._used[key] = entry
        self._built[key] = built
        return built

    def _remember(self, pattern: str | bytes, flags: int, compiled: re.Pattern[Any]):  # type: ignore[no-untyped-def]
        """The program of ``compiled``, to be written on exit; None (and the cache off for
        this process) when rebuilding it does not give ``re.compile``'s pattern."""
        try:
            entry = program(pattern, flags)
            same = build(pattern, entry) == compiled
        except Exception:  # any surprise in the engine's internals
            same = False
        if not same:
            self._enabled = False
            return None
        if not self._changed:
            self._changed = True
            atexit.register(self.save)
        return entry

    def save(self) -> None:
        """Write the programs used in this run (and those read, up to :data:`KEEP`)
        atomically, if any was new."""
        if not self._changed or not self._enabled or self.path is None:
            return
        kept = dict(self._used)
        for key, entry in self._load().items():
            if len(kept) >= KEEP:
                break
            kept.setdefault(key, entry)
        temporary = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps(kept))
            os.replace(temporary, self.path)
            self._changed = False
        except OSError:
            with contextlib.suppress(OSError):
                temporary.unlink(missing_ok=True)


def _default_path() -> Path | None:
    try:
        from .userdirs import cache_folder

        return cache_folder() / f"regex-{_engine()}.bin"
    except Exception:  # no cache folder: compile as usual
        return None


_CACHE = PatternCache(_default_path())


def compile(pattern: str | bytes, flags: int | re.RegexFlag = 0) -> re.Pattern[Any]:
    """``re.compile(pattern, flags)``, built from the machine's cache of compiled programs."""
    return _CACHE.compile(pattern, flags)
