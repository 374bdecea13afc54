"""Language-module problems a tester found on main, each pinned at its mechanism."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES

import citekit
from citekit.cli import main
from citekit.lang.tags import item_language

# 3. An item's language: script in any field first; one Latin word is too short to tell.


def test_hangul_outlet_makes_a_one_word_latin_title_korean() -> None:
    item = citekit.parse('Hong J, "Title" (세계일보, February 7, 2023)')
    assert item["language"] == "ko"


@pytest.mark.parametrize(
    ("item", "language"),
    [({"title": "Title", "container-title": "세계일보"}, "ko"),
     ({"title": "Title", "publisher": "박영사"}, "ko"),
     ({"title": "Title", "author": [{"family": "홍", "given": "길동"}]}, "ko"),
     ({"title": "Title", "container-title": "朝日新聞"}, "ja"),
     # a Latin title in another language that its words make clear keeps that language
     ({"title": "The Politics of Memory in the Two Koreas", "container-title": "세계일보"}, "en"),
     ({"title": "Die Geschichte der Teilung und der Einheit", "publisher": "박영사"}, "de")],
)
def test_script_in_any_field_decides_first(item: dict, language: str) -> None:
    assert item_language(item) == language


@pytest.mark.parametrize(
    ("item", "language"),
    [({"title": "Title"}, None),
     ({"title": "Mitbestimmung"}, None),
     ({"title": "Title", "container-title": "Journal of the American Chemical Society"}, "en"),
     ({"title": "Zeitgeist", "container-title": "Frankfurter Allgemeine Zeitung"}, "de")],
)
def test_one_latin_word_is_not_guessed_alone(item: dict, language: str | None) -> None:
    assert item_language(item) == language


def test_parser_leaves_language_unset_rather_than_guess() -> None:
    item = citekit.parse('Smith J, "Title" (2020)')
    assert "language" not in item


def test_given_language_is_kept() -> None:
    assert item_language({"title": "Title", "container-title": "세계일보", "language": "en"}) == "en"


# 5. With --script romanized a known Korean outlet takes the outlet table's name in every style.

def formatted(capsys, *args: str) -> list[str]:  # noqa: ANN001
    code = main(["format", "--to", "json", "-q", str(EXAMPLES / "refs.txt"), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [entry["text"] for entry in json.loads(out)["entries"]]


@pytest.mark.parametrize("style", ["oscola", "apa", "chicago-author-date"])
def test_known_outlets_take_their_usual_name_in_every_style(capsys, style: str) -> None:  # noqa: ANN001
    text = " ".join(formatted(capsys, "--style", style, "--script", "romanized"))
    assert "Segye Ilbo" in text and "Segyeilbo" not in text
    assert "Seoul Economic Daily" in text


def test_oscola_original_script_keeps_the_source_outlet(capsys) -> None:  # noqa: ANN001
    text = " ".join(formatted(capsys, "--style", "oscola"))
    assert "세계일보" in text and "Segye Ilbo" not in text
