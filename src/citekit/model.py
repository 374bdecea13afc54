"""The one data model: CSL-JSON items as plain dicts, typed for readers and editors.

Every stage of citekit takes and returns lists of ``CSLItem``. Fields the CSL schema
lacks (romanized or translated titles, parser confidence, provenance) live under the
item's ``custom`` object, never as new top-level keys.
"""

from __future__ import annotations

from typing import Any, TypedDict

Name = TypedDict(
    "Name",
    {
        "family": str,
        "given": str,
        "literal": str,
        "suffix": str,
        "dropping-particle": str,
        "non-dropping-particle": str,
    },
    total=False,
)
"""A CSL name: a person (``family``/``given``) or an organisation (``literal``)."""


CSLItem = dict[str, Any]
"""One CSL-JSON item. A plain dict so that any CSL variable can be carried through."""

NAME_FIELDS = (
    "author",
    "editor",
    "translator",
    "container-author",
    "collection-editor",
    "composer",
    "director",
    "interviewer",
    "recipient",
    "reviewed-author",
)
DATE_FIELDS = ("issued", "accessed", "event-date", "original-date", "submitted")


def date_parts(item: CSLItem, field: str) -> list[int] | None:
    """Return the first date-parts list of a date field (``[2023, 2, 7]``), or None."""
    value = item.get(field)
    if not isinstance(value, dict):
        return None
    parts = value.get("date-parts")
    if not parts or not isinstance(parts, list) or not parts[0]:
        return None
    try:
        return [int(p) for p in parts[0]]
    except (TypeError, ValueError):
        return None


def make_date(*parts: int) -> dict[str, list[list[int]]]:
    """Build a CSL date from year, month, day (trailing parts optional)."""
    return {"date-parts": [[p for p in parts if p]]}


def custom(item: CSLItem) -> dict[str, Any]:
    """Return the item's ``custom`` object, creating it if needed."""
    value = item.get("custom")
    if not isinstance(value, dict):
        value = {}
        item["custom"] = value
    return value
