"""Korean reference forms: KCI and news styles, institutions, roles, 『』 books."""

from __future__ import annotations

import pytest

from citekit.parse import parse_reference


def parse(raw: str) -> dict:
    return parse_reference(raw, item_id="k").item


def test_kci_style_without_space_before_the_year() -> None:
    item = parse("홍길동(2020), 지방자치의 이해, 한국행정학보, 54(3), 45-67.")
    assert item["author"] == [{"family": "홍", "given": "길동"}]
    assert item["title"] == "지방자치의 이해"
    assert item["container-title"] == "한국행정학보"
    assert (item["volume"], item["issue"], item["page"]) == ("54", "3", "45-67")
    assert item["type"] == "article-journal"


def test_middle_dot_separates_korean_authors() -> None:
    item = parse("홍길동·김철수, 「지방자치의 이해」, 『한국행정학보』 제54권 제3호, 2020, 45-67쪽.")
    assert item["author"] == [{"family": "홍", "given": "길동"}, {"family": "김", "given": "철수"}]
    assert item["page"] == "45-67"


def test_book_in_double_corner_brackets_keeps_its_publisher_despite_a_page() -> None:
    item = parse("정인섭, 『신국제법강의』 제12판, 박영사, 2022, 123면.")
    assert item["type"] == "book"
    assert item["publisher"] == "박영사"
    assert item["edition"] == "12"
    assert "container-title" not in item


def test_ministry_is_an_organisation_and_publisher_place_is_split() -> None:
    item = parse("통일부, 『2023 북한인권보고서』, 서울: 통일부, 2023.")
    assert item["author"] == [{"literal": "통일부"}]
    assert (item["publisher-place"], item["publisher"]) == ("서울", "통일부")


def test_reporter_word_is_dropped_and_news_with_access_date() -> None:
    item = parse("이영희 기자, “국회, 인권법 통과”, 한겨레, 2022년 5월 3일, "
                 "https://www.hani.co.kr/arti/1.html (검색일: 2024.01.05)")
    assert item["author"] == [{"family": "이", "given": "영희"}]
    assert item["type"] == "article-newspaper"
    assert item["container-title"] == "한겨레"
    assert item["issued"] == {"date-parts": [[2022, 5, 3]]}
    assert item["accessed"] == {"date-parts": [[2024, 1, 5]]}


def test_editor_role_word_makes_editors() -> None:
    item = parse("김철수 편, 『인권법 강의』, 서울: 한울, 2010.")
    assert item["editor"] == [{"family": "김", "given": "철수"}]
    assert "author" not in item


def test_mixed_script_name_is_literal() -> None:
    assert parse("KBS 뉴스, “북한 인권 보고서 발간”, 2021.3.4.")["author"] == [{"literal": "KBS 뉴스"}]


def test_bracketed_translation_after_an_unquoted_title() -> None:
    item = parse("Kim, Y. (2019). 북한 인권의 현황 [The state of human rights in North Korea]. 통일연구원.")
    assert item["title"] == "북한 인권의 현황"
    assert item["custom"]["title-translation"] == "The state of human rights in North Korea"
    assert item["publisher"] == "통일연구원"
    assert item["type"] == "report"


def test_thesis_with_university_as_publisher() -> None:
    item = parse("김철수 (2019). 지방자치의 이해 (석사학위논문). 서울대학교 대학원.")
    assert item["type"] == "thesis"
    assert item["genre"] == "석사학위논문"
    assert item["publisher"] == "서울대학교 대학원"
    assert item["title"] == "지방자치의 이해"


def test_korean_month_day_after_the_year_and_a_newspaper_as_author() -> None:
    item = parse("조선일보. (2023, 3월 5일). 北, 탄도미사일 발사. https://www.chosun.com/a/")
    assert item["author"] == [{"literal": "조선일보"}]
    assert item["issued"] == {"date-parts": [[2023, 3, 5]]}
    assert item["title"] == "北, 탄도미사일 발사"


def test_access_word_after_the_date() -> None:
    item = parse("\"한국어 맞춤법\", 국립국어원, https://www.korean.go.kr/, 2024년 3월 1일 접속.")
    assert item["accessed"] == {"date-parts": [[2024, 3, 1]]}
    assert "issued" not in item


def test_report_number_is_split_from_the_series() -> None:
    item = parse("정보통신정책연구원 (2020). 인공지능 윤리 가이드라인 연구. 연구보고서 20-05.")
    assert (item["type"], item["collection-title"], item["number"]) == ("report", "연구보고서", "20-05")
    assert "page" not in item


