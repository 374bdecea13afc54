"""CSL-YAML: pandoc's ``references:`` list (alone or as Markdown front matter) in and out.

Dates are written as EDTF strings (``issued: 2023-02-07``), the way pandoc documents
them; dates EDTF cannot express (literals) keep their CSL-JSON shape. Reading accepts
both, and the ``[{year: 2023, month: 2}]`` list form too.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

from ..errors import InputError
from ..model import DATE_FIELDS, CSLItem
from .edtf import format_edtf, parse_edtf
from .result import ReadResult, WriteResult


def read_csl_yaml(text: str, name: str = "<input>") -> ReadResult:
    """Items of a CSL-YAML file; YAML syntax errors name the line."""
    import yaml

    from .yaml_load import load_all

    body = text.lstrip("\ufeff")
    try:
        documents = [doc for doc in load_all(_front_matter(body)) if doc is not None]
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        raise InputError(f"invalid CSL-YAML: {reason}", file=name, line=line) from exc
    except RecursionError as exc:
        raise InputError("invalid CSL-YAML: nested too deeply", file=name) from exc
    data = documents[0] if documents else []
    if isinstance(data, dict):
        data = data.get("references", [])
    if not isinstance(data, list) or not all(isinstance(entry, dict) for entry in data):
        raise InputError(
            "CSL-YAML must be a list of items, or hold one under references:", file=name
        )
    result = ReadResult("csl-yaml")
    for entry in data:
        item = {str(key): _plain(value) for key, value in entry.items()}
        for field in DATE_FIELDS:
            if field in item:
                item[field] = _date(item[field])
        result.items.append(item)  # ids, types and field types: ``csl_types.checked_items``
    return result


def _front_matter(text: str) -> str:
    """The YAML part: the front matter of a Markdown file, or the whole text."""
    if text.startswith("---"):
        match = re.match(r"---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(\n|$)", text, re.DOTALL)
        if match:
            return match.group(1)
    return text


def _plain(value: Any) -> Any:
    """YAML values as JSON ones: dates as ISO text, keys as strings."""
    if isinstance(value, (datetime.date, datetime.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _date(value: Any) -> Any:
    """A CSL date from the shapes CSL-YAML allows."""
    if isinstance(value, (str, int)):
        return parse_edtf(str(value)) or {"literal": str(value)}
    if isinstance(value, list) and value and all(isinstance(part, dict) for part in value):
        parts = [[p[k] for k in ("year", "month", "day") if k in p] for p in value]
        return {"date-parts": parts}  # whole numbers or not: ``csl_types`` decides
    return value


def write_csl_yaml(items: list[CSLItem]) -> WriteResult:
    """A ``references:`` YAML document for ``items`` (every CSL-JSON field is kept)."""
    import yaml

    references = []
    for item in items:
        entry = dict(item)
        for field in DATE_FIELDS:
            text = format_edtf(entry.get(field)) if field in entry else None
            if text and parse_edtf(text) == entry[field]:
                entry[field] = text
        references.append(entry)
    text = yaml.safe_dump(
        {"references": references}, allow_unicode=True, sort_keys=False, width=100
    )
    return WriteResult("csl-yaml", f"---\n{text}...\n")
