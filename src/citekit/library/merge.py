"""Merging two records of one work so that no field is lost."""

from __future__ import annotations

from typing import Any

from ..model import CSLItem


def merge_items(keep: CSLItem, other: CSLItem) -> tuple[CSLItem, dict[str, list[Any]]]:
    """``keep`` completed with every field only ``other`` has.

    Returns the merged item and the conflicts: fields both have with different values,
    as ``{field: [kept, other's]}`` (the kept value wins; the other goes to history).
    """
    merged = dict(keep)
    conflicts: dict[str, list[Any]] = {}
    for name, value in other.items():
        if name == "id":
            continue
        if name not in merged or merged[name] in (None, "", [], {}):
            merged[name] = value
        elif name == "custom" and isinstance(value, dict) and isinstance(merged[name], dict):
            inner, inner_conflicts = merge_items(merged[name], value)
            merged[name] = inner
            conflicts.update({f"custom.{k}": v for k, v in inner_conflicts.items()})
        elif merged[name] != value:
            conflicts[name] = [merged[name], value]
    return merged, conflicts
