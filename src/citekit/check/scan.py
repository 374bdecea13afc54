"""Finding the parts of a raw reference string that the rules look at: URLs, DOIs, the title.

Offsets are 0-based positions in the raw string; spans are ``(start, end)``.
"""

from __future__ import annotations

import re

from .. import rx
from ..records import dataclass

QUOTE_PAIRS = {'"': '"', "“": "”", "‘": "’", "'": "'", "「": "」", "『": "』", "«": "»", "《": "》"}

_ANGLE = rx.compile(r"<([^<>\n]*)>")
_BARE_URL = rx.compile(
    r"(?<![A-Za-z0-9+.\-@])(?:[A-Za-z][A-Za-z0-9+.\-]{1,9}:/{1,3}|www\.)[^\s<>\"“”]+"
)
_URLISH = rx.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.\-]{1,9}:/|www\.|[\w.-]+\.[A-Za-z]{2,}(?:/|$))")
_DOI = rx.compile(
    r"(?<![\w/.])(?:doi\s*:?\s*(?P<labelled>\S+)|(?P<bare>10\.[0-9]+/\S+))", re.IGNORECASE
)
_TRAILING = ".,;:!?'’”\""
_TITLE_OPEN = rx.compile(r"(?:^|(?<=[\s,(:.]))([\"“‘'「『«《])")
_TITLE_END = rx.compile(r"\s*(?:[(<\[]|$)|[,.;:](?:\s|$)")
DOI_HOSTS = ("doi.org", "dx.doi.org", "www.doi.org")


@dataclass(frozen=True)
class Found:
    """A piece of the raw string: its span and text (``bracketed`` for ``<...>`` URLs)."""

    start: int
    end: int
    text: str
    bracketed: bool = False


def _trim(text: str) -> str:
    """Drop sentence punctuation and unbalanced closing brackets after a bare URL or DOI."""
    while text:
        last = text[-1]
        unbalanced = last in ")]" and text.count(last) > text.count("(" if last == ")" else "[")
        if last not in _TRAILING and not unbalanced:
            break
        text = text[:-1]
    return text


def find_urls(raw: str) -> list[Found]:
    """URLs in ``<...>`` (including empty ones) and bare URLs, in order."""
    found: list[Found] = []
    taken: list[tuple[int, int]] = []
    for match in _ANGLE.finditer(raw):
        content = match.group(1)
        if content.strip() and not _URLISH.match(content):
            continue
        found.append(Found(match.start(1), match.end(1), content, bracketed=True))
        taken.append(match.span())
    for match in _BARE_URL.finditer(raw):
        if any(start <= match.start() < end for start, end in taken):
            continue
        text = _trim(match.group())
        found.append(Found(match.start(), match.start() + len(text), text))
    return sorted(found, key=lambda f: f.start)


def find_dois(raw: str, urls: list[Found]) -> list[Found]:
    """DOIs written outside URLs: ``doi:10...``, ``DOI 10...`` or a bare ``10.xxxx/...``.

    The span covers the DOI itself, not its label.
    """
    found: list[Found] = []
    for match in _DOI.finditer(raw):
        if any(url.start <= match.start() < url.end for url in urls):
            continue
        group = "labelled" if match.group("labelled") else "bare"
        text = _trim(match.group(group))
        if group == "labelled" and not re.match(r"[0-9]|[A-Za-z]*\.?[0-9]", text):
            continue  # the word "doi" in running text, not a DOI
        found.append(Found(match.start(group), match.start(group) + len(text), text))
    return found


def quoted_title(raw: str) -> tuple[int, int] | None:
    """The span of the first quoted title's text (inside its quotation marks), if any."""
    opening = _TITLE_OPEN.search(raw)
    if not opening:
        return None
    start = opening.end()
    closer = QUOTE_PAIRS[opening.group(1)]
    last = None
    for index in range(start, len(raw)):
        if raw[index] == closer or (closer == "”" and raw[index] == '"'):
            last = index
            if _TITLE_END.match(raw, index + 1):
                return (start, index)
    return (start, last) if last is not None else None


def title_span(raw: str, title: str | None) -> tuple[int, int] | None:
    """Where the title is in ``raw``: the quoted title as written, else the parsed one."""
    quoted = quoted_title(raw)
    if quoted or not title or title.strip() == raw.strip():
        return quoted
    at = raw.find(title)
    return (at, at + len(title)) if at >= 0 else None
