"""lychee's habits in citekit links: exclude/include, an ignore file, accepted statuses,
User-Agent, headers, the redirect limit; the exit status when no link could be checked."""

from __future__ import annotations

import threading
from http.server import ThreadingHTTPServer

import pytest
from test_links_web import Site

from citekit.cli import main
from citekit.errors import UsageError
from citekit.links import audit_links
from citekit.links.options import LinkOptions, accepted, header, patterns, read_ignore_file

SEEN: dict[str, str] = {}


class Echo(Site):
    """The test site, plus /echo/ which answers 200 only to the agreed User-Agent and header."""

    def page_echo(self, parts: list[str]) -> None:
        SEEN["agent"] = self.headers.get("User-Agent", "")
        SEEN["token"] = self.headers.get("X-Token", "")
        good = SEEN["agent"] == "citekit-test/1" and SEEN["token"] == "s3cret"
        self.send(200 if good else 403, "<title>Echo</title>")


@pytest.fixture(scope="module")
def base():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Echo)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _audit(urls, options):
    return audit_links(urls, allow_private=True, cache=False, timeout=2.0, options=options)


def test_exclude_and_include_patterns(base) -> None:
    urls = [f"{base}/ok/1", f"{base}/status/404/1", f"{base}/status/410/1"]
    options = LinkOptions(exclude=patterns([r"/status/"], "x"), include=patterns([r"/410/"], "x"))
    audit = _audit(urls, options)
    assert [r.url for r in audit.results] == [urls[0], urls[2]] and audit.excluded == 1


def test_accepted_statuses_count_as_alive(base) -> None:
    urls = [f"{base}/status/429/1", f"{base}/status/404/2"]
    audit = _audit(urls, LinkOptions(accept=accepted("200..=299,429")))
    assert [r.verdict for r in audit.results] == ["ok", "broken"]
    assert accepted("200..300") == frozenset(range(200, 300))
    for bad in ("20", "abc", "300..=200"):
        with pytest.raises(UsageError):
            accepted(bad)


def test_user_agent_and_headers_are_sent(base) -> None:
    url = f"{base}/echo/1"
    assert _audit([url], LinkOptions()).results[0].verdict != "ok"
    options = LinkOptions(user_agent="citekit-test/1", headers=dict([header("X-Token: s3cret")]))
    assert _audit([url], options).results[0].verdict == "ok"
    assert SEEN == {"agent": "citekit-test/1", "token": "s3cret"}


def test_max_redirects(base) -> None:
    url = f"{base}/moved/3/ok/2"
    assert _audit([url], LinkOptions(max_redirects=2)).results[0].verdict == "redirect-loop"
    assert _audit([url], LinkOptions(max_redirects=3)).results[0].verdict == "redirect-ok"


def test_ignore_file_and_cli_flags(base, tmp_path, monkeypatch, capsys) -> None:
    refs = tmp_path / "urls.txt"
    refs.write_text(f"{base}/ok/1\n{base}/status/404/9\n{base}/status/429/9\n", "utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".citekitignore").write_text("# dead on purpose\n/status/404/\n\n", "utf-8")
    assert read_ignore_file(tmp_path / ".citekitignore") == ["/status/404/"]
    common = ["links", str(refs), "--allow-private", "--no-cache", "--to", "jsonl"]
    assert main([*common, "--accept", "200,429"]) == 0
    out = capsys.readouterr().out
    assert "/status/404/" not in out and out.count('"verdict": "ok"') == 2
    assert main([*common]) == 0  # 429 is rate-limited: transient, not a problem found
    (tmp_path / ".citekitignore").unlink()
    assert main([*common, "--exclude", "429", "--max-concurrency", "2", "--timeout", "2"]) == 1
    assert main([*common, "--accept", "2x"]) == 2


def test_every_link_refused_is_exit_1(tmp_path, capsys) -> None:
    refs = tmp_path / "urls.txt"
    refs.write_text("http://127.0.0.1:9/a\nhttp://10.0.0.1/b\n", "utf-8")
    assert main(["links", str(refs), "--no-cache"]) == 1


def test_update_help_says_it_asks_the_archive(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["links", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--update" in text and "asks the web archive" in text
