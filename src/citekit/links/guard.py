"""SSRF guard: refuse URLs whose host resolves to a private, loopback or link-local address.

An authoring tool may audit untrusted documents on a server; without the guard a cited
``http://169.254.169.254/`` or ``http://localhost:6379/`` would make citekit probe the
server's own network. Every redirect hop is checked too.
"""

from __future__ import annotations

import ipaddress
import socket
import urllib.parse
from functools import lru_cache


class Refused(Exception):
    """The URL's host is in a range citekit does not fetch without ``allow_private``."""


def is_private(address: str) -> bool:
    """True for loopback, private, link-local, multicast, reserved and unspecified addresses."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


@lru_cache(maxsize=4096)
def _addresses(host: str, port: int) -> tuple[str, ...]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return tuple(sorted({info[4][0] for info in infos}))


def check(url: str) -> None:
    """Raise ``Refused`` when ``url`` points into a non-public range.

    A name that does not resolve is let through: the fetch then fails as a connection error.
    """
    parts = urllib.parse.urlsplit(url)
    host = (parts.hostname or "").rstrip(".")
    if host.lower() == "localhost" or host.lower().endswith(".localhost"):
        raise Refused(f"{host} is a loopback name (see --allow-private)")
    try:
        addresses = _addresses(host, parts.port or 80)
    except (OSError, UnicodeError):
        return
    for address in addresses:
        if is_private(address):
            raise Refused(f"{host} resolves to {address}, a private address (see --allow-private)")
