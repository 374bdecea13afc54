"""RIS (``TY  - JOUR`` ... ``ER  -``), as KCI, RISS, DBpia, Zotero and EndNote export it.

Each record becomes one item. Tags CSL has no variable for are kept under ``custom.ris``
so that writing the item back gives them back. Lines outside a record, records without
``ER`` and bad dates are reported with their line; the other records are still read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import rx
from ..diagnostics import Diagnostic, Location
from ..keys import assign_keys, loses_id
from ..model import CSLItem, date_parts
from ..packagedata import data_json
from .result import ReadResult, WriteResult, cannot_hold, problem

# two spaces before the dash as RIS writes it; one, as hand-made files do, is read too
_TAG_LINE = rx.compile(r"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?$")
_DATE = rx.compile(r"^([0-9]{4})(?:[/-]([0-9]{1,2})?(?:[/-]([0-9]{1,2})?)?)?[/-]?(?:[/-].*)?$")
_RECORD_START = rx.compile(r"^TY  -", re.MULTILINE)
_MULTI_LINE = {"AB", "N1"}
_LIST_TAGS = {"KW"}


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """The CSL ↔ RIS tables (``ris.json``)."""
    return data_json(__package__, "ris.json")


def looks_like_ris(text: str) -> bool:
    """True when the first non-blank line is a RIS tag line and some line opens a record."""
    for line in text.lstrip("\ufeff").splitlines():
        if line.strip():
            return bool(_TAG_LINE.match(line.rstrip())) and bool(_RECORD_START.search(text))
    return False


def read_ris(text: str, name: str = "<input>") -> ReadResult:
    """Items of a RIS file; problems come back as located diagnostics."""
    result = ReadResult("ris")
    record: list[tuple[str, str, int]] | None = None
    start = 0
    typed = bool(re.search(r"^TY {1,2}-", text, re.MULTILINE))
    for number, line in enumerate(text.lstrip("\ufeff").splitlines(), start=1):
        match = _TAG_LINE.match(line.rstrip())
        if not match:
            if line.strip() and record:
                tag, value, at = record[-1]
                joiner = "\n" if tag in _MULTI_LINE else " "
                record[-1] = (tag, f"{value}{joiner}{line.strip()}", at)
            elif line.strip():
                message = "text outside a record (records start with 'TY  - '), ignored"
                result.diagnostics.append(problem("ris-malformed", message, name, number))
            continue
        tag, value = match.group(1), (match.group(2) or "").strip()
        if tag == "TY":
            if record is not None:
                message = "record not closed with 'ER  - ' before the next 'TY'"
                result.diagnostics.append(problem("ris-malformed", message, name, start))
                _finish(record, name, result)
            record, start = [(tag, value, number)], number
        elif record is None and (tag == "ER" or typed):
            message = f"tag {tag} outside a record (records start with 'TY  - '), ignored"
            result.diagnostics.append(problem("ris-malformed", message, name, number))
        elif record is None:  # a file with no TY at all: each record is generic
            message = "record without 'TY  - ': read as a generic record (GEN)"
            result.diagnostics.append(
                Diagnostic("ris-no-type", "warning", message, Location(file=name, line=number))
            )
            record, start = [("TY", "GEN", number), (tag, value, number)], number
        elif tag == "ER":
            _finish(record, name, result)
            record = None
        else:
            record.append((tag, value, number))
    if record is not None:
        message = "last record not closed with 'ER  - '"
        result.diagnostics.append(problem("ris-malformed", message, name, start))
        _finish(record, name, result)
    renamed = {}
    for item, key in zip(result.items, assign_keys(result.items), strict=True):
        renamed[item["id"]], item["id"] = key, key
    result.diagnostics = [
        d.at(item_id=renamed.get(d.location.item_id or "")) for d in result.diagnostics
    ]
    return result


def _finish(record: list[tuple[str, str, int]], name: str, result: ReadResult) -> None:
    item, diagnostics = record_to_item(record, name, f"item{len(result.items) + 1}")
    result.items.append(item)
    result.diagnostics.extend(diagnostics)


def record_to_item(
    record: list[tuple[str, str, int]], name: str, fallback_id: str
) -> tuple[CSLItem, list[Diagnostic]]:
    """One CSL item from a record's ``(tag, value, line)`` triples."""
    data = tables()
    ty = record[0][1].upper()
    kind = next((k for k, v in data["types"].items() if v == ty), None)
    kind = kind or data["type_aliases"].get(ty, "document")
    item: CSLItem = {"id": fallback_id, "type": kind}
    reverse = {
        tag: csl for csl, tag in {**data["tags"], **data["tags_by_type"].get(kind, {})}.items()
    }
    names = {tag: csl for csl, tag in data["names"].items()}
    extra: dict[str, list[str]] = {}
    diagnostics: list[Diagnostic] = []
    pages: dict[str, str] = {}
    dates: dict[str, tuple[str, int]] = {}
    keywords: list[str] = []
    for raw_tag, value, line in record[1:]:
        tag = data["tag_aliases"].get(raw_tag, raw_tag)
        if not value:
            continue
        if tag in names:
            item.setdefault(names[tag], []).append(parse_ris_name(value))
        elif tag in ("SP", "EP") and tag not in pages:
            pages[tag] = value
        elif tag in ("PY", "DA", "Y2") and tag not in dates:
            dates[tag] = (value, line)
        elif tag == "KW":
            keywords.append(value)
        elif tag == "SN":
            variable = "ISBN" if kind in ("book", "chapter") or _looks_like_isbn(value) else "ISSN"
            _put(item, extra, variable, value, raw_tag)
        elif tag == "LA":
            _put(item, extra, "language", data["languages"].get(value.lower(), value), raw_tag)
        elif tag in reverse:
            _put(item, extra, reverse[tag], value, raw_tag)
        else:
            extra.setdefault(raw_tag, []).append(value)
    if pages:
        item["page"] = "-".join(pages[t] for t in ("SP", "EP") if t in pages)
    if keywords:
        item["keyword"] = ", ".join(keywords)
    for tag, variable in (("DA", "issued"), ("PY", "issued"), ("Y2", "accessed")):
        if tag not in dates or variable in item:
            continue
        value, line = dates[tag]
        date = parse_ris_date(value)
        if date is None:
            message = f"{tag} {value!r} is not a date (expected YYYY or YYYY/MM/DD)"
            diagnostics.append(problem("ris-bad-date", message, name, line, fallback_id))
            extra.setdefault(tag, []).append(value)
        else:
            item[variable] = date
    if "PY" in dates and "issued" in item and "DA" in dates:
        year = parse_ris_date(dates["PY"][0])
        if year is None or date_parts({"d": year}, "d")[:1] != date_parts(item, "issued")[:1]:
            extra.setdefault("PY", []).append(dates["PY"][0])
    if "citation-key" in item:
        item["id"] = item["citation-key"]
    if extra:
        item["custom"] = {"ris": extra}
    return item, diagnostics


