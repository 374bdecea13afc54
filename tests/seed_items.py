"""The four example references of issue 2 as CSL-JSON items, built by hand for tests."""

from __future__ import annotations

from citekit.model import make_date

# (id, family, given, title, container-title)
EXAMPLES = [
    (
        "seed_hong2023",
        "Hong",
        "J",
        "美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것",
        "세계일보",
    ),
    (
        "seed_kim_e2023",
        "Kim",
        "E",
        '韓美, 납북자 가족 공동 면담… "北인권 싸움서 지지 않겠다"',
        "Chosun Media",
    ),
    (
        "seed_kim_s2023",
        "Kim",
        "S",
        '납북자 가족만난 美국무 부차관보 "北 인권싸움서 물러서지 않을 것"출처',
        "서울경제",
    ),
    (
        "seed_kim_y2023",
        "Kim",
        "Y",
        '미한 고위관리, 납북·억류자 가족 만나 지원 약속…"북한인권  싸움서 후퇴 안 해"',
        "Voa Korea",
    ),
]


def example_items() -> list[dict]:
    """Fresh CSL-JSON dicts for the four examples (tests may mutate them)."""
    return [
        {
            "id": item_id,
            "type": "article-newspaper",
            "author": [{"family": family, "given": given}],
            "title": title,
            "container-title": container,
            "issued": make_date(2023, 2, 7),
            "accessed": make_date(2023, 2, 8),
            "language": "ko",
        }
        for item_id, family, given, title, container in EXAMPLES
    ]
