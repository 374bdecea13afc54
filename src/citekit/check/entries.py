"""What the rules look at: each item with its raw reference text and where that text is.

An ``Entry`` joins a CSL-JSON item to the raw string it was parsed from (for informal
lists) and maps offsets in that string back to line and column in the input file.
Facts the rules share (URLs, DOIs, title, dates) are found once, when the entry is made.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from .. import rx
from ..diagnostics import Location
from ..model import CSLItem, date_parts
from ..pipeline import Loaded
from ..records import dataclass, field
from ..sources import Reference, strip_list_marker
from .data import word_list
from .datefind import FoundDate, find_dates
from .scan import Found, find_dois, find_urls, title_span

_ID = rx.compile(r'"id"\s*:\s*"?([^",}\s]+)')


@dataclass
class Entry:
    """One reference: its item, its raw text (None for structured input) and its place."""

    index: int
    item: CSLItem
    raw: str | None = None
    file: str | None = None
    line: int | None = None
    segments: list[tuple[int, int, int]] = field(default_factory=list)
    """``(raw offset, line, column)`` where each input line's share of ``raw`` starts."""

    urls: list[Found] = field(init=False)
    """URLs written in the raw text, or the item's ``URL`` for structured input."""
    dois: list[Found] = field(init=False)
    """DOIs written in the raw text outside URLs, or the item's ``DOI`` field."""
    title: tuple[int, int] | None = field(init=False)
    """The span of the title's text in the raw string."""
    guarded: list[tuple[int, int]] = field(init=False)
    """Spans of the raw text that other rules leave alone: the title, URLs and DOIs."""
    dates: list[FoundDate] = field(init=False)
    """Full dates written in the raw text outside the title, URLs and DOIs."""
    access_date: FoundDate | None = field(init=False)
    """The written date after 'accessed', 'retrieved', '검색일'..."""

    @property
    def item_id(self) -> str | None:
        return self.item.get("id")

    def location(self, offset: int | None = None) -> Location:
        """Location of ``offset`` in the raw text (by default, where the reference starts)."""
        line, column = self.line, None
        if self.raw is not None:
            offset = offset or 0
            column = offset + 1
            for start, seg_line, seg_column in self.segments:
                if start <= offset:
                    line, column = seg_line, seg_column + offset - start
        return Location(self.file, line, column, self.item_id)

    def __post_init__(self) -> None:
        """Find once what every rule looks at."""
        raw = self.raw
        if raw is None:
            url, doi = self.item.get("URL"), self.item.get("DOI")
            self.urls = [Found(0, 0, url)] if isinstance(url, str) else []
            self.dois = [Found(0, 0, doi)] if isinstance(doi, str) and doi.strip() else []
            self.title, self.guarded, self.dates, self.access_date = None, [], [], None
            return
        self.urls = find_urls(raw)
        self.dois = find_dois(raw, self.urls)
        title = self.item.get("title")
        self.title = title_span(raw, title if isinstance(title, str) else None)
        self.guarded = [self.title] if self.title else []
        self.guarded += [(found.start, found.end) for found in self.urls + self.dois]
        self.dates = [d for d in find_dates(raw) if not self.is_guarded(d.start, d.end)]
        before = _access_before()
        self.access_date = next(
            (d for d in self.dates if before.search(raw[max(0, d.start - 40) : d.start])), None
        )

    def is_guarded(self, start: int, end: int) -> bool:
        """True when ``start:end`` overlaps the title, a URL or a DOI."""
        return any(s < end and start < e for s, e in self.guarded)

    def accessed(self) -> tuple[list[int] | None, int | None]:
        """Access date parts and the raw offset they were written at (None for the item's)."""
        if self.access_date and self.access_date.parts:
            return list(self.access_date.parts), self.access_date.start
        return date_parts(self.item, "accessed"), None

    def issued(self) -> list[int] | None:
        """Publication date parts: the first written date that is not the access date."""
        for found in self.dates:
            if found is not self.access_date and found.parts:
                return list(found.parts)
        return date_parts(self.item, "issued")


@cache
def _access_before() -> re.Pattern[str]:
    """Text that, ending just before a date, makes it an access date."""
    words = sorted(word_list("access_words.txt"), key=len, reverse=True)
    alternatives = "|".join(re.escape(word) for word in words)
    return rx.compile(rf"(?:{alternatives})\s*[:：]?\s*$", re.IGNORECASE)


def _segments(ref: Reference, lines: Sequence[str]) -> list[tuple[int, int, int]]:
    """Where each input line's part of ``ref.raw`` starts (references may span lines)."""
    segments: list[tuple[int, int, int]] = []
    position, number = 0, ref.line
    while position < len(ref.raw) and 0 < number <= len(lines):
        text = lines[number - 1]
        piece = strip_list_marker(text) if number == ref.line else text.strip()
        if piece:
            at = ref.raw.find(piece, position)
            if at < 0:
                break
            segments.append((at, number, text.find(piece) + 1))
            position = at + len(piece)
        number += 1
    return segments


def build_entries(source: Loaded | Sequence[CSLItem], text: str | None = None) -> list[Entry]:
    """Entries for every item; ``text`` (the input file's text) gives exact columns."""
    if not isinstance(source, Loaded):
        return [Entry(index, item) for index, item in enumerate(source)]
    lines = text.split("\n") if text is not None else []
    id_lines = {} if source.references else _id_lines(lines)
    entries = []
    for index, item in enumerate(source.items):
        if index < len(source.references):
            ref = source.references[index]
            segments = _segments(ref, lines) or [(0, ref.line, 1)]
            entries.append(Entry(index, item, ref.raw, ref.file, ref.line, segments))
        else:
            line = id_lines.get(str(item.get("id")))
            entries.append(Entry(index, item, file=source.source, line=line))
    return entries


def _id_lines(lines: Sequence[str]) -> dict[str, int]:
    """For structured input: the line where each item's ``"id"`` is written."""
    found: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        for match in _ID.finditer(line):
            found.setdefault(match.group(1), number)
    return found
