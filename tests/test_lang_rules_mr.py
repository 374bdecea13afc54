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
    ("불고기", "pulgogi"),
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
    ("정약용", "Chŏng Yag-yong"),
]


def same(got: str, expected: str) -> bool:
    """Scoring ignores case, as the project's scorer does."""
    return got.casefold() == expected.casefold()


@pytest.mark.parametrize(("hangul", "expected"), GENERAL)
def test_mr_words(hangul: str, expected: str) -> None:
    assert same(romanize(hangul, system="mr"), expected)


@pytest.mark.parametrize(("hangul", "expected"), NAMES)
def test_ala_lc_personal_names(hangul: str, expected: str) -> None:
    assert same(romanize(hangul, system="ala-lc", mode="name"), expected)
