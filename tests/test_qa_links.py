"""QA: `citekit links --update` gives the copy back in the input's own encoding and line ends."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest

from citekit.cli import main


class _Site(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - the http.server name
        if self.path == "/old":
            self.send_response(301)
            self.send_header("Location", "/new")
            self.end_headers()
            return
        body = "<html><head><title>납북피해 계속 지원</title></head><body>기사</body></html>"
        data = body.encode("utf-8")
        self.send_response(200 if self.path == "/new" else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_HEAD = do_GET

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def base() -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_update_keeps_cp949_and_crlf(tmp_path, capsys, base) -> None:
    line = f'Hong J, "美, 납북피해 계속 지원" (세계일보, 7 February 2023) <{base}/old> accessed 8 February 2023.'
    source = tmp_path / "refs.txt"
    source.write_bytes(f"{line}\r\n".encode("cp949"))
    out = tmp_path / "updated.txt"
    argv = ["links", str(source), "--update", "-o", str(out), "--allow-private", "--no-cache"]
    code = main([*argv, "--archive-api", f"{base}/archive", "--timeout", "5"])
    assert code == 0, capsys.readouterr().err
    expected = line.replace(f"{base}/old", f"{base}/new") + "\r\n"
    assert out.read_bytes() == expected.encode("cp949")
