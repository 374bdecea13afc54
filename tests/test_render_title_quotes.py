"""Issue 14: titles keep their own quotation marks as published, as citeproc-js prints
them: single quotes of a headline stay single where the style does not quote the title
(APA), inside the style's quotes they take the alternate mark (OSCOLA ‘… “…” …’), a
title that is wholly a quotation keeps it, and en-US moves the style's period inside a
closing mark that ends the title (a title's own comma stays where it was)."""

from __future__ import annotations

from citekit.render import render
from citekit.render.prepare import hide_title_quotes


def _news(ident: str, title: str, **extra) -> dict:
    return {
        "id": ident,
        "type": "article-newspaper",
        "title": title,
        "container-title": "KT",
        "author": [{"family": ident.upper(), "given": "A"}],
        "issued": {"date-parts": [[2023, 3, 5]]},
        **extra,
    }


ITEMS = [
    _news("a", "‘北 인권’ 안보리 회의 개최"),
    _news("b", "On ‘soft power’ in Asia"),
    _news("c", "“We will not retreat”"),
    _news("d", "The meaning of “dignity”"),
    _news("e", "봉준호 감독 영화 ‘기생충’, 2020 아카데미 시상식 쾌거"),
    _news("f", 'North says "no talks" again'),
    _news("g", "Korea’s ‘miracle’ revisited"),
]


def _texts(style: str, mode: str = "bibliography") -> dict[str, str]:
    return {e.id: e.text for e in render(ITEMS, style=style, mode=mode).entries}


def test_apa_keeps_a_headlines_single_quotes() -> None:
    apa = _texts("apa")
    assert "‘北 인권’ 안보리 회의 개최." in apa["a"]
    assert "On ‘soft power’ in Asia." in apa["b"]
    assert "영화 ‘기생충’, 2020" in apa["e"]  # the title's own comma is not moved
    assert "Korea’s ‘miracle’ revisited." in apa["g"]  # an apostrophe is no quotation mark


def test_apa_title_wholly_a_quotation_and_punctuation_in_quote() -> None:
    apa = _texts("apa")
    assert "“We will not retreat.”" in apa["c"]
    assert "The meaning of “dignity.”" in apa["d"]
    assert "North says “no talks” again." in apa["f"]


def test_oscola_inner_quotes_alternate_with_the_styles() -> None:
    oscola = _texts("oscola")
    assert "‘“北 인권” 안보리 회의 개최’" in oscola["a"]
    assert "‘On “Soft Power” in Asia’" in oscola["b"]
    assert "‘“We Will Not Retreat”’" in oscola["c"]
    assert "‘The Meaning of “Dignity”’" in oscola["d"]  # en-GB: no period moved
    assert "영화 “기생충”, 2020" in oscola["e"]


def test_apa_quoted_short_title_alternates_too() -> None:
    item = dict(ITEMS[4])
    del item["author"]
    cite = render([item], style="apa", mode="citations").entries[0].text
    assert cite.startswith("(“봉준호 감독 영화 ‘기생충’, 2020")


def test_hiding_leaves_markup_and_apostrophes() -> None:
    assert hide_title_quotes("Korea’s Place") == "Korea’s Place"
    hidden = hide_title_quotes('<span class="nocase">iPhone</span> and “x”')
    assert hidden.startswith('<span class="nocase">') and "“" not in hidden
    assert hide_title_quotes("37°33′N and “x”") == "37°33′N and “x”"  # primes of its own


def test_quotes_inside_markup_alone_are_not_a_titles_own() -> None:
    from citekit.render.prepare import join_identifiers

    spans = 'Study <span class="nocase">of</span> Scale'
    plain, quoted = join_identifiers(
        [{"id": "a", "title": spans}, {"id": "b", "title": spans + ' and "x"'}]
    )
    assert plain["title"] == spans
    assert quoted["title"].startswith(spans) and '"x"' not in quoted["title"]
    assert render([{"id": "b", "type": "book", "title": 'The "Limits" of Law'}],
                  style="apa").entries[0].text == render(
        [{"id": "b", "type": "book", "title": "The “Limits” of Law"}], style="apa"
    ).entries[0].text
