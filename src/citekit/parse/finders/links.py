"""URLs (bare or in ``<...>``), empty ``<>`` placeholders, and DOIs in any written form."""

from __future__ import annotations

import re

from ... import rx
from ...diagnostics import Diagnostic, Location
from ..draft import Draft

_ANGLE = rx.compile(r"<\s*([^<>\s]*)\s*>")
_DOI = rx.compile(
    r"(?:\b(?:doi|DOI)\s*[:.]?\s*(?:https?://(?:dx\.)?doi\.org/)?|https?://(?:dx\.)?doi\.org/)?"
    r"(?:(?<=doi)|(?<=DOI)|\b)(10\.\d{4,9}/[^\s<>\"]+)"
)
_URL = rx.compile(r"\b(?:https?://|ftp://|www\.)[^\s<>\"]+", re.IGNORECASE)
_LEAD = rx.compile(
    r"(?:\[?\bonline\]?|\bavailable\s+(?:online\s+)?(?:at|from)|\bretrieved\s+from|\burl|\bdoi"
    r"|\bfrom|\bat|\bonline\s+at|\bvia|\bweb)\s*:?\s*$",
    re.IGNORECASE,
)


def _trim(url: str) -> str:
    """Drop trailing punctuation that belongs to the sentence, keeping balanced brackets."""
    while url and url[-1] in ".,;:)]}'’”":
        if url[-1] == ")" and url.count("(") >= url.count(")"):
            break
        url = url[:-1]
    return url


def find_links(draft: Draft) -> None:
    """Claim DOIs, URLs and empty ``<>`` (the latter with a ``url-empty`` warning)."""
    for m in _ANGLE.finditer(draft.masked):
        if not m.group(1):
            draft.claim("junk", m.start(), m.end())
            draft.diagnostics.append(Diagnostic(
                "url-empty", "warning", "empty <> where a URL should be: no URL recorded",
                Location(column=m.start() + 1)))
    for m in _DOI.finditer(draft.masked):
        doi = _trim(m.group(1))
        draft.claim("DOI", m.start(), m.start(1) + len(doi), doi)
        link = m.group(0)[: m.start(1) - m.start()].strip()
        if link.lower().startswith("http") and not draft.has("URL"):
            draft.claim("URL", m.start(1), m.start(1), link + doi)  # a DOI given as a link
        _claim_lead(draft, m.start())
    for m in _URL.finditer(draft.masked):
        url = _trim(m.group(0))
        draft.claim("URL", m.start(), m.start() + len(url), url)  # kept as written
        _claim_lead(draft, m.start())


def _claim_lead(draft: Draft, start: int) -> None:
    """Claim a label such as "Retrieved from" or "Available at:" just before a link."""
    window = draft.masked[max(0, start - 40) : start]
    lead = _LEAD.search(window)
    if lead and lead.start() < lead.end():
        begin = start - len(window) + lead.start()
        draft.claim("junk", begin, start)
