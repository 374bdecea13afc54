"""Field types of CSL items, made safe before anything uses them: one check for every path.

Hand-edited files put a string where CSL wants a list of names (``"author": "Hong J"``),
a year where it wants a date object, a number where it wants text. What can be read is
converted with a warning (a string name becomes a ``literal`` name, ``"2023-02-07"`` a
date, other date text a ``raw`` date, a number text); what cannot is dropped with an
error naming the item and field, so one bad field never stops the other items.

Every reader's items pass ``checked_items`` (ids too: a missing, null or empty id becomes
``itemN``, unique; a repeated id is skipped), and so do items handed to the renderer or a
writer (``safe_items``): what comes out is JSON that pandoc reads (no ``NaN``, no lone
surrogate, no fraction or 20-digit number where pandoc wants text, no date part it
cannot hold).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any

from .. import rx
from ..diagnostics import Diagnostic, Location
from ..digits import is_digits
from ..model import CSLItem
from ..packagedata import data_json, data_lines
from .edtf import parse_edtf

_MAX_DEPTH = 32
_DATE_KEYS = ("date-parts", "season", "circa", "literal", "raw", "edtf")


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    """CSL variable → ``strings``, ``numbers``, ``names`` or ``dates`` (csl-variables.json)."""
    data = data_json(__package__, "csl-variables.json")
    return {field: kind for kind, fields in data.items() if kind[:1] != "_" for field in fields}


def _kind(field: str) -> str | None:
    if field in ("custom", "categories"):
        return field
    return _kinds().get(field)


def checked_items(
    items: list[CSLItem], name: str, *, ids: bool = True
) -> tuple[list[CSLItem], list[Diagnostic]]:
    """``items`` with every field of the type CSL wants, and what was changed (in place).

    With ``ids``, a missing, null or empty id becomes ``itemN`` (N its place, made unique)
    and an item repeating an earlier id is skipped with an error.
    """
    diagnostics: list[Diagnostic] = []
    kept: list[CSLItem] = []
    for number, item in enumerate(items, start=1):
        where = Location(file=name, item_id=_given_id(item.get("id")))
        for field in list(item):
            if field == "id":
                continue
            if _kind(field) is None:
                _set_aside(item, field, number, where, diagnostics)
                continue
            fixed, problem = _checked_field(field, item[field])
            if problem is None:
                continue
            severity = "error" if fixed is None else "warning"
            action = "dropped" if fixed is None else "read as " + _shown(fixed)
            message = f"item {number}: {field} {problem}: {action}"
            diagnostics.append(Diagnostic("csl-json-type", severity, message, where))
            if fixed is None:
                del item[field]
            else:
                item[field] = fixed
        _check_type(item, number, where, diagnostics)
        kept.append(item)
    if ids:
        kept = _unique_ids(kept, name, diagnostics)
    return kept, diagnostics


def safe_items(
    items: list[CSLItem], name: str = "<items>"
) -> tuple[list[CSLItem], list[Diagnostic]]:
    """Checked copies of ``items`` (the originals are untouched), for a renderer or writer.

    Something other than an object is left out with an error; ids are settled as on
    reading (``itemN`` for none, a repeated id skipped), so the output is valid CSL-JSON.
    """
    fresh: list[CSLItem] = []
    diagnostics: list[Diagnostic] = []
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            message = f"item {number} is {_shown(item)}, not an object: left out"
            diagnostics.append(Diagnostic("csl-json-type", "error", message, Location(file=name)))
            continue
        fresh.append(dict(item))  # every changed field gets a new value: no deeper copy needed
    checked, found = checked_items(fresh, name)
    return checked, diagnostics + found


def _set_aside(
    item: CSLItem, field: str, number: int, where: Location, diagnostics: list[Diagnostic]
) -> None:
    """A field CSL does not define: under its CSL name when only the case differs
    (pandoc reads ``TITLE`` as ``title``), else kept in ``custom`` (CSL's place for it)."""
    value = item.pop(field)
    canonical = _canonical().get(field.lower())
    if canonical and canonical not in item:
        fixed, problem = _checked_field(canonical, value)
        action = "dropped" if fixed is None else f"read as {canonical}"
        why = f" ({problem})" if problem else ""
        message = f"item {number}: {field} is not a CSL variable{why}: {action}"
        severity = "error" if fixed is None else "warning"
        diagnostics.append(Diagnostic("csl-json-type", severity, message, where))
        if fixed is not None:
            item[canonical] = fixed
        return
    fixed, problem = _checked_field(field, value)
    if fixed is None:
        message = f"item {number}: {field} {problem}: dropped"
        diagnostics.append(Diagnostic("csl-json-type", "error", message, where))
        return
    custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
    item["custom"] = {field: fixed, **custom}
    why = f" ({problem})" if problem else ""
    message = f"item {number}: {field} is not a CSL variable{why}: kept in custom"
    diagnostics.append(Diagnostic("csl-json-field", "warning" if problem else "info", message,
                                  where))


def _check_type(
    item: CSLItem, number: int, where: Location, diagnostics: list[Diagnostic]
) -> None:
    """``type`` is one of CSL's (``Book`` is ``book``); anything else is ``document``."""
    given = item.get("type")
    if given in _types():
        return
    guess = given.strip().lower().replace(" ", "-") if isinstance(given, str) else ""
    guess = guess if guess in _types() else guess.replace("-", "_")
    fixed = guess if guess in _types() else "document"
    if given not in (None, ""):
        message = f"item {number}: type {_shown(given)} is not a CSL type: read as {fixed}"
        diagnostics.append(Diagnostic("csl-json-type", "warning", message, where))
    item["type"] = fixed


@lru_cache(maxsize=1)
def _types() -> frozenset[str]:
    """The item types of CSL 1.0.2 (``csl-types.txt``)."""
    return frozenset(data_lines(__package__, "csl-types.txt"))


@lru_cache(maxsize=1)
def _canonical() -> dict[str, str]:
    return {field.lower(): field for field in _kinds()}


def _given_id(value: Any) -> str | None:
    """An id as text, or None for no usable id (missing, null, empty, not text or number)."""
    if isinstance(value, float) and math.isfinite(value):
        value = _number_text(value)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = _clean_text(str(value))[0].strip()
    return text or None


def _unique_ids(items: list[CSLItem], name: str, diagnostics: list[Diagnostic]) -> list[CSLItem]:
    """Ids as text, unique: ``itemN`` for none, a repeated id skipped with an error."""
    given = [_given_id(item.get("id")) for item in items]
    taken = {found for found in given if found}
    seen: set[str] = set()
    kept: list[CSLItem] = []
    for number, (item, found) in enumerate(zip(items, given, strict=True), start=1):
        if found is None:
            found, extra = f"item{number}", 1
            while found in taken:
                extra += 1
                found = f"item{number}-{extra}"
            taken.add(found)
        elif found in seen:
            message = f"item {number}: duplicate id {found!r}: skipped, the first one kept"
            diagnostics.append(Diagnostic(
                "csl-json-duplicate-id", "error", message, Location(file=name, item_id=found)))
            continue
        seen.add(found)
        item["id"] = found
        kept.append(item)
    return kept


def _checked_field(field: str, value: Any) -> tuple[Any, str | None]:
    """``(value to keep or None, what was wrong or None)`` for one field of any name."""
    if isinstance(value, str):  # most fields: nothing nested, at most a surrogate to clean
        value, changed = _clean_text(value)
        scrubbed = _SURROGATE_PROBLEM if changed else None
    else:
        deep, dirty = _survey(value)
        if deep:  # would exhaust the recursion of copy, json, yaml
            return None, f"is nested more than {_MAX_DEPTH} levels deep"
        scrubbed = None
        if dirty:
            value, scrubbed = _scrub(value)
            if value is _DROP:
                return None, scrubbed
    kind = _kind(field)
    fixed, problem = _check(kind, value) if kind else _unknown(value)
    return fixed, problem or scrubbed


def _survey(value: Any) -> tuple[bool, bool]:
    """Whether lists and objects in ``value`` nest more than ``_MAX_DEPTH`` deep, and
    whether anything in it needs ``_scrub`` (walked without recursing)."""
    dirty, stack = False, [(value, 0)]
    while stack:
        current, level = stack.pop()
        if level > _MAX_DEPTH:
            return True, dirty
        if isinstance(current, dict):
            dirty = dirty or not all(isinstance(k, str) and k.isascii() for k in current)
            stack.extend((child, level + 1) for child in current.values())
        elif isinstance(current, list):
            stack.extend((child, level + 1) for child in current)
        elif isinstance(current, str):
            dirty = dirty or _clean_text(current)[1]
        elif isinstance(current, float):
            dirty = dirty or not math.isfinite(current)
    return False, dirty


def _shown(value: Any) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, default=repr)[:60]
    except (ValueError, RecursionError):  # a cycle
        return repr(type(value).__name__)


