"""Per-style presentation: APA romanized with English outlets, OSCOLA original + [translation]."""

from __future__ import annotations

import copy

import pytest
from seed_items import example_items

from citekit.lang import present
from citekit.lang.policy import load_policy, policy_name

TRANSLATED = {
    "id": "t1",
    "type": "article-journal",
    "author": [{"family": "김", "given": "정욱"}],
    "title": "조선시대 재산상속과 가족 [Inheritance and family in Joseon]",
    "container-title": "역사와 현실",
}


def test_apa_romanized_gives_romanized_titles_and_english_outlets() -> None:
    shown = present(example_items(), style="apa", script="romanized")
    assert [item["container-title"] for item in shown] == [
        "Segye Ilbo",
        "Chosun Media",  # the user's own Latin name stays
        "Seoul Economic Daily",
        "VOA Korea",  # a known Latin name in its usual spelling
    ]
    assert shown[0]["title"].startswith("Mi, napbukpihae gyesok jiwon")
    assert all(not any("\uac00" <= ch <= "\ud7a3" for ch in item["title"]) for item in shown)


def test_originals_are_kept_under_custom() -> None:
    original = example_items()[0]
    shown = present([original], style="apa", script="romanized")[0]
    extras = shown["custom"]
    assert extras["title-original"] == original["title"]
    assert extras["title-romanized"] == shown["title"]
    assert extras["container-title-original"] == "세계일보"
    assert extras["container-title-english"] == "Segye Ilbo"


def test_oscola_keeps_the_original_script_and_adds_the_translation() -> None:
    shown = present([copy.deepcopy(TRANSLATED), *example_items()], style="oscola")
    assert shown[0]["title"] == "조선시대 재산상속과 가족 [Inheritance and family in Joseon]"
    assert shown[0]["custom"]["title-translation"] == "Inheritance and family in Joseon"
    assert shown[0]["author"] == [{"family": "김", "given": "정욱"}]
    assert [item["title"] for item in shown[1:]] == [item["title"] for item in example_items()]
    assert shown[1]["container-title"] == "세계일보"


def test_apa_romanized_puts_the_translation_after_the_romanized_title() -> None:
    shown = present([TRANSLATED], style="apa", script="romanized")[0]
    assert shown["title"] == "Joseonsidae jaesansangsokgwa gajok [Inheritance and family in Joseon]"
    assert shown["author"] == [{"family": "Kim", "given": "Jeong-uk", "static-ordering": True}]
    assert shown["custom"]["author-original"] == [{"family": "김", "given": "정욱"}]
    assert shown["container-title"] == "Yeoksawa hyeonsil"


def test_both_scripts_and_ala_lc_names() -> None:
    shown = present([TRANSLATED], style="apa", script="both", romanization="ala-lc")[0]
    assert shown["title"].startswith("Chosŏnsidae chaesansangsokkwa kajok (조선시대")
    assert shown["author"] == [{"family": "Kim", "given": "Chŏng-uk", "static-ordering": True}]


def test_odd_fields_are_carried_through() -> None:
    item = {"id": "o", "title": None, "editor": ["?", {"family": "김", "given": "철수"}]}
    shown = present([item], style="apa", script="romanized")[0]
    assert shown["title"] is None
    assert shown["editor"] == ["?", {"family": "Kim", "given": "Cheol-su", "static-ordering": True}]
    whole = present(
        [{"id": "w", "author": [{"family": "박지성"}]}], style="apa", script="romanized"
    )
    assert whole[0]["author"] == [{"family": "Park", "given": "Ji-seong", "static-ordering": True}]


def test_present_copies_and_never_changes_its_input() -> None:
    items = example_items()
    before = copy.deepcopy(items)
    present(items, style="apa", script="romanized")
    assert items == before


def test_language_is_tagged_when_missing() -> None:
    item = {"id": "x", "title": "Journal of Functional Analysis"}
    assert present([item], style="apa")[0]["language"] == "en"


@pytest.mark.parametrize(
    ("style", "policy"),
    [
        ("apa", "apa"),
        ("oscola-no-ibid", "oscola"),
        ("/tmp/styles/apa.csl", "apa"),
        ("chicago-author-date", "default"),
    ],
)
def test_styles_find_their_policy(style: str, policy: str) -> None:
    assert policy_name(style) == policy


def test_policies_load_with_their_documented_fields() -> None:
    oscola = load_policy("oscola")
    assert (oscola.script, oscola.romanize_names) == ("original", False)
    assert load_policy("apa").romanize_names is True


def test_unknown_script_is_refused() -> None:
    with pytest.raises(ValueError, match="script"):
        present(example_items(), style="apa", script="klingon")
