"""Cleaning the text of a labelled field: whitespace, edge punctuation, wrapping marks."""

from __future__ import annotations

import re

_SPACE = re.compile(r"\s+")
_EDGE = " \t,;:.\u3000·/|-–—"
_PAIRS = {"(": ")", "[": "]", "“": "”", '"': '"', "‘": "’", "'": "'", "«": "»", "「": "」",
          "『": "』", "《": "》", "〈": "〉", "<": ">"}


def clean(text: str, *, keep_final_period: bool = False) -> str:
    """Collapse whitespace and trim separators (and wrapping brackets) at both ends."""
    text = _SPACE.sub(" ", text.replace("\x00", " ")).strip(_EDGE)
    while len(text) >= 2 and _PAIRS.get(text[0]) == text[-1] and _balanced_inside(text):
        text = text[1:-1].strip(_EDGE)
    text = _drop_unpaired_edges(text)
    return text.strip(_EDGE) if not keep_final_period else text


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
    closers = {v: k for k, v in _PAIRS.items() if k != v}
    if text and text[0] in _PAIRS and _PAIRS[text[0]] not in text[1:]:
        text = text[1:]
    if text and text[-1] in closers and closers[text[-1]] not in text[:-1]:
        text = text[:-1]
    return text.strip()
