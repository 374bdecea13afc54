"""What the serve tests share: a server's options, a client with the token, a fake web.

The fake web runs on 127.0.0.1, so the app under test is built with
``allow_private_links=True`` (an option of ``ServeOptions`` the command line never sets);
its ``/wayback`` answers in the Wayback availability API's shape.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from conftest import EXAMPLES

REFS_TEXT = (EXAMPLES / "refs.txt").read_text(encoding="utf-8")

HONG_OSCOLA = (
    "Hong J, ‘美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023)"
)
APA_CITATIONS = ["(Hong, 2023)", "(E. Kim, 2023)", "(S. Kim, 2023)", "(Y. Kim, 2023)"]


def expected(style: str, mode: str = "bibliography") -> list[str]:
    """What ``citekit format`` gives for the example list: the page must show the same."""
    import citekit

    items = citekit.read(str(EXAMPLES / "refs.txt")).items
    return [e.text for e in citekit.render(items, style=style, mode=mode).entries]


PAGE = "<html><head><title>{title}</title></head><body><h1>{title}</h1><p>{body}</p></body></html>"


class FakeWeb(BaseHTTPRequestHandler):
    """``/ok``, ``/gone`` (404), ``/moved`` (301 to /ok), ``/soft`` (200 "page not found"),
    ``/slow/N`` (answers after a second), ``/wayback`` (the archive's API)."""

    slow_hits: list[str] = []

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: str, kind: str = "text/html", **headers: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("content-type", f"{kind}; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        base = f"http://{self.headers['host']}"
        if parts.path == "/wayback":
            url = parse_qs(parts.query).get("url", [""])[0]
            snapshot = f"{base}/web/20230208000000/{url}"
            body = {"archived_snapshots": {"closest": {"available": True, "url": snapshot}}}
            self._send(200, json.dumps(body), "application/json")
        elif parts.path.startswith("/ok") or parts.path.startswith("/web/"):
            self._send(200, PAGE.format(title="Hostages and families", body="A report."))
        elif parts.path == "/moved":
            self._send(301, "", location=f"{base}/ok/new-home")
        elif parts.path == "/soft":
            self._send(200, PAGE.format(title="Page not found", body="Sorry."))
        elif parts.path.startswith("/slow/"):
            FakeWeb.slow_hits.append(parts.path)
            time.sleep(1.0)
            self._send(200, PAGE.format(title="Slow", body="Slow."))
        else:
            self._send(404, PAGE.format(title="Not here", body="404"))


@contextmanager
def fake_web() -> Iterator[str]:
    """The fake web's base URL (``http://127.0.0.1:PORT``) for the ``with`` block."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeWeb)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def linked_refs(base: str) -> str:
    """Four references citing the fake web's pages (alive, dead, moved, soft-404)."""
    lines = []
    for name, path in (
        ("Hong J", "ok/report"),
        ("Kim E", "gone"),
        ("Kim S", "moved"),
        ("Kim Y", "soft"),
    ):
        lines.append(
            f'{name}, "Hostages and families" (Voa Korea, February 7, 2023)'
            f" <{base}/{path}> accessed February 8, 2023."
        )
    return "\n".join(lines) + "\n"


def library_path(folder: Path) -> Path:
    return folder / "library.sqlite"
