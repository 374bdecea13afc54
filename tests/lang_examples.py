"""The four example references of examples/refs.txt as CSL-JSON items (as issue 2 parses them)."""

from __future__ import annotations

from typing import Any


def _item(number: int, family: str, given: str, title: str, outlet: str) -> dict[str, Any]:
    return {
        "id": f"ref{number}",
        "type": "article-newspaper",
        "author": [{"family": family, "given": given}],
        "title": title,
        "container-title": outlet,
        "issued": {"date-parts": [[2023, 2, 7]]},
        "accessed": {"date-parts": [[2023, 2, 8]]},
        "language": "ko",
    }


def example_items() -> list[dict[str, Any]]:
    """Fresh copies of the four example items."""
    return [
        _item(
            1, "Hong", "J", "美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것", "세계일보"
        ),
        _item(
            2,
            "Kim",
            "E",
            '韓美, 납북자 가족 공동 면담… "北인권 싸움서 지지 않겠다"',
            "Chosun Media",
        ),
        _item(
            3,
            "Kim",
            "S",
            '납북자 가족만난 美국무 부차관보 "北 인권싸움서 물러서지 않을 것"출처',
            "서울경제",
        ),
        _item(
            4,
            "Kim",
            "Y",
            '미한 고위관리, 납북·억류자 가족 만나 지원 약속…"북한인권  싸움서 후퇴 안 해"',
            "Voa Korea",
        ),
    ]
