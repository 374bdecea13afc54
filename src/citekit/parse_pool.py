"""Parsing a long informal list on every core (the command line only).

Parsing is pure Python and single-threaded: 50,000 references take about 40 s on one
core. ``parse_all`` hands slices of a long list to forked worker processes and returns
the results in the list's order, exactly as one process would give them.

Workers are forked, and only where that is safe: ``WORKERS`` stays 1 unless the command
line raises it (``cli.main`` does, for every command but ``serve``), and a process that
runs other threads parses alone. Forking beside threads can deadlock, and the other
start methods re-import the caller's main module, which runs an unguarded script again;
so the API never parallelises behind its callers' backs.

    previous = parse_pool.use_workers(cores.available())   # what cli.main does
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the parser is imported when a list is parsed (start-up cost)
    from .diagnostics import Diagnostic
    from .model import CSLItem

Parsed = tuple["CSLItem", list["Diagnostic"]]

WORKERS = 1
"""Processes a long list may be parsed in; 1 parses in the caller's process."""
MIN_PARALLEL = 2_000
"""Shorter lists parse in one process: forking and gathering would cost more than it saves."""
SLICE = 500
"""References a worker parses per task (small enough to keep every core busy to the end)."""


def use_workers(count: int | None) -> int:
    """Let long lists be parsed in up to ``count`` processes; return the previous setting."""
    global WORKERS
    previous, WORKERS = WORKERS, max(1, count or 1)
    return previous


def parse_one(raw: str, number: int) -> Parsed:
    """One reference's item and diagnostics; a reference that breaks the parser becomes a
    ``document`` item holding its text, with an error, and the others still parse."""
    from .diagnostics import Diagnostic
    from .lang.names import mark_written_order
    from .parse import parse_reference

    try:
        result = parse_reference(raw, item_id=f"ref{number}")
    except Exception as exc:  # noqa: BLE001 - one bad reference must not stop the others
        item: CSLItem = {"type": "document", "custom": {"raw": raw}}
        message = f"could not parse this reference ({exc})"
        return item, [Diagnostic("parse-failed", "error", message)]
    mark_written_order(result.item, raw)  # Kim Sung-soo stays family first
    result.item.pop("id", None)
    return result.item, result.diagnostics


def _parse_slice(start: int, raws: Sequence[str]) -> list[Parsed]:
    return [parse_one(raw, start + offset + 1) for offset, raw in enumerate(raws)]


def _parse_in_worker(start: int, raws: Sequence[str]) -> tuple[list[Parsed], dict]:
    """A slice parsed in a worker, with the languages detected in it: ``format`` asks for
    them again when it presents the items."""
    from .lang.tags import learned_languages

    return _parse_slice(start, raws), learned_languages()


def _gathered(piece: tuple[list[Parsed], dict]) -> list[Parsed]:
    """A worker's slice, its detected languages remembered here."""
    from .lang.tags import remember_languages

    parsed, learned = piece
    remember_languages([item for item, _ in parsed], learned)
    return parsed


def _workers_for(count: int) -> int:
    """How many processes to parse ``count`` references in (1: this process alone)."""
    if WORKERS < 2 or count < MIN_PARALLEL or other_threads():
        return 1
    import multiprocessing

    if "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(WORKERS, -(-count // SLICE))


def other_threads() -> bool:
    """True when this process runs threads besides this one (forking would be unsafe)."""
    return threading.active_count() > 1


def parse_all(raws: Sequence[str]) -> list[Parsed]:
    """Every reference's item (without an id) and diagnostics, in order."""
    workers = _workers_for(len(raws))
    if workers == 1:
        return _parse_slice(0, raws)
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    starts = range(0, len(raws), SLICE)
    context = multiprocessing.get_context("fork")
    try:
        with ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start) as pool:
            slices = pool.map(_parse_in_worker, starts, [raws[s : s + SLICE] for s in starts])
            return [parsed for piece in map(_gathered, slices) for parsed in piece]
    except BrokenProcessPool:  # a worker was killed (out of memory, say): parse here
        return _parse_slice(0, raws)


def _worker_start() -> None:
    """Ctrl-C ends a worker quietly; the command itself reports the interruption."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
