"""Parsing informal reference strings into CSL-JSON items.

``parse_reference`` is the one entry point: it never raises on bad input; problems come
back as diagnostics (an ``error`` diagnostic means the reference could not be parsed).

The work is done in three separable steps (see ``docs/parsing.md``):

1. **find**: ``finders/`` claim spans whose form gives them away (links, access dates,
   quoted titles, genre words, dates, volume/issue/pages) on a ``Draft``;
2. **label**: ``labels/`` read what is left: the author zone at the start, then title,
   container, publisher and place segments;
3. **assemble**: ``assemble`` turns claims and labels into a CSL item through the
   ``normalise/`` modules (names, dates, pages, text, type).
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..model import CSLItem
from ..records import dataclass, field


@dataclass
class ParseResult:
    """A parsed item and what the parser has to say about it."""

    item: CSLItem
    diagnostics: list[Diagnostic] = field(default_factory=list)
    text: str = ""  # the cleaned string the parser read (claims' offsets point into it)
    claims: list[tuple[str, int, int]] = field(default_factory=list)  # (field, start, end)

    @property
    def ok(self) -> bool:
        """False when the reference could not be parsed."""
        return not any(d.severity == "error" for d in self.diagnostics)


def parse_reference(raw: str, *, item_id: str | None = None) -> ParseResult:
    """Parse one informal reference string into a CSL item (never raises on bad input).

    The rules read the string first; the trained labeller (``model/``, loaded on first use)
    then labels it with what the rules claimed, and ``model.combine`` joins the two."""
    from .assemble import parse_draft
    from .model.labeller import available

    rules = parse_draft(raw, item_id or "item")
    if not available():
        return rules
    from .model.combine import combine

    return combine(rules, item_id or "item")


__all__ = ["ParseResult", "parse_reference"]
