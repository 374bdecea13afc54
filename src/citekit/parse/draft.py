"""The working state of one parse: the raw string, what has been claimed, and by which field.

Finders and labellers claim character spans of the raw string for a field. Claimed text is
masked (replaced by ``MASK``) in ``masked`` so later stages never see it twice, while every
offset stays the same as in ``raw``.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Diagnostic
from ..records import dataclass, field

MASK = "\x00"


@dataclass
class Claim:
    """A span of the raw string given to one field, with an optional normalised value."""

    field: str
    start: int
    end: int
    value: Any = None


@dataclass
class Draft:
    """One reference under construction."""

    raw: str
    masked: str = ""
    claims: list[Claim] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    flags: set[str] = field(default_factory=set)
    doubts: set[str] = field(default_factory=set)  # fields decided by a default, not evidence
    claimed: set[str] = field(default_factory=set)  # the fields of ``claims`` (for ``has``)

    def __post_init__(self) -> None:
        if not self.masked:
            self.masked = self.raw

    def claim(self, name: str, start: int, end: int, value: Any = None) -> Claim:
        """Give ``raw[start:end]`` to field ``name`` and mask it."""
        found = Claim(name, start, end, value)
        self.claims.append(found)
        self.claimed.add(name)
        self.masked = self.masked[:start] + MASK * (end - start) + self.masked[end:]
        return found

    def doubt(self, name: str) -> None:
        """Record that ``name`` was decided by a fallback rule rather than clear evidence."""
        self.doubts.add(name)

    def first(self, name: str) -> Claim | None:
        """The first claim for a field, in string order."""
        if name not in self.claimed:
            return None
        return min((c for c in self.claims if c.field == name), key=lambda c: c.start)

    def has(self, *names: str) -> bool:
        """True when any of the fields has been claimed."""
        return not self.claimed.isdisjoint(names)

    def text(self, claim: Claim) -> str:
        """The raw text of a claim."""
        return self.raw[claim.start : claim.end]
