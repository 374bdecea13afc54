"""The library's schema, built by numbered migrations so any older file can be upgraded.

Each migration is a list of steps: an SQL statement, or a function that gets the
connection (to fill a new table from the items already there). The version is kept in
the ``meta`` table, in plain SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from ..errors import InputError
from . import search_index
from .fields import search_text
from .keys import match_keys

Step = str | Callable[[sqlite3.Connection], None]

V1 = [
    "CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
    """CREATE TABLE items (
        id INTEGER PRIMARY KEY,
        citekey TEXT NOT NULL UNIQUE,
        data TEXT NOT NULL,
        type TEXT NOT NULL,
        year INTEGER,
        language TEXT,
        title TEXT NOT NULL,
        first_author TEXT NOT NULL,
        added TEXT NOT NULL,
        modified TEXT NOT NULL)""",
    "CREATE INDEX items_year ON items(year)",
    "CREATE INDEX items_type ON items(type)",
    "CREATE INDEX items_language ON items(language)",
    "CREATE TABLE imports (id INTEGER PRIMARY KEY, source TEXT NOT NULL, time TEXT NOT NULL)",
    """CREATE TABLE provenance (
        item INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        import INTEGER NOT NULL REFERENCES imports(id),
        location TEXT)""",
    "CREATE INDEX provenance_item ON provenance(item)",
    """CREATE TABLE tags (
        item INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        tag TEXT NOT NULL,
        PRIMARY KEY (item, tag))""",
    "CREATE INDEX tags_tag ON tags(tag)",
    """CREATE TABLE history (
        id INTEGER PRIMARY KEY,
        item INTEGER NOT NULL,
        time TEXT NOT NULL,
        action TEXT NOT NULL,
        before TEXT,
        after TEXT,
        note TEXT NOT NULL)""",
    "CREATE INDEX history_item ON history(item)",
]


def _items(conn: sqlite3.Connection) -> list[tuple[int, dict]]:
    return [(rowid, json.loads(data)) for rowid, data in conn.execute("SELECT id, data FROM items")]


def _fill_match_keys(conn: sqlite3.Connection) -> None:
    for rowid, item in _items(conn):
        conn.executemany(
            "INSERT INTO match_keys(item, kind, value) VALUES (?, ?, ?)",
            [(rowid, kind, value) for kind, value in match_keys(item)],
        )


def fill_search_index(conn: sqlite3.Connection) -> None:
    """Index every item for search (after a migration or a reindex)."""
    for rowid, item in _items(conn):
        search_index.add(conn, rowid, search_text(item))


V2: list[Step] = [
    """CREATE TABLE match_keys (
        item INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        value TEXT NOT NULL)""",
    "CREATE INDEX match_keys_value ON match_keys(kind, value)",
    "CREATE INDEX match_keys_item ON match_keys(item)",
    _fill_match_keys,
]

V3: list[Step] = [*search_index.SCHEMA, fill_search_index]

MIGRATIONS: list[list[Step]] = [V1, V2, V3]
VERSION = len(MIGRATIONS)


def version(conn: sqlite3.Connection) -> int:
    """The schema version of an open library (0 for a new, empty file)."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE name = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def migrate(conn: sqlite3.Connection, name: str, target: int = VERSION) -> None:
    """Bring the schema up to ``target``, one migration per transaction."""
    current = version(conn)
    if current > VERSION:
        raise InputError(
            f"library schema version {current} is newer than this citekit knows ({VERSION}); "
            "upgrade citekit",
            file=name,
        )
    for number in range(current + 1, target + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) >= number:  # another process migrated while we waited
                conn.execute("ROLLBACK")
                continue
            for step in MIGRATIONS[number - 1]:
                if callable(step):
                    step(conn)
                else:
                    conn.execute(step)
            conn.execute("DELETE FROM meta WHERE name = 'schema_version'")
            conn.execute(
                "INSERT INTO meta(name, value) VALUES ('schema_version', ?)", (str(number),)
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
