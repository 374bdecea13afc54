"""URLs: finding them in text, and encoding IRIs (Korean paths, non-ASCII domains) for the wire."""

from __future__ import annotations

import re
import urllib.parse

import idna

from .. import rx

# A URL in running text ends before whitespace, angle brackets and quotes; trailing
# punctuation that usually belongs to the sentence is trimmed afterwards.
_URL_IN_TEXT = rx.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)
_TRAILING = ".,;:!?)]}>»”’」』"
_SAFE_PATH = "/%:@!$&'()*+,;=-._~"
_SAFE_QUERY = _SAFE_PATH + "?"


def find_urls(text: str) -> list[str]:
    """Every http(s) URL in free text, in order, with sentence punctuation trimmed."""
    found = []
    for match in _URL_IN_TEXT.finditer(text):
        url = match.group()
        while url and url[-1] in _TRAILING:
            if url[-1] == ")" and url.count("(") >= url.count(")"):
                break
            url = url[:-1]
        found.append(url)
    return found


def is_http_url(url: str) -> bool:
    """True when ``url`` is an absolute http or https URL with a host."""
    try:
        parts = urllib.parse.urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError:
        return False
    host = parts.hostname or ""
    return (
        parts.scheme.lower() in ("http", "https")
        and bool(host)
        and not any(c.isspace() for c in host)
    )


def to_uri(url: str) -> str:
    """Encode an IRI as a URI: IDNA host, UTF-8 percent-encoded path and query.

    Existing percent-escapes are kept, so encoding twice changes nothing.
    """
    parts = urllib.parse.urlsplit(url.strip())
    host = parts.hostname or ""
    try:
        host.encode("ascii")
    except UnicodeEncodeError:
        host = idna.encode(host, uts46=True).decode("ascii")
    netloc = host if ":" not in host else f"[{host}]"
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    if parts.username:
        userinfo = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{userinfo}@{netloc}"
    path = urllib.parse.quote(parts.path, safe=_SAFE_PATH) or "/"
    query = urllib.parse.quote(parts.query, safe=_SAFE_QUERY)
    return urllib.parse.urlunsplit((parts.scheme.lower(), netloc, path, query, ""))


def host_key(url: str) -> str:
    """``host:port`` of a URL, the unit of the per-host limit."""
    parts = urllib.parse.urlsplit(url)
    port = parts.port or (443 if parts.scheme == "https" else 80)
    return f"{(parts.hostname or '').lower()}:{port}"


def is_deep(url: str) -> bool:
    """True when the URL points below the site's front page."""
    parts = urllib.parse.urlsplit(url)
    return parts.path.strip("/") != "" or bool(parts.query)


def is_front_page(url: str) -> bool:
    """True for a site's front page (``/``, ``/index.html`` and the like)."""
    path = urllib.parse.urlsplit(url).path.strip("/").lower()
    return path in ("", "index.html", "index.htm", "index.php", "home", "main")
