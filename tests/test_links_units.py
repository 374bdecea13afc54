"""Unit tests of the link audit's pure parts: URLs, pages, soft-404, drift, verdicts, inputs."""

from __future__ import annotations

import threading
import time
from collections import Counter

import pytest

from citekit.links import drift, guard, urls
from citekit.links.classify import classify
from citekit.links.observation import Observation
from citekit.links.page import read_page
from citekit.links.schedule import run_limited
from citekit.links.soft404 import not_found_reason
from citekit.links.targets import from_items, from_text


def test_korean_path_and_domain_are_encoded_once():
    raw = "http://한국.kr/뉴스/기사?id=3&q=인권"
    uri = urls.to_uri(raw)
    assert uri == (
        "http://xn--3e0b707e.kr/%EB%89%B4%EC%8A%A4/%EA%B8%B0%EC%82%AC?id=3&q=%EC%9D%B8%EA%B6%8C"
    )
    assert urls.to_uri(uri) == uri  # existing escapes are kept


def test_find_urls_trims_sentence_punctuation_but_keeps_balanced_parentheses():
    text = "See https://example.org/a. Also (https://en.wikipedia.org/wiki/Seoul_(city)), done."
    assert urls.find_urls(text) == [
        "https://example.org/a",
        "https://en.wikipedia.org/wiki/Seoul_(city)",
    ]


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("169.254.169.254", True),
        ("::1", True),
        ("::ffff:192.168.0.1", True),
        ("fe80::1", True),
        ("8.8.8.8", False),
        ("2001:4860::8888", False),
    ],
)
def test_guard_ranges(address, private):
    assert guard.is_private(address) is private


def test_guard_refuses_loopback_names_and_literals():
    with pytest.raises(guard.Refused):
        guard.check("http://localhost:8080/admin")
    with pytest.raises(guard.Refused):
        guard.check("http://169.254.169.254/latest/meta-data/")
    guard.check("http://8.8.8.8/")  # a public literal is let through


def test_page_title_headings_and_text_from_a_cut_prefix():
    body = "<html><head><title> Page  Not Found </title><script>var x='404 not found'</script>"
    page = read_page(body.encode() + b"</head><body><h1>Oops</h1><p>gone")
    assert page.title == "Page Not Found"
    assert page.headings == ["Oops"]
    assert "404" not in page.text and page.text.endswith("gone")


def test_page_charset_from_meta():
    body = '<meta charset="euc-kr"><title>기사</title>'.encode("euc-kr")
    assert read_page(body).title == "기사"


@pytest.mark.parametrize(
    "html",
    [
        "<title>Page Not Found</title>",
        "<title>Site</title><h1>Error 404</h1>",
        "<title>페이지를 찾을 수 없습니다</title>",
        "<title>한겨레</title><p>요청하신 페이지를 찾을 수 없습니다.</p>",
        "<title>Acme</title><p>Sorry, the page you are looking for does not exist.</p>",
    ],
)
def test_soft404_pages_are_recognised(html):
    assert not_found_reason(read_page(html.encode())) is not None


@pytest.mark.parametrize(
    "html",
    [
        "<title>Article 404</title><p>Lorem ipsum.</p>",
        "<title>Found: the lost city</title>",
        "<title>북한 인권 보고서</title><p>본문입니다.</p>",
        "<title>News</title><h2>Why the missing hikers were not found for eleven days</h2>",
        "<title>사고 원인을 찾을 수 없습니다</title>",
    ],
)
def test_ordinary_pages_are_not_soft404(html):
    assert not_found_reason(read_page(html.encode())) is None


def test_drift_uses_bigrams_for_korean_and_words_for_english():
    cited = "미한 고위관리, 납북·억류자 가족 만나 지원 약속"
    assert drift.drift_reason(cited, cited + " | VOA") is None
    assert drift.drift_reason(cited, "VOA 한국어 - 뉴스 목록") is not None
    assert drift.drift_reason("Article 5", "Section Index — Site Redesign") is not None
    assert drift.drift_reason("Article 5", "Article 5 - The Daily") is None
    assert drift.drift_reason(None, "anything") is None
    assert drift.drift_reason("Article 5", "The Daily", ["Article 5"]) is None  # title = site name


def _obs(**fields) -> Observation:
    return Observation("http://example.org/a/b", **fields)


