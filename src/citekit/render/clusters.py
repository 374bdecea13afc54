"""Citation clusters: what one footnote or one in-text citation cites, and its Markdown form."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from .. import rx
from ..errors import InputError
from ..packagedata import data_rows
from ..records import dataclass, field
from ..sources import display_name, read_text

_MARKDOWN_SPECIAL = rx.compile(r"([\\`*_{}\[\]()#+\-.!<>@;|~^$\"'&])")
_SIMPLE_LOCATOR = rx.compile(r"^[\w\u2013\-]+$")
NOTE_GUARD = "\u2060"
"""A word joiner put before a footnote's first citation (and its prefix) so that pandoc does
not capitalise its first letter: the style's own text-case decides (OSCOLA's ``ibid`` stays
lower case). An author's prefix that opens a footnote is a sentence of the author's, so it
gets its capital (``see`` → ``See``: OSCOLA 1.1, a footnote begins with a capital letter).
citekit's Lua writer removes the joiner."""


def sentence_start(prefix: str) -> str:
    """``see`` → ``See``, ``cf`` → ``Cf``: the first letter of a prefix that opens a footnote."""
    for index, char in enumerate(prefix):
        if char.isalpha():
            return prefix[:index] + char.upper() + prefix[index + 1 :]
        if not (char.isspace() or char in "([\"\u201c\u2018'"):
            return prefix
    return prefix


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


@lru_cache(maxsize=1)
def locator_labels() -> dict[str, str]:
    """Short locator labels (``p``, ``para``, ``s``) and their CSL terms, from the data file."""
    return {short: term for short, term in data_rows("citekit.render", "locator_labels.tsv")}


def csl_label(label: str) -> str:
    """``p`` → ``page``, ``para.`` → ``paragraph``; CSL terms pass through."""
    key = label.strip().rstrip(".").lower()
    return locator_labels().get(key, key or "page")


_MARKDOWN_CITATION = rx.compile(r"\[[^\[\]]*@[^\[\]]*\]")
_WRITTEN_LABEL = rx.compile(
    r"(@\{[^}]*\}|@[\w:.#$%&+?<>~/-]*\w)(,\s*)([A-Za-z]+)\.?(\s+)(?=[0-9IVXLCivxlc])"
)


def normalize_markdown_labels(text: str) -> str:
    """Spell short locator labels in Markdown citations as pandoc reads them:
    ``[@key, p 455]`` → ``[@key, page 455]`` (pandoc would keep ``p 455`` as a suffix)."""

    def fix_label(match: re.Match[str]) -> str:
        key, comma, label, space = match.groups()
        term = locator_labels().get(label.lower())
        return f"{key}{comma}{term}{space}" if term else match.group(0)

    return _MARKDOWN_CITATION.sub(lambda m: _WRITTEN_LABEL.sub(fix_label, m.group(0)), text)


_BRACKETED_CITATION = rx.compile(
    r"(?<!\^)\[\s*(?=[^\[\]]*(?<![\w.])-?@[^\[\]]*\](?![(\[]))([^\[\]@]*?)(?=-?@)"
)


def guard_markdown_citations(text: str) -> str:
    """Put the note guard at the start of each bracketed citation (before any prefix), and
    give a prefix that opens the footnote its capital (``[see @a]`` → ``See``)."""
    return _BRACKETED_CITATION.sub(
        lambda m: "[" + NOTE_GUARD + " " + sentence_start(m.group(1)), text
    )


def locator_markdown(label: str, locator: str) -> str:
    """``page 455`` (pandoc reads the label term), or ``{iv, vi}`` for a complex page locator."""
    locator = locator.replace("{", "").replace("}", "")
    if _SIMPLE_LOCATOR.match(locator) or label != "page":
        return f"{label} {locator}"
    return "{" + locator + "}"


def cite_markdown(cite: CiteItem, *, guard: bool = False) -> str:
    """The item in pandoc's citation syntax: ``prefix -@{id}, page 455 suffix``."""
    parts = [NOTE_GUARD + " "] if guard else []
    if cite.prefix:
        parts.append(_escape(sentence_start(cite.prefix) if guard else cite.prefix) + " ")
    parts.append(("-" if cite.suppress_author else "") + "@{" + cite.id + "}")
    if cite.locator:
        parts.append(", " + locator_markdown(csl_label(cite.label), cite.locator))
    elif cite.suffix and cite.suffix.startswith(","):
        parts.append(" {}")  # an empty locator: pandoc would read ", art 2" as one
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
                label=csl_label(str(raw.get("label") or "page")),
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


def read_clusters(path: str) -> list[Cluster] | str:
    """Citations from a file: a JSON list of clusters, or Markdown with ``[@key, p 455]``.

    Markdown is returned as text: pandoc reads its citations itself, in document order.
    """
    text = read_text(path)  # "-" is standard input; BOMs, CP949 and bad bytes handled
    name = display_name(path)
    if text.lstrip().startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError:
            return normalize_markdown_labels(text)  # Markdown starting with a citation
        try:
            return clusters_from_json(value)
        except InputError as error:
            raise InputError(error.reason, file=name) from error
    if "@" not in text:
        raise InputError(
            "no citations found (expected JSON clusters or Markdown [@key])", file=name
        )
    return normalize_markdown_labels(text)
