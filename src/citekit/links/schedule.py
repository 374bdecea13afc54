"""Running many fetches at once: a global limit and a per-host limit, hosts served in turn."""

from __future__ import annotations

from collections import Counter, defaultdict, deque
from collections.abc import Callable, Hashable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)


def run_limited(
    jobs: Iterable[tuple[K, str]],
    work: Callable[[K], T],
    *,
    concurrency: int,
    per_host: int,
    on_done: Callable[[K, T], None],
) -> None:
    """Run ``work(key)`` for each ``(key, host)`` job; ``on_done`` runs in the calling thread.

    At most ``concurrency`` jobs run at once, and at most ``per_host`` for one host; hosts
    take turns so one large site does not starve the others.
    """
    queues: dict[str, deque[K]] = defaultdict(deque)
    for key, host in jobs:
        queues[host].append(key)
    turn: deque[str] = deque(queues)
    in_turn = set(queues)
    active: Counter[str] = Counter()
    running: dict[Future[T], tuple[K, str]] = {}
    with ThreadPoolExecutor(
        max_workers=max(1, concurrency), thread_name_prefix="citekit-links"
    ) as pool:
        while turn or running:
            while turn and len(running) < concurrency:
                host = turn.popleft()
                key = queues[host].popleft()
                active[host] += 1
                running[pool.submit(work, key)] = (key, host)
                if queues[host] and active[host] < per_host:
                    turn.append(host)
                else:
                    in_turn.discard(host)
            done, _ = wait(running, return_when=FIRST_COMPLETED)
            for future in done:
                key, host = running.pop(future)
                active[host] -= 1
                if queues[host] and host not in in_turn:
                    turn.append(host)
                    in_turn.add(host)
                on_done(key, future.result())
