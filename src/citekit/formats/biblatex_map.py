"""The CSL ↔ BibLaTeX mapping tables (``biblatex.json``), loaded once, with lookups."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from ..packagedata import data_json


@lru_cache(maxsize=1)
def tables() -> dict[str, Any]:
    """The mapping tables as loaded from the package data file."""
    return data_json(__package__, "biblatex.json")


def field_map(csl_type: str) -> dict[str, str]:
    """CSL variable → BibLaTeX field for items of ``csl_type``."""
    data = tables()
    return {**data["fields"], **data["fields_by_type"].get(csl_type, {})}


def entry_type(csl_type: str) -> tuple[str, str | None]:
    """BibLaTeX entry type and entrysubtype for a CSL type (unknown types: @misc + subtype)."""
    found = tables()["types"].get(csl_type)
    return (found[0], found[1]) if found else ("misc", csl_type)


def csl_type(bib_type: str, subtype: str | None) -> tuple[str, bool]:
    """CSL type of a BibLaTeX (or BibTeX) entry, and whether ``subtype`` was used for it."""
    data = tables()
    bib_type = bib_type.lower()
    if subtype:
        for csl, (btype, sub) in data["types"].items():
            if btype == bib_type and sub == subtype:
                return csl, True
        if subtype in data["types"] or subtype in data["other_csl_types"]:
            return subtype, True
    for csl, (btype, sub) in data["types"].items():
        if btype == bib_type and sub is None:
            return csl, False
    return data["type_aliases"].get(bib_type, "document"), False
