"""Rendering CSL-JSON items with pandoc's citeproc: bibliographies, footnotes and citations.

One pandoc process per call (or, for thousands of author-date items, one per group of
items that can affect each other, in parallel): the items go in as one CSL-JSON file, the
citations as one generated Markdown document, and citekit's Lua writer (``collect.lua``)
hands back each entry in the target format. See ``docs/rendering.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from ..errors import RenderError, UsageError
from ..model import CSLItem
from .clusters import CiteItem, Cluster, clusters_from_json, read_clusters

Mode = Literal["bibliography", "notes", "citations"]
MODES: tuple[str, ...] = ("bibliography", "notes", "citations")
OUTPUT_FORMATS: tuple[str, ...] = ("text", "html", "markdown", "json", "latex", "rtf", "docx")

__all__ = [
    "MODES",
    "OUTPUT_FORMATS",
    "CiteItem",
    "Cluster",
    "Entry",
    "Rendered",
    "clusters_from_json",
    "read_clusters",
    "render",
    "render_citations",
]


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
    problems: list[str] = field(default_factory=list)
    """Item fields citekit had to repair or drop, and pandoc's warnings (one message each)."""


def _check(items: list[CSLItem], mode: str, to: str) -> None:
    if mode not in MODES:
        raise UsageError(f"unknown mode {mode!r}; choose one of {', '.join(MODES)}")
    if to not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format {to!r}; choose one of {', '.join(OUTPUT_FORMATS)}")
    seen: set[str] = set()
    for index, item in enumerate(items, 1):
        item_id = item.get("id") if isinstance(item, dict) else None
        if not isinstance(item_id, str) or not item_id:
            raise RenderError(f"item {index} has no string 'id'")
        if item_id in seen:
            raise RenderError(f"item {index}: duplicate id {item_id!r}")
        if "}" in item_id:
            raise RenderError(
                f"item {index}: id {item_id!r} contains '}}', which pandoc cannot cite"
            )
        seen.add(item_id)


def render(
    items: list[CSLItem],
    *,
    style: str,
    mode: str = "bibliography",
    to: str = "text",
    locale: str | None = None,
) -> Rendered:
    """Render ``items`` in ``style`` (an id or a .csl path) as ``mode``, formatted ``to``.

    ``notes`` and ``citations`` cite each item once, in order, all in one document, so
    disambiguation sees every item; ``bibliography`` lists them all in the style's order.
    """
    items = list(items)
    _check(items, mode, to)
    from .engine import run

    return run(items, None, style=style, mode=mode, to=to, locale=locale)


def render_citations(
    items: list[CSLItem],
    clusters: list[Cluster] | str,
    *,
    style: str,
    to: str = "text",
    locale: str | None = None,
    mode: str = "citations",
) -> Rendered:
    """Render a sequence of citation clusters: footnotes (note styles) or in-text citations.

    ``clusters`` is a list of :class:`Cluster`, or Markdown text whose pandoc citations
    (``[@key, p 455]``) are the clusters, in document order. Ibid, ``(n 1)`` and
    disambiguation follow from the order.
    """
    items = list(items)
    _check(items, mode, to)
    if not isinstance(clusters, str):
        known = {item["id"] for item in items}
        for number, cluster in enumerate(clusters, 1):
            missing = [cite.id for cite in cluster.items if cite.id not in known]
            if missing:
                raise RenderError(f"citation {number} cites unknown id(s): {', '.join(missing)}")
    from .engine import run

    return run(items, clusters, style=style, mode=mode, to=to, locale=locale)
