"""A Zotero library read straight from its ``zotero.sqlite`` database, safely while Zotero runs.

Zotero keeps its database open (often with an exclusive lock), so citekit never opens the
file itself: it copies the database (and its ``-wal`` journal, which holds the latest
changes) into a temporary directory and reads the copy. Nothing is ever written to the
user's database. Items in the trash, notes and annotations are left out; attachments are
kept on their parent item; collections are read as ``Parent/Child`` paths.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections import defaultdict
from pathlib import Path

from .. import rx
from ..errors import InputError
from ..keys import assign_keys
from .result import ReadResult
from .zotero import ZoteroItem, is_reference, to_csl

_DATA_DIR_PREF = rx.compile(r'user_pref\("extensions\.zotero\.dataDir",\s*"((?:[^"\\]|\\.)*)"\)')


def read_zotero_sqlite(path: str) -> ReadResult:
    """Every item of a Zotero database as CSL-JSON (read from a private copy)."""
    with tempfile.TemporaryDirectory(prefix="citekit-zotero-") as scratch:
        copy = Path(scratch) / "zotero.sqlite"
        try:
            shutil.copyfile(path, copy)
            for suffix in ("-wal",):
                if os.path.exists(path + suffix):
                    shutil.copyfile(path + suffix, str(copy) + suffix)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", file=path) from exc
        try:
            conn = sqlite3.connect(copy)
            try:
                zitems = _items(conn)
            finally:
                conn.close()
        except sqlite3.DatabaseError as exc:
            raise InputError(f"not a Zotero database ({exc})", file=path) from exc
    return zotero_result(zitems, "zotero-sqlite")


def zotero_result(zitems: list[tuple[ZoteroItem, str | None]], label: str) -> ReadResult:
    """Items mapped to CSL, with ``citation-key`` as id or a generated readable key."""
    result = ReadResult(label)
    items = [to_csl(zitem) for zitem, _ in zitems]
    for item, key in zip(items, assign_keys(items), strict=True):
        result.items.append({"id": key, **item})
    return result


def _table(conn: sqlite3.Connection, *names: str) -> str:
    """The first of ``names`` the database has (Zotero 7's ``...Combined`` tables first)."""
    have = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    for name in names:
        if name in have:
            return name
    raise sqlite3.DatabaseError(f"no {names[-1]} table")


def _items(conn: sqlite3.Connection) -> list[tuple[ZoteroItem, str | None]]:
    types = _table(conn, "itemTypesCombined", "itemTypes")
    fields = _table(conn, "fieldsCombined", "fields")
    have = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    deleted = (
        {row[0] for row in conn.execute("SELECT itemID FROM deletedItems")}
        if ("deletedItems" in have)
        else set()
    )
    rows = conn.execute(
        f"SELECT i.itemID, t.typeName, i.key FROM items i JOIN {types} t"
        " ON t.itemTypeID = i.itemTypeID ORDER BY i.itemID"
    ).fetchall()
    found: dict[int, ZoteroItem] = {}
    keys: dict[int, str] = {}
    for item_id, type_name, key in rows:
        if item_id not in deleted:
            found[item_id] = ZoteroItem(type_name)
            keys[item_id] = key
    for item_id, name, value in conn.execute(
        f"SELECT d.itemID, f.fieldName, v.value FROM itemData d JOIN {fields} f"
        " ON f.fieldID = d.fieldID JOIN itemDataValues v ON v.valueID = d.valueID"
    ):
        if item_id in found and value is not None:
            found[item_id].fields[name] = str(value)
    for item_id, first, last, mode, kind in conn.execute(
        "SELECT ic.itemID, c.firstName, c.lastName, c.fieldMode, ct.creatorType"
        " FROM itemCreators ic JOIN creators c ON c.creatorID = ic.creatorID"
        " JOIN creatorTypes ct ON ct.creatorTypeID = ic.creatorTypeID"
        " ORDER BY ic.itemID, ic.orderIndex"
    ):
        if item_id in found:
            found[item_id].creators.append(
                {
                    "firstName": first or "",
                    "lastName": last or "",
                    "fieldMode": str(mode or 0),
                    "creatorType": kind,
                }
            )
    if "collections" in have:
        for item_id, path in _collections(conn, have):
            if item_id in found:
                found[item_id].collections.append(path)
    if "itemTags" in have:
        for item_id, name in conn.execute(
            "SELECT it.itemID, t.name FROM itemTags it JOIN tags t ON t.tagID = it.tagID"
        ):
            if item_id in found:
                found[item_id].tags.append(name)
    if "itemAttachments" in have:
        for item_id, parent, content_type in conn.execute(
            "SELECT itemID, parentItemID, contentType FROM itemAttachments"
        ):
            child = found.get(item_id)
            if parent in found and child is not None:
                found[parent].attachments.append(
                    {
                        "title": child.fields.get("title", ""),
                        "url": child.fields.get("url", ""),
                        "content-type": content_type or "",
                    }
                )
    return [(z, keys[i]) for i, z in found.items() if is_reference(z.item_type)]


def _collections(conn: sqlite3.Connection, have: set[str]) -> list[tuple[int, str]]:
    """(item, ``Parent/Child`` path) for each item in a collection not in the trash."""
    deleted = (
        {row[0] for row in conn.execute("SELECT collectionID FROM deletedCollections")}
        if "deletedCollections" in have
        else set()
    )
    names: dict[int, tuple[str, int | None]] = {
        cid: (name, parent)
        for cid, name, parent in conn.execute(
            "SELECT collectionID, collectionName, parentCollectionID FROM collections"
        )
    }

    def path(cid: int) -> str | None:
        parts: list[str] = []
        seen: set[int] = set()
        current: int | None = cid
        while current is not None and current in names and current not in seen:
            if current in deleted:
                return None
            seen.add(current)
            name, current = names[current]
            parts.append(name)
        return "/".join(reversed(parts))

    paths = {cid: path(cid) for cid in names}
    members: dict[int, list[str]] = defaultdict(list)
    for cid, item_id in conn.execute("SELECT collectionID, itemID FROM collectionItems"):
        if paths.get(cid):
            members[item_id].append(str(paths[cid]))
    return [(item_id, p) for item_id, found in members.items() for p in found]


def find_zotero_database(home: str | None = None) -> Path:
    """The profile's ``zotero.sqlite``: the data directory set in a Zotero profile's
    ``prefs.js`` (``extensions.zotero.dataDir``), else ``~/Zotero``."""
    root = Path(home) if home else Path.home()
    profiles = [
        root / ".zotero" / "zotero",
        root / "Library" / "Application Support" / "Zotero" / "Profiles",
        Path(os.environ.get("APPDATA") or root / "AppData" / "Roaming")
        / "Zotero"
        / "Zotero"
        / "Profiles",
    ]
    candidates: list[Path] = []
    for folder in profiles:
        for prefs in sorted(folder.glob("*/prefs.js")) if folder.is_dir() else []:
            match = _DATA_DIR_PREF.search(prefs.read_text("utf-8", errors="replace"))
            if match:
                candidates.append(Path(match.group(1).encode().decode("unicode_escape")))
    candidates.append(root / "Zotero")
    for folder in candidates:
        if (folder / "zotero.sqlite").is_file():
            return folder / "zotero.sqlite"
    looked = ", ".join(str(folder) for folder in candidates)
    raise InputError(f"no Zotero database found (looked in {looked}); give its path instead")
