"""Rendering CSL-JSON items with pandoc's citeproc: bibliographies, footnotes and citations.

One pandoc process per call: the items go in as one CSL-JSON file, the citations as one
generated Markdown document, and citekit's Lua writer (``collect.lua``) hands back each
entry in the target format. See ``docs/rendering.md``.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Literal

from ..errors import RenderError, UsageError
from ..model import CSLItem
from .clusters import (
    CiteItem,
    Cluster,
    cluster_markdown,
    clusters_from_json,
    guard_markdown_citations,
    normalize_markdown_labels,
    read_clusters,
)

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
    """Item fields citekit had to repair or drop before rendering (one message each)."""


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


def _run(
    items: list[CSLItem],
    clusters: list[Cluster] | str | None,
    *,
    style: str,
    mode: str,
    to: str,
    locale: str | None,
) -> Rendered:
    """Render; ``clusters`` None means each item cited once, in order (``render``)."""
    from .groups import render_grouped, worth_grouping
    from .order import fixed_order, needs_fixing, reorder
    from .output import entries_from, whole_output
    from .pandoc import run_citeproc
    from .prepare import name_clash_twins, prepare_items
    from .styles import resolve_style

    per_item = clusters is None
    resolved = resolve_style(style)
    problems: list[str] = []
    prepared = prepare_items(items, problems)
    if isinstance(clusters, str):
        body = normalize_markdown_labels(clusters)
        if resolved.note:
            body = guard_markdown_citations(body)
    else:
        if clusters is None:
            # every item cited once, in input order, even for a bibliography: pandoc then
            # registers them in that order, which breaks ties (year suffixes) as citeproc-js
            clusters = [Cluster(items=(CiteItem(id=item["id"]),)) for item in items]
        body = "\n\n".join(cluster_markdown(c, note=resolved.note) for c in clusters)
    fix_order = mode == "bibliography" and needs_fixing(resolved)

    def main_run(order: list[str] | None) -> tuple[dict, bytes | None]:
        if per_item and worth_grouping(resolved, mode, to, len(items)):
            return render_grouped(prepared, resolved, mode=mode, to=to, locale=locale), None
        cited, text = prepared, body
        if resolved.note and mode != "bibliography":
            twins = name_clash_twins(prepared)
            cited = prepared + twins
            # cited after everything else, so note numbers and ibid are unchanged
            text += "".join(f"\n\n[@{{{twin['id']}}}]" for twin in twins)
        return run_citeproc(
            cited, text, style=resolved, mode=mode, to=to, locale=locale, order=order
        )

    if fix_order and to in ("rtf", "docx"):
        # pandoc writes these documents itself, so it needs the order before it runs
        result, docx = main_run(fixed_order(prepared, resolved, body, locale))
    elif fix_order:
        with ThreadPoolExecutor(max_workers=2) as pool:
            order = pool.submit(fixed_order, prepared, resolved, body, locale)
            result, docx = main_run(None)
            result = reorder(result, order.result())
    else:
        result, docx = main_run(None)
    entries = entries_from(result, to)
    document = docx if docx is not None else result.get("document")
    output = whole_output(style, mode, to, entries, document)
    return Rendered(style=style, mode=mode, entries=entries, output=output, problems=problems)


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
    return _run(items, None, style=style, mode=mode, to=to, locale=locale)


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
    return _run(items, clusters, style=style, mode=mode, to=to, locale=locale)
