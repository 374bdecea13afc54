"""Title, container, editors, publisher and place from the segments after the author zone.

The first segment is the title (unless a quoted title was found), and each later one is read
by its form: ``In ...`` is a container (with its editors), ``Place: Publisher`` a publisher,
a segment just before volume or pages a journal, ``Series 6`` a series; what is left is
resolved by ``places.resolve``.
"""

from __future__ import annotations

import re

from ..draft import Draft
from ..normalise.text import clean
from .places import JOURNAL_FIELDS, resolve
from .segments import Segment, cut_segments

_IN = re.compile(r"^(?:(?:in|en|dans|im)\s*:?\s+)+(?=\S)", re.IGNORECASE)
_EDITORS_BEFORE = re.compile(
    r"^(?P<eds>.+?)\s*(?:\(\s*(?:eds?|hrsg|coord|dir)\.?\s*\)|,\s*(?:editors?|eds?\.))\s*,?\s*"
    r"(?P<rest>.*)$", re.IGNORECASE)
_EDITORS_AFTER = re.compile(r"^(?P<rest>.*?),?\s*\b(?:ed\.|eds\.|edited\s+by)\s+(?P<eds>.+)$",
                            re.IGNORECASE)
_EDITED_BY = re.compile(
    r"^\s*(?:(?P<ed>edited|ed\.|eds\.)|trans(?:lated)?\.?|trad\.|tr\.)\s*(?:by\s+|par\s+)?",
    re.IGNORECASE,
)
_PLACE_PUBLISHER = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u024f\uac00-\ud7a3][\w .’'\-]{1,40}?(?:,\s*[A-Z][\w.]{1,15}){0,2})"
    r"\s*:\s*"
    r"(?P<pub>[^:]{2,100})$"
)
_SERIES = re.compile(r"^(?P<title>\D{2,80}?)\s+(?P<number>\d{1,4})$")


def label_segments(draft: Draft, start: int) -> dict[str, object]:
    """Fields found in the segments after ``start`` (where the author zone ends)."""
    out: dict[str, object] = {}
    pending: list[Segment] = []
    commas = draft.masked[start : start + 40].lstrip(" )\x00")[:1] == ","
    for seg in cut_segments(draft, start, commas=commas):
        text = seg.text
        if "title" not in out and not draft.has("title"):
            out["title"] = text
            if seg.followed_by in JOURNAL_FIELDS and not draft.has("container-title"):
                _split_container_from_title(text, out)
            continue
        role = _EDITED_BY.match(text)
        if role:
            key = "editor-text" if role.group("ed") else "translator-text"
            out.setdefault(key, text[role.end() :])
            continue
        m = _IN.match(text)
        if m and "container-title" not in out and not draft.has("container-title"):
            out["in"] = True
            _container_with_editors(text[m.end():], out)
            continue
        if out.get("container-title") == "" and not _PLACE_PUBLISHER.match(text):
            out["container-title"] = text  # "In: A and B (eds.), Container"
            continue
        place = _PLACE_PUBLISHER.match(text)
        if place and seg.followed_by not in JOURNAL_FIELDS and "publisher" not in out:
            out["publisher-place"] = clean(place.group("place"))
            out["publisher"] = clean(place.group("pub"))
            continue
        if seg.followed_by in JOURNAL_FIELDS and "container-title" not in out \
                and "book-title" not in draft.flags \
                and not draft.has("container-title"):
            out["container-title"] = text
            continue
        series = _SERIES.match(text)
        if series and "collection-title" not in out and "," not in text:
            out["collection-title"] = clean(series.group("title"))
            out["collection-number"] = series.group("number")
            continue
        pending.append(seg)
    resolve(draft, pending, out)
    return out


def _split_container_from_title(text: str, out: dict[str, object]) -> None:
    """``Title of Paper, Journal Name, 5 (3), 1-9``: the journal hides after the last comma."""
    head, sep, tail = text.rpartition(", ")
    tokens = tail.split()
    if sep and head and 1 <= len(tokens) <= 8 and tail[:1].isupper() and ":" not in tail:
        out["title"], out["container-title"] = head, tail


def _container_with_editors(text: str, out: dict[str, object]) -> None:
    before = _EDITORS_BEFORE.match(text)
    after = _EDITORS_AFTER.match(text)
    if before:
        out["editor-text"] = before.group("eds")
        text = before.group("rest")
    elif after:
        out["editor-text"] = after.group("eds")
        text = after.group("rest")
    out["container-title"] = clean(text)
