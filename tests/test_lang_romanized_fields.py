"""Issue 14: --script romanized romanizes every Korean field the style policy names (or
reports the reference), keeps romanized Korean names family first, and cites Hangul
authors in APA as styles/apa.toml documents."""

from __future__ import annotations

import re

import pytest

from citekit import api
from citekit.lang import present
from citekit.lang.policy import load_policy
from citekit.lang.present import unromanized

HANGUL = re.compile(r"[\uac00-\ud7a3]")

ITEMS = [
    {
        "id": "book",
        "type": "book",
        "title": "한국 인권법",
        "publisher": "박영사",
        "publisher-place": "서울",
        "author": [{"family": "이", "given": "영희"}],
        "issued": {"date-parts": [[2020]]},
    },
    {
        "id": "chapter",
        "type": "chapter",
        "title": "통일과 법",
        "container-title": "북한법 연구",
        "collection-title": "법학총서",
        "publisher": "법문사",
        "editor": [{"family": "박", "given": "민수"}],
        "author": [{"family": "최", "given": "유진"}],
        "issued": {"date-parts": [[2019]]},
    },
    {
        "id": "paper",
        "type": "paper-conference",
        "title": "인권과 평화",
        "event-title": "한국법학회 학술대회",
        "publisher": "한국법학회",
        "author": [{"family": "김", "given": "철수"}],
        "issued": {"date-parts": [[2021]]},
    },
]


@pytest.mark.parametrize("style", ["apa", "oscola", "chicago-author-date"])
def test_every_named_korean_field_is_romanized(style: str) -> None:
    shown = present(ITEMS, style=style, script="romanized")
    fields = ("title", "container-title", *load_policy(style).romanize_fields)
    for item in shown:
        for field in fields:
            assert not HANGUL.search(str(item.get(field, ""))), (style, item["id"], field)
    assert shown[0]["publisher"] == "Bagyeongsa" and shown[0]["publisher-place"] == "Seoul"
    assert shown[0]["custom"]["publisher-original"] == "박영사"
    assert unromanized(shown, style=style, script="romanized") == []


def test_rendered_entries_have_no_hangul_in_apa() -> None:
    out = api.render(ITEMS, style="apa", script="romanized").output
    assert not HANGUL.search(out)
    assert "Bagyeongsa" in out and "Beommunsa" in out


def test_both_shows_romanized_then_original() -> None:
    shown = present(ITEMS[:1], style="apa", script="both")[0]
    assert shown["publisher"] == "Bagyeongsa (박영사)"


def test_what_cannot_be_romanized_is_reported() -> None:
    item = {
        "id": "odd",
        "type": "book",
        "title": "법학鿃 연구",
        "publisher": "박영사",
        "issued": {"date-parts": [[2020]]},
    }
    rendered = api.render([item], style="apa", script="romanized")
    assert any(p.startswith("odd: title") and "Korean script" in p for p in rendered.problems)
    assert api.render([item], style="apa").problems == []  # original script: nothing asked


NAMED = [
    {
        "id": "a",
        "type": "article-journal",
        "title": "Courts",
        "container-title": "Law Review",
        "author": [{"family": "김", "given": "철수"}],
        "issued": {"date-parts": [[2020]]},
    },
    {
        "id": "b",
        "type": "book",
        "title": "Rights",
        "publisher": "Hart",
        "author": [{"family": "이", "given": "지영"}, {"family": "Smith", "given": "Anne"}],
        "issued": {"date-parts": [[2019]]},
    },
]


def test_romanized_korean_names_stay_family_first_in_notes() -> None:
    notes = [
        e.text
        for e in api.render(
            NAMED, style="chicago-notes-bibliography", mode="notes", script="romanized"
        ).entries
    ]
    assert notes[0].startswith("Kim Cheolsu") or notes[0].startswith("Kim Cheol-su")
    assert notes[1].startswith("Lee Ji")
    assert "Anne Smith" in notes[1]  # an English name keeps its order


def test_parsed_family_first_names_stay_so_in_oscola_notes() -> None:
    text = (
        "Kim Sung-soo, 'Human Rights in Korea' (2020) 3 Korea Law Review 1.\n"
        "Lee Young-hee and Anne Smith, 'Courts in Korea' (2019) 2 Asian Law 5.\n"
        "Park Ji-hoon, 'Memory' (2018) 4 Asian Law 9.\n"
    )
    items = api.read("refs.txt", text=text).items
    notes = [e.text for e in api.render(items, style="oscola", mode="notes").entries]
    assert notes[0].startswith("Kim Sung-soo, ")
    assert notes[1].startswith("Lee Young-hee and Anne Smith, ")
    assert notes[2].startswith("Park Ji-hoon, ")


@pytest.mark.parametrize(
    ("style", "script", "expected"),
    [
        ("apa", None, ["(김, 2020)", "(이 & Smith, 2019)"]),
        ("apa", "romanized", ["(Kim, 2020)", "(Lee & Smith, 2019)"]),
        ("apa", "both", ["(Kim, 2020)", "(Lee & Smith, 2019)"]),
        (
            "oscola",
            "romanized",
            ["김철수, ‘Courts’ [2020] Law Review.", "이지영 and Anne Smith, Rights (Hart 2019)."],
        ),
    ],
)
def test_in_text_citations_of_hangul_names_follow_the_policy(style, script, expected) -> None:
    mode = "notes" if style == "oscola" else "citations"
    got = [e.text for e in api.render(NAMED, style=style, mode=mode, script=script).entries]
    assert got == expected


def test_oscola_subsequent_note_short_title_is_romanized_too() -> None:
    items = [
        {"id": "s1", "type": "article-newspaper", "title": "북한 인권 보고서 공개",
         "title-short": "인권 보고서", "container-title": "조선일보",
         "author": [{"family": "김", "given": "철수"}], "issued": {"date-parts": [[2023, 3, 5]]}},
        {"id": "s2", "type": "article-newspaper", "title": "통일 정책의 방향",
         "title-short": "통일 정책", "container-title": "한겨레",
         "author": [{"family": "김", "given": "영희"}], "issued": {"date-parts": [[2023, 3, 6]]}},
    ]  # fmt: skip
    clusters = [[{"id": "s1"}], [{"id": "s2"}], [{"id": "s1"}]]
    from citekit.render import clusters_from_json

    notes = api.render(
        items, style="oscola", script="romanized", clusters=clusters_from_json(clusters)
    ).entries
    assert "Ingwon bogoseo" in notes[2].text or "ingwon bogoseo" in notes[2].text.lower()
    assert not HANGUL.search(notes[2].text.split(",")[1])  # the short title part
