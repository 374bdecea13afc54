"""URL forms: the readable one (Unicode host and path), comparison keys, tracking parameters.

Korean paths and internationalised domain names are valid URLs; comparisons read both written
forms alike. Encoding for the wire (punycode, percent-encoding) is ``links.urls.to_uri``.
"""

from __future__ import annotations

import contextlib
from urllib.parse import parse_qsl, unquote, urlsplit, urlunsplit

from .data import word_list


def _host_readable(host: str) -> str:
    labels = []
    for label in host.split("."):
        if label.lower().startswith("xn--"):
            with contextlib.suppress(UnicodeError):
                label = label.encode("ascii").decode("idna")
        labels.append(label.lower())
    return ".".join(labels)


def split(url: str):  # type: ignore[no-untyped-def]
    """``urlsplit`` that also accepts a scheme-less ``www.`` address."""
    return urlsplit(url if "://" in url else f"http://{url}")


def readable(url: str) -> str:
    """The form a person reads: Unicode host, percent-decoded path and query."""
    parts = split(url)
    netloc = parts.netloc.replace(parts.hostname or "", _host_readable(parts.hostname or ""), 1)
    return urlunsplit((parts.scheme.lower(), netloc, unquote(parts.path), unquote(parts.query), ""))


def comparison_key(url: str) -> str:
    """Two URLs for the same page give the same key (case of host, encoding, tracking, '/')."""
    url = without_tracking(url)
    if "%" in url or "xn--" in url.lower() or not url.isascii():
        url = readable(url)
    scheme, _, rest = url.partition("://")
    host, slash, path = (rest or scheme).partition("/")
    return (host.lower() + slash + path).rstrip("/")


def is_tracking(name: str) -> bool:
    """True for a query parameter that only tracks the reader (``utm_source``, ``fbclid``)."""
    name = name.lower()
    return any(
        name.startswith(entry[:-1]) if entry.endswith("*") else name == entry
        for entry in word_list("tracking.txt")
    )


def tracking_parameters(url: str) -> list[str]:
    """Names of the tracking parameters in ``url``'s query."""
    if "?" not in url:
        return []
    return [
        name for name, _ in parse_qsl(split(url).query, keep_blank_values=True) if is_tracking(name)
    ]


def without_tracking(url: str) -> str:
    """``url`` without its tracking parameters; the rest is kept exactly as written."""
    base, mark, rest = url.partition("?")
    if not mark:
        return url
    query, hash_mark, fragment = rest.partition("#")
    pieces = [piece for piece in query.split("&") if piece]
    kept = [piece for piece in pieces if not is_tracking(unquote(piece.split("=", 1)[0]))]
    if len(kept) == len(pieces):
        return url
    return base + ("?" + "&".join(kept) if kept else "") + hash_mark + fragment
