"""Search-result lines copied from Korean article and thesis databases, where the fields
follow the title separated only by spaces:

``제목  홍길동 ( Gil Dong Hong ) 한국경영학회 2014 경영학연구 Vol.29 No.6`` (author, the
society that publishes the journal, year, journal, numbers) and
``제목  홍길동 서울대학교 2019 국내박사`` (author, university, year, degree).
"""

from __future__ import annotations

import re

from ... import rx
from ..data import words
from ..draft import Draft
from ..normalise.dates import DateMatch

_LINE = rx.compile(
    r"\s(?P<name>[\uac00-\ud7a3]{2,4})(?:\s*\(\s*[A-Za-z][A-Za-z .,-]{1,40}\))?"
    r"\s+(?P<publisher>[\w()·-]{2,30})\s+(?P<year>(?:19|20)\d\d)"
    r"(?:\s+(?P<degree>(?:국내|해외)?\s*(?:박사|석사)(?:학위)?(?:논문)?)"
    r"|\s+(?P<journal>[^\x00\d][^\x00]{1,60}?))\s*(?=\s(?:Vol|No)\b|\x00|$)"
)
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_EMPTY_NUMBER = rx.compile(r"\b(?:Vol|No)\.?\s*-(?=\s|$)", re.IGNORECASE)


def find_catalogue_line(draft: Draft) -> None:
    """Claim author, publisher, year and journal or degree of a database result line."""
    m = _LINE.search(draft.masked) if _HANGUL.search(draft.masked) else None
    if not m or not draft.masked[: m.start()].strip():
        return
    name = m.group("name")
    publisher = m.group("publisher")
    if not (name[:1] in words("korean_surnames.txt") and publisher.endswith(
            tuple(words("korean_institution_endings.txt")))):
        return
    for empty in _EMPTY_NUMBER.finditer(draft.masked):  # Vol.- : no volume
        draft.claim("junk", empty.start(), empty.end())
    draft.claim("author", m.start("name"), m.start("publisher"))
    draft.claim("publisher", m.start("publisher"), m.end("publisher"), publisher)
    year = int(m.group("year"))
    draft.claim("issued", m.start("year"), m.end("year"),
                DateMatch(m.start("year"), m.end("year"), (year,), 6))
    if m.group("degree"):
        draft.claim("genre", m.start("degree"), m.end("degree"), "thesis")
    else:
        draft.claim("container-title", m.start("journal"), m.end("journal"),
                    m.group("journal").strip())
    title_end = len(draft.masked[: m.start()].rstrip())
    title_start = len(draft.masked[:title_end]) - len(draft.masked[:title_end].lstrip())
    draft.claim("title", title_start, title_end, draft.raw[title_start:title_end].strip())
