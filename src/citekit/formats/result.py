"""What reading and writing a structured format give back: data plus located diagnostics."""

from __future__ import annotations

from ..diagnostics import Diagnostic, Location
from ..model import CSLItem
from ..records import dataclass, field


@dataclass
class ReadResult:
    """Items read from a structured file, the format recognised, and problems found.

    A malformed entry is an ``error`` diagnostic with its line; the other entries are read.
    """

    format: str
    items: list[CSLItem] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


@dataclass
class WriteResult:
    """Text in a format, and a ``format-cannot-hold`` warning per item that lost fields."""

    format: str
    text: str
    diagnostics: list[Diagnostic] = field(default_factory=list)


def cannot_hold(format_label: str, item_id: str, fields: list[str]) -> Diagnostic:
    """The warning a writer gives for fields of an item its format has no place for."""
    names = ", ".join(sorted(fields))
    return Diagnostic(
        "format-cannot-hold",
        "warning",
        f"item {item_id!r}: {format_label} cannot hold {names}; not written",
        Location(item_id=item_id),
    )


def problem(
    rule: str, message: str, file: str, line: int | None, item_id: str | None = None
) -> Diagnostic:
    """An error found while reading, located at ``file:line``."""
    return Diagnostic(rule, "error", message, Location(file=file, line=line, item_id=item_id))
