"""Dates in the forms references use, English and Korean, to CSL date-parts."""

from __future__ import annotations

import re
from functools import cache

from ... import rx
from ...digits import is_digits
from ...records import dataclass
from ..data import table

YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_ANY_YEAR = rx.compile(YEAR)


@dataclass(frozen=True)
class DateMatch:
    """A date found in a string: where, and its [year, month, day] (month may be a season)."""

    start: int
    end: int
    parts: tuple[int, ...]
    score: int
    until: tuple[int, ...] = ()  # the end of a range (3-5 June 2019, 2019-2020)

    def csl(self) -> dict:
        """The CSL date object."""
        year, *rest = self.parts
        if rest and rest[0] > 20:
            return {"date-parts": [[year]], "season": rest[0] - 20}
        if self.until:
            return {"date-parts": [list(self.parts), list(self.until)]}
        return {"date-parts": [list(self.parts)]}


def month_number(name: str) -> int | None:
    """1-12 for a month name or abbreviation, 21-24 for a season, else None."""
    value = table("months.tsv").get(name.casefold().rstrip("."))
    return int(value) if value else None


@cache
def _patterns() -> list[tuple[re.Pattern[str], tuple[str, ...], int]]:
    m = r"(?P<m>[^\W\d_]{3,10})\.?"  # any word; month_number() decides
    d = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
    y = rf"(?P<y>{YEAR})"
    ny, nd = r"(?<![\d.])", r"(?![\d])"
    return [
        # (regex, characters one of which must occur, score): higher scores are more certain
        (rx.compile(rf"{ny}{y}\s*년\s*(?P<m>1[0-2]|0?[1-9])\s*월(?:\s*{d}\s*일)?"), ("년",), 6),
        (rx.compile(rf"{ny}{y}\s*년"), ("년",), 4),
        (rx.compile(rf"{ny}{y}\s*年\s*(?P<m>1[0-2]|0?[1-9])\s*月(?:\s*{d}\s*日)?"), ("年",), 6),
        (rx.compile(rf"{ny}{y}\s*年"), ("年",), 4),
        (rx.compile(rf"{ny}{y}[,.]?\s*(?P<m>1[0-2]|0?[1-9])\s*월(?:\s*{d}\s*일)?"), ("월",), 6),
        (rx.compile(rf"{ny}{y}-(?P<m>1[0-2]|0?[1-9])-{d}{nd}"), ("-",), 6),
        (rx.compile(rf"{ny}{y}\.\s?(?P<m>1[0-2]|0?[1-9])\.\s?{d}\.?{nd}"), (".",), 6),
        (rx.compile(rf"{ny}{y}/(?P<m>1[0-2]|0?[1-9])/{d}{nd}"), ("/",), 6),
        (rx.compile(rf"(?<!\w){m}\s+{d}\s*[-–]\s*(?P<d2>[0-3]?\d),?\s+{y}{nd}"), ("-", "–"), 6),
        (rx.compile(rf"{ny}{d}\s*[-–]\s*(?P<d2>[0-3]?\d)\.?\s+{m},?\s+{y}{nd}"), ("-", "–"), 6),
        (rx.compile(rf"(?<!\w){m}\s+{d},?\s+{y}{nd}"), (), 6),
        (rx.compile(rf"{ny}{d}\.?\s+{m},?\s+{y}{nd}"), (), 6),
        (rx.compile(rf"{ny}{y},?\s+{m}\s+{d}{nd}"), (), 6),
        # 2018. 12 (not 2009. 12-30, a year and a page range)
        (rx.compile(rf"{ny}{y}\.\s?(?P<m>1[0-2]|0?[1-9])\.?(?![\d.\-–])"), (".",), 4),
        (rx.compile(rf"(?<!\w)[^\W\d_]{{3,10}}\.?\s*[-–/]\s*{m},?\s+{y}{nd}"), ("-", "–", "/"), 5),
        (rx.compile(rf"(?<![\d/.])(?P<a>[0-3]?\d)[./](?P<b>[01]?\d)[./]{y}{nd}"), ("/", "."), 5),
        (rx.compile(rf"(?<!\w){m},?\s+{y}{nd}"), (), 5),
        (rx.compile(rf"{ny}{y},?\s+{m}(?!\w)"), (), 5),
        (rx.compile(rf"(?<![\w./-]){y}[a-f](?![\w/-]|\.\d)"), (), 4),
        (rx.compile(rf"(?<![\w./-]){y}(?:\s*[-–/]\s*(?:{YEAR}|\d\d)(?!\d))?"
                    r"(?![\w/-]|\.\d)"), (), 1),
    ]


def _day_month(a: int, b: int) -> list[int]:
    """``13/02/2012`` is day-month, ``02/13/2012`` month-day; ``02/11/2012`` is left at the year."""
    if a > 12 and 1 <= b <= 12:
        return [b, a]
    if b > 12 and 1 <= a <= 12:
        return [a, b]
    return []


@cache
def _named() -> list[bool]:
    """For each pattern, whether its month is a word (only month_number() can accept it)."""
    return [r"(?P<m>[^\W\d_]" in pattern.pattern for pattern, _, _ in _patterns()]


@cache
def _month_stems() -> tuple[str, ...]:
    """The month and season names no shorter name is part of (``jan`` stands for ``january``)."""
    names = sorted(table("months.tsv"), key=len)
    stems: list[str] = []
    for name in names:
        if not any(stem in name for stem in stems):
            stems.append(name)
    return tuple(stems)


def find_dates(text: str) -> list[DateMatch]:
    """All non-overlapping dates in ``text``, the more certain forms first, in string order."""
    taken: list[tuple[int, int]] = []
    found: list[DateMatch] = []
    if not _ANY_YEAR.search(text):
        return found
    folded = text.casefold()
    months = any(map(folded.__contains__, _month_stems()))  # else no named month can match
    chars = set(text)
    for (pattern, needs, score), named in zip(_patterns(), _named(), strict=True):
        if needs and chars.isdisjoint(needs) or named and not months:
            continue
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            parts = [int(m.group("y"))]
            groups = m.groupdict()
            if groups.get("m"):
                month = m.group("m")
                number = int(month) if is_digits(month) else month_number(month)
                if not number:
                    continue
                parts.append(number)
                if groups.get("d") and parts[1] <= 12:
                    parts.append(int(m.group("d")))
            if groups.get("a"):
                parts.extend(_day_month(int(m.group("a")), int(m.group("b"))))
            parts = [p for p in parts if p]
            if len(parts) == 3 and not 1 <= parts[2] <= 31:
                parts = parts[:2]
            until: tuple[int, ...] = ()
            if groups.get("d2") and len(parts) == 3 and int(m.group("d2")) > parts[2]:
                until = (parts[0], parts[1], int(m.group("d2")))
            taken.append((m.start(), m.end()))
            found.append(DateMatch(m.start(), m.end(), tuple(parts), score, until))
    return sorted(found, key=lambda f: f.start)


def parse_date(text: str) -> DateMatch | None:
    """The most certain date in ``text`` (None when there is none)."""
    found = find_dates(text)
    return max(found, key=lambda f: (f.score, -f.start)) if found else None
