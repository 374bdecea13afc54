"""Editions: ``3rd ed.``, ``2nd edition``, ``개정판``, ``제2판``."""

from __future__ import annotations

import re

from ... import rx
from ..draft import Draft

_EDITION = rx.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th|\.)?\s*(?:ed\b\.?|edn\b\.?|edition(?:\s+edition)?\b|aufl\b\.?|éd\b\.?)"
    r"|\b(revised|rev\.|expanded|new)\s+ed(?:ition|n?\.)"
    r"|(?<!\d)제?\s*(\d{1,2})\s*판(?!결)|(개정|증보|전정)\s*판",
    re.IGNORECASE,
)

_EDITION_WORDS = rx.compile(r"ed|aufl|éd|판", re.IGNORECASE)  # in every _EDITION match: cheap


def find_edition(draft: Draft) -> None:
    """Claim an edition statement."""
    m = _EDITION_WORDS.search(draft.masked) and _EDITION.search(draft.masked)
    if m:
        value = next(g for g in m.groups() if g)
        draft.claim("edition", m.start(), m.end(), value)
