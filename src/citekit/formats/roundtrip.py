"""What survives writing items in a format and reading them back: the no-loss check.

``round_trip(items, "biblatex")`` writes, reads back and sorts every field of every item
into *kept* (read back equal), *reported* (named by the writer as not held) and
*changed* (neither: silent loss or alteration, which should never happen).
"""

from __future__ import annotations

from typing import Any

from ..model import DATE_FIELDS, CSLItem
from ..records import dataclass, field
from . import read_library, write_library


@dataclass
class RoundTrip:
    """Field counts of one round trip; ``changed`` lists ``(item id, field)`` pairs."""

    format: str
    items: int = 0
    kept: int = 0
    reported: list[tuple[str, str]] = field(default_factory=list)
    changed: list[tuple[str, str]] = field(default_factory=list)

    @property
    def fields(self) -> int:
        """All fields compared."""
        return self.kept + len(self.reported) + len(self.changed)


def _normal(variable: str, value: Any) -> Any:
    if variable in DATE_FIELDS and isinstance(value, dict) and "date-parts" in value:
        parts = [[int(p) for p in part] for part in value["date-parts"]]
        return {**value, "date-parts": parts}
    return value


def _fields(item: CSLItem) -> dict[str, Any]:
    """Top-level fields, with each ``custom`` key counted as a field of its own."""
    flat = {k: _normal(k, v) for k, v in item.items() if k != "custom"}
    custom = item.get("custom")
    if isinstance(custom, dict):
        flat.update({f"custom.{k}": v for k, v in custom.items()})
    return flat


def round_trip(items: list[CSLItem], format: str) -> RoundTrip:
    """Write ``items`` in ``format``, read them back, and account for every field."""
    written = write_library(items, format)
    back = read_library(written.text, f"<{format}>", format=format)
    result = RoundTrip(format, items=len(items))
    lost: dict[str, set[str]] = {}
    for diagnostic in written.diagnostics:
        item_id = diagnostic.location.item_id or ""
        names = diagnostic.message.split(" cannot hold ", 1)[1].rsplit(";", 1)[0]
        lost.setdefault(item_id, set()).update(n.split(" (")[0] for n in names.split(", "))
    read_items = back.items if back else []
    for index, item in enumerate(items):
        again = _fields(read_items[index]) if index < len(read_items) else {}
        for variable, value in _fields(item).items():
            held = again.get(variable) == value
            if variable == "citation-key":
                held = again.get("id") == value
            if held:
                result.kept += 1
            elif variable in lost.get(str(item.get("id")), set()):
                result.reported.append((str(item.get("id")), variable))
            else:
                result.changed.append((str(item.get("id")), variable))
    return result
