"""What a page says: its title, headings and the start of its text, from a bounded prefix."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

TEXT_LIMIT = 2000  # characters of visible text kept
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"\s+")


@dataclass
class Page:
    """The parts of an HTML page the audit looks at."""

    title: str = ""
    headings: list[str] = field(default_factory=list)
    text: str = ""


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self._in: str | None = None
        self._buffer: list[str] = []
        self._text: list[str] = []
        self._size = 0
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "noscript"):
            self._skip += 1
        elif tag in ("title", "h1", "h2") and self._in is None:
            self._in, self._buffer = tag, []

    def handle_endtag(self, tag: str) -> None:
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
        return match.group(1)
    meta = _META_CHARSET.search(body[:4096])
    return meta.group(1).decode("ascii", "replace") if meta else "utf-8"


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
