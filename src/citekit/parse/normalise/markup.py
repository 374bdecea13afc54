"""Input clean-up that changes offsets: HTML markup and whitespace runs.

Each step returns the new text and a function mapping an offset in it back to the text it
was given, so diagnostics still point into the string the user wrote.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from ... import rx
from ..data import table

OffsetMap = Callable[[int], int]
_TAG = rx.compile(r"<!--.*?-->|</?([A-Za-z][A-Za-z0-9]*)(?:\s[^<>]*)?/?>", re.DOTALL)
_ENTITY = rx.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_BLANKS = rx.compile(r"[\s\x00]+")
_EDGE_BLANKS = rx.compile(r"^\s+|\s+$")


def rewrite(
    text: str, pattern: re.Pattern[str], replace: Callable[[re.Match[str]], str]
) -> tuple[str, OffsetMap]:
    """``text`` with every match of ``pattern`` replaced, and a map back to ``text`` offsets."""
    parts: list[str] = []
    edits: list[tuple[int, int]] = []  # (end of a replacement in the new text, shift after it)
    last = shift = 0
    for match in pattern.finditer(text):
        new = replace(match)
        if new == match.group():
            continue
        parts += [text[last:match.start()], new]
        new_start = match.start() - shift
        shift += len(match.group()) - len(new)
        edits.append((new_start + len(new), shift))
        last = match.end()
    if not edits:
        return text, _same
    parts.append(text[last:])

    def to_source(offset: int) -> int:
        moved = 0
        for end, after in edits:
            if offset < end:
                break
            moved = after
        return offset + moved

    return "".join(parts), to_source


def _same(offset: int) -> int:
    return offset


def _tag(match: re.Match[str]) -> str:
    if match.group(1) is None:  # a comment
        return ""
    kind = table("html_tags.tsv").get(match.group(1).casefold())
    return {"block": " ", "inline": ""}.get(kind or "", match.group())


def strip_html(text: str) -> tuple[str, OffsetMap]:
    """Known HTML tags removed (block tags leave a space) and entities decoded (``&amp;``)."""
    if "<" not in text and "&" not in text:
        return text, _same
    untagged, from_untagged = rewrite(text, _TAG, _tag)
    decoded, from_decoded = rewrite(untagged, _ENTITY, lambda m: html.unescape(m.group()))
    trimmed, from_trimmed = rewrite(decoded, _EDGE_BLANKS, lambda m: "")
    return trimmed, lambda offset: from_untagged(from_decoded(from_trimmed(offset)))


def gaps(text: str) -> list[int]:
    """Where runs of two or more spaces stood, as offsets in ``squeeze(text)``: copied
    database lines separate their fields by them (``J. An  Title of the paper``)."""
    found, removed = [], 0
    for m in _BLANKS.finditer(text):
        if m.end() - m.start() >= 2 and m.start() > 0 and "\n" not in m.group():
            found.append(m.start() - removed)
        removed += m.end() - m.start() - 1
    return found


def squeeze(text: str) -> tuple[str, OffsetMap]:
    """Whitespace runs (and NULs) collapsed to one space."""
    return rewrite(text, _BLANKS, lambda m: " ")
