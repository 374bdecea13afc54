"""The wire under ``requests``: connections that check where they landed and keep deadlines.

- Each new connection checks the address it actually reached, so a name that resolves to a
  public address for the guard and a private one for the connection (DNS rebinding) is
  still refused.
- A watchdog shuts down the socket of a request that outlives its total deadline, so a
  server that trickles its headers byte by byte cannot hold a worker past ``timeout``.
- Small receive buffer and Ethernet-sized segments: a huge body cannot race far ahead of
  what is read, even on loopback.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

from . import guard

USER_AGENT = "citekit/0.1 (link audit for bibliographies)"
RECEIVE_BUFFER = 64 * 1024
SEGMENT = 1460
SOCKET_OPTIONS = [
    *HTTPConnection.default_socket_options,
    (socket.SOL_SOCKET, socket.SO_RCVBUF, RECEIVE_BUFFER),
    (socket.IPPROTO_TCP, socket.TCP_MAXSEG, SEGMENT),
]
_local = threading.local()


class Watchdog:
    """Shuts down sockets whose deadline has passed; one daemon thread, started on first use."""

    def __init__(self, tick: float = 0.05) -> None:
        self.tick = tick
        self._lock = threading.Lock()
        self._watched: dict[int, tuple[socket.socket, float]] = {}
        self._thread: threading.Thread | None = None

    def watch(self, sock: socket.socket, deadline: float) -> None:
        with self._lock:
            self._watched[id(sock)] = (sock, deadline)
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="citekit-watchdog", daemon=True
                )
                self._thread.start()

    def forget(self, sock: socket.socket) -> None:
        with self._lock:
            self._watched.pop(id(sock), None)

    def _run(self) -> None:
        while True:
            time.sleep(self.tick)
            now = time.monotonic()
            with self._lock:
                expired = [s for s, end in self._watched.values() if end <= now]
                for sock in expired:
                    self._watched.pop(id(sock), None)
            for sock in expired:
                with suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)


WATCHDOG = Watchdog()


@contextmanager
def deadline(seconds: float) -> Iterator[float]:
    """Requests made by this thread inside the block are cut off after ``seconds`` in all."""
    end = time.monotonic() + seconds
    _local.deadline, _local.sockets = end, []
    try:
        yield end
    finally:
        for sock in _local.sockets:
            WATCHDOG.forget(sock)
        _local.deadline, _local.sockets = None, []


def _watch(sock: socket.socket | None) -> None:
    end = getattr(_local, "deadline", None)
    if sock is not None and end is not None:
        WATCHDOG.watch(sock, end)
        _local.sockets.append(sock)


class _Checked:
    """Mixin for urllib3 connections: refuse private peers, register with the watchdog."""

    allow_private = False
    host: str

    def _new_conn(self) -> socket.socket:
        sock = super()._new_conn()  # type: ignore[misc]
        if not self.allow_private:
            address = sock.getpeername()[0]
            if guard.is_private(address):
                sock.close()
                raise guard.Refused(f"{self.host} connected to {address}, a private address")
        _watch(sock)
        return sock

    def request(self, *args: Any, **kwargs: Any) -> None:
        _watch(getattr(self, "sock", None))
        super().request(*args, **kwargs)  # type: ignore[misc]


class _Adapter(HTTPAdapter):
    def __init__(self, allow_private: bool, **kwargs: Any) -> None:
        flag = {"allow_private": allow_private}
        http = type("Connection", (_Checked, HTTPConnection), flag)
        https = type("HTTPSConnection", (_Checked, HTTPSConnection), flag)
        self._pools = {
            "http": type("Pool", (HTTPConnectionPool,), {"ConnectionCls": http}),
            "https": type("HTTPSPool", (HTTPSConnectionPool,), {"ConnectionCls": https}),
        }
        super().__init__(**kwargs)

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["socket_options"] = SOCKET_OPTIONS
        super().init_poolmanager(*args, **kwargs)
        self.poolmanager.pool_classes_by_scheme = self._pools


def make_session(pool_size: int = 10, *, allow_private: bool = False) -> requests.Session:
    """A session with connection reuse, no automatic retries and citekit's User-Agent."""
    session = requests.Session()
    adapter = _Adapter(allow_private, pool_connections=64, pool_maxsize=pool_size, max_retries=0)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update(
        {
            "User-Agent": USER_AGENT,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "en,ko;q=0.8,*;q=0.5",
        }
    )
    session.trust_env = False  # never send cited URLs through a proxy from the environment
    return session
