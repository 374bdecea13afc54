"""Rendering CSL-JSON items with pandoc's citeproc (interface; the engine is being built)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..errors import RenderError
from ..model import CSLItem

Mode = Literal["bibliography", "notes", "citations"]
MODES: tuple[str, ...] = ("bibliography", "notes", "citations")
OUTPUT_FORMATS: tuple[str, ...] = ("text", "html", "markdown", "json")


@dataclass(frozen=True)
class Entry:
    """One rendered entry: a bibliography entry, a footnote or an in-text citation."""

    id: str
    text: str


@dataclass
class Rendered:
    """The result of one render: entries in output order and the whole output."""

    style: str
    mode: str
    entries: list[Entry] = field(default_factory=list)
    output: str | bytes = ""


def render(
    items: list[CSLItem],
    *,
    style: str,
    mode: str = "bibliography",
    to: str = "text",
    locale: str | None = None,
) -> Rendered:
    """Render ``items`` in ``style`` (an id or a .csl path) as ``mode``, formatted ``to``."""
    raise RenderError("the rendering engine is not built yet")
