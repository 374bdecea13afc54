"""Word-level tests shared by the labellers."""

from __future__ import annotations

import re

from ..data import words

SENTENCE_END = re.compile(r"(?<=[^\s.])\.(?=\s|$)")
_LAST_WORD = re.compile(r"([\w’'-]+)$")


def last_word(text: str) -> str:
    """The word just before the end of ``text`` (empty when none)."""
    m = _LAST_WORD.search(text)
    return m.group(1) if m else ""


def is_initial(word: str) -> bool:
    """``J``, ``J.-P``, ``TJ``: a given name written as initials."""
    bare = word.replace(".", "").replace("-", "")
    return bare.isalpha() and bare.isupper() and len(bare) <= 3


def is_abbreviation(word: str) -> bool:
    """A word whose period does not end a sentence (``Proc``, ``Vol``, ``J``, an initial)."""
    return (len(word) == 1 and word.isalpha()) or word.casefold() in words("abbreviations.txt")


def sentence_ends(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets of periods in ``text[start:end]`` that end a sentence (not after abbreviations)."""
    end = len(text) if end is None else end
    ends = []
    for m in SENTENCE_END.finditer(text, start, end):
        if not is_abbreviation(last_word(text[max(start, m.start() - 30) : m.start()])):
            ends.append(m.start())
    return ends
