"""CSL dates to and from the ISO 8601 / EDTF strings BibLaTeX and CSL-YAML use.

``2023``, ``2023-02``, ``2023-02-07``, ranges ``2023-02-07/2023-03-01``, open ranges
``2023/..``, approximate years ``2023~`` (CSL ``circa``) and seasons ``2023-21`` (spring;
CSL ``season`` 1-4) are understood; anything else is not a date these formats can hold.
"""

from __future__ import annotations

from typing import Any

from .. import rx

_PART = rx.compile(r"^(-?[0-9]{1,4})(?:-([0-9]{2}))?(?:-([0-9]{2}))?(~|\?|%)?$")
_SEASONS = range(21, 25)


def _parse_one(text: str) -> tuple[list[int], dict[str, Any]] | None:
    match = _PART.match(text.strip())
    if not match:
        return None
    year, month, day, qualifier = match.groups()
    extra: dict[str, Any] = {}
    parts = [int(year)]
    if month:
        number = int(month)
        if number in _SEASONS and not day:
            extra["season"] = number - 20
        elif 1 <= number <= 12:
            parts.append(number)
        else:
            return None
    if day:
        if not 1 <= int(day) <= 31:
            return None
        parts.append(int(day))
    if qualifier:
        extra["circa"] = True
    return parts, extra


def parse_edtf(text: str) -> dict[str, Any] | None:
    """A CSL date from an EDTF string, or None when the string is not one."""
    pieces = text.strip().split("/")
    if not 1 <= len(pieces) <= 2 or not pieces[0]:
        return None
    first = _parse_one(pieces[0])
    if first is None:
        return None
    date: dict[str, Any] = {"date-parts": [first[0]], **first[1]}
    if len(pieces) == 2 and pieces[1] not in ("", ".."):
        second = _parse_one(pieces[1])
        if second is None:
            return None
        date["date-parts"].append(second[0])
    elif len(pieces) == 2:
        date["date-parts"].append([0])
    return date


def format_edtf(date: Any) -> str | None:
    """The EDTF string of a CSL date, or None when it has none (a literal, say)."""
    if not isinstance(date, dict):
        return None
    parts = date.get("date-parts")
    if not parts:
        raw = date.get("raw")
        return raw if isinstance(raw, str) and parse_edtf(raw) else None
    if set(date) - {"date-parts", "circa", "season"}:
        return None
    try:
        texts = [_format_one([int(p) for p in part]) for part in parts[:2]]
    except (TypeError, ValueError):
        return None
    if None in texts:
        return None
    if date.get("season"):
        if len(parts[0]) != 1 or int(date["season"]) not in range(1, 5):
            return None
        texts[0] = f"{texts[0]}-{20 + int(date['season'])}"
    if date.get("circa"):
        texts[0] = f"{texts[0]}~"
    if len(texts) == 2 and texts[1] == "0":
        texts[1] = ".."
    return "/".join(t for t in texts if t)


def _format_one(parts: list[int]) -> str | None:
    if not parts or len(parts) > 3:
        return None
    if parts == [0]:
        return "0"
    year = f"{parts[0]:04d}" if parts[0] >= 0 else str(parts[0])
    return "-".join([year] + [f"{p:02d}" for p in parts[1:]])
