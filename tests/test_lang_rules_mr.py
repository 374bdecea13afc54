"""McCune–Reischauer (ALA-LC) on cases written from the rules, not from the dev set."""

from __future__ import annotations

import pytest

from citekit.lang import romanize

GENERAL = [
    ("부산", "Pusan"),
    ("대구", "Taegu"),
    ("독립문", "Tongnimmun"),
    ("김치", "kimch'i"),
    ("한글", "Han'gŭl"),
    ("서울", "Sŏul"),
    ("평양", "P'yŏngyang"),
    ("경주", "Kyŏngju"),
    ("인천", "Inch'ŏn"),
    ("광주", "Kwangju"),
    ("한국", "Han'guk"),
    ("조선", "Chosŏn"),
    ("신라", "Silla"),
    ("고려", "Koryŏ"),
    ("백제", "Paekche"),
    ("종로", "Chongno"),
    ("강릉", "Kangnŭng"),
    ("청주", "Ch'ŏngju"),
    ("춘천", "Ch'unch'ŏn"),
    ("목포", "Mokp'o"),
    ("불국사", "Pulguksa"),
    ("금강산", "Kŭmgangsan"),
    ("대학교", "taehakkyo"),
    ("역사", "yŏksa"),
    ("문학", "munhak"),
    ("사회", "sahoe"),
    ("국어", "kugŏ"),
    ("한강", "Han'gang"),
    ("단군", "Tan'gun"),
    ("천안", "Ch'ŏnan"),
    ("신문", "sinmun"),
    ("민주주의", "minjujuŭi"),
    ("국립", "kungnip"),
    ("백마", "paengma"),
    ("어린이", "ŏrini"),
    ("여자", "yŏja"),
    ("의사", "ŭisa"),
    ("같이", "kach'i"),
    ("좋고", "chok'o"),
    ("독도", "Tokto"),
    ("백두산", "Paektusan"),
    ("전주", "Chŏnju"),
    ("대전", "Taejŏn"),
    ("제주", "Cheju"),
    ("원산", "Wŏnsan"),
    ("개성", "Kaesŏng"),
    ("감기", "kamgi"),
    ("바다", "pada"),
    ("부부", "pubu"),
    ("도둑", "toduk"),
    # ㄷ, ㅈ after ㄹ in Sino-Korean words are tense, written unvoiced; verb endings are not
    ("발전", "palchŏn"),
    ("갈등", "kaltŭng"),
    ("결정", "kyŏlchŏng"),
    ("일제", "Ilche"),
    ("물질", "mulchil"),
    ("철도", "ch'ŏlto"),
    ("살다", "salda"),
    ("얼굴", "ŏlgul"),
    ("넓다", "nŏlta"),  # after a cluster the stop is tense
    ("일자리", "ilchari"),
    ("술잔", "sulchan"),
    ("서울역", "Sŏullyŏk"),
    ("학년", "hangnyŏn"),
    ("맛있다", "masitta"),
    ("불고기", "pulgogi"),
    # places: unit after a hyphen; 북도/남도 provinces as LC writes them
    ("경기도", "Kyŏnggi-do"),
    ("강원도", "Kangwŏn-do"),
    ("경상북도", "Kyŏngsang-bukto"),
    ("전라남도", "Chŏlla-namdo"),
    ("김포군", "Kimp'o-gun"),
    ("수원시", "Suwŏn-si"),
    # ALA-LC word division of the source is kept
    ("노인 과 바다", "Noin kwa pada"),
    ("한국 의 역사", "Han'guk ŭi yŏksa"),
]

