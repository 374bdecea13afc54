"""English month names: reading them (``Sept.`` → 9) and writing them (9 → ``September``)."""

from __future__ import annotations

from functools import cache

from .packagedata import data_json


@cache
def month_numbers() -> dict[str, int]:
    """Lower-case month names and abbreviations to month numbers."""
    table = data_json(__package__, "months.json")
    numbers = {name.lower(): index for index, name in enumerate(table["names"], start=1)}
    numbers.update(table["abbreviations"])
    return numbers


def month_name(month: int) -> str:
    """The English name of a month number."""
    return _names()[month - 1]


@cache
def _names() -> tuple[str, ...]:
    return tuple(data_json(__package__, "months.json")["names"])
