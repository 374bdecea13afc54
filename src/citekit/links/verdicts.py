"""The verdict vocabulary: each verdict's coarse class (alive, dead, transient, skipped)."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def table() -> dict[str, dict[str, str]]:
    """Verdict -> {coarse, severity, meaning}, from ``verdicts.json``."""
    text = resources.files(__package__).joinpath("verdicts.json").read_text(encoding="utf-8")
    return json.loads(text)


def coarse(verdict: str) -> str:
    """``alive``, ``dead``, ``transient`` or ``skipped``."""
    return table()[verdict]["coarse"]


def severity(verdict: str) -> str:
    """The diagnostic severity a verdict is reported with."""
    return table()[verdict]["severity"]
