"""The link audit against a small web server of our own on 127.0.0.1 (no other address)."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, quote, urlsplit

import pytest

from citekit.cli import main
from citekit.links import Cache, audit_links, guard

HUGE = 1 << 30
PAGE = "<!doctype html><html><head><meta charset=utf-8><title>{}</title></head><p>{}</p></html>"


class Site(BaseHTTPRequestHandler):
    """One behaviour per path family; counts every request."""

    protocol_version = "HTTP/1.1"
    counts: Counter[str] = Counter()
    huge_sent = 0
    limited: set[str] = set()
    lock = threading.Lock()

    def log_message(self, *args: object) -> None:
        pass

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        parts = [p for p in urlsplit(self.path).path.split("/") if p]
        family = parts[0] if parts else "front"
        with self.lock:
            Site.counts[family] += 1
        getattr(self, "page_" + family.replace("-", "_"), self.page_missing)(parts)

    def send(self, status: int, body: str = "", headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def page_missing(self, parts: list[str]) -> None:
        self.send(404, PAGE.format("Not Found", "nothing here"))

    def page_front(self, parts: list[str]) -> None:
        self.send(200, PAGE.format("Welcome", "front page"))

    def page_ok(self, parts: list[str]) -> None:
        self.send(200, PAGE.format(f"Article {parts[-1]}", "text"))

    def page_status(self, parts: list[str]) -> None:
        self.send(int(parts[1]), PAGE.format(f"Error {parts[1]}", ""), {"Retry-After": "120"})

    def page_moved(self, parts: list[str]) -> None:  # /moved/N/end...
        left = int(parts[1])
        rest = "/".join(parts[2:])
        target = f"/moved/{left - 1}/{rest}" if left > 1 else f"/{rest}"
        self.send(301 if left % 2 else 308, "", {"Location": target})

    def page_loop(self, parts: list[str]) -> None:
        self.send(302, "", {"Location": "/loop/b" if parts[-1] == "a" else "/loop/a"})

    def page_home(self, parts: list[str]) -> None:
        self.send(302, "", {"Location": "/"})

    def page_soft(self, parts: list[str]) -> None:
        titles = {"en": "Page Not Found", "ko": "페이지를 찾을 수 없습니다"}
        self.send(200, PAGE.format(titles[parts[1]], "sorry"))

    def page_liehead(self, parts: list[str]) -> None:
        self.send(200 if self.command == "HEAD" else 404, PAGE.format("x", ""))

    def page_limited(self, parts: list[str]) -> None:
        with self.lock:
            first = self.path not in Site.limited
            Site.limited.add(self.path)
        if first:
            self.send(429, "slow down", {"Retry-After": "0"})
        else:
            self.send(200, PAGE.format(f"Article {parts[-1]}", ""))

    def page_ua(self, parts: list[str]) -> None:
        if self.headers.get("User-Agent", "").startswith("Mozilla/5.0"):
            self.send(200, PAGE.format(f"Article {parts[-1]}", ""))
        else:
            self.send(403, PAGE.format("Access Denied", ""))

    def page_korean(self, parts: list[str]) -> None:
        self.send(200, PAGE.format(f"Article {self.path}", ""))

    def page_drift(self, parts: list[str]) -> None:
        self.send(200, PAGE.format("Section Index — Site Redesign", ""))

    def page_hang(self, parts: list[str]) -> None:
        time.sleep(2)
        self.close_connection = True

    def page_trickle(self, parts: list[str]) -> None:  # headers one byte at a time, for 3 s
        try:
            self.wfile.write(b"HTTP/1.1 200 OK\r\n")
            for _ in range(30):
                self.wfile.write(b"X")
                self.wfile.flush()
                time.sleep(0.1)
        except OSError:
            pass
        self.close_connection = True

    def page_reset(self, parts: list[str]) -> None:
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.close_connection = True
        self.connection.close()

    def page_private(self, parts: list[str]) -> None:  # redirect into a loopback name
        port = self.server.server_address[1]
        self.send(302, "", {"Location": f"http://localhost:{port}/ok/1"})

    def page_huge(self, parts: list[str]) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/pdf" if parts[1] == "pdf" else "text/html")
        self.send_header("Content-Length", str(HUGE))
        self.end_headers()
        chunk = b"\0" * 65536
        sent = 0
        try:
            while sent < 256 * 2**20:  # a safety cap far above what any client should take
                self.wfile.write(chunk)
                sent += len(chunk)
        except OSError:
            pass
        finally:
            with self.lock:
                Site.huge_sent = max(Site.huge_sent, sent)
            self.close_connection = True

    def page_wayback(self, parts: list[str]) -> None:
        query = parse_qs(urlsplit(self.path).query)
        url, stamp = query["url"][0], query.get("timestamp", [""])[0]
        snapshots = (
            {}
            if "nosnap" in url
            else {
                "closest": {
                    "available": True,
                    "status": "200",
                    "timestamp": stamp or "2024",
                    "url": f"http://archive.test/web/{stamp or '2024'}/{url}",
                }
            }
        )
        body = json.dumps({"url": url, "archived_snapshots": snapshots})
        self.send(200, body, {"Content-Type": "application/json"})


@pytest.fixture(scope="module")
def base():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def audit(urls, **options):
    options.setdefault("allow_private", True)
    options.setdefault("cache", False)
    options.setdefault("timeout", 1.0)
    return audit_links(urls, **options)


CASES = [
    ("/ok/1", "ok", 200),
    ("/status/404/1", "broken", 404),
    ("/status/410/1", "broken", 410),
    ("/status/500/1", "server-error", 500),
    ("/status/503/1", "unavailable", 503),
    ("/status/403/1", "blocked", 403),
    ("/moved/3/ok/2", "redirect-ok", 200),
    ("/moved/2/status/404/2", "redirect-broken", 404),
    ("/loop/a", "redirect-loop", 302),
    ("/home/deep/link", "soft-404", 200),
    ("/soft/en/1", "soft-404", 200),
    ("/soft/ko/1", "soft-404", 200),
    ("/liehead/1", "broken", 404),
    ("/limited/1", "rate-limited-ok", 200),
    ("/ua/1", "blocked-needs-UA", 200),
    ("/hang/1", "timeout", None),
    ("/reset/1", "connection-error", None),
    ("/huge/pdf/1", "ok", 200),
    ("/huge/html/1", "ok", 200),
]


def test_every_behaviour_gets_its_verdict(base):
    result = audit([base + path for path, _, _ in CASES])
    got = {r.url[len(base) :]: (r.verdict, r.status) for r in result.results}
    assert got == {path: (verdict, status) for path, verdict, status in CASES}
    assert [r.coarse for r in result.dead] == ["dead"] * 9


def test_redirect_chain_and_final_url_are_reported(base):
    (result,) = audit([base + "/moved/3/ok/2"]).results
    assert result.redirects == [base + "/moved/2/ok/2", base + "/moved/1/ok/2", base + "/ok/2"]
    assert result.final_url == base + "/ok/2"
    assert result.replacement == base + "/ok/2"


def test_total_timeout_holds_against_a_trickling_server(base):
    started = time.monotonic()
    (result,) = audit([base + "/trickle/1"], timeout=0.5).results
    assert result.verdict == "timeout"
    assert time.monotonic() - started < 1.5  # each byte comes within the read timeout


def test_refused_connection_is_a_connection_error(base):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    port = closed.getsockname()[1]
    closed.close()
    (result,) = audit([f"http://127.0.0.1:{port}/x"]).results
    assert (result.verdict, result.reason) == ("connection-error", "connection refused")


def test_a_huge_body_costs_under_two_mebibytes(base):
    Site.huge_sent = 0
    results = audit([base + "/huge/pdf/2", base + "/huge/html/2"]).results
    assert [r.verdict for r in results] == ["ok", "ok"]
    deadline = time.monotonic() + 5  # the server thread counts after the client hangs up
    while Site.huge_sent == 0 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert 0 < Site.huge_sent < 2 * 2**20


def test_korean_paths_raw_and_encoded_reach_the_same_page(base):
    raw = base + "/korean/뉴스/기사?id=7"
    encoded = base + "/korean/" + quote("뉴스/기사") + "?id=7"
    results = audit([raw, encoded]).results
    assert [r.verdict for r in results] == ["ok", "ok"]
    assert (
        results[0].page_title
        == results[1].page_title
        == f"Article /korean/{quote('뉴스/기사')}?id=7"
    )


def test_drift_compares_the_cited_title(base):
    items = [
        {"id": "a", "URL": base + "/drift/1", "title": "Article 1"},
        {"id": "b", "URL": base + "/ok/5", "title": "Article 5"},
    ]
    results = audit(items).results
    assert [(r.item_id, r.verdict) for r in results] == [("a", "content-drift"), ("b", "ok")]
    assert "Section Index" in results[0].reason


def test_private_addresses_are_refused_unless_allowed(base):
    (result,) = audit([base + "/ok/1"], allow_private=False).results
    assert result.verdict == "refused"
    assert result.coarse == "skipped"


def test_redirects_into_private_ranges_are_refused(base, monkeypatch):
    monkeypatch.setattr(guard, "is_private", lambda address: False)  # pretend 127.0.0.1 is public
    (result,) = audit([base + "/private/1"], allow_private=False).results
    assert result.verdict == "refused"
    assert "localhost" in result.reason


def test_the_address_actually_reached_is_checked(base, monkeypatch):
    monkeypatch.setattr(guard, "check", lambda url: None)  # as if the name resolved to a public IP
    (result,) = audit([base + "/ok/1"], allow_private=False).results
    assert result.verdict == "refused"
    assert "connected to 127.0.0.1" in result.reason


def test_archive_lookup_uses_the_access_date_and_only_for_links_not_alive(base):
    items = [
        {"id": "d", "URL": base + "/status/404/9", "accessed": {"date-parts": [[2019, 3, 4]]}},
        {"id": "n", "URL": base + "/status/404/nosnap"},
        {"id": "a", "URL": base + "/ok/9"},
    ]
    results = audit(items, archive=True, archive_api=base + "/wayback/available").results
    assert [r.archive_url for r in results] == [
        f"http://archive.test/web/20190304/{base}/status/404/9",
        None,
        None,
    ]


def test_an_unreachable_archive_is_reported_not_fatal(base):
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))
    api = f"http://127.0.0.1:{closed.getsockname()[1]}/wayback/available"
    closed.close()
    result = audit([base + "/status/404/u1", base + "/ok/u2"], archive=True, archive_api=api)
    assert [r.archive_url for r in result.results] == [None, None]
    assert [(d.rule, d.severity) for d in result.diagnostics] == [
        ("links-archive-failed", "warning")
    ]
    assert "1 link(s)" in result.diagnostics[0].message


def test_second_run_is_served_from_the_cache(base, tmp_path):
    urls = [base + "/ok/c1", base + "/status/404/c2", base + "/soft/en/c3"]
    cache = tmp_path / "links.sqlite3"
    first = audit(urls, cache=cache)
    before = sum(Site.counts.values())
    second = audit(urls, cache=cache)
    assert sum(Site.counts.values()) == before
    assert second.fetched == 0 and first.fetched == 3
    assert [r.verdict for r in second.results] == [r.verdict for r in first.results]
    assert all(r.cached for r in second.results)
    assert audit(urls, cache=cache, max_age=0).fetched == 3  # stale: fetched again


def test_cache_can_be_cleared(base, tmp_path):
    cache_file = tmp_path / "c.sqlite3"
    audit([base + "/ok/k"], cache=cache_file)
    store = Cache(cache_file)
    assert store.observation(base + "/ok/k").status == 200
    store.clear()
    assert store.observation(base + "/ok/k") is None
    store.close()


def test_cli_exit_status_report_formats_and_update(base, tmp_path, capsys):
    bib = tmp_path / "refs.json"
    items = [
        {"id": "moved", "type": "webpage", "URL": base + "/moved/1/ok/3", "title": "Article 3"},
        {
            "id": "dead",
            "type": "webpage",
            "URL": base + "/status/404/4",
            "accessed": {"date-parts": [[2021, 5, 6]]},
        },
        {"id": "fine", "type": "webpage", "URL": base + "/ok/4", "title": "Article 4"},
    ]
    bib.write_text(json.dumps(items), encoding="utf-8")
    common = [
        str(bib),
        "--allow-private",
        "--no-cache",
        "--archive-api",
        base + "/wayback/available",
    ]
    out = tmp_path / "updated.json"
    assert main(["links", *common, "--update", "-o", str(out), "--to", "jsonl"]) == 1
    captured = capsys.readouterr()
    rows = [json.loads(line) for line in captured.out.splitlines()]
    assert [r["verdict"] for r in rows] == ["redirect-ok", "broken", "ok"]
    assert captured.err == ""  # no progress bar when not on a terminal
    updated = json.loads(out.read_text(encoding="utf-8"))
    assert updated[0]["URL"] == base + "/ok/3"
    assert updated[0]["custom"]["original-URL"] == base + "/moved/1/ok/3"
    assert updated[1]["URL"] == base + "/status/404/4"
    assert (
        updated[1]["custom"]["archive-URL"]
        == f"http://archive.test/web/20210506/{base}/status/404/4"
    )
    assert updated[2] == items[2]
    assert json.loads(bib.read_text(encoding="utf-8")) == items  # input untouched

    alive = tmp_path / "alive.md"
    alive.write_text(f"- [a]({base}/ok/1)\n- <{base}/moved/2/ok/1>\n", encoding="utf-8")
    assert main(["links", str(alive), "--allow-private", "--no-cache", "--to", "markdown"]) == 0
    table = capsys.readouterr().out
    assert table.count("\n| ") == 2 and "| redirect-ok | 200 |" in table


def test_cli_updates_text_inputs_in_place_of_each_url(base, tmp_path, capsys):
    listed = tmp_path / "urls.txt"
    listed.write_text(f"{base}/moved/1/ok/8\n{base}/ok/8\n", encoding="utf-8")
    out = tmp_path / "urls.new.txt"
    args = ["links", str(listed), "--allow-private", "--no-cache", "--update", "-o", str(out)]
    assert main([*args, "--archive-api", base + "/wayback/available"]) == 0
    assert out.read_text(encoding="utf-8") == f"{base}/ok/8\n{base}/ok/8\n"
    assert "2 links: 1 redirect-ok, 1 ok" in capsys.readouterr().out


def test_cli_update_keeps_a_bibtex_file_bibtex(base, tmp_path, capsys):
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@online{moved, title={Article 6}, url={BASE/moved/1/ok/6}}\n"
        "@online{fine, title={Article 7}, url={BASE/ok/7}}\n".replace("BASE", base),
        encoding="utf-8",
    )
    out = tmp_path / "new.bib"
    args = ["links", str(bib), "--allow-private", "--no-cache", "--update", "-o", str(out)]
    assert main([*args, "--archive-api", base + "/wayback/available"]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("@online{moved,") and f"{{{base}/ok/6}}" in text
    assert "/moved/1/ok/6" not in text and f"{{{base}/ok/7}}" in text
    captured = capsys.readouterr()
    assert f"{bib}:1: redirect-ok [200]" in captured.out
    assert "cannot hold custom.original-URL" in captured.err


def test_cli_bad_input_is_a_usage_error(tmp_path, capsys):
    assert main(["links", str(tmp_path / "missing.txt"), "--no-cache"]) == 2
    assert "missing.txt: no such file" in capsys.readouterr().err
    assert main(["links", str(tmp_path / "x"), "--update", "--no-cache"]) == 2
