"""Better BibTeX JSON exports (``{"config": ..., "collections": ..., "items": [...]}``).

Items carry Zotero's own field names (``itemType``, ``caseName``, ``creators``...), not
CSL's, so they are mapped the way the ``zotero.sqlite`` reader maps them.
"""

from __future__ import annotations

import json
from typing import Any

from ..errors import InputError
from .result import ReadResult
from .zotero import ZoteroItem, is_reference
from .zotero_sqlite import zotero_result

_META = {
    "itemID",
    "itemKey",
    "key",
    "itemType",
    "creators",
    "tags",
    "attachments",
    "notes",
    "relations",
    "uri",
    "libraryID",
    "dateAdded",
    "dateModified",
    "version",
    "collections",
    "select",
    "citekey",
    "multi",
    "cslType",
}


def read_bbt_json(text: str, name: str = "<input>") -> ReadResult:
    """The items of a Better BibTeX JSON export as CSL-JSON."""
    try:
        data = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid Better BibTeX JSON: {exc.msg} (column {exc.colno})",
            file=name,
            line=exc.lineno,
        ) from exc
    except RecursionError as exc:
        raise InputError("invalid Better BibTeX JSON: nested too deeply", file=name) from exc
    if not isinstance(data, dict) or not isinstance(data.get("items"), list):
        raise InputError("Better BibTeX JSON must hold an items list", file=name)
    paths = _collection_paths(data.get("collections"))
    found: list[tuple[ZoteroItem, str | None]] = []
    for entry in data["items"]:
        if not isinstance(entry, dict) or not is_reference(str(entry.get("itemType", ""))):
            continue
        zitem = ZoteroItem(str(entry.get("itemType") or "document"))
        for key, value in entry.items():
            if (
                key not in _META
                and isinstance(value, (str, int, float))
                and not isinstance(value, bool)
            ):
                zitem.fields[key] = str(value)
        if entry.get("citekey") and "citationKey" not in zitem.fields:
            zitem.fields["citationKey"] = str(entry["citekey"])
        for creator in entry.get("creators") or []:
            if isinstance(creator, dict):
                zitem.creators.append({k: str(v) for k, v in creator.items()})
        for tag in entry.get("tags") or []:
            label = tag.get("tag") if isinstance(tag, dict) else tag
            if isinstance(label, str) and label:
                zitem.tags.append(label)
        for attachment in entry.get("attachments") or []:
            if isinstance(attachment, dict):
                zitem.attachments.append(
                    {
                        "title": str(attachment.get("title") or ""),
                        "url": str(attachment.get("url") or ""),
                        "content-type": str(attachment.get("contentType") or ""),
                    }
                )
        zitem.collections = paths.get(entry.get("itemID"), [])
        found.append((zitem, str(entry.get("itemKey") or entry.get("key") or "") or None))
    return zotero_result(found, "bbt-json")


def _collection_paths(collections: Any) -> dict[Any, list[str]]:
    """itemID → the ``Parent/Child`` paths of the collections holding it."""
    if not isinstance(collections, dict):
        return {}
    table = {key: value for key, value in collections.items() if isinstance(value, dict)}

    def path(key: str) -> str:
        parts: list[str] = []
        seen: set[str] = set()
        current: Any = key
        while isinstance(current, str) and current in table and current not in seen:
            seen.add(current)
            parts.append(str(table[current].get("name") or ""))
            current = table[current].get("parent")
        return "/".join(reversed(parts))

    members: dict[Any, list[str]] = {}
    for key, collection in table.items():
        for item_id in collection.get("items") or []:
            members.setdefault(item_id, []).append(path(key))
    return members
