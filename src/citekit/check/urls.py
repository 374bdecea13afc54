"""URL rules: empty, missing, malformed, DOI-as-URL, tracking parameters, shorteners, http."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import rx
from ..diagnostics import Diagnostic, Fix
from .data import word_list
from .entries import Entry
from .options import Options
from .registry import finding
from .scan import DOI_HOSTS, Found
from .urlform import split, tracking_parameters, without_tracking

ONLINE_TYPES = ("webpage", "post", "post-weblog")
SCHEMES = ("http", "https", "ftp")
_HOST_LABEL = rx.compile(r"^[\w-]+$")


def check(entries: list[Entry], options: Options) -> Iterator[Diagnostic]:
    """Findings about the URLs of every entry."""
    for entry in entries:
        empties = [url for url in entry.urls if not url.text.strip()]
        for url in empties:
            yield _empty(entry, url)
        written = [url for url in entry.urls if url.text.strip()]
        if is_online(entry) and not empties and not written and not entry.dois:
            yield finding(
                "url-missing",
                "this online source has no URL: give the address it was read at",
                entry.location(),
            )
        for url in written:
            yield from _written(entry, url, options)
        if entry.raw is not None and options.policy.doi_form == "url":
            for doi in entry.dois:
                yield finding(
                    "url-doi-form",
                    f"{options.policy.name} gives a DOI as a link: 'https://doi.org/{doi.text}'",
                    entry.location(doi.start),
                )


def is_online(entry: Entry) -> bool:
    """Web pages and posts, and any source read online (it has an access date)."""
    return entry.item.get("type") in ONLINE_TYPES or entry.accessed()[0] is not None


def _empty(entry: Entry, url: Found) -> Diagnostic:
    where = entry.location(url.start - 1 if url.bracketed else None)
    return finding(
        "url-empty", "the URL is empty ('<>'): give the address or remove the brackets", where
    )


def malformation(url: str) -> str | None:
    """Why ``url`` is malformed, or None when it is a valid URL (Unicode forms included)."""
    if re.search(r"\s", url):
        return "it contains spaces"
    for opening, closing in ("()", "[]"):
        if url.count(opening) != url.count(closing):
            return f"its brackets {opening}{closing} are unbalanced"
    if "://" not in url:
        if url.lower().startswith("www."):
            return None if _host_ok(url.split("/", 1)[0]) else "its host name is not valid"
        return "it has no scheme such as https://"
    scheme = url.split("://", 1)[0].lower()
    if scheme not in SCHEMES:
        return f"its scheme {scheme!r} is not http, https or ftp"
    try:
        host = split(url).hostname
    except ValueError:
        return "its host part cannot be read"
    if not host:
        return "it has no host"
    return None if _host_ok(host) else "its host name is not valid"


def _host_ok(host: str) -> bool:
    labels = host.split(".")
    return (len(labels) >= 2 or host == "localhost") and all(
        _HOST_LABEL.match(label) for label in labels
    )


def _written(entry: Entry, url: Found, options: Options) -> Iterator[Diagnostic]:
    where = entry.location(url.start)
    reason = malformation(url.text)
    if reason:
        yield finding("url-malformed", f"the URL {url.text!r} is malformed: {reason}", where)
        return
    host = (split(url.text).hostname or "").lower()
    if host in DOI_HOSTS and options.policy.doi_form == "doi":
        yield finding(
            "url-doi-form",
            f"{options.policy.name} gives a DOI as 'doi:{split(url.text).path.lstrip('/')}', "
            "not as a link",
            where,
        )
    params = tracking_parameters(url.text)
    if params:
        clean = without_tracking(url.text)
        yield finding(
            "url-tracking",
            f"the URL carries tracking parameters ({', '.join(params)}): cite {clean!r}",
            where,
            Fix("remove tracking parameters", url.text, clean),
        )
    if host in word_list("shorteners.txt"):
        yield finding(
            "url-shortener",
            f"{host} is a link shortener: cite the address it leads to instead",
            where,
        )
    if url.text.lower().startswith("http://") and host in word_list("https_hosts.txt"):
        yield finding("url-http", f"{host} serves https: cite 'https://{url.text[7:]}'", where)
