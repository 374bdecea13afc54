"""Match keys: the normalised DOI, URL, title and first author that duplicates share.

A Korean title is compared through its romanization (Hanja read as Hangul first), and
every title key is folded so that Revised Romanization and McCune-Reischauer spellings of
one title meet (``Pukhan`` and ``Bukhan`` both become ``bughan``).
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from functools import lru_cache
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

from .. import rx
from ..check.urlform import is_tracking
from ..model import CSLItem, date_parts
from ..records import dataclass
from .romanizer import has_hangul, read_hanja, romanize_runs

_DOI = rx.compile(r"10\.[0-9]{4,9}/\S+", re.IGNORECASE)
_NOT_ALNUM = rx.compile(r"[\W_]+")
_DIGITS = rx.compile(r"[0-9]+")
_LEADING_ARTICLE = rx.compile(r"^(?:the|a|an)\s+")
_SUBTITLE = rx.compile(r"\s*(?::|\s[-–—]\s|[.?!]\s)")
MAIN_TITLE_MIN = 12  # folded letters a main title needs to stand for its work
# Romanization spellings folded together (MR → RR, voiced/unvoiced, l/r), longest first.
_FOLDS = (
    ("ŏ", "eo"),
    ("ŭ", "eu"),
    ("weo", "wo"),
    ("eui", "ui"),
    ("shi", "si"),
    ("ch", "j"),
    ("k", "g"),
    ("t", "d"),
    ("p", "b"),
    ("r", "l"),
)


def normalize_doi(value: str | None) -> str | None:
    """The bare, lower-case DOI in ``value`` (``https://doi.org/10.1/X.`` → ``10.1/x``)."""
    if not value:
        return None
    match = _DOI.search(unquote(value))
    if not match:
        return None
    return match.group().rstrip(".,;)]>").lower()


def normalize_url(value: str | None) -> str | None:
    """A URL reduced to what names the page: no scheme, ``www.``, port, fragment,
    tracking parameters or trailing slash; host lower-case; parameters sorted."""
    if not value or "://" not in value:
        return None
    try:
        parts = urlsplit(value.strip())
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if not host:
        return None
    host = host.removeprefix("www.").removeprefix("m.")
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    query = sorted((k, v) for k, v in pairs if not is_tracking(k))
    path = unquote(parts.path).rstrip("/")
    return urlunsplit(("", host, path, urlencode(query), "")).lstrip("/")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower-case letters and digits only, with romanization spellings folded together."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = read_hanja(text) or text
    if has_hangul(text):
        text = (romanize_runs(text) or text).casefold()
    text = _LEADING_ARTICLE.sub("", text).replace("&", "and")
    if not text.isascii():
        for old, new in _FOLDS[:2]:
            text = text.replace(old, new)
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = _NOT_ALNUM.sub("", text)
    for old, new in _FOLDS[2:]:
        text = text.replace(old, new)
    return text


def title_key(item: CSLItem) -> str:
    """The folded title, or ``""`` when the item has none."""
    title = item.get("title")
    return fold(title) if isinstance(title, str) else ""


def main_title_key(item: CSLItem) -> str:
    """The folded title before its subtitle (``Title: Subtitle``, ``Title - Subtitle``),
    or ``""`` when the title has no subtitle or too short a main title."""
    title = item.get("title")
    if not isinstance(title, str):
        return ""
    parts = _SUBTITLE.split(title.strip().strip("“”\"'"), maxsplit=1)
    if len(parts) < 2 or not parts[1].strip():
        return ""
    main = fold(parts[0])
    return main if len(main) >= MAIN_TITLE_MIN else ""


def title_numbers(item: CSLItem) -> list[str]:
    """The numbers in the title: ``Part 1`` and ``Part 2`` are different works."""
    title = item.get("title")
    return _DIGITS.findall(unicodedata.normalize("NFKC", title)) if isinstance(title, str) else []


def year(item: CSLItem) -> int | None:
    """The year of issue, if known."""
    parts = date_parts(item, "issued")
    return parts[0] if parts else None


def first_author(item: CSLItem) -> str:
    """The first author's (or editor's) family name or literal name, as written."""
    for role in ("author", "editor"):
        names = item.get(role)
        if isinstance(names, list) and names and isinstance(names[0], dict):
            name = names[0]
            return str(name.get("family") or name.get("literal") or "")
    return ""


def author_key(item: CSLItem) -> str:
    """The first author's family name folded, or ``""`` (unknown, or written in Hangul:
    family names romanize too irregularly, Kim/Gim, Lee/I, to be compared)."""
    family = first_author(item)
    return "" if not family or has_hangul(family) else fold(family)


def block_keys(item: CSLItem) -> list[str]:
    """Keys under which fuzzy title matches are looked for: the year with the start, and
    the year with the end, of the folded title (a variant keeps at least one)."""
    key = title_key(item)
    if len(key) < 4:
        return []
    when = year(item) or 0
    return [f"{when}:^{key[:6]}", f"{when}:{key[-6:]}$"]


def record_key(item: CSLItem) -> str:
    """A digest of everything but the ``id``: equal for identical records."""
    content = {name: value for name, value in item.items() if name != "id"}
    text = json.dumps(content, ensure_ascii=False, sort_keys=True)
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def match_keys(item: CSLItem) -> list[tuple[str, str]]:
    """Every (kind, value) key under which ``item`` is filed for duplicate detection."""
    keys: list[tuple[str, str]] = [("record", record_key(item))]
    doi = normalize_doi(item.get("DOI")) or normalize_doi(item.get("URL"))
    if doi:
        keys.append(("doi", doi))
    url = normalize_url(item.get("URL"))
    if url and "/" in url and not url.startswith(("doi.org/", "dx.doi.org/")):
        keys.append(("url", url))
    keys.extend(("title", key) for key in block_keys(item))
    return keys


@dataclass(frozen=True)
class Signature:
    """Everything duplicate detection compares, computed once per item."""

    record: str
    doi: str | None
    url: str | None
    year: int | None
    numbers: tuple[str, ...]
    author: str
    title: str
    main_title: str
    hangul: bool  # the title is in Hangul (and ``title`` is its romanization, folded)


def signature(item: CSLItem) -> Signature:
    """The comparison keys of ``item``."""
    return Signature(
        record=record_key(item),
        doi=normalize_doi(item.get("DOI")) or normalize_doi(item.get("URL")),
        url=normalize_url(item.get("URL")),
        year=year(item),
        numbers=tuple(title_numbers(item)),
        author=author_key(item),
        title=title_key(item),
        main_title=main_title_key(item),
        hangul=has_hangul(str(item.get("title") or "")),
    )
