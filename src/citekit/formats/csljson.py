"""CSL-JSON: the native format (a JSON list of items, or one item)."""

from __future__ import annotations

import json
from functools import lru_cache

from ..errors import InputError
from ..model import CSLItem
from ..packagedata import data_json


def looks_like_csl_json(text: str) -> bool:
    """True when the text starts like a JSON array of objects or a JSON object.

    ``[1] Hong J, ...`` (a numbered reference list) is not JSON: after ``[`` must come
    ``{`` or ``]`` (or the whole text must be JSON), after ``{`` a quoted key or ``}``.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if head[:1] not in ("[", "{"):
        return False
    following = head[1:].lstrip(" \t\r\n")[:1]
    if head[0] == "{":
        return following in ('"', "}")
    return following in ("{", "]") or _is_json(head)


def _is_json(text: str) -> bool:
    """True when the whole text is JSON (``[1, "x"]`` is malformed CSL-JSON, not a list)."""
    try:
        json.loads(text)
    except RecursionError:
        return True  # JSON nested too deeply: read_csl_json says so
    except ValueError:
        return False
    return True


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    """Exporters' non-standard variable names → CSL names (``csl-aliases.json``)."""
    data = data_json(__package__, "csl-aliases.json")
    return {key: value for key, value in data.items() if not key.startswith("_")}


def read_csl_json(text: str, name: str = "<input>") -> list[CSLItem]:
    """Parse CSL-JSON text into items; errors name the line."""
    try:
        data = json.loads(text, parse_int=_whole_number)
    except json.JSONDecodeError as exc:
        raise InputError(
            f"invalid CSL-JSON: {exc.msg} (column {exc.colno})", file=name, line=exc.lineno
        ) from exc
    except RecursionError as exc:
        raise InputError("invalid CSL-JSON: nested too deeply", file=name) from exc
    if isinstance(data, dict):
        data = data.get("items", [data]) if "items" in data else [data]
    if not isinstance(data, list):
        raise InputError("CSL-JSON must be a list of objects", file=name)
    for number, entry in enumerate(data, start=1):
        if not isinstance(entry, dict):
            shown = json.dumps(entry, ensure_ascii=False)[:40]
            raise InputError(f"CSL-JSON items must be objects; item {number} is {shown}", file=name)
    items: list[CSLItem] = []
    for entry in data:
        item = {
            _aliases().get(key, key) if _aliases().get(key) not in entry else key: value
            for key, value in entry.items()
        }
        items.append(item)  # ids, types and field types: ``csl_types.checked_items``
    return items


def _whole_number(text: str) -> int | str:
    """A JSON integer; one too long for ``int()`` (4,300 digits) is kept as its digits."""
    return int(text) if len(text) <= 4000 else text


def dumps_csl_json(items: list[CSLItem]) -> str:
    """Serialise items as pretty, UTF-8-readable CSL-JSON (never ``NaN``: that is not JSON)."""
    return json.dumps(items, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
