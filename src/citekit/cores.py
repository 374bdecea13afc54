"""How many cores citekit's parallel work may use (parsing workers, pandoc runs)."""

from __future__ import annotations

import os


def available() -> int:
    """The cores this process may run on (its CPU affinity where the system has one), at least 1."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)