def test_volume_after_a_book_title_and_jip_volumes() -> None:
    assert parse("국사편찬위원회 편, 『한국사』 12, 탐구당, 2003.")["volume"] == "12"
    item = parse("임꺽정 외 3인, “조선 후기 도적 연구”, 『역사학보』 제100집, 2010, 1-30면.")
    assert (item["container-title"], item["volume"], item["page"]) == ("역사학보", "100", "1-30")


def test_english_rendering_in_parentheses_after_a_korean_title_is_a_translation() -> None:
    quoted = parse("홍길동, 「북한 인권의 현황」 (The State of Human Rights in North Korea), "
                   "『통일정책연구』 12(1), 2003, 1-20.")
    plain = parse("홍길동 (2020). 한국어 형태소 분석 연구 (A Study of Korean Morphological Analysis). "
                  "정보과학회논문지, 47(6), 1-10.")
    for item, title in ((quoted, "북한 인권의 현황"), (plain, "한국어 형태소 분석 연구")):
        assert item["title"] == title
        assert item["custom"]["title-translation"].startswith(("The State", "A Study"))
    assert quoted["container-title"] == "통일정책연구"


def test_outlet_and_date_in_parentheses_are_not_a_translation() -> None:
    item = parse('Kim E, "韓美, 납북자 가족 공동 면담" (Chosun Media, February 7, 2023)')
    assert item["container-title"] == "Chosun Media"
    assert "title-translation" not in item["custom"]


def test_space_separated_korean_names_and_a_spaced_single_name() -> None:
    two = parse("김철수 이영희 (2020). 법의 이해. 법학연구, 3(1), 1-9.")
    one = parse("홍 길동 (2020). 법의 이해. 법학연구, 3(1), 1-9.")
    assert two["author"] == [{"family": "김", "given": "철수"}, {"family": "이", "given": "영희"}]
    assert one["author"] == [{"family": "홍", "given": "길동"}]


def test_names_not_starting_with_a_family_name_are_organisations() -> None:
    item = parse('네이버 지식백과, "훈민정음", https://terms.naver.com/entry.naver?docId=1, '
                 "(검색일: 2024년 5월 1일)")
    assert item["author"] == [{"literal": "네이버 지식백과"}]
    assert item["type"] == "webpage"


def test_institution_without_url_or_container_is_a_report_and_news_agency_a_newspaper() -> None:
    assert parse("한국지능정보사회진흥원, 「2022 인터넷 이용실태조사」, 2023. 3.")["type"] == "report"
    news = parse('연합뉴스, "정부, AI 기본법 추진", 2024.01.15., https://www.yna.co.kr/view/A1')
    assert news["type"] == "article-newspaper"


def test_hangul_name_in_a_latin_author_list() -> None:
    item = parse("Lee, H., & 김민수. (2022). Cross-lingual transfer for Korean. Journal of NLP, 3, 1-9.")
    assert item["author"] == [{"family": "Lee", "given": "H."}, {"family": "김", "given": "민수"}]


def test_conference_year_is_not_a_volume() -> None:
    item = parse("Park, J., Kim, S. (2020). KoBERT. In Proceedings of HCLT 2020 (pp. 10-15).")
    assert item["container-title"] == "Proceedings of HCLT 2020"
    assert "volume" not in item


@pytest.mark.parametrize(
    ("raw", "series", "number"),
    [
        ("박민수·최지현, 『지역 돌봄 정책의 재설계』, 연구보고서 21-14, 2021. 6. 30.", "연구보고서", "21-14"),
        ("이서연, 「북한 이탈주민 정착 지원의 과제」, NARS 현안분석 제250호, 2022.", "NARS 현안분석", "제250호"),
        ("한지우, 「청년 주거 빈곤의 실태」, 기본연구 2019-05, 국토연구원, 2019.", "기본연구", "2019-05"),
    ],
)
def test_a_korean_report_series_is_the_collection_and_its_number(raw, series, number):
    item = parse_reference(raw).item
    assert item["type"] == "report"
    assert (item.get("collection-title"), item.get("number")) == (series, number)
    assert "genre" not in item


def test_a_bare_report_word_only_sets_the_type_and_english_genres_stay():
    bare = parse_reference("‘한반도 기후 적응 전략’ 보고서 - 국토연구원").item
    assert bare["type"] == "report" and "genre" not in bare
    english = parse_reference("Lee, S. (2019). Household debt and consumption "
                              "(Working Paper 2019-12). Bank of Korea.").item
    assert (english.get("genre"), english.get("number")) == ("Working Paper", "2019-12")
