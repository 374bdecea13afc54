"""What makes the page fast keeps it right: remembered answers, long-lived pandoc, the
rows sent before the entries; and the page's entries are what ``citekit format`` prints."""

from __future__ import annotations

import html
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("starlette")

from serve_support import REFS_TEXT  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

import citekit  # noqa: E402
from citekit.render import pandoc  # noqa: E402
from citekit.render.resident import ResidentPandoc  # noqa: E402
from citekit.serve import ServeOptions, create_app  # noqa: E402
from citekit.serve.memo import Memo, digest  # noqa: E402

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"
ENTRY = re.compile(r'<div id="ref-([^"]+)" class="csl-entry">(.*?)</div>', re.S)


def made_up_list(count: int) -> str:
    """Informal references whose authors and years collide (year letters, initials)."""
    families = ["Kim", "Lee", "Park", "Smith", "Choi"]
    outlets = ["Voa Korea", "Chosun Media", "The Korea Herald"]
    months = ["February", "March", "June", "October"]
    lines = []
    for n in range(count):
        family, initial = families[n % 5], "EJ"[n // 5 % 2]
        month, year = months[n % 4], 2021 + n % 2
        lines.append(
            f'{family} {initial}, "Families and talks, part {n + 1}" ({outlets[n % 3]},'
            f" {month} {n % 27 + 1}, {year}) <https://news.example.org/{n}>"
            f" accessed {month} {n % 27 + 1}, {year}."
        )
    return "\n".join(lines) + "\n"


def make_client(tmp_path: Path) -> tuple[TestClient, ServeOptions]:
    settings = ServeOptions(port=PORT, library=tmp_path / "library.sqlite", link_cache=False)
    client = TestClient(create_app(settings), base_url=BASE)
    client.cookies.set(f"citekit-token-{PORT}", settings.token)
    return client, settings


def load(client: TestClient, text: str, **view: str) -> dict:
    """The load job as the page runs it: its events, then the rendered list."""
    job = client.post("/api/load", json={"name": "list.txt", "text": text, **view}).json()["job"]
    with client.stream("GET", f"/api/jobs/{job}/events") as stream:
        raw = "".join(stream.iter_text())
    found = {}
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        data = json.loads(lines["data"])
        found[data.get("stage") or lines["event"]] = data
    return found


def command_line_entries(tmp_path: Path, text: str, *options: str) -> list[tuple[str, str]]:
    """``citekit format LIST --to html ...`` in a new process: its (id, HTML) entries."""
    path = tmp_path / "list.txt"
    path.write_text(text, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "citekit", "format", str(path), "--to", "html", *options],
        capture_output=True,
        check=True,
    )
    return [(key, body) for key, body in ENTRY.findall(done.stdout.decode("utf-8"))]


@pytest.mark.parametrize(
    "options",
    [
        ("--style", "oscola"),
        ("--style", "apa"),
        ("--style", "apa", "--mode", "citations"),
        ("--style", "oscola", "--script", "romanized"),
    ],
)
def test_the_page_shows_what_citekit_format_prints(tmp_path: Path, options: tuple) -> None:
    text = made_up_list(24) + REFS_TEXT
    view = dict(zip([o.lstrip("-") for o in options[::2]], options[1::2], strict=True))
    client, _ = make_client(tmp_path)
    with client:  # the lifespan: renders go to the long-lived pandoc processes
        assert isinstance(pandoc.RUNNER, ResidentPandoc)
        page = load(client, text, **view)["done"]["render"]["entries"]
    assert pandoc.RUNNER is None
    cli = command_line_entries(tmp_path, text, *options)
    assert len(cli) == 28
    assert [(e["id"], e["html"]) for e in page] == cli
    if "apa" in options and "citations" not in options:
        assert any("2021a" in html.unescape(body) for _, body in cli)  # year letters


def test_an_edit_that_changes_other_entries_re_renders_them(tmp_path: Path) -> None:
    """Two items by one author in one year share letters (2021a, 2021b); moving one to
    another year changes the other's entry, and the order: the re-render says so."""
    client, _ = make_client(tmp_path)
    with client:
        read = load(client, made_up_list(12), style="apa")["read"]["read"]
        items = read["items"]
        first = client.post("/api/render", json={"items": items, "style": "apa"}).json()
        lettered = [e["id"] for e in first["entries"] if re.search(r"\(202\da", e["html"])]
        assert lettered
        twin = next(i for i in items if i["id"] == lettered[0])
        twin["issued"] = {"date-parts": [[2030]]}
        twin["author"] = [{"family": "Aaronson", "given": "B"}]
        again = client.post("/api/render", json={"items": items, "style": "apa"}).json()
    expected = citekit.render(items, style="apa", to="html").entries
    assert [(e["id"], e["html"]) for e in again["entries"]] == [(e.id, e.text) for e in expected]
    assert again["entries"][0]["id"] == twin["id"]  # moved to the top
    changed = {e["id"] for e in again["entries"]} - {twin["id"]}
    before = {e["id"]: e["html"] for e in first["entries"]}
    assert any(before[i] != e["html"] for e in again["entries"] for i in changed if e["id"] == i)


def test_answers_are_remembered_and_copies_handed_out(tmp_path: Path) -> None:
    client, _ = make_client(tmp_path)
    memos = client.app.state.memos
    text = made_up_list(6)
    items = client.post("/api/read", json={"name": "l", "text": text}).json()["items"]
    items[0]["title"] = "Changed by the page"
    again = client.post("/api/read", json={"name": "l", "text": text}).json()["items"]
    assert memos.read.hits == 1 and again[0]["title"] != "Changed by the page"
    ask = {"items": again, "style": "oscola"}
    one = client.post("/api/render", json=ask).json()
    two = client.post("/api/render", json=ask).json()
    assert one == two and memos.render.hits == 1 and memos.render.misses == 1
    apa = client.post("/api/render", json={**ask, "style": "apa"}).json()
    assert apa != one and memos.render.misses == 2
    edited = [dict(again[0], title="Another title")] + again[1:]
    shown = client.post("/api/render", json={"items": edited, "style": "oscola"}).json()
    by_id = {e["id"]: e["html"] for e in shown["entries"]}
    assert "Another Title" in by_id[again[0]["id"]] and memos.render.misses == 3
    check = {"name": "l", "text": text, "items": again, "style": "oscola"}
    found = client.post("/api/check", json=check).json()
    assert memos.read.hits == 2  # the check reads the list as the paste did
    assert client.post("/api/check", json=check).json() == found and memos.check.hits == 1
    assert found["findings"]  # (the made-up list has US dates, which OSCOLA writes otherwise)


def test_memo_forgets_the_oldest_and_keys_follow_the_request() -> None:
    memo = Memo(2)
    calls: list[str] = []
    for key in ("a", "b", "a", "c", "b"):
        memo.get(key, lambda key=key: calls.append(key) or key.upper())
    assert calls == ["a", "b", "c", "b"]  # "b" was forgotten when "c" came
    assert digest({"x": 1, "y": [1, 2]}) == digest({"y": [1, 2], "x": 1})
    assert digest({"x": 1}) != digest({"x": 2}) and digest("a", "b") != digest("ab")
    failing = Memo(2)
    with pytest.raises(ZeroDivisionError):
        failing.get("k", lambda: 1 / 0)
    assert failing.get("k", lambda: 5) == 5  # an error is not remembered