def _check(kind: str, value: Any) -> tuple[Any, str | None]:
    """``(value to keep or None, what was wrong or None)``."""
    if kind == "custom":
        return (value, None) if isinstance(value, dict) else (None, "is not an object")
    if kind == "categories":
        if not isinstance(value, list):
            value = [value]
        kept = [str(entry) for entry in value if isinstance(entry, (str, int))]
        return kept or None, None if kept == value else "holds something other than text"
    if kind == "names":
        return _names(value)
    if kind == "dates":
        return _date(value)
    if isinstance(value, str):
        return value, None
    if isinstance(value, int) and not isinstance(value, bool):
        if kind == "numbers" and abs(value) < _BIG:
            return value, None
        return str(value), "is a number, not text"
    if isinstance(value, float):
        return _number_text(value), "is a fraction, not a whole number or text"
    return None, f"is {_shown(value)}, not text"


def _unknown(value: Any) -> tuple[Any, str | None]:
    """A field CSL does not define: kept, but a number pandoc cannot read becomes text."""
    if isinstance(value, float):
        return _number_text(value), "is a fraction, not a whole number or text"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= _BIG:
        return str(value), "is a number too large to render"
    return value, None


def _number_text(value: float) -> str:
    return str(int(value)) if value.is_integer() and abs(value) < _BIG else repr(value)


