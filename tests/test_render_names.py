"""Hangul names, the OSCOLA three-em dash, authorless items with the title once."""

from __future__ import annotations

from citekit.render import render

KOREAN = {
    "id": "kim2021",
    "type": "article-newspaper",
    "language": "ko",
    "author": [{"family": "김", "given": "은중"}, {"family": "박", "given": "민수"}],
    "title": "북한 인권 보고서 공개",
    "container-title": "조선일보",
    "issued": {"date-parts": [[2021, 3, 15]]},
}
EDITED = {
    "id": "han2021",
    "type": "chapter",
    "language": "ko",
    "author": [{"family": "한", "given": "지수"}],
    "editor": [{"family": "윤", "given": "재호"}],
    "title": "전시 납북자 문제의 역사",
    "container-title": "분단과 인권",
    "publisher": "서울대학교출판문화원",
    "page": "112-140",
    "issued": {"date-parts": [[2021]]},
}


def article(item_id: str, title: str, year: int) -> dict:
    return {
        "id": item_id,
        "type": "article-journal",
        "language": "en",
        "author": [{"family": "Whitfield", "given": "Anne"}],
        "title": title,
        "container-title": "Human Rights Law Review",
        "volume": "16",
        "page": "451-478",
        "issued": {"date-parts": [[year]]},
    }


AUTHORLESS = {
    "id": "guardian2020",
    "type": "article-newspaper",
    "language": "en-GB",
    "title": "The Guardian view on North Korea",
    "container-title": "The Guardian",
    "issued": {"date-parts": [[2020, 6, 12]]},
}


def test_hangul_names_family_first_unspaced_never_initials():
    oscola = render([KOREAN], style="oscola").entries[0].text
    assert oscola.startswith("김은중 and 박민수, ‘북한 인권 보고서 공개’ 조선일보 (15 March 2021)")
    apa = render([KOREAN, EDITED], style="apa").entries
    assert apa[0].text.startswith("김은중, & 박민수. (2021, March 15).")
    assert "In 윤재호 (Ed.), 분단과 인권 (pp. 112–140)." in apa[1].text
    assert apa[1].text.startswith("한지수. (2021).")
    cites = render([KOREAN], style="apa", mode="citations").entries
    assert cites[0].text == "(김 & 박, 2021)"


def test_oscola_three_em_dash_for_the_same_author():
    items = [article("a", "Accountability", 2016), article("b", "The abductee question", 2017)]
    texts = [entry.text for entry in render(items, style="oscola").entries]
    assert texts[0].startswith("Whitfield A, ‘Accountability’")
    assert texts[1].startswith("——, ‘The Abductee Question’")


def test_authorless_items_show_the_title_once():
    oscola = render([AUTHORLESS], style="oscola").entries[0].text
    apa = render([AUTHORLESS], style="apa").entries[0].text
    for text in (oscola, apa):
        assert (
            text.count("Guardian View on North Korea") + text.count("Guardian view on North Korea")
            == 1
        )
    assert apa.startswith("The Guardian view on North Korea. (2020, June 12).")
