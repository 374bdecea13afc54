"""Starting the server: on a socket bound to loopback, in the foreground or in a thread."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from ..errors import UsageError
from ..records import replace
from .app import create_app
from .options import ServeOptions


def bind(options: ServeOptions) -> tuple[socket.socket, ServeOptions]:
    """A listening socket on ``options.host``/``port`` (0 picks a free port), and the
    options with the port actually bound (the guard checks ``Host`` against it)."""
    family = socket.AF_INET6 if ":" in options.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((options.host, options.port))
    except OSError as error:
        sock.close()
        raise UsageError(
            f"cannot listen on {options.host}:{options.port} ({error.strerror or error});"
            " give another --port (0 picks a free one)"
        ) from error
    sock.listen(128)
    return sock, replace(options, port=sock.getsockname()[1])


def url(options: ServeOptions) -> str:
    """The address to open: with the token, which the page swaps for a cookie."""
    host = f"[{options.host}]" if ":" in options.host else options.host
    return f"http://{host}:{options.port}/?token={options.token}"


def _server(options: ServeOptions, sock: socket.socket):  # noqa: ANN202 - uvicorn is optional
    import uvicorn

    config = uvicorn.Config(
        create_app(options), log_level="warning", lifespan="on", timeout_graceful_shutdown=2
    )
    return uvicorn.Server(config)


def serve_forever(options: ServeOptions, on_ready=None) -> None:  # noqa: ANN001
    """Run until interrupted; ``on_ready(options)`` is called once the port is bound."""
    sock, options = bind(options)
    server = _server(options, sock)
    if on_ready:
        on_ready(options)
    server.run(sockets=[sock])


@contextmanager
def running(options: ServeOptions) -> Iterator[ServeOptions]:
    """The server in a background thread for the ``with`` block (tests, benchmarks)."""
    sock, options = bind(options)
    server = _server(options, sock)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.02)
    try:
        yield options
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
