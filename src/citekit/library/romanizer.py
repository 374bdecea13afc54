"""Korean text in the forms the library compares and searches: Hanja read as Hangul, and
Hangul romanized (RR) through ``citekit.lang``."""

from __future__ import annotations

import re
from functools import lru_cache

from ..lang import hangul_reading, romanize

_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3]+")
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def has_hangul(text: str) -> bool:
    """True when ``text`` holds a Hangul syllable."""
    return _HANGUL_RUN.search(text) is not None


def read_hanja(text: str) -> str:
    """``text`` with its Hanja read as Hangul (北과의 → 북과의), or ``""`` when it has none."""
    return hangul_reading(text) if _HAN.search(text) else ""


@lru_cache(maxsize=65536)
def romanize_hangul(run: str) -> str:
    """One run of Hangul in Revised Romanization, or ``""`` if the romanizer fails."""
    try:
        return romanize(run, system="rr", mode="general")
    except Exception:  # noqa: BLE001 - a romanizer bug must not stop an import
        return ""


def romanize_runs(text: str) -> str:
    """``text`` with each Hangul run romanized, or ``""`` when nothing was romanized."""
    if not has_hangul(text):
        return ""
    romanized = _HANGUL_RUN.sub(lambda m: romanize_hangul(m.group()) or m.group(), text)
    return "" if romanized == text else romanized
