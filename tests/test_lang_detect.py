"""Language detection: script rules first, then py3langid for Latin-script text."""

from __future__ import annotations

import pytest
from lang_score import accuracy, gold

from citekit.lang import detect_language
from citekit.model import CSLItem


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("美, 납북피해 계속 지원", "ko"),  # Hangul with Hanja is Korean
        ("KorQuAD 2.0: 한국어 질의응답 데이터셋", "ko"),  # with Latin too
        ("日本語の研究", "ja"),  # kana
        ("中国社会科学", "zh"),  # Han alone
        ("日本経済新聞", "ja"),  # Han alone, but 経 is written only in Japanese
        ("Вопросы языкознания", "ru"),
        ("Journal of Functional Analysis", "en"),
        ("Die seelischen Wirkungen des Krieges", "de"),
        ("Revue française de science politique", "fr"),
    ],
)
def test_detects(text: str, language: str) -> None:
    assert detect_language(text) == language


def test_clear_function_words_decide_before_statistics() -> None:
    from citekit.lang.detect import function_word_language

    assert function_word_language("Het fin de siècle in portretten") == "nl"
    assert function_word_language("Studies of Francisella and its relatives") == "en"
    assert function_word_language("Francisella tularensis") is None  # no clear majority


@pytest.mark.parametrize("text", ["", "12", "--"])
def test_too_little_text_gives_none(text: str) -> None:
    assert detect_language(text) is None


def test_han_only_title_follows_a_korean_item() -> None:
    from citekit.lang.tags import field_languages

    item: CSLItem = {"title": "國語學", "container-title": "서울대학교 출판부"}
    assert field_languages(item) == {"title": "ko", "container-title": "ko"}
    assert field_languages({"title": "國語學"}) == {"title": "zh"}


def test_dev_set_accuracy() -> None:
    records = [r for r in gold("langid.jsonl") if not r.get("ambiguous")]
    score, misses = accuracy(records, lambda r: detect_language(r["input"]) or "")
    assert score >= 0.98, misses
