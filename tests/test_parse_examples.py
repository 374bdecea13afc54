"""The four example references parse as the Foundation issue states."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.parse import parse_reference

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "refs.txt"
LINES = EXAMPLES.read_text(encoding="utf-8").splitlines()
EXPECTED = [
    ("Hong", "J", "美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것", "세계일보"),
    ("Kim", "E", '韓美, 납북자 가족 공동 면담… "北인권 싸움서 지지 않겠다"', "Chosun Media"),
    ("Kim", "S", '납북자 가족만난 美국무 부차관보 "北 인권싸움서 물러서지 않을 것"출처',
     "서울경제"),
    ("Kim", "Y", '미한 고위관리, 납북·억류자 가족 만나 지원 약속…"북한인권 싸움서 후퇴 안 해"',
     "Voa Korea"),
]


@pytest.mark.parametrize(("line", "expected"), list(zip(LINES, EXPECTED, strict=True)))
def test_example_parses_to_the_stated_item(line: str, expected: tuple[str, str, str, str]) -> None:
    family, given, title, container = expected
    result = parse_reference(line, item_id="x")
    item = result.item
    assert item["type"] == "article-newspaper"
    assert item["author"] == [{"family": family, "given": given}]
    assert item["title"] == title
    assert item["container-title"] == container
    assert item["issued"] == {"date-parts": [[2023, 2, 7]]}
    assert item["accessed"] == {"date-parts": [[2023, 2, 8]]}
    assert item["language"] == "ko"
    assert "URL" not in item
    assert result.ok


@pytest.mark.parametrize("line", LINES)
def test_empty_angle_brackets_warn_with_their_column(line: str) -> None:
    result = parse_reference(line)
    warnings = [d for d in result.diagnostics if d.rule == "url-empty"]
    assert len(warnings) == 1
    assert warnings[0].severity == "warning"
    column = warnings[0].location.column
    assert line[column - 1 : column + 1] == "<>"


def test_examples_file_has_the_four_references() -> None:
    assert len(LINES) == 4
