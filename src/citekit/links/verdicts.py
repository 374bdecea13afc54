"""The verdict vocabulary: each verdict's coarse class (alive, dead, transient, skipped)."""

from __future__ import annotations

from functools import cache

from ..packagedata import data_json


@cache
def table() -> dict[str, dict[str, str]]:
    """Verdict -> {coarse, severity, meaning}, from ``verdicts.json``."""
    return data_json(__package__, "verdicts.json")


def coarse(verdict: str) -> str:
    """``alive``, ``dead``, ``transient`` or ``skipped``."""
    return table()[verdict]["coarse"]


def severity(verdict: str) -> str:
    """The diagnostic severity a verdict is reported with."""
    return table()[verdict]["severity"]
