"""Place names in RR (art. 5): administrative units after a hyphen, numbered units read.

The facts (unit syllables, provinces, common nouns that only look like places, digit
readings) are in ``data/places.json``. A single Hangul word is treated as a possible place.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import hangul
from .tables import load_json


def place_unit(word: str) -> bool:
    """True when the last syllable is an administrative unit to hyphenate (RR art. 5)."""
    places = load_json("places.json")
    if len(word) < 3 or any(word.endswith(common) for common in places["common_endings"]):
        return False
    if word in places["provinces"] or (word[-1] == "도" and word[-2] in places["do_after"]):
        return True
    if word[-1] == "리":
        return hangul.split(word[-2])[2] in places["ri_after_finals"]
    return word[-1] in places["units"]


def sino_number(digits: str) -> str:
    """A number up to 9999 read in Sino-Korean Hangul (12 → 십이, 1 → 일)."""
    places = load_json("places.json")
    number = int(digits)
    if number == 0 or number > 9999:
        return "".join(places["digits"][int(d)] for d in digits)
    out = ""
    for power in range(3, -1, -1):
        digit = number // 10**power % 10
        if digit:
            spoken = "" if digit == 1 and power else places["digits"][digit]
            out += spoken + places["powers"][power]
    return out


def numbered_units(text: str, word: Callable[[str], str]) -> str:
    """``봉천1동`` → ``봉천 1(il)-dong``: a numbered unit with its number read (RR art. 5)."""
    units = "".join(load_json("places.json")["numbered_units"])
    pattern = re.compile(rf"\s*([0-9]+)([{units}])(?![\uac00-\ud7a3])")

    def spell(match: re.Match[str]) -> str:
        space = " " if match.start() else ""
        return f"{space}{match[1]}({word(sino_number(match[1]))})-{word(match[2])}"

    return pattern.sub(spell, text)
