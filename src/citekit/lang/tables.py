"""Loading the package's data tables (JSON and TSV under ``citekit/lang/data``), cached."""

from __future__ import annotations

from functools import cache
from typing import Any

from ..packagedata import data_json, data_rows


@cache
def load_json(name: str) -> dict[str, Any]:
    """A JSON data file as a dict."""
    return data_json("citekit.lang", "data", name)


@cache
def load_tsv(name: str) -> tuple[tuple[str, ...], ...]:
    """A TSV data file as rows of cells, without blank lines and ``#`` comments."""
    return tuple(data_rows("citekit.lang", "data", name))
