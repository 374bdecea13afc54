"""How many cores citekit's parallel work may use (parsing workers, pandoc runs)."""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from typing import TypeVar

    T = TypeVar("T")
    R = TypeVar("R")


def available() -> int:
    """The cores this process may run on (its CPU affinity where the system has one), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def map_threads(function: Callable[[T], R], jobs: Iterable[T]) -> list[R]:
    """``function`` of each job, in order, on a thread per core.

    For work that waits on pandoc processes. ``concurrent.futures`` is imported here, where
    there are two jobs or more, not when a renderer is imported: it and ``logging`` cost a
    command that renders one reference about 5 ms."""
    jobs = list(jobs)
    workers = min(len(jobs), available())
    if workers <= 1:  # one job, or one core: no thread to start
        return [function(job) for job in jobs]
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(function, jobs))
