"""The on-disk cache of observations and archive lookups (SQLite, in the user's cache dir).

Each write is an SQLite transaction, so a crash leaves the previous state, never a torn row.
"""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

import platformdirs

from ..errors import InputError
from .observation import Observation

UNCACHED_ERRORS = ("refused", "invalid", "offline")  # depend on options, not on the site
_SCHEMA = """
CREATE TABLE IF NOT EXISTS observations (
    url TEXT PRIMARY KEY, fetched REAL NOT NULL, data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS snapshots (
    url TEXT NOT NULL, stamp TEXT NOT NULL, fetched REAL NOT NULL, snapshot TEXT,
    PRIMARY KEY (url, stamp));
CREATE TABLE IF NOT EXISTS lookups (
    key TEXT PRIMARY KEY, fetched REAL NOT NULL, data TEXT NOT NULL);
"""


def default_path() -> Path:
    """``links.sqlite3`` in the platform's user cache directory for citekit."""
    return platformdirs.user_cache_path("citekit") / "links.sqlite3"


class Cache:
    """Fresh-enough observations and snapshots by URL; writes are batched in transactions."""

    def __init__(self, path: str | Path | None = None, *, max_age: float = 86400.0) -> None:
        self.path = Path(path) if path else default_path()
        self.max_age = max_age
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=30)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise InputError(
                f"cannot use this link cache ({exc}): give another --cache-file, or --no-cache",
                file=str(self.path),
            ) from exc
        self._pending = 0

    def _fresh_after(self) -> float:
        return time.time() - self.max_age

    def observation(self, url: str) -> Observation | None:
        """A cached observation of ``url`` younger than ``max_age``, or None."""
        row = self._db.execute(
            "SELECT data FROM observations WHERE url = ? AND fetched >= ?",
            (url, self._fresh_after()),
        ).fetchone()
        if not row:
            return None
        data = json.loads(row[0])
        if "page_read" not in data and 200 <= (data.get("status") or 0) < 300:
            return None  # cached before pages' metadata was kept: fetch it again
        return Observation.from_dict(data)

    def store(self, url: str, obs: Observation) -> None:
        """Remember an observation (not refusals, which depend on options)."""
        if obs.error in UNCACHED_ERRORS:
            return
        self._db.execute(
            "INSERT OR REPLACE INTO observations VALUES (?, ?, ?)",
            (url, time.time(), json.dumps(obs.to_dict(), ensure_ascii=False)),
        )
        self._tick()

    def snapshot(self, url: str, stamp: str) -> tuple[bool, str | None]:
        """``(found, snapshot_url_or_None)`` for a fresh archive lookup."""
        row = self._db.execute(
            "SELECT snapshot FROM snapshots WHERE url = ? AND stamp = ? AND fetched >= ?",
            (url, stamp, self._fresh_after()),
        ).fetchone()
        return (True, row[0]) if row else (False, None)

    def store_snapshot(self, url: str, stamp: str, snapshot: str | None) -> None:
        """Remember an archive lookup, including "no snapshot"."""
        self._db.execute(
            "INSERT OR REPLACE INTO snapshots VALUES (?, ?, ?, ?)",
            (url, stamp, time.time(), snapshot),
        )
        self._tick()

    def lookup(self, key: str) -> Any:
        """A fresh metadata lookup (``doi:…``, ``isbn:…``) as stored, or None."""
        row = self._db.execute(
            "SELECT data FROM lookups WHERE key = ? AND fetched >= ?", (key, self._fresh_after())
        ).fetchone()
        return json.loads(row[0]) if row else None

    def store_lookup(self, key: str, data: Any) -> None:
        """Remember a metadata lookup's answer (a record, or that the source does not know it)."""
        self._db.execute(
            "INSERT OR REPLACE INTO lookups VALUES (?, ?, ?)",
            (key, time.time(), json.dumps(data, ensure_ascii=False)),
        )
        self._tick()

    def _tick(self) -> None:
        self._pending += 1
        if self._pending >= 200:
            self.commit()

    def commit(self) -> None:
        """Make pending writes durable (one transaction)."""
        self._db.commit()
        self._pending = 0

    def clear(self) -> None:
        """Forget everything."""
        self._db.execute("DELETE FROM observations")
        self._db.execute("DELETE FROM snapshots")
        self._db.execute("DELETE FROM lookups")
        self.commit()

    def close(self) -> None:
        """Commit and close."""
        self.commit()
        self._db.close()
