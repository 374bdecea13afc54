"""Parsing informal reference strings into CSL-JSON items.

``parse_reference`` is the one entry point: it never raises on bad input; problems come
back as diagnostics (an ``error`` diagnostic means the reference could not be parsed).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..diagnostics import Diagnostic
from ..model import CSLItem


@dataclass
class ParseResult:
    """A parsed item and what the parser has to say about it."""

    item: CSLItem
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """False when the reference could not be parsed."""
        return not any(d.severity == "error" for d in self.diagnostics)


def parse_reference(raw: str, *, item_id: str | None = None) -> ParseResult:
    """Parse one informal reference string (placeholder: the title is the whole string)."""
    item: CSLItem = {"id": item_id or "item", "type": "document", "title": raw.strip()}
    return ParseResult(item)
