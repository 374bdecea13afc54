"""OSCOLA journal citations after the year: ``(2006) 115 Yale LJ 1346``, ``[2005] PL 440``,
``(2015) 12(2) Korea Law Review 45``: volume, issue, journal and first page."""

from __future__ import annotations

from ... import rx
from ..draft import MASK, Draft

_AFTER_YEAR = rx.compile(
    r"\s*(?:(?P<volume>\d{1,4})(?:\s*\((?P<issue>\d{1,3})\))?\s+)?"
    r"(?P<journal>[A-Z][A-Za-z.&'’ ]{0,60}?"
    r"|[\u3400-\u9fff\uac00-\ud7a3][^\W\d_]*(?: [^\W\d_]+){0,4})"
    r"\s+(?P<page>\d{1,6})(?=\s*(?:[,.;(]|$))"
)


def find_oscola_journal(draft: Draft) -> None:
    """Claim volume, issue, journal and page written after a bracketed year, OSCOLA style."""
    issued = draft.first("issued")
    if issued is None or draft.raw[issued.start] not in "([" or draft.has("volume", "page"):
        return
    m = _AFTER_YEAR.match(draft.masked, issued.end)
    if not m or MASK in m.group(0):
        return
    for name in ("volume", "issue", "journal", "page"):
        if m.group(name):
            field = "container-title" if name == "journal" else name
            draft.claim(field, m.start(name), m.end(name), m.group(name).strip())
