"""Hanja read as Hangul: word table first, then characters with the initial-sound law."""

from __future__ import annotations

import pytest
from lang_score import accuracy, gold

from citekit.lang import hangul_reading


@pytest.mark.parametrize(
    ("hanja", "hangul"),
    [
        ("美", "미"),
        ("北", "북"),
        ("韓美", "한미"),
        ("法學", "법학"),
        ("李", "이"),  # initial-sound law at the start of a word
        ("勞動", "노동"),
        ("歷史", "역사"),
        ("經歷", "경력"),  # not at the start: ㄹ kept
        ("理論", "이론"),
        ("論理", "논리"),
        ("羅列", "나열"),  # 렬 after a vowel
        ("不正", "부정"),  # 不 before ㄷ/ㅈ
        ("敗北", "패배"),  # word table: 北 read 배
        ("句讀", "구두"),
        ("讀書", "독서"),
        ("金大中", "김대중"),  # a three-character name: 金 read as the surname
        ("金融危機", "금융위기"),
        ("百分率", "백분율"),  # 率 inside a word is 률, then 율 after ㄴ
        ("率直", "솔직"),
    ],
)
def test_readings(hanja: str, hangul: str) -> None:
    assert hangul_reading(hanja) == hangul


def test_mixed_text_keeps_everything_but_the_hanja() -> None:
    headline = "美, 납북피해 계속 지원… 北과의 인권싸움 (2023)"
    assert hangul_reading(headline) == "미, 납북피해 계속 지원… 북과의 인권싸움 (2023)"


def test_text_without_hanja_is_returned_unchanged() -> None:
    assert hangul_reading("Seoul 서울") == "Seoul 서울"


def test_dev_set_accuracy() -> None:
    score, misses = accuracy(gold("hanja.jsonl"), lambda r: hangul_reading(r["input"]))
    assert score >= 0.98, misses
