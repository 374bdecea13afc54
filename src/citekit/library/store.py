"""The storage interface every library backend implements (SQLite now, a server later).

Commands and the import/dedupe logic talk only to ``Store``; nothing above it knows
which database holds the items.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import Any

from ..model import CSLItem
from ..records import dataclass, field


@dataclass(frozen=True)
class Filters:
    """Which items a listing, search or export covers; empty fields match everything."""

    tags: tuple[str, ...] = ()
    type: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    language: str | None = None


@dataclass(frozen=True)
class Provenance:
    """Where an item came from: the file, the line or entry key in it, and when."""

    source: str
    location: str | None = None


@dataclass
class StoredItem:
    """An item as the library holds it: its row number, CSL-JSON and tags."""

    rowid: int
    item: CSLItem
    tags: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        """The item's citation key (its CSL ``id``)."""
        return str(self.item["id"])


@dataclass(frozen=True)
class HistoryEntry:
    """One change to an item: what it was before and after, and why."""

    time: str
    action: str
    before: CSLItem | None
    after: CSLItem | None
    note: dict[str, Any]


class Store(ABC):
    """A reference library: items with provenance, tags, match keys and edit history."""

    @abstractmethod
    def transaction(self) -> AbstractContextManager[None]:
        """Group writes: all of them land, or (on an exception or a crash) none does."""

    @abstractmethod
    def add(self, item: CSLItem, provenance: Provenance, tags: Iterable[str] = ()) -> StoredItem:
        """Store a new item (its key made unique) and return it."""

    @abstractmethod
    def add_provenance(self, rowid: int, provenance: Provenance) -> None:
        """Record that an existing item was also seen in ``provenance``."""

    @abstractmethod
    def update(self, rowid: int, item: CSLItem, action: str, note: dict[str, Any]) -> None:
        """Replace an item's data, keeping the old version in its history."""

    @abstractmethod
    def remove(self, rowid: int, action: str, note: dict[str, Any], into: int | None) -> None:
        """Delete an item; its data goes to the history of ``into`` (or its own)."""

    @abstractmethod
    def get(self, rowid: int) -> StoredItem | None:
        """One item by row number."""

    @abstractmethod
    def find(self, key: str) -> StoredItem | None:
        """One item by citation key."""

    @abstractmethod
    def select(self, filters: Filters | None = None) -> Iterator[StoredItem]:
        """Items matching ``filters``, oldest first."""

    @abstractmethod
    def search(
        self, query: str, filters: Filters | None = None, limit: int = 20
    ) -> list[StoredItem]:
        """Items whose titles, names, containers or notes match ``query``, best first."""

    @abstractmethod
    def same_key(self, kind: str, value: str, limit: int) -> list[int]:
        """Up to ``limit`` row numbers of items holding match key ``kind``=``value``."""

    @abstractmethod
    def key_groups(self, kind: str) -> Iterator[list[int]]:
        """Groups of two or more row numbers sharing a match key of ``kind``."""

    @abstractmethod
    def tag(self, rowid: int, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        """Add and remove tags on an item."""

    @abstractmethod
    def provenance(self, rowid: int) -> list[tuple[str, str | None, str]]:
        """(source, location, time) for each time the item was imported."""

    @abstractmethod
    def history(self, rowid: int) -> list[HistoryEntry]:
        """The item's changes, oldest first."""

    @abstractmethod
    def count(self) -> int:
        """How many items the library holds."""

    @abstractmethod
    def close(self) -> None:
        """Release the connection."""
