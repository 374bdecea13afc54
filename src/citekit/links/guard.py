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

from .. import rx


class Refused(Exception):
    """The URL's host is in a range citekit does not fetch without ``allow_private``."""


_NAT64 = (ipaddress.ip_network("64:ff9b::/96"), ipaddress.ip_network("64:ff9b:1::/48"))
_HOST_NAME = rx.compile(r"^(?=.{1,253}$)[a-z0-9_](?:[a-z0-9_-]{0,62})(?:\.[a-z0-9_-]{1,63})*$")
_NUMERIC = rx.compile(r"^[0-9a-fx.]+$")


def is_private(address: str) -> bool:
    """True for loopback, private, link-local, site-local, multicast, reserved and
    unspecified addresses, and for IPv6 forms that carry such an IPv4 address inside
    (mapped ``::ffff:7f00:1``, compatible ``::7f00:1``, translated ``::ffff:0:7f00:1``,
    NAT64 ``64:ff9b::7f00:1``, 6to4 ``2002:7f00:1::``, Teredo)."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv4Address):
        return not ip.is_global or ip.is_multicast
    embedded = _embedded(ip)
    if embedded:  # the IPv4 address it carries decides: 6to4 of a public address is public
        return any(not v4.is_global or v4.is_multicast for v4 in embedded)
    return not ip.is_global or ip.is_multicast or ip.is_site_local


def _embedded(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    """The IPv4 addresses an IPv6 address can deliver to."""
    value = int(ip)
    found = [ip.ipv4_mapped, ip.sixtofour] + list(ip.teredo or ())
    low = ipaddress.IPv4Address(value & 0xFFFFFFFF)
    if value >> 32 == 0 or value >> 32 == 0xFFFF0000 or any(ip in net for net in _NAT64):
        found.append(low)  # compatible ::a.b.c.d, translated ::ffff:0:a.b.c.d, NAT64
    return [v4 for v4 in found if v4 is not None]


def literal_address(host: str) -> str | None:
    """The IP address ``host`` names without a lookup: IPv6 and IPv4 literals, and the
    shorthand IPv4 forms a resolver accepts (``127.1``, ``0x7f.0.0.1``, ``2130706433``)."""
    try:
        return str(ipaddress.ip_address(host.split("%")[0]))
    except ValueError:
        pass
    if _NUMERIC.match(host):
        try:
            return socket.inet_ntoa(socket.inet_aton(host))
        except OSError:
            return None
    return None


def host_of(url: str) -> str:
    """The host of ``url`` as a resolver would see it: percent-escapes decoded, lower case,
    without the root dot. Raises ``Refused`` for a host no name could have."""
    parts = urllib.parse.urlsplit(url)
    raw = parts.hostname or ""
    host = urllib.parse.unquote(raw).strip().rstrip(".").lower()
    if not host:
        raise Refused("the URL has no host")
    if literal_address(host) is not None:
        return host
    try:
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError as exc:
        raise Refused(f"{host!r} is not a valid host name") from exc
    if not _HOST_NAME.match(ascii_host):
        raise Refused(f"{host!r} is not a valid host name")
    return ascii_host


@lru_cache(maxsize=4096)
def _addresses(host: str, port: int) -> tuple[str, ...]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return tuple(sorted({info[4][0] for info in infos}))


def check(url: str) -> None:
    """Raise ``Refused`` when ``url`` points into a non-public range.

    The host is decoded and validated first, and IP literals in any spelling are judged
    without a lookup; a name that does not resolve is let through (the fetch then fails
    as a connection error).
    """
    host = host_of(url)
    if host == "localhost" or host.endswith(".localhost"):
        raise Refused(f"{host} is a loopback name (see --allow-private)")
    literal = literal_address(host)
    if literal is not None:
        if is_private(literal):
            shown = host if host == literal else f"{host} ({literal})"
            raise Refused(f"{shown} is a private address (see --allow-private)")
        return
    if host != (urllib.parse.urlsplit(url).hostname or "").rstrip(".").lower():
        raise Refused(f"{host!r} is written with percent-escapes; give the host as it is")
    try:
        addresses = _addresses(host, urllib.parse.urlsplit(url).port or 80)
    except (OSError, UnicodeError, ValueError):
        return
    for address in addresses:
        if is_private(address):
            raise Refused(f"{host} resolves to {address}, a private address (see --allow-private)")
