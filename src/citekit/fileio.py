"""Writing output without ever leaving a half-written file behind."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from .digits import is_digits


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and an atomic rename.

    A crash or a full disk leaves the previous file (or none) in place, never a torn one.
    Devices and pipes (``-o /dev/null``, ``-o /dev/stdout``) are written to directly.
    """
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target.exists() and not target.is_file() and not target.is_dir():
        # a device or pipe (/dev/null, /dev/stdout, a FIFO): written to, never replaced
        with open(target, "wb") as handle:
            handle.write(payload)
        return
    if target.is_symlink():  # write through the link: replacing it would leave its file stale
        target = Path(os.path.realpath(target))
    directory = target.parent if str(target.parent) else Path(".")
    remove_stale_temporaries(target)
    prefix = f".{target.name}.{_TAG}{os.getpid()}."
    import tempfile  # ~3 ms to import: only where a file is written

    fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(tmp, target.stat().st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


_TAG = "citekit-"  # temporary files are named ``.NAME.citekit-PID.RANDOM.tmp``


def remove_stale_temporaries(target: str | os.PathLike[str]) -> list[Path]:
    """Delete temporary files a killed citekit left next to ``target``; return them.

    A file is stale when the process named in it is gone (SIGKILL skips every cleanup);
    files of a running process (another citekit writing the same file) are left alone.
    """
    target = Path(target)
    directory = target.parent if str(target.parent) else Path(".")
    removed = []
    for tmp in directory.glob(f".{glob_escape(target.name)}.{_TAG}*.tmp"):
        pid = tmp.name[len(target.name) + len(_TAG) + 2 :].split(".", 1)[0]
        if is_digits(pid) and not _alive(int(pid)):
            with contextlib.suppress(OSError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def glob_escape(name: str) -> str:
    """``name`` with glob's special characters taken literally."""
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in name)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True
