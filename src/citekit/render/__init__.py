"""Rendering CSL-JSON items with pandoc's citeproc: bibliographies, footnotes and citations.

One pandoc process per call (or, for many items, one per chunk of items that cannot
affect each other, in parallel): the items go in as one CSL-JSON file, the citations as
one generated Markdown document, and citekit's Lua writer (``collect.lua``), or for plain
text that needs none of its repairs pandoc's own plain writer, hands back each entry in
the target format. See ``docs/rendering.md``.
"""

from __future__ import annotations

from ..diagnostics import Diagnostic
from ..errors import RenderError, UsageError
from ..model import CSLItem
from ..records import dataclass, field
from .clusters import CiteItem, Cluster, clusters_from_json, read_clusters

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
    "render_notes_and_bibliography",
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
    diagnostics: list[Diagnostic] = field(default_factory=list)
    """Located findings about the citations (an unknown id cited), severity ``error``."""


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


def render_notes_and_bibliography(
    items: list[CSLItem],
    *,
    style: str,
    to: str = "text",
    locale: str | None = None,
) -> tuple[Rendered, Rendered]:
    """``render`` of ``notes`` and of ``bibliography``, the same entries, in one go: each
    item's first footnote (in-text citation in an author-date style) and the
    bibliography. Many items in a note style's plain text come from one set of pandoc
    runs instead of two (a bibliography then costs a fraction of its own render)."""
    items = list(items)
    _check(items, "notes", to)
    from .engine import run_paired

    return run_paired(items, style=style, to=to, locale=locale)


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
    disambiguation follow from the order. A citation of an unknown id is a located
    diagnostic in ``Rendered.diagnostics`` (cluster number, or Markdown line); the rest
    is rendered.
    """
    items = list(items)
    _check(items, mode, to)
    from .engine import run
    from .ids import UNKNOWN
    from .unknown import known_clusters, unknown_in_markdown

    known = {item["id"] for item in items}
    if isinstance(clusters, str):
        found = unknown_in_markdown(clusters, known)
    else:
        clusters, found = known_clusters(clusters, known)
    rendered = run(items, clusters, style=style, mode=mode, to=to, locale=locale)
    reported = {
        f"Citeproc: citation {key} not found"
        for d in found
        for key in (d.location.item_id, UNKNOWN.format(d.location.item_id))
    }
    rendered.problems = [problem for problem in rendered.problems if problem not in reported]
    rendered.diagnostics += found
    return rendered
