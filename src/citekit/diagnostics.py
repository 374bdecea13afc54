"""One shape for everything citekit has to say about an input.

Parse warnings, check findings and link verdicts are all ``Diagnostic`` objects: a stable
rule id, a severity, where it is, a message a person understands and, where one is safe,
a fix.
"""

from __future__ import annotations

from typing import Any, Literal

from .records import asdict, dataclass, field, replace

Severity = Literal["error", "warning", "info"]
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "error": 2}


@dataclass(frozen=True)
class Location:
    """Where a diagnostic points: file, 1-based line and column, and the item id."""

    file: str | None = None
    line: int | None = None
    column: int | None = None
    item_id: str | None = None

    def __str__(self) -> str:
        parts = [self.file or "<input>"]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)


@dataclass(frozen=True)
class Fix:
    """A safe, mechanical fix: replace ``old`` by ``new`` in the reference text."""

    description: str
    old: str
    new: str


@dataclass(frozen=True)
class Diagnostic:
    """A finding about one reference."""

    rule: str
    severity: Severity
    message: str
    location: Location = field(default_factory=Location)
    fix: Fix | None = None

    def at(self, **where: Any) -> Diagnostic:
        """Return a copy with location fields (file, line, column, item_id) filled in."""
        current = asdict(self.location)
        current.update({k: v for k, v in where.items() if v is not None})
        return replace(self, location=Location(**current))

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        data = asdict(self)
        if self.fix is None:
            data.pop("fix")
        return data

    def __str__(self) -> str:
        return f"{self.location}: {self.severity}: {self.message} [{self.rule}]"