def _put(item: CSLItem, extra: dict[str, list[str]], variable: str, value: str, tag: str) -> None:
    if variable in item:
        extra.setdefault(tag, []).append(value)
    else:
        item[variable] = value


def _looks_like_isbn(value: str) -> bool:
    digits = re.sub(r"[^0-9Xx]", "", value)
    return len(digits) in (10, 13) and not re.match(r"^[0-9]{4}-[0-9]{3}[0-9Xx]$", value.strip())


def parse_ris_name(value: str) -> dict[str, str]:
    """A CSL name from ``Family, Given[, Suffix]``; a name without a comma stays whole.

    RIS cannot mark particles, so ``van der Berg, Pieter`` keeps ``van der Berg`` as the
    family name; a name without a comma (an organisation, a Korean name written whole)
    is a literal.
    """
    parts = [part.strip() for part in value.split(",")]
    if len(parts) < 2 or not parts[0]:
        return {"literal": value.strip()}
    name = {"family": parts[0], "given": parts[1]}
    if len(parts) > 2:
        name["suffix"] = ", ".join(parts[2:])
    return {key: text for key, text in name.items() if text}


def parse_ris_date(value: str) -> dict[str, Any] | None:
    """A CSL date from ``2023``, ``2023/02/07``, ``2023/02//`` or ``2023-02-07``."""
    match = _DATE.match(value.strip())
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p]
    if len(parts) > 1 and not 1 <= parts[1] <= 12 or len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return {"date-parts": [parts]}


