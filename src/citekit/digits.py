"""Digits mean ASCII 0-9: the one test and the one fold the code base uses.

``str.isdigit()`` accepts superscripts and circled numbers that ``int()`` refuses, and ``\\d``
matches every script's digits; neither is used on text as read. The parser folds digits of
any script (fullwidth ``２０２０``, Arabic-Indic, mathematical) to ASCII before it reads.
"""

from __future__ import annotations

import unicodedata

from . import rx

_NON_ASCII_DIGIT = rx.compile(r"(?![0-9])\d")


def is_digits(text: str) -> bool:
    """True when ``text`` is one or more ASCII digits and nothing else."""
    return text.isascii() and text.isdigit()


def fold_digits(text: str) -> str:
    """``text`` with every decimal digit of another script written as its ASCII digit.

    One character becomes one character, so offsets into the text stay valid.
    """
    if text.isascii():
        return text
    return _NON_ASCII_DIGIT.sub(lambda m: str(unicodedata.decimal(m.group())), text)
