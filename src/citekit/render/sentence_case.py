"""Title case to sentence case, for styles that print titles as stored (APA 7, 6.17).

CSL-JSON keeps titles in sentence case and a style that wants title case applies it;
BibTeX keeps them in title case, its users protecting what must stay capitalised with
``{braces}``. For a BibTeX item rendered in a sentence-case style, the words of a
title-cased title are lowered except: the first word, the first word after a colon,
question mark, exclamation mark, full stop or dash (a subtitle), braced text, words with
a capital after their first letter or all in capitals (``NGOs``, ``DPRK``, ``iPhone``),
``I``, proper nouns of ``proper_nouns.txt`` (a phrase keeps all its words), and compass
words before a proper noun (``East Asia``, ``North Korea``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from .. import rx
from ..packagedata import data_lines

_TOKEN = rx.compile(r"<span class=\"nocase\">.*?</span>|[^\W\d_]+(?:['’][^\W\d_]+)*|\s+|.", re.S)
_BREAK = rx.compile(r"[:?!.\u2014\u2013]$|\s-$")
_COMPASS = frozenset(
    {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"}
    | {"Northern", "Southern", "Eastern", "Western", "Central", "Inner", "Outer", "Greater"}
)


@lru_cache(maxsize=1)
def proper_nouns() -> tuple[frozenset[str], tuple[tuple[str, ...], ...]]:
    """Single proper nouns, and phrases (as word tuples, longest first)."""
    single: set[str] = set()
    phrases: list[tuple[str, ...]] = []
    for line in data_lines("citekit.render", "proper_nouns.txt"):
        words = tuple(line.split())
        if len(words) == 1:
            single.add(words[0])
        else:
            phrases.append(words)
    phrases.sort(key=len, reverse=True)
    return frozenset(single), tuple(phrases)


def _keeps_capitals(word: str) -> bool:
    """All capitals (two letters or more) or a capital after the first letter."""
    return any(ch.isupper() for ch in word[1:]) or word == "I"


def _protected_spans(title: str, protected: Iterable[str]) -> list[tuple[int, int]]:
    spans = []
    for text in protected:
        if text:
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(text), title)]
    return spans


def sentence_case(title: str, protected: Iterable[str] = ()) -> str:
    """``title`` in sentence case; ``protected`` are substrings that keep their case."""
    single, phrases = proper_nouns()
    shield = _protected_spans(title, protected)
    tokens = [(m.start(), m.group(0)) for m in _TOKEN.finditer(title)]
    words = [i for i, (_, tok) in enumerate(tokens) if tok[:1].isalpha()]
    keep: set[int] = set()
    texts = [tokens[i][1] for i in words]
    for position in range(len(words)):
        for phrase in phrases:
            if tuple(texts[position : position + len(phrase)]) == phrase:
                keep.update(range(position, position + len(phrase)))
                break
    for position, word in enumerate(texts):
        following = texts[position + 1] if position + 1 < len(texts) else ""
        compass = word in _COMPASS and (following in single or position + 1 in keep)
        if word in single or _keeps_capitals(word) or compass:
            keep.add(position)
    out = []
    previous = ""
    seen_word = False
    for index, (start, token) in enumerate(tokens):
        if token[:1].isalpha():
            position = words.index(index)
            starts_sentence = not seen_word or bool(_BREAK.search(previous.rstrip()))
            shielded = any(a <= start < b for a, b in shield)
            if not (starts_sentence or shielded or position in keep):
                token = _lower_first(token)
            seen_word = True
        out.append(token)
        if not token.isspace():
            previous = "".join(out[-3:])
    return "".join(out)


def _lower_first(word: str) -> str:
    """``Justice`` → ``justice``, ``Non-Governmental`` → ``non-governmental``; a word whose
    later letters are capitals stays as it is (checked by the caller)."""
    return word[:1].lower() + word[1:] if word[:1].isupper() and word[1:].islower() else word
