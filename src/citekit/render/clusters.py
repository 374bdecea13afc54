"""Citation clusters: what one footnote or one in-text citation cites, and its Markdown form."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import InputError

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!<>@;|~^$\"'&])")
_SIMPLE_LOCATOR = re.compile(r"^[\w\u2013\-]+$")
NOTE_GUARD = "\u2060"
"""A word joiner put as the prefix of a footnote's first citation (when it has none) so that
pandoc does not capitalise its first letter: the style's own text-case decides, and OSCOLA's
``ibid`` stays lower case as citeproc-js renders it. citekit's Lua writer removes it."""


@dataclass(frozen=True)
class CiteItem:
    """One source inside a cluster, with an optional locator ("455" with label "page")."""

    id: str
    locator: str | None = None
    label: str = "page"
    prefix: str = ""
    suffix: str = ""
    suppress_author: bool = False


@dataclass(frozen=True)
class Cluster:
    """One citation: a footnote in a note style, a parenthetical citation otherwise."""

    items: tuple[CiteItem, ...] = field(default_factory=tuple)


def _escape(text: str) -> str:
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def locator_markdown(label: str, locator: str) -> str:
    """``page 455`` (pandoc reads the label term), or ``{iv, vi}`` for a complex page locator."""
    locator = locator.replace("{", "").replace("}", "")
    if _SIMPLE_LOCATOR.match(locator) or label != "page":
        return f"{label} {locator}"
    return "{" + locator + "}"


def cite_markdown(cite: CiteItem, *, guard: bool = False) -> str:
    """The item in pandoc's citation syntax: ``prefix -@{id}, page 455 suffix``."""
    parts = []
    if cite.prefix:
        parts.append(_escape(cite.prefix) + " ")
    elif guard:
        parts.append(NOTE_GUARD + " ")
    parts.append(("-" if cite.suppress_author else "") + "@{" + cite.id + "}")
    if cite.locator:
        parts.append(", " + locator_markdown(cite.label, cite.locator))
    if cite.suffix:
        parts.append(("" if cite.suffix.startswith((",", " ")) else " ") + _escape(cite.suffix))
    return "".join(parts)


def cluster_markdown(cluster: Cluster, *, note: bool = False) -> str:
    """The whole cluster as one bracketed pandoc citation (``note``: guard its first letter)."""
    cites = [
        cite_markdown(cite, guard=note and index == 0) for index, cite in enumerate(cluster.items)
    ]
    return "[" + "; ".join(cites) + "]"


def cluster_from_json(value: Any, where: str = "cluster") -> Cluster:
    """Build a Cluster from ``{"items": [{"id": ..., "locator": ..., "label": ...}]}``."""
    raw_items = value.get("items") if isinstance(value, dict) else value
    if not isinstance(raw_items, list) or not raw_items:
        raise InputError(f"{where}: expected a non-empty list of cited items")
    cites = []
    for index, raw in enumerate(raw_items, 1):
        if isinstance(raw, str):
            raw = {"id": raw}
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise InputError(f"{where}, item {index}: expected an object with a string 'id'")
        locator = raw.get("locator")
        cites.append(
            CiteItem(
                id=raw["id"],
                locator=None if locator in (None, "") else str(locator),
                label=str(raw.get("label") or "page"),
                prefix=str(raw.get("prefix") or ""),
                suffix=str(raw.get("suffix") or ""),
                suppress_author=bool(raw.get("suppress-author") or raw.get("suppress_author")),
            )
        )
    return Cluster(items=tuple(cites))


def clusters_from_json(value: Any) -> list[Cluster]:
    """A JSON list of clusters (each an object with ``items``, or a list of items)."""
    if not isinstance(value, list):
        raise InputError("expected a JSON list of citation clusters")
    return [cluster_from_json(entry, f"cluster {index}") for index, entry in enumerate(value, 1)]