_DROP = object()
_SURROGATE_PROBLEM = "holds a lone surrogate (not a character)"
_SURROGATE = rx.compile("[\ud800-\udfff]")
_BIG = 2**53  # beyond this pandoc cannot read a number as an integer


def _scrub(value: Any) -> tuple[Any, str | None]:
    """``value`` without what JSON or UTF-8 cannot hold: NaN and infinities are dropped,
    lone surrogates become U+FFFD. Returns ``_DROP`` when nothing is left."""
    if isinstance(value, float) and not math.isfinite(value):
        return _DROP, f"is {value!r}, not a number"
    if isinstance(value, str):
        text, changed = _clean_text(value)
        return text, _SURROGATE_PROBLEM if changed else None
    if isinstance(value, list):
        parts = [_scrub(part) for part in value]
        kept = [part for part, _ in parts if part is not _DROP]
        return kept, next((problem for _, problem in parts if problem), None)
    if isinstance(value, dict):
        pairs = {_clean_text(str(k))[0]: _scrub(v) for k, v in value.items()}
        kept_map = {key: part for key, (part, _) in pairs.items() if part is not _DROP}
        return kept_map, next((problem for _, problem in pairs.values() if problem), None)
    return value, None


def _clean_text(text: str) -> tuple[str, bool]:
    """``text`` with lone surrogates replaced by U+FFFD, and whether there were any."""
    if text.isascii() or not _SURROGATE.search(text):
        return text, False
    return _SURROGATE.sub("\ufffd", text), True


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
        names.append({part: _name_part(part, text) for part, text in entry.items()
                      if text is not None and part in _NAME_PARTS})
    changed = names != value
    return names, "holds names written as text or numbers, or parts CSL lacks" if changed else None


_NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix",
               "literal", "comma-suffix", "static-ordering", "parse-names")
_NAME_FLAGS = ("comma-suffix", "static-ordering", "parse-names")


def _name_part(part: str, value: Any) -> Any:
    """Name parts are text (flags may be true or false); anything else becomes its text."""
    keep = (str, bool, int) if part in _NAME_FLAGS else (str,)
    return value if isinstance(value, keep) else str(value)


def _date(value: Any) -> tuple[Any, str | None]:
    if isinstance(value, (str, int)) and not isinstance(value, bool):
        return parse_edtf(str(value).strip()) or {"raw": str(value)}, "is not a date object"
    if not isinstance(value, dict):
        return None, f"is {_shown(value)}, not a date"
    parts = value.get("date-parts")
    rest = {key: _date_part(key, part) for key, part in value.items()
            if key != "date-parts" and key in _DATE_KEYS and part is not None}
    if "edtf" in rest:  # not a key of CSL 1.0.2's date: its text is the raw date
        text = rest.pop("edtf")
        rest.setdefault("raw", text)
    if parts is None or _good_parts(parts):
        date = {**rest, "date-parts": parts} if parts is not None else rest
        if date == value:
            return value, None
        return (date, "has keys or values a CSL date lacks") if date else (None, "is empty")
    if rest.get("raw") or rest.get("literal"):
        return rest, f"has unreadable date-parts {_shown(parts)}"
    return None, f"has unreadable date-parts {_shown(parts)}"


def _date_part(key: str, value: Any) -> Any:
    if key in ("season", "circa") and isinstance(value, (str, int, bool)):
        return value if key == "circa" or not isinstance(value, bool) else str(value)
    return value if isinstance(value, str) else str(value)


def _good_parts(parts: Any) -> bool:
    """date-parts is one or two lists of one to three whole numbers (or digit strings)."""
    if not isinstance(parts, list) or not 1 <= len(parts) <= 2:
        return False
    for part in parts:
        if not isinstance(part, list) or not 1 <= len(part) <= 3:
            return False
        for place, number in enumerate(part):
            whole = _whole(number)
            if whole is None or not _PART_RANGES[place][0] <= whole <= _PART_RANGES[place][1]:
                return False
    return True


_PART_RANGES = ((-999_999, 999_999), (0, 24), (0, 31))  # year; month or season (13-24); day


def _whole(number: Any) -> int | None:
    """A date part as a whole number (``2023`` or ``"2023"``), or None."""
    if isinstance(number, int) and not isinstance(number, bool):
        return number
    if isinstance(number, str):
        text = number.strip()
        digits = text[1:] if text.startswith("-") else text
        if is_digits(digits) and len(digits) <= 7:
            return int(text)
    return None
