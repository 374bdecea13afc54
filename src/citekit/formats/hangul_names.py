"""Korean personal names written whole (``김은중``): where the surname ends."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib.resources import files

_HANGUL_NAME = re.compile(r"^[\uac00-\ud7a3]{2,5}$")


@lru_cache(maxsize=1)
def _compound_surnames() -> frozenset[str]:
    text = files(__package__).joinpath("korean_compound_surnames.txt").read_text("utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip()[:1] not in "#")


def split_hangul_name(text: str) -> tuple[str, str] | None:
    """``(family, given)`` of a whole Hangul name, or None when ``text`` is not one.

    The surname is the first syllable, or the first two for the two-syllable surnames
    listed in ``korean_compound_surnames.txt`` (남궁, 황보, 제갈...).
    """
    text = text.strip()
    if not _HANGUL_NAME.match(text):
        return None
    size = 2 if text[:2] in _compound_surnames() and len(text) > 2 else 1
    return text[:size], text[size:]
