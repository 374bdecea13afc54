"""Access dates: a phrase (``accessed``, ``retrieved``, ``검색일`` ...) and the date after it."""

from __future__ import annotations

import re
from functools import cache

from ..data import alternation
from ..draft import Draft
from ..normalise.dates import find_dates


@cache
def _phrase() -> re.Pattern[str]:
    phrases = alternation("access_phrases.txt")
    return re.compile(rf"[\[(]?\s*(?<!\w)(?:{phrases})\s*(?:on\s+)?[:：]?\s*", re.IGNORECASE)


def find_access(draft: Draft) -> None:
    """Claim an access-date phrase with its date as ``accessed``."""
    for m in _phrase().finditer(draft.masked):
        tail = draft.masked[m.end() : m.end() + 40]
        dates = [d for d in find_dates(tail) if d.start == 0]
        if not dates:
            continue
        date = max(dates, key=lambda d: d.end)
        end = m.end() + date.end
        close = re.match(r"\s*[\])]", draft.masked[end:])
        if close and m.group(0)[:1] in "[(":
            end += close.end()
        draft.claim("accessed", m.start(), end, date)
        return