NAMES = [
    ("이승만", "Yi Sŭng-man"),
    ("김영삼", "Kim Yŏng-sam"),
    ("박정희", "Pak Chŏng-hŭi"),
    ("김대중", "Kim Tae-jung"),
    ("노무현", "No Mu-hyŏn"),
    ("전두환", "Chŏn Tu-hwan"),
    ("이명박", "Yi Myŏng-bak"),
    ("문재인", "Mun Chae-in"),
    ("김일성", "Kim Il-sŏng"),
    ("최치원", "Ch'oe Ch'i-wŏn"),
    ("유길준", "Yu Kil-chun"),
    ("홍길동", "Hong Kil-tong"),
    ("정약용", "Chŏng Yak-yong"),  # no liaison across the hyphen
    ("안중근", "An Chung-gŭn"),
    ("김동리", "Kim Tong-ni"),  # but other sound changes are written
    ("박경리", "Pak Kyŏng-ni"),
    ("이어령", "Yi Ŏ-ryŏng"),
    ("김옥균", "Kim Ok-kyun"),
]

ALA_LC_SURNAMES = (
    "최 Ch'oe, 이 Yi, 박 Pak, 정 Chŏng, 강 Kang, 조 Cho, 윤 Yun, 장 Chang, 임 Im, 한 Han, 오 O, 서 Sŏ, "
    "신 Sin, 권 Kwŏn, 황 Hwang, 안 An, 송 Song, 류 Yu, 유 Yu, 홍 Hong, 전 Chŏn, 고 Ko, 문 Mun, 양 Yang, "
    "손 Son, 배 Pae, 백 Paek, 허 Hŏ, 노 No, 남 Nam, 심 Sim, 곽 Kwak, 성 Sŏng, 차 Ch'a, 주 Chu, 우 U, "
    "구 Ku, 민 Min, 진 Chin, 지 Chi, 엄 Ŏm, 채 Ch'ae, 원 Wŏn, 천 Ch'ŏn, 방 Pang, 공 Kong, 현 Hyŏn, "
    "함 Ham, 변 Pyŏn, 염 Yŏm, 여 Yŏ, 추 Ch'u, 도 To, 소 So, 석 Sŏk, 선 Sŏn, 설 Sŏl, 마 Ma, 길 Kil, "
    "연 Yŏn, 위 Wi, 표 P'yo, 명 Myŏng, 기 Ki, 반 Pan, 왕 Wang, 금 Kŭm, 옥 Ok, 육 Yuk, 인 In, 맹 Maeng, "
    "제 Che, 모 Mo, 남궁 Namgung, 탁 T'ak, 국 Kuk, 어 Ŏ, 은 Ŭn, 편 P'yŏn, 용 Yong, 예 Ye, 경 Kyŏng, "
    "봉 Pong, 사 Sa, 부 Pu, 가 Ka, 복 Pok, 태 T'ae, 목 Mok, 형 Hyŏng, 계 Kye, 피 P'i, 두 Tu, 감 Kam, "
    "음 Ŭm, 빈 Pin, 동 Tong, 온 On, 호 Ho, 범 Pŏm, 좌 Chwa, 팽 P'aeng, 승 Sŭng, 간 Kan, 상 Sang, 시 Si, "
    "갈 Kal, 서문 Sŏmun, 제갈 Chegal, 선우 Sŏnu, 황보 Hwangbo, 독고 Tokko, 사공 Sagong, 나 Na, 라 Na, "
    "량 Yang, 려 Yŏ, 렴 Yŏm, 룡 Yong, 륙 Yuk, 림 Im, 로 No, 리 Yi"
)
SURNAMES = [tuple(pair.split(" ", 1)) for pair in ALA_LC_SURNAMES.split(", ")]


def same(got: str, expected: str) -> bool:
    """Scoring ignores case, as the project's scorer does."""
    return got.casefold() == expected.casefold()


@pytest.mark.parametrize(("hangul", "expected"), GENERAL)
def test_mr_words(hangul: str, expected: str) -> None:
    assert same(romanize(hangul, system="mr"), expected)


@pytest.mark.parametrize(("hangul", "expected"), NAMES)
def test_ala_lc_personal_names(hangul: str, expected: str) -> None:
    assert same(romanize(hangul, system="ala-lc", mode="name"), expected)


@pytest.mark.parametrize(("hangul", "expected"), SURNAMES)
def test_ala_lc_surnames(hangul: str, expected: str) -> None:
    assert romanize(hangul, system="ala-lc", mode="surname") == expected
