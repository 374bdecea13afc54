"""Genre words that decide the type: theses (``PhD thesis``, ``박사학위논문``) and reports."""

from __future__ import annotations

import re

from ..draft import Draft

_THESIS = re.compile(
    r"\b(?:thesis|dissertation|th[eè]se|diss\.|tesis|tesi)\b|(?:박사|석사)?\s*학위\s*논문",
    re.IGNORECASE,
)
_THESIS_KIND = re.compile(
    r"(?:\b(?:ph\.?\s?d\.?|doctoral|master'?s?|m\.\s?a\.|m\.?\s?sc?\.|ma|msc|diploma|bachelor'?s?|"
    r"honours|doctorate|unpublished)|국내|해외)\s*$",
    re.IGNORECASE,
)
_MANUSCRIPT = re.compile(r"\b(?:unpublished\s+)?manuscript\b|미간행\s*원고", re.IGNORECASE)
_REPORT = re.compile(
    r"\b(?:tech(?:nical|\.)?\s*rep(?:ort|\.)?|working\s+papers?|research\s+reports?|white\s+paper|"
    r"discussion\s+papers?|policy\s+brief|report\s+no\.?)(?:\s+(?:no\.?\s*)?[\w./-]*\d[\w./-]*)?"
    r"|(?:(?:연구|정책|기술)\s*)?보고서(?:\s+[\w-]*\d[\w-]*)?|보도\s*자료|연구\s*보고",
    re.IGNORECASE,
)


def find_genre(draft: Draft) -> None:
    """Claim a thesis or report genre phrase."""
    m = _THESIS.search(draft.masked)
    if m:
        kind = _THESIS_KIND.search(draft.masked, max(0, m.start() - 16), m.start())
        draft.claim("genre", kind.start() if kind else m.start(), m.end(), "thesis")
        return
    for kind, pattern in (("report", _REPORT), ("manuscript", _MANUSCRIPT)):
        m = pattern.search(draft.masked)
        if m:
            draft.claim("genre", m.start(), m.end(), kind)
            return
