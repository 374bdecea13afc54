"""What to check: the URLs of a bibliography, Markdown or HTML page, or plain list of URLs.

Every target keeps what the citation knows (item id, cited title, access date) and where
it came from (file and line), so verdicts can be reported and fixed in place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from html.parser import HTMLParser

from .. import rx
from ..diagnostics import Diagnostic
from ..formats import UnknownFormatError, read_library
from ..model import CSLItem, date_parts
from ..pipeline import load_text
from ..records import dataclass, field
from ..sources import display_name, read_text
from .urls import find_urls

_MD_LINK = rx.compile(r"\[([^\]]*)\]\(\s*<?(https?://[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)", re.I)
_HTML_HINT = rx.compile(r"<(?:!doctype html|html|a\s[^>]*href)", re.IGNORECASE)
_URL_LINE = rx.compile(r"^\s*(?:[-*+]\s+|[0-9]{1,5}[.)]\s+)?<?(https?://\S+?)>?\s*$", re.IGNORECASE)


@dataclass
class Target:
    """One cited URL and what the citation recorded about it."""

    url: str
    item_id: str | None = None
    title: str | None = None
    accessed: str | None = None  # YYYYMMDD, for the archive lookup
    file: str | None = None
    line: int | None = None


@dataclass
class Source:
    """An input read for auditing: its targets, and what ``--update`` needs to rewrite it."""

    name: str
    kind: str  # "csl" (items) or "text" (URLs replaced in place)
    format: str = "csl-json"  # for "csl": the structured format the items came in
    targets: list[Target] = field(default_factory=list)
    items: list[CSLItem] = field(default_factory=list)
    text: str = ""
    diagnostics: list[Diagnostic] = field(default_factory=list)


def stamp(item: CSLItem) -> str | None:
    """An item's access date as ``YYYYMMDD`` (missing month/day as 01), or None."""
    parts = date_parts(item, "accessed")
    if not parts:
        return None
    year, month, day = (parts + [1, 1])[:3]
    return f"{year:04d}{month:02d}{day:02d}"


def from_items(items: Iterable[CSLItem], name: str = "<items>") -> Source:
    """Targets from CSL-JSON items: their ``URL`` (or a URL found in ``custom.raw``)."""
    source = Source(name, "csl", items=list(items))
    for index, item in enumerate(source.items):
        url = item.get("URL")
        if not url:
            raw = (item.get("custom") or {}).get("raw", "")
            found = find_urls(raw) if isinstance(raw, str) else []
            url = found[0] if found else None
        if url:
            item_id = str(item.get("id") or f"item{index + 1}")
            source.targets.append(Target(str(url), item_id, item.get("title"), stamp(item), name))
    return source


def from_text(text: str, name: str = "<stdin>") -> Source:
    """Targets from text: CSL-JSON, HTML, Markdown, a list of URLs or informal references."""
    try:
        library = read_library(text, name)
    except UnknownFormatError:
        if not _HTML_HINT.search(text):  # an HTML page is no bibliography, but has links
            raise
        library = None
    if library is not None:
        source = from_items(library.items, name)
        source.format, source.diagnostics = library.format, list(library.diagnostics)
        for target in source.targets:  # structured readers keep no lines: find the URL's
            at = text.find(target.url)
            target.line = _line_of(text, at) if at >= 0 else None
        return source
    source = Source(name, "text", text=text)
    if _HTML_HINT.search(text):
        source.targets = _html_targets(text, name)
    elif _MD_LINK.search(text):
        source.targets = _markdown_targets(text, name)
    elif _is_url_list(text):
        source.targets = [
            Target(m.group(1), f"line{n}", None, None, name, n)
            for n, line in enumerate(text.split("\n"), start=1)
            if (m := _URL_LINE.match(line))
        ]
    else:
        source.targets, source.diagnostics = _reference_targets(text, name)
    return source


def from_path(path: str) -> Source:
    """Read a file (``-`` for stdin) and find its targets; raises ``InputError`` if unreadable."""
    return from_text(read_text(path), display_name(path))


def _is_url_list(text: str) -> bool:
    lines = [line for line in text.split("\n") if line.strip()]
    return bool(lines) and all(_URL_LINE.match(line) for line in lines)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _markdown_targets(text: str, name: str) -> list[Target]:
    targets = []
    taken: set[int] = set()
    for match in _MD_LINK.finditer(text):
        taken.add(match.start(2))
        line = _line_of(text, match.start())
        targets.append(Target(match.group(2), f"line{line}", None, None, name, line))
    for match in re.finditer(r"https?://[^\s<>()\[\]\"']+", text):
        if match.start() not in taken:
            line = _line_of(text, match.start())
            targets.append(
                Target(find_urls(match.group())[0], f"line{line}", None, None, name, line)
            )
    return sorted(targets, key=lambda t: t.line or 0)


class _Links(HTMLParser):
    """Collects ``<a href>`` targets with their line numbers.

    Link text is not taken as a cited title: "here" or "ref 3" would read as drift.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.links: list[tuple[str, int]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href") if tag == "a" else None
        if href and href.strip().lower().startswith(("http://", "https://")):
            self.links.append((href.strip(), self.getpos()[0]))


def _html_targets(text: str, name: str) -> list[Target]:
    parser = _Links()
    parser.feed(text)
    parser.close()
    return [Target(href, f"line{line}", None, None, name, line) for href, line in parser.links]


def _reference_targets(text: str, name: str) -> tuple[list[Target], list[Diagnostic]]:
    """Targets of an informal list: the parsed item's URL, else the first URL in the reference.

    A "title" that still holds a URL is the unparsed reference, not a cited title.
    """
    loaded = load_text(text, name)
    targets = []
    for item, ref in zip(loaded.items, loaded.references, strict=False):
        found = find_urls(ref.raw)
        url = item.get("URL") or (found[0] if found else None)
        if not url:
            continue
        title = item.get("title")
        if not isinstance(title, str) or "://" in title:
            title = None
        targets.append(Target(str(url), item.get("id"), title, stamp(item), name, ref.line))
    return targets, loaded.diagnostics
