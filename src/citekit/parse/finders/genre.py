"""Genre words that decide the type: theses (``PhD thesis``, ``박사학위논문``) and reports."""

from __future__ import annotations

import re

from ... import rx
from ..data import alternation
from ..draft import Draft

_THESIS = rx.compile(
    r"\b(?:thesis|dissertation|th[eè]se|tesis|tesi)\b|\bdiss\.|(?:박사|석사)?\s*학위\s*논문|(?:박사|석사)\s*논문|(?:博士|修士|碩士)(?:学位|學位)?論文",
    re.IGNORECASE,
)
_THESIS_WORDS = rx.compile(r"thes|thès|tesi|diss|논문|論文", re.IGNORECASE)  # in each _THESIS hit
_THESIS_KIND = rx.compile(
    r"(?:\b(?:ph\.?\s?d\.?|doctoral|master'?s?|m\.\s?a\.|m\.?\s?sc?\.|ma|msc|diploma|bachelor'?s?|"
    r"honours|doctorate|unpublished)|국내|해외)\s*$",
    re.IGNORECASE,
)
_REPORT_WORDS = rx.compile(  # what every _REPORT match contains: a cheap test before the search
    r"working\s+papers?|research\s+reports?|discussion\s+papers?|policy\s+brief"
    r"|tech(?:nical|\.)?\s*rep|white\s+paper|report\s+no|보고서|보도\s*자료|연구\s*보고"
    rf"|\(\s*report\s*\)|{alternation('korean_report_series.txt')}",
    re.IGNORECASE,
)
# In Essex research reports on linguistics (Vol. 24, p. 1-15): the series of a book, no genre
_IN_A_BOOK = rx.compile(r"(?:^|[.,]\s)In:?\s+(?:[A-Z][\w-]*\s+){0,3}$")
_MANUSCRIPT = rx.compile(r"\b(?:unpublished\s+)?manuscript\b|미간행\s*원고", re.IGNORECASE)
_REPORT = rx.compile(
    r"(?:\b(?-i:[A-Z][\w-]*)\s+){0,3}(?=(?:working|research|discussion|policy)\s)"  # series name
    r"(?:working\s+papers?|research\s+reports?|discussion\s+papers?|policy\s+brief)"
    r"(?:\s+(?:no\.?\s*)?[\w./-]*\d[\w./-]*)?"
    r"|\b(?:tech(?:nical|\.)?\s*rep(?:ort|\.)?|white\s+paper|report\s+no\.?)"
    r"(?:\s+(?:no\.?\s*)?[\w./-]*\d[\w./-]*)?"
    r"|(?:(?:연구|정책|기술)\s*)?보고서(?:\s+[\w-]*\d[\w-]*)?|보도\s*자료"
    r"|연구\s*보고(?:\s+(?:[A-Z]{1,4}\s*)?[\w-]*\d[\w-]*)?|\(\s*report\s*\)"
    rf"|(?:\b[A-Z]{{2,6}}\s+)?(?<![가-힣])(?:{alternation('korean_report_series.txt')})(?![가-힣])"
    r"(?:\s*제?\s*\d[\d-]*호?)?",
    re.IGNORECASE,
)


def find_genre(draft: Draft) -> None:
    """Claim a thesis or report genre phrase."""
    m = _THESIS_WORDS.search(draft.masked) and _THESIS.search(draft.masked)
    if m:
        kind = _THESIS_KIND.search(draft.masked, max(0, m.start() - 16), m.start())
        draft.claim("genre", kind.start() if kind else m.start(), m.end(), "thesis")
        return
    for kind, pattern in (("report", _REPORT), ("manuscript", _MANUSCRIPT)):
        if pattern is _REPORT and not _REPORT_WORDS.search(draft.masked):
            continue
        m = pattern.search(draft.masked)
        if m and not (kind == "report" and (_IN_A_BOOK.search(draft.masked, 0, m.start())
                                            or m.group(0).startswith(("In ", "In: ")))):
            draft.claim("genre", m.start(), m.end(), kind)
            return
