"""What a page says: its title, headings, the start of its text and its metadata tags.

Read from a bounded prefix. The metadata (``<meta>`` tags of Open Graph, ``article:``,
``citation_*`` and Dublin Core, and JSON-LD scripts) is kept raw here, so one fetch serves
both the link audit and the verification of references against their pages
(``citekit.verify``).
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from typing import Any

from .. import rx
from ..records import dataclass, field

TEXT_LIMIT = 2000  # characters of visible text kept
LD_JSON_LIMIT = 32 * 1024  # characters of JSON-LD kept per page
META_PREFIXES = ("og:", "article:", "citation_", "dc.", "dcterms.", "twitter:title")
META_NAMES = ("author", "description", "byline", "publisher", "date", "pubdate", "title")
_META_CHARSET = rx.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_SPACE = rx.compile(r"\s+")
_LAYOUT_SPACE = rx.compile(r"[ \t\r\n\f\v]+")  # collapsed in metadata; U+3000 and NBSP kept


@dataclass
class Page:
    """The parts of an HTML page the audit looks at."""

    title: str = ""
    headings: list[str] = field(default_factory=list)
    text: str = ""
    meta: dict[str, list[str]] = field(default_factory=dict)
    """Metadata tags by lower-case name or property, values in page order."""
    ld_json: list[str] = field(default_factory=list)
    """The text of each ``<script type="application/ld+json">``."""


def is_metadata_key(key: str) -> bool:
    """True for the ``<meta>`` names and properties that describe a publication."""
    return key.startswith(META_PREFIXES) or key in META_NAMES


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in: str | None = None
        self._buffer: list[str] = []
        self._text: list[str] = []
        self._size = 0
        self._skip = 0
        self._ld: list[str] | None = None
        self._ld_size = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(dict(attrs))
        elif tag == "script" and (dict(attrs).get("type") or "").lower() == "application/ld+json":
            self._skip += 1
            self._ld = []
        elif tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag in ("title", "h1", "h2") and self._in is None:
            self._in, self._buffer = tag, []

    def _meta(self, attrs: dict[str, str | None]) -> None:
        key = attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or ""
        key, content = key.strip().lower(), _LAYOUT_SPACE.sub(" ", attrs.get("content") or "")
        content = content.strip(" ")
        if content and is_metadata_key(key):
            self.page.meta.setdefault(key, []).append(content)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._ld is not None:
            text = "".join(self._ld).strip()
            if text and self._ld_size + len(text) <= LD_JSON_LIMIT:
                self.page.ld_json.append(text)
                self._ld_size += len(text)
            self._ld = None
        if tag in ("script", "style", "noscript"):
            self._skip = max(0, self._skip - 1)
        elif tag == self._in:
            value = _SPACE.sub(" ", "".join(self._buffer)).strip()
            if tag == "title":
                self.page.title = self.page.title or value
            elif value:
                self.page.headings.append(value)
            self._in = None

    def handle_data(self, data: str) -> None:
        if self._ld is not None:
            self._ld.append(data)
        if self._skip:
            return
        if self._in is not None:
            self._buffer.append(data)
        if self._in != "title" and self._size < TEXT_LIMIT:
            self._text.append(data)
            self._size += len(data)

    def result(self) -> Page:
        self.page.text = _SPACE.sub(" ", "".join(self._text)).strip()[:TEXT_LIMIT]
        return self.page


def charset_of(content_type: str | None, body: bytes) -> str:
    """The charset from the Content-Type header, else from a ``<meta>``, else UTF-8."""
    match = re.search(r"charset=[\"']?([\w-]+)", content_type or "", re.IGNORECASE)
    if match:
        return _superset(match.group(1))
    meta = _META_CHARSET.search(body[:4096])
    return _superset(meta.group(1).decode("ascii", "replace")) if meta else "utf-8"


def _superset(charset: str) -> str:
    """Korean pages labelled EUC-KR (KS X 1001) are served in its superset CP949."""
    return "cp949" if charset.lower().replace("_", "-") in ("euc-kr", "ks-c-5601-1987") else charset


def read_page(body: bytes, content_type: str | None = None) -> Page:
    """Parse an HTML prefix (possibly cut mid-tag) into a ``Page``."""
    try:
        text = body.decode(charset_of(content_type, body), errors="replace")
    except LookupError:
        text = body.decode("utf-8", errors="replace")
    reader = _Reader()
    try:
        reader.feed(text.replace("\x00", ""))
        reader.close()
    except Exception:  # noqa: BLE001 - a malformed page still yields what was read
        pass
    return reader.result()


def is_html(content_type: str | None) -> bool:
    """True for HTML and XHTML content types (and for a missing one)."""
    kind = (content_type or "text/html").split(";")[0].strip().lower()
    return kind in ("text/html", "application/xhtml+xml", "")


LD_KEYS = (
    "@type", "headline", "name", "alternativeHeadline", "author", "creator", "publisher",
    "datePublished", "dateCreated", "dateModified", "isPartOf", "url", "inLanguage",
    "sourceOrganization", "isbn", "identifier", "volumeNumber", "issueNumber", "pageStart",
    "pageEnd", "pagination",
)  # fmt: skip
_TEXT_CAP = 500


def ld_objects(texts: list[str]) -> list[dict[str, Any]]:
    """The JSON-LD objects of a page (``@graph`` flattened), trimmed to publication keys."""
    found: list[dict[str, Any]] = []
    for text in texts:
        try:
            data = json.loads(text)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack and len(found) < 20:
            node = stack.pop(0)
            if not isinstance(node, dict):
                continue
            if isinstance(node.get("@graph"), list):
                stack.extend(node["@graph"])
            if "@type" in node:
                found.append({k: _trim(node[k]) for k in LD_KEYS if k in node})
    return found


def _trim(value: Any, depth: int = 0) -> Any:
    """A JSON value cut to short strings, few list entries and shallow nesting."""
    if isinstance(value, str):
        return value[:_TEXT_CAP]
    if depth >= 2:
        return None
    if isinstance(value, list):
        return [_trim(v, depth + 1) for v in value[:20]]
    if isinstance(value, dict):
        keep = ("@type", "name", "headline", "givenName", "familyName", "url")
        return {k: _trim(value[k], depth + 1) for k in keep if k in value}
    return value if isinstance(value, (int, float, bool)) or value is None else str(value)
