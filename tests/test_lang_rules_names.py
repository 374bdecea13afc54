"""Personal names and conventional surname spellings, written from RR art. 4 and usage."""

from __future__ import annotations

import pytest

from citekit.lang import romanize

CONVENTIONAL_SURNAMES = (
    "김 Kim, 이 Lee, 박 Park, 최 Choi, 정 Jung, 강 Kang, 조 Cho, 윤 Yoon, 장 Jang, 임 Lim, "
    "한 Han, 오 Oh, 서 Seo, 신 Shin, 권 Kwon, 황 Hwang, 안 Ahn, 송 Song, 유 Yoo, 류 Ryu, "
    "홍 Hong, 전 Jeon, 고 Ko, 문 Moon, 양 Yang, 손 Son, 배 Bae, 백 Baek, 허 Heo, 노 Noh, "
    "남 Nam, 심 Shim, 곽 Kwak, 성 Sung, 차 Cha, 주 Joo, 우 Woo, 구 Koo, 민 Min, 진 Jin, "
    "지 Ji, 엄 Eom, 채 Chae, 원 Won, 천 Cheon, 방 Bang, 공 Kong, 현 Hyun, 함 Ham, 변 Byun, "
    "염 Yeom, 여 Yeo, 추 Choo, 도 Do, 소 So, 석 Seok, 선 Sun, 설 Seol, 마 Ma, 길 Gil, "
    "연 Yeon, 위 Wi, 표 Pyo, 명 Myung, 기 Ki, 반 Ban, 왕 Wang, 금 Keum, 옥 Ok, 육 Yook, "
    "인 In, 맹 Maeng, 제 Je, 모 Mo, 남궁 Namgung, 탁 Tak, 국 Kook, 어 Eo, 은 Eun, 편 Pyeon, "
    "용 Yong, 예 Ye, 경 Kyung, 봉 Bong, 사 Sa, 부 Boo, 가 Ka, 복 Bok, 태 Tae, 목 Mok, "
    "형 Hyung, 계 Kye, 피 Pi, 두 Doo, 감 Kam, 음 Eum, 빈 Bin, 동 Dong, 온 On, 호 Ho, "
    "범 Beom, 좌 Jwa, 팽 Paeng, 승 Seung, 간 Kan, 상 Sang, 시 Si, 갈 Gal, 서문 Seomun, "
    "제갈 Jegal, 선우 Sunwoo, 황보 Hwangbo, 독고 Dokgo, 사공 Sagong"
)
SURNAMES = [tuple(pair.split()) for pair in CONVENTIONAL_SURNAMES.split(", ")]

RR_NAMES = [
    ("한복남", "Han Boknam"),
    ("민용하", "Min Yongha"),
    ("송나리", "Song Nari"),
    ("홍빛나", "Hong Bitna"),
    ("김민수", "Kim Minsu"),
    ("박정민", "Park Jeongmin"),
    ("이학수", "Lee Haksu"),
    ("최석남", "Choi Seoknam"),
    ("정국립", "Jung Gukrip"),
    ("남궁민", "Namgung Min"),
    ("제갈성렬", "Jegal Seongryeol"),
    ("선우용녀", "Sunwoo Yongnyeo"),
]

CONVENTIONAL_NAMES = [
    ("김정욱", "Kim Jeong-uk"),
    ("한복남", "Han Bok-nam"),
    ("이학수", "Lee Hak-su"),
    ("황보관", "Hwangbo Gwan"),
]


def same(got: str, expected: str) -> bool:
    """Scoring ignores case, as the project's scorer does."""
    return got.casefold() == expected.casefold()


@pytest.mark.parametrize(("hangul", "expected"), SURNAMES)
def test_conventional_surnames(hangul: str, expected: str) -> None:
    assert same(romanize(hangul, system="conventional", mode="surname"), expected)


@pytest.mark.parametrize(("hangul", "expected"), RR_NAMES)
def test_rr_names_have_no_sound_changes(hangul: str, expected: str) -> None:
    assert same(romanize(hangul, mode="name"), expected)


@pytest.mark.parametrize(("hangul", "expected"), CONVENTIONAL_NAMES)
def test_conventional_names_are_hyphenated(hangul: str, expected: str) -> None:
    assert same(romanize(hangul, system="conventional", mode="name"), expected)
