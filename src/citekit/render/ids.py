"""Internal ids for pandoc: any user id is cited safely and every output maps back to it.

Pandoc reads a citation key only up to a space or ``}``, so items with such ids were
silently left out or stopped the run. Each item goes to pandoc as ``citekit-item-N``;
the cited ids of clusters and Markdown citations are rewritten the same way, and the
entries that come back carry the user's ids again.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import rx
from ..model import CSLItem
from .clusters import CiteItem, Cluster

INTERNAL_PREFIX = "citekit-item-"
INTERNAL_ID = rx.compile(re.escape(INTERNAL_PREFIX) + r"[0-9]+(?![\w-])")
UNKNOWN = "{}-unknown"
_KEY = r"[\w][\w:.#$%&+?<>~/-]*[\w]|[\w]"
MARKDOWN_CITATION = rx.compile(rf"(?<![\w.@\\])(-?)@(?:\{{([^{{}}\n]+)\}}|({_KEY}))")
"""A pandoc citation key in Markdown: ``@key``, ``-@key`` or ``@{any key}``."""
_FENCE = rx.compile(r"^\s*(```|~~~)")


def internal_ids(items: list[CSLItem]) -> tuple[list[CSLItem], dict[str, str]]:
    """Copies of ``items`` with ids ``citekit-item-1``, ... and each internal id's user id.

    The numbers have one width (``citekit-item-007`` among 100 items), so that the ids'
    sorted order is the input order (pandoc registers ``nocite: '@*'`` items sorted)."""
    width = len(str(len(items)))
    renamed = [{**item, "id": f"{INTERNAL_PREFIX}{n:0{width}d}"} for n, item in enumerate(items, 1)]
    return renamed, {new["id"]: old["id"] for new, old in zip(renamed, items, strict=True)}


def internal_clusters(clusters: list[Cluster], forward: dict[str, str]) -> list[Cluster]:
    """``clusters`` citing the internal ids (every cited id must be in ``forward``)."""
    return [
        Cluster(items=tuple(_renamed(cite, forward[cite.id]) for cite in cluster.items))
        for cluster in clusters
    ]


def _renamed(cite: CiteItem, new_id: str) -> CiteItem:
    return CiteItem(
        id=new_id,
        locator=cite.locator,
        label=cite.label,
        prefix=cite.prefix,
        suffix=cite.suffix,
        suppress_author=cite.suppress_author,
    )


def markdown_keys(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Each citation in Markdown with its 1-based line (fenced code is not cited)."""
    fenced = False
    offset = 0
    for number, line in enumerate(text.split("\n"), 1):
        if _FENCE.match(line):
            fenced = not fenced
        elif not fenced:
            for match in MARKDOWN_CITATION.finditer(text, offset, offset + len(line)):
                yield match, number
        offset += len(line) + 1


def cited_key(match: re.Match[str]) -> str:
    """The key a citation match names."""
    return match.group(2) or match.group(3)


def internal_markdown(text: str, forward: dict[str, str]) -> str:
    """Markdown whose citations of known ids cite the internal ids. Unknown ids are kept
    (pandoc prints ``key?``), except one that looks internal, which becomes
    ``key-unknown`` so that it cannot cite some other item."""
    pieces, last = [], 0
    for match, _ in markdown_keys(text):
        key = cited_key(match)
        new_id = forward.get(key) or (UNKNOWN.format(key) if INTERNAL_ID.match(key) else None)
        if new_id is not None:
            pieces += [text[last : match.start()], f"{match.group(1)}@{{{new_id}}}"]
            last = match.end()
    return "".join(pieces) + text[last:]
