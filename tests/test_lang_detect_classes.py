"""Issue 14, language detection: kana makes a string Japanese and its kanji never get
Korean readings; Chinese stays Chinese; a short Latin case name or legal form is English
unless a longer field of the item says otherwise."""

from __future__ import annotations

import pytest

from citekit.lang import detect_language, hangul_reading, present, romanize
from citekit.lang.tags import item_language


@pytest.mark.parametrize(
    "text",
    ["日本の人権外交", "人権の研究", "国際法の課題と展望", "東アジアにおける法", "アジアの人権"],
)
def test_kana_anywhere_is_japanese_and_keeps_its_kanji(text: str) -> None:
    assert detect_language(text) == "ja"
    assert hangul_reading(text) == text
    assert romanize(text) == text


def test_a_japanese_word_inside_korean_text_keeps_its_kanji() -> None:
    assert hangul_reading("日本の人権外交 연구 韓美") == "日本の人権外交 연구 한미"


def test_japanese_items_are_not_given_korean_forms() -> None:
    item = {"id": "j", "type": "book", "title": "日本の人権外交", "publisher": "岩波書店"}
    shown = present([item], style="apa", script="romanized")[0]
    assert shown["title"] == "日本の人権外交" and shown["publisher"] == "岩波書店"
    assert shown["language"] == "ja"


@pytest.mark.parametrize(
    "text", ["国际法研究", "中國人權研究", "人民日报", "臺灣法學雜誌", "联合国人权理事会报告"]
)
def test_chinese_is_chinese(text: str) -> None:
    assert detect_language(text) == "zh"


@pytest.mark.parametrize(
    "text",
    [
        "Donoghue v Stevenson",
        "Rylands v Fletcher",
        "Salomon v A Salomon & Co Ltd",
        "Costa v ENEL",
        "Pepper v Hart [1993] AC 593",
        "Caparo Industries plc v Dickman",
    ],
)
def test_short_case_names_and_legal_forms_are_english(text: str) -> None:
    assert detect_language(text) == "en"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Il diritto v la legge", "it"), ("Le droit des obligations v la jurisprudence", "fr")],
)
def test_function_words_still_decide(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_a_longer_field_says_otherwise() -> None:
    german = {
        "title": "Müller v Schmidt",
        "container-title": "Neue Juristische Wochenschrift für das Recht der Wirtschaft",
    }
    assert item_language(german) == "de"
    assert item_language({"title": "Donoghue v Stevenson", "container-title": "AC"}) == "en"
