"""URL rules: each with a failing and a passing case."""

from __future__ import annotations

from check_support import rules_of, run, run_items

from citekit.check.urlform import comparison_key, readable, without_tracking
from citekit.links.urls import to_uri

NEWS = "Hong J, 'Title' (Segye Ilbo, 7 February 2023) {url} accessed 8 February 2023"


def test_empty_url_is_an_error_at_the_bracket():
    text = NEWS.format(url="<>")
    [finding] = rules_of(run(text), "url-empty")
    assert finding.severity == "error"
    assert finding.location.line == 1
    assert text[finding.location.column - 1 :].startswith("<>")


def test_written_url_is_not_empty():
    assert rules_of(run(NEWS.format(url="<https://www.segye.com/view/1>")), "url-empty") == []


def test_missing_url_for_web_pages_and_sources_read_online():
    items = [
        {"id": "a", "type": "webpage", "title": "A page"},
        {
            "id": "b",
            "type": "article-newspaper",
            "title": "News",
            "accessed": {"date-parts": [[2023, 2, 8]]},
        },
        {"id": "c", "type": "article-newspaper", "title": "Print news"},
        {"id": "d", "type": "webpage", "title": "Linked", "URL": "https://example.org/a"},
    ]
    missing = rules_of(run_items(items), "url-missing")
    assert [f.location.item_id for f in missing] == ["a", "b"]


def test_malformed_urls():
    cases = {
        "<https://exa mple.com/a>": "spaces",
        "<https://example.com/a(b>": "brackets",
        "<htps://example.com/a>": "scheme",
        "<https:///only/path>": "no host",
    }
    for url, reason in cases.items():
        [finding] = rules_of(run(NEWS.format(url=url)), "url-malformed")
        assert reason in finding.message, url


def test_korean_paths_and_international_domains_are_valid():
    for url in (
        "<https://ko.wikipedia.org/wiki/서울_(도시)>",
        "<https://한국.kr/자료/2019>",
        "<https://xn--3e0b707e.kr/data>",
        "<https://ko.wikipedia.org/wiki/%EC%84%9C%EC%9A%B8>",
        "<www.legislation.gov.uk/ukpga/1998/42>",
    ):
        assert rules_of(run(NEWS.format(url=url)), "url-malformed") == [], url


def test_readable_and_encoded_forms_round_trip():
    url = "https://한국.kr/자료/서울"
    assert to_uri(url) == "https://xn--3e0b707e.kr/%EC%9E%90%EB%A3%8C/%EC%84%9C%EC%9A%B8"
    assert readable(to_uri(url)) == url
    assert comparison_key(to_uri(url)) == comparison_key(url + "/")


def test_doi_link_in_oscola_and_bare_doi_in_apa():
    link = NEWS.format(url="<https://doi.org/10.1017/jea.2021.7>")
    assert len(rules_of(run(link), "url-doi-form")) == 1
    assert rules_of(run(link, style="apa"), "url-doi-form") == []
    bare = "Nam G, 'Memory' (2021) 34 Journal 112, doi:10.1017/jea.2021.7"
    [finding] = rules_of(run(bare, style="apa"), "url-doi-form")
    assert "https://doi.org/10.1017/jea.2021.7" in finding.message
    assert rules_of(run(bare), "url-doi-form") == []


def test_tracking_parameters_with_fix():
    url = "https://www.segye.com/view/1?id=5&utm_source=twitter&fbclid=abc"
    [finding] = rules_of(run(NEWS.format(url=f"<{url}>")), "url-tracking")
    assert finding.fix.old == url
    assert finding.fix.new == "https://www.segye.com/view/1?id=5"
    assert (
        rules_of(run(NEWS.format(url="<https://www.segye.com/view/1?id=5>")), "url-tracking") == []
    )


def test_without_tracking_keeps_the_rest_as_written():
    assert without_tracking("https://a.kr/b?q=서울&gclid=1#top") == "https://a.kr/b?q=서울#top"
    assert without_tracking("https://a.kr/b?utm_medium=x") == "https://a.kr/b"


def test_shortener():
    assert len(rules_of(run(NEWS.format(url="<https://bit.ly/3abcd>")), "url-shortener")) == 1
    assert rules_of(run(NEWS.format(url="<https://www.bbc.co.uk/news>")), "url-shortener") == []


def test_http_for_a_site_known_to_serve_https_is_info():
    [finding] = rules_of(run(NEWS.format(url="<http://www.bbc.co.uk/news/1>")), "url-http")
    assert finding.severity == "info"
    assert "https://www.bbc.co.uk/news/1" in finding.message
    assert rules_of(run(NEWS.format(url="<http://blog.example.org/1>")), "url-http") == []


def test_bare_url_is_trimmed_of_sentence_punctuation():
    text = (
        "Kim E, 'Title' (VOA Korea, 7 February 2023) https://bit.ly/xyz. accessed 8 February 2023"
    )
    [finding] = rules_of(run(text), "url-shortener")
    assert text[finding.location.column - 1 :].startswith("https://bit.ly/xyz.")
    assert rules_of(run(text), "url-malformed") == []


def test_access_date_without_any_url_means_a_missing_url():
    text = "Hong J, 'Title' (Segye Ilbo, 7 February 2023) accessed 8 February 2023"
    [finding] = rules_of(run(text), "url-missing")
    assert finding.location.line == 1
    assert rules_of(run("Hong J, 'Title' (Segye Ilbo, 7 February 2023)"), "url-missing") == []


def test_structured_items_are_located_at_their_id_line():
    text = '[\n  {"id": "a", "type": "book"},\n  {\n    "id": "b",\n    "type": "webpage"\n  }\n]\n'
    [finding] = rules_of(run(text), "url-missing")
    assert (finding.location.item_id, finding.location.line) == ("b", 4)
