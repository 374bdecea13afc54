"""Synthetic CSL-JSON libraries for the library benchmarks: half Korean, half English."""

from __future__ import annotations

import random


def _words(text: str) -> list[str]:
    return text.split()


KOREAN_WORDS = _words(
    "납북 피해 가족 인권 북한 통일 정책 역사 기억 전쟁 분단 사회 경제 문화 법률 헌법 "
    "국가 국제 협력 외교 안보 평화 민주주의 선거 교육 언어 문학 여성 노동 이주 난민 "
    "억류자 지원 면담 조사 보고서 연구 분석 변화 발전 과제 전망 제도 개혁 시민 운동"
)
ENGLISH_WORDS = _words(
    "abduction human rights family policy history memory war division society economy "
    "culture law constitution state international cooperation diplomacy security peace "
    "democracy election education language literature women labour migration refugees "
    "detainees support interview survey report study analysis change development prospects"
)
KOREAN_FAMILIES = _words("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 홍")
ENGLISH_FAMILIES = _words("Smith Jones Brown Taylor Wilson Davies Evans Thomas Roberts Walker")
CONTAINERS = ("통일정책연구", "북한학보", "Korea Journal", "Journal of Korean Studies", "세계일보")


def make_item(number: int, rng: random.Random) -> dict:
    """One synthetic article, Korean for even numbers and English for odd."""
    korean = number % 2 == 0
    words = KOREAN_WORDS if korean else ENGLISH_WORDS
    joiner = "" if korean and rng.random() < 0.3 else " "
    title = joiner.join(rng.choice(words) for _ in range(rng.randint(3, 8)))
    family = rng.choice(KOREAN_FAMILIES if korean else ENGLISH_FAMILIES)
    item = {
        "id": f"item{number}",
        "type": "article-journal",
        "title": f"{title} {number}",
        "author": [{"family": family, "given": "민수" if korean else "Anne"}],
        "container-title": rng.choice(CONTAINERS),
        "issued": {"date-parts": [[rng.randint(1990, 2024)]]},
    }
    if number % 3 == 0:
        item["DOI"] = f"10.5555/bench.{number}"
    if number % 5 == 0:
        item["URL"] = f"https://news.example.kr/article/{number}"
    return item


def make_items(count: int, seed: int = 9) -> list[dict]:
    """``count`` distinct items, the same for a given seed."""
    rng = random.Random(seed)
    return [make_item(number, rng) for number in range(count)]
