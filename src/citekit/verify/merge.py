"""Filling and correcting an item from its source, recording where each value came from.

Only missing fields are filled, unless corrections are asked for; a value cut short by the
source, or a portal's name as the outlet, is never used. Each filled or corrected value is
recorded under ``custom.verified``: ``{field: {"source", "via", "at"[, "was"]}}``.
"""

from __future__ import annotations

import copy
from typing import Any

from ..model import CSLItem
from .compare import Difference
from .record import SourceRecord

FILLABLE = (
    "title", "author", "editor", "container-title", "issued", "publisher", "publisher-place",
    "volume", "issue", "page", "DOI", "ISBN", "ISSN", "number-of-pages",
)  # fmt: skip


def fill(item: CSLItem, record: SourceRecord, at: str) -> list[str]:
    """Fill ``item``'s missing fields from ``record`` (in place); return the fields filled."""
    filled: list[str] = []
    for name in FILLABLE:
        if name in record.truncated or _present(item.get(name)) or name not in record.fields:
            continue
        item[name] = copy.deepcopy(record.fields[name])  # type: ignore[literal-required]
        _note(item, name, record, at)
        filled.append(name)
    return filled


def correct(item: CSLItem, difference: Difference, at: str, record: SourceRecord) -> None:
    """Replace one differing value by the source's (only safe differences are passed)."""
    was = item.get(difference.field)  # type: ignore[misc]
    item[difference.field] = copy.deepcopy(difference.theirs)  # type: ignore[literal-required]
    _note(item, difference.field, record, at, was=was)


def _note(item: CSLItem, name: str, record: SourceRecord, at: str, **extra: Any) -> None:
    custom = item.setdefault("custom", {})  # type: ignore[typeddict-item]
    verified = custom.setdefault("verified", {})
    verified[name] = {"source": record.source, "via": record.via.get(name, ""), "at": at, **extra}


def _present(value: Any) -> bool:
    return value not in (None, "", [], {})
