"""Python's cyclic garbage collector, run less often while a big job allocates.

A render of 10,000 items makes millions of short-lived objects; with the default
threshold (a collection every 700 allocations net) the collector runs thousands of
times and each older-generation pass walks every item again: about a tenth of the
render's Python time. Reference counting frees almost all of those objects anyway, so
``fewer_collections`` raises the threshold for the job and puts it back afterwards.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

BIG_JOB_THRESHOLD = 50_000
"""Net allocations between young-generation collections during a big job."""


@contextlib.contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with the collector's first threshold at least ``BIG_JOB_THRESHOLD``."""
    before = gc.get_threshold()
    gc.set_threshold(max(before[0], BIG_JOB_THRESHOLD), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
