"""What a page's markup says about it: each kind of metadata, and what is never trusted."""

import json

import pytest

from citekit.links.observation import Observation
from citekit.links.page import ld_objects, read_page
from citekit.verify.pagemeta import page_record, strip_site_name


def observe(html: str | bytes, url: str = "https://news.example.kr/a/1", kind: str = "text/html"):
    body = html.encode("utf-8") if isinstance(html, str) else html
    page = read_page(body, kind)
    return Observation(url, status=200, final_url=url, page_title=page.title or None,
                       headings=page.headings[:3], meta=page.meta,
                       ld_json=ld_objects(page.ld_json), page_read=True)


def ld(data) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


@pytest.mark.parametrize(
    ("markup", "title", "author", "outlet", "date"),
    [
        (ld({"@type": "NewsArticle", "headline": "美, 납북피해 계속 지원", "datePublished":
             "2023-02-07T23:30:00+09:00", "author": {"@type": "Person", "name": "홍진주 기자"},
             "publisher": {"@type": "Organization", "name": "세계일보"}}),
         "美, 납북피해 계속 지원", [{"family": "홍", "given": "진주"}], "세계일보", [2023, 2, 7]),
        (ld({"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "name": "The Paper"},
            {"@type": "NewsArticle", "headline": "Families of abductees", "datePublished":
             "2021-11-03", "author": [{"@type": "Person", "name": "Jane Smith"},
                                      {"@type": "Person", "name": "Leo Hughes"}],
             "publisher": {"name": "The Paper"}}]}),
         "Families of abductees", [{"family": "Smith", "given": "Jane"},
                                   {"family": "Hughes", "given": "Leo"}], "The Paper", [2021, 11, 3]),
        (ld([{"@type": "ReportageNewsArticle", "headline": "拉致問題の解決へ", "datePublished":
              "2019-04-01T08:00:00+09:00", "author": {"name": "田中誠記者"},
              "publisher": {"name": "朝日新聞"}}]),
         "拉致問題の解決へ", [{"family": "田中", "given": "誠"}], "朝日新聞", [2019, 4, 1]),
    ],
)
def test_json_ld_gives_headline_byline_outlet_and_publication_date(markup, title, author, outlet, date):
    record = page_record(observe(f"<html><head><title>x | y</title>{markup}</head></html>"))
    assert record.fields["title"] == title
    assert record.fields["author"] == author
    assert record.fields["container-title"] == outlet
    assert record.fields["issued"] == {"date-parts": [date]}
    assert record.via["title"] == "json-ld"


@pytest.mark.parametrize(
    ("og_title", "site", "expected"),
    [
        ("탈북민 지원 확대 - 한겨레", "한겨레", "탈북민 지원 확대"),
        ("탈북민 지원 확대 | 연합뉴스", "연합뉴스", "탈북민 지원 확대"),
        ("[연합뉴스] 탈북민 지원 확대", "연합뉴스", "탈북민 지원 확대"),
        ("탈북민 지원 확대 :: 세계일보 ::", "세계일보", "탈북민 지원 확대"),
        ("人権外交の行方｜朝日新聞", "朝日新聞", "人権外交の行方"),
        ("Seoul - Pyongyang talks - The Korea Herald", "The Korea Herald", "Seoul - Pyongyang talks"),
    ],
)
def test_open_graph_title_loses_the_glued_site_name(og_title, site, expected):
    head = (f'<meta property="og:title" content="{og_title}">'
            f'<meta property="og:site_name" content="{site}">'
            '<meta property="article:published_time" content="2022-07-12T09:00:00+09:00">')
    record = page_record(observe(f"<html><head>{head}</head><body></body></html>"))
    assert record.fields["title"] == expected
    assert record.fields["container-title"] == site
    assert record.fields["issued"] == {"date-parts": [[2022, 7, 12]]}


def test_strip_site_name_keeps_titles_without_a_site_name():
    assert strip_site_name("War - and Peace", {"other"}) == "War - and Peace"


def test_citation_tags_of_a_journal_page():
    head = "".join(f'<meta name="{k}" content="{v}">' for k, v in [
        ("citation_title", "북한 인권 연구"), ("citation_author", "김, 민지"),
        ("citation_author", "Smith, Jane"), ("citation_journal_title", "통일정책연구"),
        ("citation_publication_date", "2020/03/15"), ("citation_volume", "29"),
        ("citation_issue", "1"), ("citation_firstpage", "1"), ("citation_lastpage", "19"),
        ("citation_doi", "10.1234/abc")])
    record = page_record(observe(f'<head><meta property="og:site_name" content="KCI">{head}</head>'))
    assert record.fields["title"] == "북한 인권 연구"
    assert record.fields["author"] == [{"family": "김", "given": "민지"},
                                       {"family": "Smith", "given": "Jane"}]
    assert record.fields["container-title"] == "통일정책연구"  # not the platform's name
    assert record.fields["page"] == "1-19"
    assert (record.fields["volume"], record.fields["issue"]) == ("29", "1")
    assert record.fields["DOI"] == "10.1234/abc"
    assert record.fields["issued"] == {"date-parts": [[2020, 3, 15]]}


