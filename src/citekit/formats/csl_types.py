"""Field types of CSL-JSON (and CSL-YAML) input items, made safe before anything uses them.

Hand-edited files put a string where CSL wants a list of names (``"author": "Hong J"``),
a year where it wants a date object, a number where it wants text. What can be read is
converted with a warning (a string name becomes a ``literal`` name, ``"2023-02-07"`` a
date, other date text a ``raw`` date, a number text); what cannot is dropped with an
error naming the item and field, so one bad field never stops the other items.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from ..diagnostics import Diagnostic, Location
from ..model import CSLItem
from ..packagedata import data_json
from .edtf import parse_edtf

_MAX_DEPTH = 32
_DATE_KEYS = ("date-parts", "season", "circa", "literal", "raw", "edtf")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """CSL variable → ``strings``, ``numbers``, ``names`` or ``dates`` (csl-variables.json)."""
    data = data_json(__package__, "csl-variables.json")
    return {field: kind for kind, fields in data.items() if kind[:1] != "_" for field in fields}


def checked_items(items: list[CSLItem], name: str) -> tuple[list[CSLItem], list[Diagnostic]]:
    """``items`` with every CSL variable of the type CSL wants, and what was changed."""
    diagnostics: list[Diagnostic] = []
    for number, item in enumerate(items, start=1):
        for field in list(item):
            kind = "custom" if field == "custom" else _kinds().get(field)
            value = item[field]
            if _depth(value) > _MAX_DEPTH:  # would exhaust the recursion of copy, json, yaml
                fixed, problem = None, f"is nested more than {_MAX_DEPTH} levels deep"
            else:
                fixed, problem = _check(kind, value) if kind else (value, None)
            if problem is None:
                continue
            severity = "error" if fixed is None else "warning"
            action = "dropped" if fixed is None else "read as " + _shown(fixed)
            message = f"item {number}: {field} {problem}: {action}"
            where = Location(file=name, item_id=str(item.get("id", "")) or None)
            diagnostics.append(Diagnostic("csl-json-type", severity, message, where))
            if fixed is None:
                del item[field]
            else:
                item[field] = fixed
        item.setdefault("type", "document")
    return items, diagnostics


def _depth(value: Any) -> int:
    """How deeply lists and objects nest in ``value`` (without recursing)."""
    deepest, stack = 0, [(value, 0)]
    while stack:
        current, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > _MAX_DEPTH:
            break
        children = current.values() if isinstance(current, dict) else current
        if isinstance(current, (dict, list)):
            stack.extend((child, level + 1) for child in children)
    return deepest


def _shown(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)[:60]


def _check(kind: str, value: Any) -> tuple[Any, str | None]:
    """``(value to keep or None, what was wrong or None)``."""
    if kind == "custom":
        return (value, None) if isinstance(value, dict) else (None, "is not an object")
    if kind == "names":
        return _names(value)
    if kind == "dates":
        return _date(value)
    if isinstance(value, str):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (value, None) if kind == "numbers" else (str(value), "is a number, not text")
    return None, f"is {_shown(value)}, not text"


def _names(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, str):
        return [{"literal": value}], "is text, not a list of names"
    if not isinstance(value, list):
        return None, f"is {_shown(value)}, not a list of names"
    names = []
    for entry in value:
        if isinstance(entry, str):
            entry = {"literal": entry}
        if not isinstance(entry, dict):
            return None, f"holds {_shown(entry)}, not a name"
        names.append({part: _text(text) for part, text in entry.items() if text is not None})
    changed = names != value
    return names, "holds names written as text or numbers" if changed else None


def _text(value: Any) -> Any:
    """Name parts are text; a number or other value becomes its text."""
    return value if isinstance(value, (str, bool)) else str(value)


def _date(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return parse_edtf(str(value).strip()) or {"raw": str(value)}, "is not a date object"
    if not isinstance(value, dict):
        return None, f"is {_shown(value)}, not a date"
    parts = value.get("date-parts")
    if parts is None or _good_parts(parts):
        return value, None
    rest = {key: part for key, part in value.items() if key != "date-parts" and key in _DATE_KEYS}
    if rest.get("raw") or rest.get("literal"):
        return rest, f"has unreadable date-parts {_shown(parts)}"
    return None, f"has unreadable date-parts {_shown(parts)}"


def _good_parts(parts: Any) -> bool:
    """date-parts is one or two lists of one to three whole numbers (or digit strings)."""
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return False
    for part in parts:
        if not isinstance(part, list) or not 1 <= len(part) <= 3:
            return False
        for number in part:
            if isinstance(number, bool) or not isinstance(number, (int, str)):
                return False
            if isinstance(number, str) and not number.strip().lstrip("-").isdigit():
                return False
    return True