def write_ris(items: list[CSLItem]) -> WriteResult:
    """RIS text for ``items`` and a warning for each item that lost fields."""

    lines: list[str] = []
    result = WriteResult("ris", "")
    for item, key in zip(items, assign_keys(items), strict=True):
        tags, lost = item_tags(item, key)
        lost += ["id"] if loses_id(item, key) else []
        lines += [f"{tag}  - {value}" for tag, value in tags] + ["ER  - ", ""]
        if lost:
            result.diagnostics.append(cannot_hold("RIS", str(item.get("id", key)), lost))
    result.text = "\n".join(lines)
    return result


def item_tags(item: CSLItem, key: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The ``(tag, value)`` lines of one item and the CSL variables RIS cannot hold."""
    data = tables()
    kind = str(item.get("type") or "document")
    mapping = {**data["tags"], **data["tags_by_type"].get(kind, {})}
    tags: list[tuple[str, str]] = [("TY", data["types"].get(kind, "GEN"))]
    lost = [] if kind in data["types"] else [f"type ({kind})"]
    used: set[str] = set()

    def put(tag: str, value: str, variable: str) -> None:
        if tag in used:
            lost.append(variable)
        else:
            used.add(tag)
            tags.append((tag, value))

    for variable, value in item.items():
        if variable in ("id", "type") or value in (None, "", []):
            continue
        if variable in data["names"] and isinstance(value, list):
            for name in value:
                tags.append((data["names"][variable], format_ris_name(name)))
            if any("particle" in key for name in value for key in name):
                lost.append(f"{variable} (particles)")
        elif variable in data["dates"]:
            text = _format_date(value)
            if text is None:
                lost.append(variable)
            else:
                if variable == "issued":
                    put("PY", text.split("/")[0], variable)
                if variable != "issued" or "/" in text:
                    put(data["dates"][variable], text, variable)
        elif variable == "page":
            first, _, last = str(value).partition("-")
            put("SP", first.strip() if last else str(value), variable)
            if last:
                put("EP", last.strip(), variable)
        elif variable == "keyword":
            tags += [("KW", word.strip()) for word in str(value).split(",") if word.strip()]
        elif variable == "custom":
            lost += _put_custom(value, tags)
        elif variable in mapping and not isinstance(value, (dict, list)):
            put(
                mapping[variable],
                " ".join(str(value).split("\n"))
                if variable not in ("abstract", "note")
                else str(value),
                variable,
            )
        else:
            lost.append(variable)
    if "LB" not in used:
        tags.append(("LB", key))
    return tags, lost


def _put_custom(custom: Any, tags: list[tuple[str, str]]) -> list[str]:
    if not isinstance(custom, dict):
        return ["custom"]
    kept = custom.get("ris")
    if isinstance(kept, dict):
        for tag, values in kept.items():
            tags += [(str(tag), str(v)) for v in (values if isinstance(values, list) else [values])]
    return [f"custom.{key}" for key in custom if key != "ris"]


def format_ris_name(name: dict[str, Any]) -> str:
    """``[particle] Family, Given [particle][, Suffix]``, or the literal name."""
    if "literal" in name:
        return str(name["literal"])
    family = " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if name.get(k))
    given = " ".join(str(name[k]) for k in ("given", "dropping-particle") if name.get(k))
    parts = [family, given]
    if name.get("suffix"):
        parts.append(str(name["suffix"]))
    return ", ".join(parts)


def _format_date(value: Any) -> str | None:
    """``YYYY/MM/DD`` of a single CSL date; None for ranges, literals and seasons."""
    if not isinstance(value, dict) or set(value) != {"date-parts"}:
        return None
    parts = value["date-parts"]
    if len(parts) != 1 or not parts[0]:
        return None
    year, *rest = (int(p) for p in parts[0])
    return "/".join([f"{year:04d}", *(f"{p:02d}" for p in rest)])
