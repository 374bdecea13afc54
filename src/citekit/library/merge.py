"""Merging two records of one work so that no field is lost, and the better value wins.

Where both records have a field with different values, or only one has it, the value
kept is chosen by, in order: a value that validates over one that does not (a page range
over the page it starts with, a name list of real names over a parser's ``HL``, a
language that the title's script or words agree with); a structured source's value
(BibTeX, CSL-JSON, RIS...) over a parsed informal reference's; else the surviving
record's. Every choice, with its reason, goes to the survivor's history.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .. import rx
from ..model import NAME_FIELDS, CSLItem

_PAGE_RANGE = rx.compile(r"^\s*([A-Za-z]?[0-9]+)\s*(?:[-\u2013\u2014]+\s*([A-Za-z]?[0-9]+))?\s*$")
_ABBREVIATION = rx.compile(r"^[A-Z]{1,4}$")
_EDITION_NOISE = rx.compile(r"\b(?:edn|ed\.|edition|updated|revised)\b|[()\[\]]", re.I)


def is_parsed(item: CSLItem, locations: Sequence[str | None] = ()) -> bool:
    """Whether a record came from a parsed informal reference (``line 12`` provenance, or
    the parser's ``custom.parse-confidence``) rather than a structured file."""
    custom = item.get("custom")
    if isinstance(custom, dict) and "parse-confidence" in custom:
        return True
    return any(str(where or "").startswith("line ") for where in locations)


def _valid_names(value: Any) -> bool:
    if not isinstance(value, list) or not value:
        return False
    for name in value:
        if not isinstance(name, dict):
            return False
        family = str(name.get("family") or name.get("literal") or "")
        if not family.strip():
            return False
        if not name.get("given") and _ABBREVIATION.match(family):
            return False  # "HL", "CA": a court or an abbreviation taken for a person
    return True


def _valid_language(value: Any, item: CSLItem) -> bool:
    from ..lang.detect import detect_language

    if not isinstance(value, str) or not re.match(r"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*$", value):
        return False
    title = item.get("title")
    if not isinstance(title, str) or not title.strip():
        return True
    found = detect_language(title)
    return found is None or found == value.split("-")[0].lower()


def validates(field: str, value: Any, item: CSLItem) -> bool:
    """Whether ``value`` is a plausible ``field`` of ``item`` (unknown fields: yes)."""
    if value in (None, "", [], {}):
        return False
    if field in NAME_FIELDS:
        return _valid_names(value)
    if field == "language":
        return _valid_language(value, item)
    if field == "page":
        return isinstance(value, str | int) and bool(_PAGE_RANGE.match(str(value)))
    if field in ("publisher", "publisher-place"):
        return isinstance(value, str) and not _EDITION_NOISE.search(value)
    return True


def _page_covers(longer: Any, shorter: Any) -> bool:
    """``123-150`` covers ``123``: the same first page, with an end."""
    a, b = _PAGE_RANGE.match(str(longer)), _PAGE_RANGE.match(str(shorter))
    return bool(a and b and a.group(2) and not b.group(2) and a.group(1) == b.group(1))


def choose(
    field: str, kept: Any, other: Any, *, item: CSLItem, kept_parsed: bool, other_parsed: bool
) -> tuple[bool, str]:
    """(True if ``other``'s value wins, the reason) for one field both records have."""
    if field == "page" and _page_covers(other, kept):
        return True, "a page range over its first page"
    if field == "page" and _page_covers(kept, other):
        return False, "a page range over its first page"
    kept_ok, other_ok = validates(field, kept, item), validates(field, other, item)
    if kept_ok != other_ok:
        return other_ok, "a value that validates"
    if kept_parsed and not other_parsed:
        return True, "a structured source over a parsed reference"
    if other_parsed and not kept_parsed:
        return False, "a structured source over a parsed reference"
    return False, "the surviving record's value"


def merge_items(
    keep: CSLItem, other: CSLItem, *, keep_parsed: bool = False, other_parsed: bool = False
) -> tuple[CSLItem, dict[str, list[Any]], dict[str, dict[str, Any]]]:
    """``keep`` and ``other`` merged into one record.

    Returns the merged item, the conflicts (fields both have with different values, as
    ``{field: [kept, other's]}``, the value kept first) and the choices
    (``{field: {"kept", "over", "why"}}``, also for a field only one record has whose
    value was not taken because it does not validate).
    """
    merged = dict(keep)
    conflicts: dict[str, list[Any]] = {}
    choices: dict[str, dict[str, Any]] = {}
    context = {**other, **keep}
    for name, value in other.items():
        if name == "id":
            continue
        if name == "custom" and isinstance(value, dict) and isinstance(merged.get(name), dict):
            inner, inner_conflicts, _ = merge_items(merged[name], value)
            merged[name] = inner
            conflicts.update({f"custom.{k}": v for k, v in inner_conflicts.items()})
        elif name not in merged or merged[name] in (None, "", [], {}):
            if validates(name, value, context) or not other_parsed:
                merged[name] = value
            else:
                choices[name] = {"kept": None, "over": value, "why": "a value that validates"}
        elif merged[name] != value:
            wins, why = choose(
                name, merged[name], value, item=context,
                kept_parsed=keep_parsed, other_parsed=other_parsed,
            )  # fmt: skip
            old = merged[name]
            if wins:
                merged[name] = value
            conflicts[name] = [merged[name], old if wins else value]
            choices[name] = {"kept": merged[name], "over": conflicts[name][1], "why": why}
    if keep_parsed and not other_parsed:
        checked = (*NAME_FIELDS, "language", "page", "publisher")
        for name, value in keep.items():  # the survivor's own unvalidated parsed fields
            if name in checked and name not in other and not validates(name, value, context):
                del merged[name]
                choices[name] = {"kept": None, "over": value, "why": "a value that validates"}
    custom = merged.get("custom")
    if keep_parsed != other_parsed and isinstance(custom, dict):  # now a structured record
        merged["custom"] = {k: v for k, v in custom.items() if k != "parse-confidence"}
        if not merged["custom"]:
            del merged["custom"]
    return merged, conflicts, choices
