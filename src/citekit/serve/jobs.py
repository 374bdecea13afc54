"""Long work off the request: a thread per job, events streamed to the page, cancellable.

A job's work function gets the ``Job`` and calls ``job.progress(...)`` as it goes; that
call raises ``Cancelled`` once the page has asked to stop, so the work ends at its next
step (a link audit after the URL it is fetching). The page reads the events as
server-sent events (``GET /api/jobs/ID/events``).
"""

from __future__ import annotations

import asyncio
import json
import secrets
import threading
from collections import OrderedDict
from collections.abc import AsyncIterator, Callable
from typing import Any

from ..errors import CitekitError

KEEP = 32
"""Finished jobs kept for a page that reconnects; older ones are forgotten."""


class Cancelled(Exception):
    """The page asked the job to stop."""


class Job:
    """One piece of long work and the events it has sent so far.

    Cancelling ends the job's event stream at once with ``cancelled``; the work stops at
    its next ``progress`` call and whatever it still returns is dropped.
    """

    def __init__(self, kind: str) -> None:
        self.id = secrets.token_hex(8)
        self.kind = kind
        self.events: list[tuple[str, dict[str, Any]]] = []
        self.finished = False
        self.cancelled = threading.Event()
        self._lock = threading.Lock()

    def _add(self, event: str, data: dict[str, Any], *, last: bool = False) -> bool:
        with self._lock:
            if self.finished:
                return False
            self.events.append((event, data))
            self.finished = last
            return True

    def progress(self, **data: Any) -> None:
        """Report progress; raises ``Cancelled`` when the page has asked to stop."""
        if self.cancelled.is_set():
            raise Cancelled
        self._add("progress", data)

    def cancel(self) -> bool:
        """Stop the job; False when it had already finished."""
        self.cancelled.set()
        return self._add("cancelled", {}, last=True)

    def run(self, work: Callable[[Job], dict[str, Any]]) -> None:
        try:
            result = work(self)
        except Cancelled:
            self._add("cancelled", {}, last=True)
        except CitekitError as error:
            self._add("error", {"error": str(error)}, last=True)
        except Exception as error:  # noqa: BLE001 - the page gets a message, not silence
            self._add("error", {"error": f"{type(error).__name__}: {error}"}, last=True)
        else:
            self._add("done", result, last=True)


class Jobs:
    """The server's running and recently finished jobs."""

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()

    def start(self, kind: str, work: Callable[[Job], dict[str, Any]]) -> Job:
        job = Job(kind)
        self._jobs[job.id] = job
        while len(self._jobs) > KEEP:
            oldest = next(iter(self._jobs.values()))
            if not oldest.finished:
                break
            self._jobs.popitem(last=False)
        threading.Thread(target=job.run, args=(work,), daemon=True, name=f"citekit-{kind}").start()
        return job

    def get(self, job_id: str) -> Job | None:
        return self._jobs.get(job_id)

    def cancel_all(self) -> None:
        for job in self._jobs.values():
            job.cancel()


async def stream(job: Job, poll: float = 0.02) -> AsyncIterator[str]:
    """The job's events as server-sent events, from the first, until it has finished."""
    sent = 0
    while True:
        events = job.events[sent:]
        for event, data in events:
            yield f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"
        sent += len(events)
        if job.finished and sent == len(job.events):
            return
        await asyncio.sleep(poll)
