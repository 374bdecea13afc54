"""A one-line progress bar with counts per verdict, drawn only on a terminal."""

from __future__ import annotations

import sys
import time
from collections import Counter
from typing import TextIO


class Progress:
    """Call with each verdict; redraws at most ten times a second; ``close`` clears the line."""

    def __init__(self, stream: TextIO | None = None, width: int = 24) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.width = width
        self.counts: Counter[str] = Counter()
        self._drawn = 0.0

    def __call__(self, verdict: str, total: int) -> None:
        self.counts[verdict] += 1
        done = sum(self.counts.values())
        if not self.enabled or (time.monotonic() - self._drawn < 0.1 and done < total):
            return
        self._drawn = time.monotonic()
        filled = self.width * done // max(total, 1)
        bar = "#" * filled + "." * (self.width - filled)
        tally = " ".join(f"{v} {n}" for v, n in self.counts.most_common())
        self.stream.write(f"\r[{bar}] {done}/{total} {tally}\x1b[K")
        self.stream.flush()

    def close(self) -> None:
        """Erase the bar so the report starts on a clean line."""
        if self.enabled and self.counts:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
