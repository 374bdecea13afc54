"""Issue 13 item 11: every spelling of a private address is refused before any DNS lookup."""

from __future__ import annotations

import http.server
import socket
import threading
from collections.abc import Iterator

import pytest

from citekit.links import audit_links, guard

# IPv6 forms that carry a loopback, private or link-local IPv4 address, and site-local.
EMBEDDING = [
    "::7f00:1", "::127.0.0.1", "::ffff:0:7f00:1", "::ffff:7f00:1", "64:ff9b::7f00:1",
    "64:ff9b::a9fe:a9fe", "64:ff9b::a00:1", "64:ff9b:1::7f00:1", "2002:7f00:1::",
    "2002:a9fe:a9fe::", "2002:c0a8:101::1", "fec0::1", "fed0::5", "::", "ff02::1",
]
PUBLIC = ["8.8.8.8", "2001:4860:4860::8888", "64:ff9b::808:808", "2002:808:808::1",
          "::ffff:8.8.8.8"]
# Host spellings that reach 127.0.0.1 with no name to look up (PORT filled in per test).
LOOPBACK_URLS = [
    "http://%31%32%37.0.0.1:{port}/", "http://127.0.0.1:{port}/", "http://127.1:{port}/",
    "http://0x7f.0.0.1:{port}/", "http://0177.0.0.1:{port}/", "http://2130706433:{port}/",
    "http://017700000001:{port}/", "http://%6c%6f%63%61%6c%68%6f%73%74:{port}/",
    "http://LOCALHOST.:{port}/", "http://a.localhost:{port}/", "http://[::ffff:7f00:1]:{port}/",
    "http://[::7f00:1]:{port}/", "http://[::ffff:0:7f00:1]:{port}/",
    "http://[64:ff9b::7f00:1]:{port}/", "http://[2002:7f00:1::]:{port}/", "http://[::1]:{port}/",
    "http://[fec0::1]:{port}/", "http://%5b%3a%3a1%5d:{port}/", "http://127.0.0.1.:{port}/",
    "http://%31%36%39.254.169.254/", "http://[fe80::1%25eth0]:{port}/",
]
INVALID_HOSTS = ["http://a%20b/", "http://a%00b.example/", "http://%2F%2F/", "http://ex%ample.org/"]


@pytest.fixture
def no_dns(monkeypatch) -> list[str]:
    """Fail the test if anything asks the resolver; return what was asked."""
    asked: list[str] = []

    def resolver(host, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(host)
        raise AssertionError(f"DNS lookup of {host!r}")

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    guard._addresses.cache_clear()
    return asked


@pytest.mark.parametrize("address", EMBEDDING)
def test_embedding_and_site_local_forms_are_private(address: str) -> None:
    assert guard.is_private(address) is True


@pytest.mark.parametrize("address", PUBLIC)
def test_public_addresses_in_the_same_forms_are_not(address: str) -> None:
    assert guard.is_private(address) is False


@pytest.mark.parametrize("url", LOOPBACK_URLS)
def test_every_spelling_is_refused_without_a_lookup(url: str, no_dns) -> None:
    with pytest.raises(guard.Refused):
        guard.check(url.format(port=8080))
    assert no_dns == []


@pytest.mark.parametrize("url", INVALID_HOSTS)
def test_hosts_no_name_could_have_are_refused_without_a_lookup(url: str, no_dns) -> None:
    with pytest.raises(guard.Refused):
        guard.check(url)
    assert no_dns == []


def test_a_plain_public_name_is_still_looked_up(monkeypatch) -> None:
    asked = []

    def resolver(host, port, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(host)
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]

    monkeypatch.setattr(socket, "getaddrinfo", resolver)
    guard._addresses.cache_clear()
    guard.check("http://example.org/")
    assert asked == ["example.org"]


class _Counting(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        _Counting.hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"ok")

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[int]:
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Counting)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    _Counting.hits.clear()
    yield httpd.server_address[1]
    httpd.shutdown()
    httpd.server_close()


def test_the_audit_refuses_every_spelling_and_the_server_sees_nothing(server, no_dns) -> None:
    urls = [url.format(port=server) for url in LOOPBACK_URLS]
    audit = audit_links(urls, cache=False, allow_private=False, timeout=2)
    assert len(audit.results) == len(urls)
    for result in audit.results:
        assert result.verdict == "refused", result
    assert _Counting.hits == [] and no_dns == []


def test_the_server_is_reachable_when_private_addresses_are_allowed(server) -> None:
    audit = audit_links([f"http://127.0.0.1:{server}/x"], cache=False, allow_private=True,
                        timeout=2)
    assert _Counting.hits == ["/x"] and audit.results