def test_dublin_core_of_a_repository_page():
    head = ('<meta name="DC.title" content="Annual Report on Detention">'
            '<meta name="DC.creator" content="Evans, Noah">'
            '<meta name="DC.date" content="2018-06-30"><meta name="DC.publisher" content="Institute">')
    record = page_record(observe(f"<head>{head}</head>"))
    assert record.fields["title"] == "Annual Report on Detention"
    assert record.fields["author"] == [{"family": "Evans", "given": "Noah"}]
    assert record.fields["publisher"] == "Institute"
    assert record.via["title"] == "dc"


@pytest.mark.parametrize("label", ["euc-kr", "EUC-KR", "ks_c_5601-1987"])
def test_euc_kr_pages_are_read_in_their_encoding(label):
    html = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={label}">'
            '<meta property="og:title" content="똠방각하 납북자 가족 면담">'  # 똠 is CP949 only
            '<meta property="og:site_name" content="서울신문"></head></html>')
    record = page_record(observe(html.encode("cp949"), kind="text/html"))
    assert record.fields["title"] == "똠방각하 납북자 가족 면담"
    assert record.fields["container-title"] == "서울신문"


def test_a_title_that_is_only_the_site_name_gives_way_to_the_heading():
    html = ("<html><head><title>세계일보</title><meta property='og:site_name' content='세계일보'>"
            "</head><body><h1>이산가족 상봉 논의</h1></body></html>")
    record = page_record(observe(html))
    assert record.fields["title"] == "이산가족 상봉 논의"
    assert record.via["title"] == "h1"


def test_a_truncated_og_title_is_marked_and_a_full_heading_preferred():
    cut = '<meta property="og:title" content="이산가족 상봉 논의 본격…">'
    record = page_record(observe(f"<head>{cut}</head><body><h1>이산가족 상봉 논의 본격화</h1></body>"))
    assert record.fields["title"] == "이산가족 상봉 논의 본격화"
    assert "title" not in record.truncated
    alone = page_record(observe(f"<head>{cut}</head>"))
    assert alone.fields["title"] == "이산가족 상봉 논의 본격"
    assert alone.truncated == {"title"}


def test_an_update_time_is_never_the_publication_date():
    head = ('<meta property="article:modified_time" content="2024-01-09T10:00:00+09:00">'
            + ld({"@type": "NewsArticle", "headline": "h", "dateModified": "2024-01-09"}))
    assert "issued" not in page_record(observe(f"<head>{head}</head>")).fields
    head += '<meta property="article:published_time" content="2023-12-30T23:50:00+09:00">'
    issued = page_record(observe(f"<head>{head}</head>")).fields["issued"]
    assert issued == {"date-parts": [[2023, 12, 30]]}  # the page's own day, not UTC's


@pytest.mark.parametrize(
    ("site", "url", "outlet"),
    [
        ("네이버 뉴스", "https://n.news.naver.com/article/001/0013", "연합뉴스"),
        ("다음뉴스", "https://v.daum.net/v/2023", "연합뉴스"),
        ("Anything", "https://m.news.naver.com/read?oid=001", "연합뉴스"),
    ],
)
def test_a_portal_copy_names_the_outlet_never_the_portal(site, url, outlet):
    head = (f'<meta property="og:title" content="제목"><meta property="og:site_name" content="{site}">'
            '<meta property="og:article:author" content="연합뉴스 | 네이버">')
    record = page_record(observe(f"<head>{head}</head>", url=url))
    assert record.portal
    assert record.fields["container-title"] == outlet
    assert "author" not in record.fields  # the outlet is not the byline


def test_a_portal_without_an_outlet_gives_no_outlet():
    head = '<meta property="og:title" content="제목"><meta property="og:site_name" content="네이버 뉴스">'
    assert "container-title" not in page_record(observe(f"<head>{head}</head>")).fields


def test_json_ld_kept_in_the_observation_is_trimmed():
    big = {"@type": "NewsArticle", "headline": "h" * 2000, "articleBody": "x" * 100000}
    objects = ld_objects([json.dumps(big), "not json {"])
    assert objects == [{"@type": "NewsArticle", "headline": "h" * 500}]


@pytest.mark.parametrize(
    ("stamp", "site", "title", "day"),
    [
        ("2023-02-07T22:30:00Z", "세계일보", "납북피해 지원", 8),  # Korean page: Seoul's day
        ("2023-02-07T22:30:00+00:00", "朝日新聞", "拉致問題", 8),
        ("2023-02-07T22:30:00Z", "The Korea Herald", "Abductee families", 8),  # outlet table
        ("2023-02-07T22:30:00Z", "BBC News", "Abductee families", 7),  # dated by UTC
        ("2023-02-07T22:30:00-05:00", "세계일보", "납북피해 지원", 7),  # its own zone as written
        ("2023-02-07", "세계일보", "납북피해 지원", 7),
    ],
)
def test_utc_time_stamps_are_read_on_the_outlets_day(stamp, site, title, day):
    head = (f'<meta property="og:title" content="{title}"><meta property="og:site_name" content="{site}">'
            f'<meta property="article:published_time" content="{stamp}">')
    record = page_record(observe(f"<head>{head}</head>", url="https://example.com/a"))
    assert record.fields["issued"] == {"date-parts": [[2023, 2, day]]}
