"""A list number left at the start of a reference (``30 Basso``, ``[4] R. W.``, ``12. Smith``)."""

from __future__ import annotations

from ... import rx
from ..draft import Draft

_NUMBER = rx.compile(r"^\s*(?:\[\s*\d{1,4}\s*\]|\(\d{1,4}\)|\d{1,3}[.)]?)\s+(?=[^\d\s])")


def find_enumerator(draft: Draft) -> None:
    """Claim a leading list number as junk."""
    m = _NUMBER.match(draft.masked)
    if m:
        draft.claim("junk", m.start(), m.end())
