"""`citekit format --script/--romanization` end to end on the example references (issue 4)."""

from __future__ import annotations

import json

from conftest import EXAMPLES

from citekit.cli import main

REFS = str(EXAMPLES / "refs.txt")


def entries(capsys, *args: str) -> list[str]:  # noqa: ANN001
    code = main(["format", "--to", "json", "-q", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [entry["text"] for entry in json.loads(out)["entries"]]


def test_apa_romanized_titles_and_english_outlets(capsys) -> None:
    texts = entries(capsys, REFS, "--style", "apa", "--script", "romanized")
    assert texts[0].startswith("Hong, J. (2023, February 7). Mi, napbukpihae gyesok jiwon")
    assert "Segye Ilbo" in texts[0]
    assert "Chosun Media" in texts[1]  # the user's own Latin name stays
    assert "Seoul Economic Daily" in texts[2]
    assert "VOA Korea" in texts[3]
    assert not any("\uac00" <= ch <= "\ud7a3" for text in texts for ch in text)


def test_oscola_keeps_hangul_and_shows_a_given_translation(tmp_path, capsys) -> None:
    item = {
        "id": "t1",
        "type": "article-newspaper",
        "author": [{"family": "Hong", "given": "J"}],
        "title": "북한 인권 문제",
        "container-title": "세계일보",
        "issued": {"date-parts": [[2023, 2, 7]]},
        "custom": {"title-translation": "North Korean human rights"},
    }
    path = tmp_path / "one.json"
    path.write_text(json.dumps([item], ensure_ascii=False), encoding="utf-8")
    [text] = entries(capsys, str(path), "--style", "oscola")
    assert "‘북한 인권 문제 [North Korean human rights]’" in text
    assert "세계일보" in text
