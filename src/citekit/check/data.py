"""Reading the rule family's data tables (package data under ``check/data``)."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..packagedata import data_json, data_lines


@cache
def json_table(name: str) -> Any:
    """A JSON data file, parsed once."""
    return data_json(__package__, "data", name)


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A one-entry-per-line data file, without blank lines and ``#`` comments."""
    return tuple(data_lines(__package__, "data", name))
