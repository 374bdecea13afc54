"""APA descriptors in brackets: ``[Data set]``, ``[Computer software]``, ``[Video]``,
``[Blog post]``... They name the medium and settle the type (``parse/data/descriptors.tsv``)."""

from __future__ import annotations

from ... import rx
from ..data import table
from ..draft import Draft

_BRACKET = rx.compile(r"\[([^\[\]\x00]{3,60})\]")
_REVIEW = rx.compile(r"^review of the .*")


def find_descriptor(draft: Draft) -> None:
    """Claim a bracketed descriptor as ``medium`` and flag the type it gives."""
    known = table("descriptors.tsv")
    for m in _BRACKET.finditer(draft.masked):
        words = m.group(1).strip().rstrip(".")
        head = words.split(",")[0].strip().casefold()
        kind = known.get(head) or known.get(_REVIEW.sub("review of the book", head))
        if kind:
            draft.claim("medium", m.start(), m.end(), words)
            draft.flags.add(f"type:{kind}")
            return
