"""The SQLite library: one file, WAL journal, a busy timeout so concurrent imports wait."""

from __future__ import annotations

import itertools
import json
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from string import ascii_lowercase
from typing import Any

from ..errors import InputError
from ..model import CSLItem
from ..records import replace
from . import schema, search_index
from .fields import columns, search_text
from .keys import match_keys
from .store import Filters, HistoryEntry, Provenance, Store, StoredItem

BUSY_TIMEOUT_S = 60.0


def now() -> str:
    """The current UTC time, ISO 8601 to the second."""
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dumps(item: CSLItem | None) -> str | None:
    return None if item is None else json.dumps(item, ensure_ascii=False, sort_keys=True)


def _suffixes() -> Iterator[str]:
    """ "", then a-z, then aa-zz, then numbers: what makes a taken key unique."""
    yield ""
    yield from ascii_lowercase
    yield from (a + b for a in ascii_lowercase for b in ascii_lowercase)
    yield from (f"-{n}" for n in itertools.count(2))


def _row(item: CSLItem) -> tuple[Any, ...]:
    """The stored JSON and indexed columns of an item, in the ``items`` table's order."""
    cols = columns(item)
    return (_dumps(item), cols.type, cols.year, cols.language, cols.title, cols.first_author)


def _while_locked(step: Callable[[], object]) -> None:
    """Run ``step``, retrying while another process holds the file's lock.

    Switching a new file to WAL, or a migration racing another process's, can fail with
    "database is locked" without SQLite's busy handler waiting; retry up to the timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    while True:
        try:
            step()
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class SQLiteStore(Store):
    """A library in one SQLite file."""

    def __init__(self, path: str | Path, *, migrate_to: int = schema.VERSION) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            _while_locked(lambda: self.conn.execute("PRAGMA journal_mode = WAL"))
            self.conn.execute("PRAGMA foreign_keys = ON")
            self.conn.execute("PRAGMA synchronous = NORMAL")
            _while_locked(lambda: schema.migrate(self.conn, self.path, migrate_to))
        except sqlite3.DatabaseError as exc:
            raise InputError(f"cannot open the library: {exc}", file=self.path) from exc
        self._imports: dict[str, int] = {}
        self._taken: dict[str, set[str]] = {}
        self._depth = 0

    # -- transactions -------------------------------------------------------------------

    @contextmanager
    def transaction(self) -> Iterator[None]:
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:  # still locked after the busy timeout
            raise InputError(f"the library is busy: {exc}", file=self.path) from exc
        self._depth = 1
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as exc:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise InputError(f"nothing written: {exc}", file=self.path) from exc
            raise
        finally:
            self._depth = 0
            self._imports.clear()
            self._taken.clear()

    # -- writing ------------------------------------------------------------------------

    def _import_id(self, source: str) -> int:
        if source not in self._imports:
            cursor = self.conn.execute(
                "INSERT INTO imports(source, time) VALUES (?, ?)", (source, now())
            )
            self._imports[source] = int(cursor.lastrowid)
        return self._imports[source]

    def _free_key(self, wanted: str) -> str:
        """``wanted``, or with the first free letter suffix (``kim2023a``, ``kim2023b``)."""
        taken = self._taken.get(wanted)
        if taken is None:  # keys starting with ``wanted``, read once per transaction
            rows = self.conn.execute(
                "SELECT citekey FROM items WHERE citekey >= ? AND citekey < ?",
                (wanted, wanted + "\uffff"),
            )
            taken = self._taken[wanted] = {key for (key,) in rows}
        key = next(
            f"{wanted}{suffix}" for suffix in _suffixes() if f"{wanted}{suffix}" not in taken
        )
        taken.add(key)
        return key

    def _index(self, rowid: int, item: CSLItem) -> None:
        self.conn.executemany(
            "INSERT INTO match_keys(item, kind, value) VALUES (?, ?, ?)",
            [(rowid, kind, value) for kind, value in match_keys(item)],
        )
        search_index.add(self.conn, rowid, search_text(item))

    def _unindex(self, rowid: int) -> None:
        self.conn.execute("DELETE FROM match_keys WHERE item = ?", (rowid,))
        search_index.remove(self.conn, rowid)

    def _log(
        self,
        rowid: int,
        action: str,
        before: CSLItem | None,
        after: CSLItem | None,
        note: dict[str, Any],
    ) -> None:
        self.conn.execute(
            "INSERT INTO history(item, time, action, before, after, note)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (
                rowid,
                now(),
                action,
                _dumps(before),
                _dumps(after),
                json.dumps(note, ensure_ascii=False),
            ),
        )

    def add(self, item: CSLItem, provenance: Provenance, tags: Iterable[str] = ()) -> StoredItem:
        with self.transaction():
            item = dict(item)
            item["id"] = self._free_key(str(item.get("id") or "item"))
            stamp = now()
            cursor = self.conn.execute(
                "INSERT INTO items(data, type, year, language, title, first_author, citekey, added,"
                " modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (*_row(item), item["id"], stamp, stamp),
            )
            rowid = int(cursor.lastrowid)
            self.add_provenance(rowid, provenance)
            self._index(rowid, item)
            tags = sorted(set(tags))
            self.conn.executemany(
                "INSERT INTO tags(item, tag) VALUES (?, ?)", [(rowid, tag) for tag in tags]
            )
        return StoredItem(rowid, item, tags)

    def add_provenance(self, rowid: int, provenance: Provenance) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO provenance(item, import, location) VALUES (?, ?, ?)",
                (rowid, self._import_id(provenance.source), provenance.location),
            )

    def update(self, rowid: int, item: CSLItem, action: str, note: dict[str, Any]) -> None:
        with self.transaction():
            old = self.get(rowid)
            if old is None:
                raise InputError(f"no item with row {rowid} in the library", file=self.path)
            item = dict(item)
            item["id"] = old.key
            self.conn.execute(
                "UPDATE items SET data = ?, type = ?, year = ?, language = ?, title = ?,"
                " first_author = ?, modified = ? WHERE id = ?",
                (*_row(item), now(), rowid),
            )
            self._unindex(rowid)
            self._index(rowid, item)
            self._log(rowid, action, old.item, item, note)

    def remove(self, rowid: int, action: str, note: dict[str, Any], into: int | None) -> None:
        with self.transaction():
            old = self.get(rowid)
            if old is None:
                return
            if into is not None:
                self.conn.execute("UPDATE provenance SET item = ? WHERE item = ?", (into, rowid))
                self.tag(into, add=old.tags)
            self._log(into if into is not None else rowid, action, old.item, None, note)
            self._unindex(rowid)
            self.conn.execute("DELETE FROM items WHERE id = ?", (rowid,))

    def tag(self, rowid: int, add: Iterable[str] = (), remove: Iterable[str] = ()) -> None:
        with self.transaction():
            for tag in set(add):
                if not self.conn.execute(
                    "SELECT 1 FROM tags WHERE item = ? AND tag = ?", (rowid, tag)
                ).fetchone():
                    self.conn.execute("INSERT INTO tags(item, tag) VALUES (?, ?)", (rowid, tag))
            for tag in set(remove):
                self.conn.execute("DELETE FROM tags WHERE item = ? AND tag = ?", (rowid, tag))

    def reindex(self) -> None:
        """Rebuild the search index (after citekit's romanizer or tokenizer changed)."""
        with self.transaction():
            self.conn.execute("DELETE FROM search_words")
            self.conn.execute("DELETE FROM search_roman")
            schema.fill_search_index(self.conn)

    # -- reading ------------------------------------------------------------------------

    def _tags(self, rowid: int) -> list[str]:
        rows = self.conn.execute("SELECT tag FROM tags WHERE item = ? ORDER BY tag", (rowid,))
        return [tag for (tag,) in rows]

    def _stored(self, rowid: int, data: str) -> StoredItem:
        return StoredItem(rowid, json.loads(data), self._tags(rowid))

    def get(self, rowid: int) -> StoredItem | None:
        row = self.conn.execute("SELECT id, data FROM items WHERE id = ?", (rowid,)).fetchone()
        return self._stored(*row) if row else None

    def find(self, key: str) -> StoredItem | None:
        row = self.conn.execute("SELECT id, data FROM items WHERE citekey = ?", (key,)).fetchone()
        return self._stored(*row) if row else None

    @staticmethod
    def _where(filters: Filters) -> tuple[str, list[Any]]:
        clauses: list[str] = []
        params: list[Any] = []
        for tag in filters.tags:
            clauses.append("EXISTS (SELECT 1 FROM tags t WHERE t.item = items.id AND t.tag = ?)")
            params.append(tag)
        if filters.type:
            clauses.append("items.type = ?")
            params.append(filters.type)
        if filters.year_from is not None:
            clauses.append("items.year >= ?")
            params.append(filters.year_from)
        if filters.year_to is not None:
            clauses.append("items.year <= ?")
            params.append(filters.year_to)
        if filters.language:
            clauses.append("items.language = ?")
            params.append(filters.language.split("-")[0].lower())
        return (" AND ".join(clauses) or "1 = 1"), params

    def select(self, filters: Filters | None = None) -> Iterator[StoredItem]:
        where, params = self._where(filters or Filters())
        rows = self.conn.execute(f"SELECT id, data FROM items WHERE {where} ORDER BY id", params)
        for rowid, data in rows.fetchall():
            yield self._stored(rowid, data)

    def search(
        self, query: str, filters: Filters | None = None, limit: int = 20
    ) -> list[StoredItem]:
        filters = filters or Filters()
        query, years = search_index.split_years(query)
        if years and filters.year_from is None and filters.year_to is None:
            filters = replace(filters, year_from=min(years), year_to=max(years))
        if years and not query.strip():
            return list(itertools.islice(self.select(filters), limit))
        where, params = self._where(filters)
        found: dict[int, StoredItem] = {}
        for table, expression, order in search_index.searches(query):
            if len(found) >= limit:
                break
            rows = self.conn.execute(
                f"SELECT items.id, items.data FROM {table} JOIN items ON items.id = {table}.rowid"
                f" WHERE {table} MATCH ? AND {where} ORDER BY {order} LIMIT ?",
                [expression, *params, limit],
            )
            for rowid, data in rows.fetchall():
                if rowid not in found and len(found) < limit:
                    found[rowid] = self._stored(rowid, data)
        return list(found.values())

    def same_key(self, kind: str, value: str, limit: int) -> list[int]:
        rows = self.conn.execute(
            "SELECT item FROM match_keys WHERE kind = ? AND value = ? ORDER BY item LIMIT ?",
            (kind, value, limit),
        )
        return [rowid for (rowid,) in rows]

    def key_groups(self, kind: str) -> Iterator[list[int]]:
        rows = self.conn.execute(
            "SELECT value, item FROM match_keys WHERE kind = ? AND value IN ("
            " SELECT value FROM match_keys WHERE kind = ? GROUP BY value HAVING COUNT(*) > 1)"
            " ORDER BY value, item",
            (kind, kind),
        ).fetchall()
        group: list[int] = []
        current = None
        for value, rowid in rows:
            if value != current and len(group) > 1:
                yield group
            if value != current:
                group, current = [], value
            group.append(rowid)
        if len(group) > 1:
            yield group

    def provenance(self, rowid: int) -> list[tuple[str, str | None, str]]:
        rows = self.conn.execute(
            "SELECT imports.source, provenance.location, imports.time FROM provenance"
            " JOIN imports ON imports.id = provenance.import WHERE provenance.item = ?"
            " ORDER BY imports.id",
            (rowid,),
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]

    def history(self, rowid: int) -> list[HistoryEntry]:
        rows = self.conn.execute(
            "SELECT time, action, before, after, note FROM history WHERE item = ? ORDER BY id",
            (rowid,),
        )
        return [
            HistoryEntry(
                time,
                action,
                json.loads(before) if before else None,
                json.loads(after) if after else None,
                json.loads(note),
            )
            for time, action, before, after, note in rows
        ]

    def count(self) -> int:
        return int(self.conn.execute("SELECT COUNT(*) FROM items").fetchone()[0])

    def close(self) -> None:
        self.conn.close()
