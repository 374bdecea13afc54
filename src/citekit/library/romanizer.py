"""Romanized forms of Hangul text, through ``citekit.lang.romanize`` when it is installed."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")


@lru_cache(maxsize=1)
def _romanizer() -> Callable[[str], str] | None:
    try:
        from ..lang import romanize
    except ImportError:
        return None
    return lambda text: romanize(text, system="rr", mode="general")


def available() -> bool:
    """True when citekit's romanizer is there (romanized search and matching work)."""
    return _romanizer() is not None


def has_hangul(text: str) -> bool:
    """True when ``text`` holds a Hangul syllable."""
    return _HANGUL_RUN.search(text) is not None


@lru_cache(maxsize=65536)
def romanize_hangul(text: str) -> str:
    """``text`` with every Hangul word romanized (RR), or ``""`` without a romanizer."""
    romanize = _romanizer()
    if romanize is None or not has_hangul(text):
        return ""
    try:
        return romanize(text)
    except Exception:  # noqa: BLE001 - a romanizer bug must not stop an import
        return ""


def romanize_runs(text: str) -> str:
    """``text`` with each Hangul run romanized, or ``""`` when nothing was romanized."""
    if not has_hangul(text):
        return ""
    romanized = _HANGUL_RUN.sub(lambda m: romanize_hangul(m.group()) or m.group(), text)
    return "" if romanized == text else romanized
