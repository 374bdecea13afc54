"""A bibliography rendered in a given order, in runs of bounded size.

Once citekit knows the bibliography's order (``order.fixed_order``), pandoc need not sort
again: a copy of the style sorts on one variable that holds each item's rank. Pandoc then
puts each entry after the one it follows in the final order, so a repeated author's dash
(``subsequent-author-substitute``) stands for the entry before it in the printed list, and
the bibliography can be cut into runs: each run starts with the last entry of the run
before it, whose text is dropped, so that every entry but the first still follows its
predecessor. Only for styles whose entries depend on no other entry but that one (no
citation numbers, no year suffixes).
"""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .. import cores
from ..model import CSLItem
from .order_chunks import run_starts
from .styles import CSL, Style, _root, style_text, write_copy

BIBLIOGRAPHY_CHUNK = 250
"""Most items per bibliography run (pandoc's memory grows with a run's items)."""
RANK_VARIABLES = ("call-number", "dimensions", "scale", "archive_location")
"""Variables that can carry the rank: the first one the style never reads is used."""

Render = Callable[[list[CSLItem], Style], dict[str, Any]]


def rankable(style: Style) -> str | None:
    """The variable a copy of ``style`` can sort its bibliography on, or None where the
    order changes entries other than the next one (numbers, year suffixes)."""
    text = style_text(style)
    if "citation-number" in text or "year-suffix" in text:
        return None
    read = {
        name
        for element in _root(style.path).iter()
        if isinstance(element.tag, str)
        for name in (element.get("variable") or "").split()
    }
    return next((name for name in RANK_VARIABLES if name not in read), None)


def ranked_style(style: Style, variable: str, folder: Path) -> Style:
    """A copy of ``style`` whose bibliography sorts on ``variable`` alone."""
    from xml.etree.ElementTree import Element, SubElement

    root = copy.deepcopy(_root(style.path))
    bibliography = root.find(f"{CSL}bibliography")
    if bibliography is None:
        raise ValueError(f"{style.path.name} has no bibliography")
    sort = bibliography.find(f"{CSL}sort")
    if sort is None:
        sort = Element(f"{CSL}sort")
        bibliography.insert(0, sort)
    sort.clear()
    SubElement(sort, f"{CSL}key", variable=variable)
    path = folder / f"ranked-{style.path.name}"
    write_copy(root, path)
    return Style(id=style.id, path=path, note=style.note, locale=style.locale)


def ranked_items(items: list[CSLItem], order: list[str], variable: str) -> list[CSLItem]:
    """Copies of ``items`` in ``order`` whose ``variable`` is their zero-padded rank
    (items not in ``order`` after the others, in input order)."""
    rank = {ident: index for index, ident in enumerate(order)}
    ranked = sorted(items, key=lambda item: rank.get(item["id"], len(rank)))
    return [{**item, variable: f"{index:09d}"} for index, item in enumerate(ranked)]


def in_order(
    items: list[CSLItem], order: list[str], style: Style, variable: str, render: Render,
    size: int | None = None,
) -> dict[str, Any]:
    """The Lua writer's result for the bibliography of ``items`` in ``order``: ``render``
    (one pandoc run of a style) on runs of at most ``size`` (``BIBLIOGRAPHY_CHUNK``)
    items, on all cores."""
    ranked = ranked_items(items, order, variable)
    size = size or BIBLIOGRAPHY_CHUNK
    runs = [ranked[start : start + size] for start in run_starts(len(ranked), size)]
    with tempfile.TemporaryDirectory(prefix="citekit-ranked-") as folder:
        sorted_style = ranked_style(style, variable, Path(folder))
        results = cores.map_threads(lambda run: render(run, sorted_style), runs)
    return joined(results, [run[0]["id"] for run in runs])


def joined(results: list[dict[str, Any]], firsts: list[str]) -> dict[str, Any]:
    """Runs of the bibliography as one: each run's entries but the first item of the run
    (``firsts``), which the run before it gave; all their warnings."""
    entries = list(results[0]["entries"]) if results else []
    for first, result in zip(firsts[1:], results[1:], strict=True):
        entries.extend(e for e in result["entries"] if e["ids"][0] != first)
    warnings = [warning for result in results for warning in result.get("warnings", [])]
    return {"entries": entries, "warnings": warnings}
