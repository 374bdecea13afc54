"""The issued date: the most certain date left in the string once titles and links are out."""

from __future__ import annotations

import re

from ... import rx
from ..draft import Draft
from ..normalise.dates import DateMatch, find_dates, month_number

_OPEN = rx.compile(r"[(\[]\s*$")
_CLOSE = rx.compile(r"^\s*[)\]]")
_NO_DATE = rx.compile(r"\(?\b(?:n\.\s?d\.?|s\.\s?d\.|o\.\s?J\.|날짜\s*없음)(?!\w)\)?")
_DAY_MONTH = rx.compile(r"(?<=[,(] )(?:(?P<d1>[0-3]?\d)\s+(?P<m1>[A-Za-z]{3,9})\.?"
                        r"|(?P<m2>[A-Za-z]{3,9})\.?\s+(?P<d2>[0-3]?\d))(?=\s*[.,;)]|$)")
_ORIGINAL = rx.compile(r"\s*\[\s*(1[5-9]\d\d|20\d\d)\s*\]")


def _rank(text: str, date: DateMatch) -> tuple[int, int]:
    """More certain forms first; then a year set off by brackets or punctuation; then earlier."""
    score = date.score
    before, after = text[: date.start].rstrip(), text[date.end :].lstrip()
    if _OPEN.search(text[: date.start]) and not before.endswith("["):
        score += 3  # (2020); a [1970] after another year is an original date
    elif before.endswith((",", ".", ";")) or not before:
        score += 1
    if not after or after[0] in ".,;:)]":
        score += 1
    if re.search(r"\d\s*[-–/]\s*\d", text[date.start : date.end]):
        score -= 3  # a range of years is more often a period in a title than a date
    return score, -date.start


def find_issued(draft: Draft) -> None:
    """Claim the publication date (with brackets wrapping it) as ``issued``."""
    dates = find_dates(draft.masked)
    if not dates:
        undated = _NO_DATE.search(draft.masked)
        if undated:  # (n.d.): no date, said so
            draft.claim("junk", undated.start(), undated.end())
        return
    best = max(dates, key=lambda d: _rank(draft.masked, d))
    start, end = best.start, best.end
    original = _ORIGINAL.match(draft.masked, end)
    if original:  # 1984 [1970]: the year of first publication
        draft.claim("original-date", original.start(), original.end(),
                    DateMatch(original.start(1), original.end(1), (int(original.group(1)),), 1))
        end = original.end()
    opening = _OPEN.search(draft.masked[:start])
    closing = _CLOSE.match(draft.masked[end:])
    if opening and closing:
        start, end = opening.start(), end + closing.end()
    draft.claim("issued", start, end, _with_day_later(draft, best, end))


def _with_day_later(draft: Draft, year: DateMatch, after: int) -> DateMatch:
    """Harvard ``(2020) 'Title', 16 April.``: a day and month with no year of their own, later
    in the string, complete a bare year (the day-month span is claimed)."""
    if len(year.parts) != 1:
        return year
    for m in _DAY_MONTH.finditer(draft.masked, after):
        month = month_number(m.group("m1") or m.group("m2"))
        day = int(m.group("d1") or m.group("d2"))
        if month and month <= 12 and 1 <= day <= 31:
            draft.claim("junk", m.start(), m.end())
            return DateMatch(year.start, year.end, (year.parts[0], month, day), year.score)
    return year
