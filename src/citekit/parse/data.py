"""Word lists and tables the parser reads from ``parse/data/``.

One entry a line; ``#`` starts a comment line.
"""

from __future__ import annotations

from functools import cache

from ..packagedata import data_lines, data_rows


def _lines(name: str) -> list[str]:
    return data_lines(__package__, "data", name)


@cache
def words(name: str) -> frozenset[str]:
    """A word list as a case-folded set."""
    return frozenset(ln.casefold() for ln in _lines(name))


@cache
def table(name: str) -> dict[str, str]:
    """A two-column tab-separated table as a dict keyed by the case-folded first column."""
    rows = data_rows(__package__, "data", name)
    return {row[0].casefold(): row[1] for row in rows if len(row) >= 2}


@cache
def alternation(name: str) -> str:
    """A word list as a regex alternation, longest entries first (entries are regex-escaped)."""
    import re

    entries = sorted(_lines(name), key=len, reverse=True)
    return "|".join(re.escape(e) for e in entries)
