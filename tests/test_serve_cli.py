"""``citekit serve`` from the command line: the printed address works, the guard holds."""

from __future__ import annotations

import subprocess
import sys

import pytest
import requests

pytest.importorskip("starlette")
pytest.importorskip("uvicorn")

from citekit.cli import build_parser  # noqa: E402
from citekit.errors import UsageError  # noqa: E402
from citekit.serve import ServeOptions  # noqa: E402
from citekit.serve.runner import bind  # noqa: E402


def test_the_printed_address_opens_the_page(tmp_path) -> None:
    command = [
        sys.executable,
        "-m",
        "citekit",
        "serve",
        "--port",
        "0",
        "--no-link-cache",
        "--library",
        str(tmp_path / "lib.sqlite"),
    ]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        assert line.startswith("citekit serve: open http://127.0.0.1:"), line
        address = line.split("open ", 1)[1].strip()
        base, token = address.split("/?token=")
        assert len(token) >= 24
        assert requests.get(f"{base}/api/info", timeout=10).status_code == 403
        session = requests.Session()
        page = session.get(address, timeout=10)
        assert page.status_code == 200 and page.url == f"{base}/"
        assert "citekit" in page.text
        info = session.get(f"{base}/api/info", timeout=10).json()
        assert "notes" in info["modes"]
        assert (
            session.get(
                f"{base}/api/info", headers={"host": "attacker.example"}, timeout=10
            ).status_code
            == 403
        )
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_tokens_differ_at_every_start() -> None:
    assert ServeOptions().token != ServeOptions().token


def test_a_busy_port_is_a_usage_error() -> None:
    sock, options = bind(ServeOptions(port=0))
    try:
        with pytest.raises(UsageError, match=f"127.0.0.1:{options.port}.*--port"):
            bind(ServeOptions(port=options.port))
    finally:
        sock.close()


def test_the_command_line_cannot_open_private_link_audits() -> None:
    parser = build_parser()
    serve = parser._subparsers._group_actions[0].choices["serve"]
    flags = {flag for action in serve._actions for flag in action.option_strings}
    assert "--port" in flags and "--open" in flags
    assert not any("private" in flag or "host" in flag for flag in flags)


def test_without_the_serve_extra_the_message_says_what_to_install(monkeypatch, capsys) -> None:
    from citekit.cli import main

    hidden = ("citekit.serve", "starlette", "uvicorn")
    for name in [m for m in sys.modules if m.startswith(hidden)]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "starlette", None)
    assert main(["serve", "--port", "0"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'citekit[serve]'" in err and "starlette" in err
    assert "Traceback" not in err