@pytest.mark.parametrize(
    ("fields", "verdict"),
    [
        ({"status": 200}, "ok"),
        (
            {
                "status": 200,
                "redirects": ["http://example.org/c"],
                "final_url": "http://example.org/c",
            },
            "redirect-ok",
        ),
        (
            {
                "status": 200,
                "redirects": ["http://example.org/"],
                "final_url": "http://example.org/",
            },
            "soft-404",
        ),
        ({"status": 200, "not_found": "says so"}, "soft-404"),
        ({"status": 200, "waited": 0.0, "first_status": 429}, "rate-limited-ok"),
        ({"status": 200, "browser_ua": True, "first_status": 403}, "blocked-needs-UA"),
        ({"status": 404}, "broken"),
        ({"status": 410}, "broken"),
        ({"status": 404, "redirects": ["http://example.org/x"]}, "redirect-broken"),
        ({"status": 500}, "server-error"),
        ({"status": 503}, "unavailable"),
        ({"status": 429, "waited": 2.0}, "rate-limited"),
        ({"status": 403}, "blocked"),
        ({"error": "timeout"}, "timeout"),
        ({"error": "redirect-loop"}, "redirect-loop"),
        ({"error": "connection-error"}, "connection-error"),
    ],
)
def test_classify(fields, verdict):
    assert classify(_obs(**fields))[0] == verdict


def test_classify_drift_needs_a_cited_title():
    obs = _obs(status=200, page_title="Section Index")
    assert classify(obs, "Article 5")[0] == "content-drift"
    assert classify(obs, None)[0] == "ok"


def test_targets_from_markdown_html_url_list_and_csl_json():
    md = "# Refs\n\n1. [Kim](https://a.example/x) and <https://b.example/y>\n2. https://c.example/z.\n"
    assert [(t.url, t.line) for t in from_text(md, "r.md").targets] == [
        ("https://a.example/x", 3),
        ("https://b.example/y", 3),
        ("https://c.example/z", 4),
    ]
    page = '<!doctype html><p>\n<a href="https://a.example/&#xB274;">x</a> <a href="#top">t</a>'
    assert [(t.url, t.line) for t in from_text(page, "r.html").targets] == [
        ("https://a.example/뉴", 2)
    ]
    listed = "https://a.example/1\n\n- https://b.example/2\n"
    assert [t.url for t in from_text(listed).targets] == [
        "https://a.example/1",
        "https://b.example/2",
    ]
    csl = '[{"id": "k1", "URL": "https://a.example/", "title": "T", '
    csl += '"accessed": {"date-parts": [[2023, 2]]}}]'
    (target,) = from_text(csl, "r.json").targets
    assert (target.item_id, target.title, target.accessed) == ("k1", "T", "20230201")


def test_targets_from_informal_references_keep_their_lines():
    text = (
        'Hong J, "Title one" (세계일보, 7 February 2023) <https://www.segye.com/view/1> '
        "accessed 8 February 2023.\n"
        'Kim E, "No link here" (Chosun, 2023).\n'
        'Kim S, "Title three" (서울경제, 2023) https://www.sedaily.com/NewsView/29.\n'
    )
    targets = from_text(text, "refs.txt").targets
    assert [(t.url, t.line, t.item_id) for t in targets] == [
        ("https://www.segye.com/view/1", 1, "hong2023"),
        ("https://www.sedaily.com/NewsView/29", 3, "kim2023b"),
    ]
    assert all(t.title is None or "://" not in t.title for t in targets)  # never the raw string


def test_targets_from_items_and_strings_skip_items_without_url():
    source = from_items([{"id": "a", "URL": "http://x.example/"}, {"id": "b", "title": "none"}])
    assert [t.item_id for t in source.targets] == ["a"]


@pytest.mark.parametrize(("hosts", "total_peak"), [(5, 8), (2, 6)])
def test_scheduler_reaches_but_never_exceeds_the_binding_limit(hosts, total_peak):
    lock = threading.Lock()
    now: Counter[str] = Counter()
    peak: Counter[str] = Counter()
    total = {"now": 0, "peak": 0}

    def work(key: str) -> str:
        host = key.split("/")[0]
        with lock:
            now[host] += 1
            total["now"] += 1
            peak[host] = max(peak[host], now[host])
            total["peak"] = max(total["peak"], total["now"])
        time.sleep(0.02)
        with lock:
            now[host] -= 1
            total["now"] -= 1
        return key

    jobs = [(f"h{i % hosts}/{i}", f"h{i % hosts}") for i in range(60)]
    done: list[str] = []
    run_limited(jobs, work, concurrency=8, per_host=3, on_done=lambda k, v: done.append(v))
    assert sorted(done) == sorted(k for k, _ in jobs)
    assert max(peak.values()) <= 3
    assert total["peak"] == total_peak  # 8 globally over 5 hosts; 2 hosts x 3 per host
    if hosts == 2:
        assert min(peak.values()) == 3


def test_bad_urls_are_reported_without_network_and_do_not_stop_the_others():
    from citekit.links import audit_links

    bad = ["http://host:99999/", "ftp://x.example/", "http://[::1", "http://exa mple.com/"]
    audit = audit_links(bad, cache=False, allow_private=True, timeout=1)
    assert [(r.url, r.verdict, r.coarse) for r in audit.results] == [
        (url, "invalid", "skipped") for url in bad
    ]
    assert audit.dead == [] and audit.fetched == 4
