"""Cleaning the text of a labelled field: whitespace, edge punctuation, wrapping marks."""

from __future__ import annotations

from functools import lru_cache

from ... import rx

_SPACE = rx.compile(r"\s+")
_EDGE = " \t,;:.\u3000·/|-–—"
_PAIRS = {"(": ")", "[": "]", "“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "「": "」",
          "『": "』", "《": "》", "〈": "〉", "<": ">"}
_CLOSERS = {v: k for k, v in _PAIRS.items() if k != v}


@lru_cache(maxsize=8192)  # a pure function of strings, often asked twice about one segment
def clean(text: str, *, keep_final_period: bool = False) -> str:
    """Collapse whitespace and trim separators (and wrapping brackets) at both ends.

    ``keep_final_period`` keeps a period at the end (``J.`` in a given name).
    """
    tail = _EDGE.replace(".", "") if keep_final_period else _EDGE
    text = _SPACE.sub(" ", text.replace("\x00", " ")).lstrip(_EDGE).rstrip(tail)
    while len(text) >= 2 and _PAIRS.get(text[0]) == text[-1] and _balanced_inside(text):
        text = text[1:-1].lstrip(_EDGE).rstrip(tail)
    text = _drop_unpaired_edges(text)
    return text.lstrip(_EDGE).rstrip(tail)


def _balanced_inside(text: str) -> bool:
    """True when the first and last characters wrap the whole string."""
    opener, closer = text[0], text[-1]
    if opener == closer:
        return True
    depth = 0
    for i, ch in enumerate(text):
        depth += (ch == opener) - (ch == closer)
        if depth == 0 and i < len(text) - 1:
            return False
    return True


def _drop_unpaired_edges(text: str) -> str:
    """Remove an opening mark at the start (or closing at the end) that has no partner."""
    closers = _CLOSERS
    if text and text[0] in _PAIRS and _PAIRS[text[0]] not in text[1:]:
        text = text[1:]
    if text and text[-1] in closers and closers[text[-1]] not in text[:-1]:
        text = text[:-1]
    if text and text[-1] in _PAIRS and text[-1] not in "\"'":
        text = text[:-1]  # an opening mark left at the end: "Title ["
    return text.strip()
