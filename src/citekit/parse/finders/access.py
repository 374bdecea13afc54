"""Access dates: a phrase (``accessed``, ``retrieved``, ``검색일`` ...) and the date after it."""

from __future__ import annotations

import re
from functools import cache

from ... import rx
from ..data import alternation
from ..draft import Draft
from ..normalise.dates import find_dates

_FROM = rx.compile(r",?\s*from\s+(?!https?:|www\.)([^\x00.,;]{2,60})(?=[.,;]?\s*(?:\x00|$))")
_AFTER_DATE = rx.compile(r"\s*(?:에\s*)?(?:접속|검색|열람|접근)(?:함|했음|일)?(?![가-힣])")


@cache
def _phrase() -> re.Pattern[str]:
    phrases = alternation("access_phrases.txt")
    return rx.compile(rf"[\[(]?\s*(?<!\w)(?:{phrases})\s*(?:on\s+)?[:：]?\s*", re.IGNORECASE)


def find_access(draft: Draft) -> None:
    """Claim an access-date phrase with its date as ``accessed``."""
    korean_order = any(word in draft.masked for word in ("접속", "검색", "열람", "접근"))
    for date in find_dates(draft.masked) if korean_order else ():
        after = _AFTER_DATE.match(draft.masked, date.end)
        if after:  # Korean order: 2024년 3월 1일 접속
            draft.claim("accessed", date.start, after.end(), date)
            return
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
        source = _FROM.match(draft.masked, end)
        if source:  # Retrieved May 3, 2010, from LexisNexis: the database
            draft.claim("archive", source.start(), source.end(), source.group(1).strip())
        return
