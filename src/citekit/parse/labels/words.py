"""Word-level tests shared by the labellers."""

from __future__ import annotations

from ... import rx
from ...digits import is_digits
from ..data import words

# a period ending a sentence, or a doubled one (views.. Journal); not an ellipsis
SENTENCE_END = rx.compile(r"(?<=[^\s.])\.\.?(?=\s|$)")
_LAST_WORD = rx.compile(r"([\w’'-]+)$")


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
    if len(word) == 1:
        return word.isalpha()
    return word.casefold() in words("abbreviations.txt") and not word.isupper()  # CA. is a state


def sentence_ends(text: str, start: int = 0, end: int | None = None, *,
                  lenient_after: int | None = None) -> list[int]:
    """Offsets of periods in ``text[start:end]`` that end a sentence (not after abbreviations).

    From ``lenient_after`` on, a short capitalised word before the period (``Curr. Opin.``)
    also counts as an abbreviation when a capital or a digit follows: journal names.
    """
    end = len(text) if end is None else end
    ends = []
    for m in SENTENCE_END.finditer(text, start, end):
        word = last_word(text[max(start, m.start() - 30) : m.start()])
        if is_abbreviation(word):
            continue
        if lenient_after is not None and m.start() > lenient_after and _journal_abbreviation(
            word, text[m.end() : m.end() + 3]
        ) and runs_into_numbers(text, m.end()):
            continue
        ends.append(m.start())
    return ends


def runs_into_numbers(text: str, pos: int, reach: int = 80, *, one_sentence: bool = False) -> bool:
    """The words after ``pos`` lead straight to a claimed span with no colon on the way
    (nor, with ``one_sentence``, a period)."""
    stop = text.find("\x00", pos, pos + reach)
    between = text[pos:stop]
    return stop >= 0 and ":" not in between and not (one_sentence and ". " in between)


def _journal_abbreviation(word: str, after: str) -> bool:
    nxt = after.lstrip()[:1]
    return 2 <= len(word) <= 6 and word[0].isupper() and word[1:].islower() \
        and (nxt.isupper() or is_digits(nxt))
