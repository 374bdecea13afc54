"""Labelled strings: a reference as ``(text, field or None)`` pieces, and markers.

A CSL item is rendered with each field's value wrapped in a pair of private-use characters
(plane 15, which no style or locale prints), so that every field's span in the output can be
recovered exactly after pandoc has rendered it.
"""

from __future__ import annotations

import re

FIELDS = ("author", "editor", "translator", "title", "container-title", "collection-title",
          "publisher", "publisher-place", "issued", "accessed", "volume", "issue", "page",
          "URL", "DOI", "ISBN", "genre", "number", "edition", "authority", "note")
NAME_ROLES = ("author", "editor", "translator")
_BASE = 0xF0000
OPEN = {f: chr(_BASE + 2 * i) for i, f in enumerate(FIELDS)}
CLOSE = {f: chr(_BASE + 2 * i + 1) for i, f in enumerate(FIELDS)}
_BY_CHAR = {c: (f, True) for f, c in OPEN.items()} | {c: (f, False) for f, c in CLOSE.items()}
# what may join two names of one list, or follow the last one
_JOIN = re.compile(r"^(?:\s*(?:,|;|&|and|und|et|/|·|、|，|\s)\s*)+$")
_ETAL = re.compile(r"^(,?\s*(?:et al\.?|외|등|ほか|他|等|and others))")

Pieces = list[tuple[str, "str | None"]]


def mark(field: str, value: str) -> str:
    return OPEN[field] + value + CLOSE[field]


def unmark(rendered: str) -> Pieces | None:
    """Split a rendered string at its markers; None when they do not pair up."""
    pieces: Pieces = []
    current: str | None = None
    buffer: list[str] = []
    for char in rendered:
        found = _BY_CHAR.get(char)
        if not found:
            buffer.append(char)
            continue
        field, opening = found
        if opening == (current is not None) or (not opening and field != current):
            return None
        pieces.append(("".join(buffer), current))
        buffer = []
        current = field if opening else None
    if current is not None:
        return None
    pieces.append(("".join(buffer), None))
    return join_names([p for p in pieces if p[0]])


def join_names(pieces: Pieces) -> Pieces:
    """Separators between two names of one list (and a trailing ``et al.``) belong to it."""
    out: Pieces = []
    for index, (text, field) in enumerate(pieces):
        before = out[-1][1] if out else None
        after = pieces[index + 1][1] if index + 1 < len(pieces) else None
        if field is None and before in NAME_ROLES:
            if after == before and _JOIN.match(text):
                field = before
            else:
                etal = _ETAL.match(text)
                if etal:
                    out.append((etal.group(1), before))
                    text = text[etal.end():]
                    if not text:
                        continue
        out.append((text, field))
    merged: Pieces = []
    for text, field in out:
        if merged and merged[-1][1] == field:
            merged[-1] = (merged[-1][0] + text, field)
        else:
            merged.append((text, field))
    return merged


def plain(pieces: Pieces) -> str:
    return "".join(text for text, _ in pieces)
