"""References copied from a record page, where each field follows its label:
``Title: … Author: … Publisher: Greenwood (January 1, 2005) ISBN-13: …`` (bookshops),
``제목: … 저자: … 출판사: …`` (Korean ones), and rows copied from a CSV export
(``,Title,Journal,ISSN,Place : Publisher,2022-03,73,5・6,121-122,URL,``).
"""

from __future__ import annotations

import re

from ... import rx
from ..draft import MASK, Draft
from ..normalise.dates import DateMatch

# label -> field ("junk": a label whose value is no field of ours)
_LABELS = {
    "title": "title", "제목": "title", "서명": "title", "書名": "title",
    "author": "author", "authors": "author", "main authors": "author", "저자": "author",
    "지은이": "author", "著者": "author", "作者": "author",
    "publisher": "publisher", "출판사": "publisher", "발행처": "publisher", "出版社": "publisher",
    "published in": "container-title", "journal": "container-title", "학술지": "container-title",
}
_LABEL = rx.compile(
    r"(?<![^\s\x00,;])(" + "|".join(sorted(map(re.escape, _LABELS), key=len, reverse=True))
    + r")\s*[:：]?\s+", re.IGNORECASE)
_LABEL_WORDS = frozenset(label.split()[0] for label in _LABELS)
_SERIES_AFTER = rx.compile(r"\s*\([^()]{3,80}\)\s*$")
_DATE_AFTER = rx.compile(r"\s*(?:\([^()]*\d{4}[^()]*\)|,?\s+(?:1[5-9]|20)\d\d\.?)\s*$")
_NUMBERS_AFTER = rx.compile(r"\s+(?:vol|no|pp)\b\.?\s*\d.*$|\s+제?\s*\d+\s*[권호].*$",
                            re.IGNORECASE)
_BARE_COMMA = rx.compile(r",(?!\s)")
_ISSN = rx.compile(r"^\d{4}-?\d{3}[\dXx]$")
_YEAR_MONTH = rx.compile(r"^((?:1[5-9]|20)\d\d)(?:-(0[1-9]|1[0-2]))?(?:-([0-3]\d))?$")
_NUMBER = rx.compile(r"^\d{1,5}(?:[・･/-]\d{1,5})?$")
_PAGES = rx.compile(r"^\d{1,6}\s*[-–]\s*\d{1,6}$")
_PLACE_PUBLISHER = rx.compile(r"^[^:]{1,30}\s:\s(?P<pub>.+)$")


def find_labelled(draft: Draft) -> None:
    """Claim fields that follow their labels, or the columns of a CSV row."""
    if draft.masked.count(",") >= 5 and len(_BARE_COMMA.findall(draft.masked)) >= 5 \
            and draft.masked.count(", ") < 3:
        _csv_row(draft)
        return
    lower = draft.masked.lower()
    if sum(label in lower for label in _LABEL_WORDS) < 2:
        return
    marks = list(_LABEL.finditer(draft.masked))
    if len({_LABELS[m.group(1).casefold()] for m in marks}) < 2:
        return
    head = draft.masked[: marks[0].start()]
    if head.strip(" \x00") and MASK not in head.strip(" \x00") and not any(
            _LABELS[m.group(1).casefold()] == "title" for m in marks):
        start = len(head) - len(head.lstrip())
        draft.claim("title", start, len(head.rstrip()), head.strip())  # Title Published in …
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(draft.masked)
        value = draft.masked[m.end() : end]
        field = _LABELS[m.group(1).casefold()]
        draft.claim("junk", m.start(), m.end())
        cut = value.find(MASK)
        if cut >= 0:
            value = value[:cut]
        tail = {"title": _SERIES_AFTER, "publisher": _DATE_AFTER,
                "container-title": _NUMBERS_AFTER}.get(field)
        found = tail.search(value) if tail else None
        if found:
            value = value[: found.start()]
        text = value.strip()
        if not text or draft.has(field):
            continue
        start = m.end() + len(value) - len(value.lstrip())
        draft.claim(field, start, start + len(text), None if field == "author" else text)


def _csv_row(draft: Draft) -> None:
    text = draft.masked
    bounds, pos = [], 0
    for m in _BARE_COMMA.finditer(text):
        bounds.append((pos, m.start()))
        pos = m.end()
    bounds.append((pos, len(text)))
    words_ = []
    numbers: list[tuple[int, int, str]] = []
    for a, b in bounds:
        cell = text[a:b].strip()
        if not cell or MASK in cell:
            continue
        if _ISSN.match(cell):
            draft.claim("junk", a, b)
        elif (date := _YEAR_MONTH.match(cell)) and not draft.has("issued"):
            parts = tuple(int(p) for p in date.groups() if p)
            draft.claim("issued", a, b, DateMatch(a, b, parts, 6))
        elif _PAGES.match(cell) and not draft.has("page"):
            draft.claim("page", a, b, re.sub(r"\s*[-–]\s*", "-", cell))
        elif _NUMBER.match(cell):
            numbers.append((a, b, cell))
        elif (place := _PLACE_PUBLISHER.match(cell)) and not draft.has("publisher"):
            draft.claim("publisher", a + place.start("pub"), b, place.group("pub").strip())
        else:
            words_.append((a, b, cell))
    for (a, b, cell), field in zip(numbers, ("volume", "issue"), strict=False):
        draft.claim(field, a, b, cell)
    for (a, b, cell), field in zip(words_, ("title", "container-title"), strict=False):
        draft.claim(field, a, b, cell)
