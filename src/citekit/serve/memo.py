"""Results the page asks for again, remembered: the same request gives the same answer.

Reading a list, rendering it and checking it are pure functions of the request (the text,
the items, the style and options), so the server keeps the last few answers, keyed by a
digest of the request's JSON. A check after a keystroke then reuses the list as read for
the paste, and an undo, a repeated render or a switch back to a style is answered at once.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any, TypeVar

T = TypeVar("T")


def digest(*parts: Any) -> str:
    """A key for ``parts`` (JSON-ready values): equal requests, equal keys."""
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.blake2b(text.encode("utf-8"), digest_size=20).hexdigest()


class Memo:
    """The last ``size`` results, least recently used forgotten first; thread-safe.

    ``copied`` hands out deep copies, for results the caller may change (items).
    Two threads asking for the same new key may both compute it; the answer is the same.
    """

    def __init__(self, size: int, *, copied: bool = False) -> None:
        self.size = size
        self.copied = copied
        self.hits = 0
        self.misses = 0
        self._results: OrderedDict[str, Any] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str, make: Callable[[], T]) -> T:
        with self._lock:
            found = key in self._results
            if found:
                self._results.move_to_end(key)
                result = self._results[key]
                self.hits += 1
        if not found:
            result = make()
            with self._lock:
                self.misses += 1
                self._results[key] = result
                while len(self._results) > self.size:
                    self._results.popitem(last=False)
        return copy.deepcopy(result) if self.copied else result

    def clear(self) -> None:
        with self._lock:
            self._results.clear()
