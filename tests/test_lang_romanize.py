"""Korean romanization: RR sound changes and hyphens, MR/ALA-LC, names and surnames."""

from __future__ import annotations

import pytest
from lang_score import accuracy, gold

from citekit.lang import romanize


@pytest.mark.parametrize(
    ("hangul", "expected"),
    [
        ("신라", "Silla"),  # liquidisation ㄴ+ㄹ
        ("별내", "Byeollae"),  # ㄹ+ㄴ
        ("종로", "Jongno"),  # ㅇ+ㄹ → ㄴ
        ("독립문", "Dongnimmun"),  # nasalisation across three syllables
        ("같이", "Gachi"),  # palatalisation
        ("해돋이", "Haedoji"),
        ("좋고", "Joko"),  # aspiration from final ㅎ
        ("잡혀", "Japyeo"),  # aspiration before the suffix 혀
        ("묵호", "Mukho"),  # a noun keeps h
        ("생각하다", "Saenggakada"),  # but a verb in 하다 does not
        ("축하", "Chukha"),
        ("물러나지", "Mulleonaji"),  # the korean-romanizer failure cited in issue 4
        ("읽는", "Ingneun"),  # cluster ㄺ then nasalisation
        ("꽃잎", "Kkonnip"),  # ㄴ-insertion
        ("낙동강", "Nakdonggang"),  # tensification is not written
        ("절약", "Jeoryak"),  # a Sino-Korean word: no ㄴ-insertion
        ("도봉구", "Dobong-gu"),  # administrative unit after a hyphen
        ("인왕리", "Inwang-ri"),  # no sound change across that hyphen
        ("해운대", "Haeundae"),  # art. 2 hyphens are optional; official names omit them
        ("흥인지문", "Heunginjimun"),
        ("왕십리", "Wangsimni"),  # 리 after a stop is part of the name, not a unit
        ("알약", "Allyak"),  # ㄴ-insertion after ㄹ, read ㄹ
        ("봉천1동", "Bongcheon 1(il)-dong"),  # numbered unit, number read
    ],
)
def test_revised_romanization_follows_the_sound_rules(hangul: str, expected: str) -> None:
    assert romanize(hangul) == expected


def test_titles_are_romanized_word_by_word_with_hanja_read_first() -> None:
    assert romanize("北과의 인권싸움") == "Bukgwaui ingwonssaum"
    assert romanize("한국 현대사의 이해") == "Hanguk hyeondaesaui ihae"


@pytest.mark.parametrize(
    ("hangul", "expected"),
    [
        ("독립문", "Tongnimmun"),
        ("한국 을", "Han'guk ŭl"),
        ("놓고", "Nok'o"),
        ("료리", "Yori"),
        ("쉬운", "Shwiun"),
        ("발해", "Parhae"),
        ("얹다", "Ŏnta"),  # a stop after a cluster is tense: unvoiced
        ("맑게", "Malke"),
        ("밟다", "Papta"),
        ("한중일 관계", "Han-Chung-Il kwan'gye"),  # abbreviated proper nouns hyphenated
        ("남북한 정상 회담", "Nam-Pukhan chŏngsang hoedam"),
        ("평택읍", "P'yŏngt'aeg-ŭp"),  # the final stays before the unit's hyphen
    ],
)
def test_mccune_reischauer(hangul: str, expected: str) -> None:
    assert romanize(hangul, system="mr") == expected
    assert romanize(hangul, system="ala-lc") == expected


@pytest.mark.parametrize(
    ("name", "system", "expected"),
    [
        ("김정욱", "conventional", "Kim Jeong-uk"),
        ("김정욱", "rr", "Kim Jeonguk"),
        ("한복남", "rr", "Han Boknam"),  # no sound change inside a given name
        ("이승만", "mr", "Yi Sŭng-man"),
        ("김창룡", "mr", "Kim Ch'ang-nyong"),
        ("金 哲源", "mr", "Kim Ch'ŏr-wŏn"),  # liaison: the final stays before the hyphen
        ("최란", "mr", "Ch'oe Ran"),  # a given name's initial ㄹ is kept
        ("남궁민", "conventional", "Namgung Min"),  # two-syllable surname
        ("金大中", "conventional", "Kim Dae-jung"),  # Hanja surname read as a surname
    ],
)
def test_names_family_name_first(name: str, system: str, expected: str) -> None:
    assert romanize(name, system=system, mode="name") == expected


@pytest.mark.parametrize(
    ("surname", "conventional", "rr", "mr"),
    [
        ("김", "Kim", "Gim", "Kim"),
        ("이", "Lee", "I", "Yi"),
        ("박", "Park", "Bak", "Pak"),
        ("최", "Choi", "Choe", "Ch'oe"),
    ],
)
def test_surnames(surname: str, conventional: str, rr: str, mr: str) -> None:
    assert romanize(surname, system="conventional", mode="surname") == conventional
    assert romanize(surname, system="rr", mode="surname") == rr
    assert romanize(surname, system="mr", mode="surname") == mr


def test_surname_of_a_whole_name_and_decomposed_input() -> None:
    import unicodedata

    assert romanize("김은중", system="conventional", mode="surname") == "Kim"
    assert romanize(unicodedata.normalize("NFD", "신라")) == "Silla"


def test_transliteration_is_letter_for_letter() -> None:
    assert romanize("집", mode="translit") == "jib"
    assert romanize("없었습니다", mode="translit") == "eobs-eoss-seubnida"


def test_text_without_hangul_is_left_alone() -> None:
    assert romanize("OECD 2023") == "OECD 2023"


def test_unknown_system_or_mode_is_refused() -> None:
    with pytest.raises(ValueError, match="system"):
        romanize("한국", system="yale")
    with pytest.raises(ValueError, match="mode"):
        romanize("한국", mode="poetry")


@pytest.mark.parametrize(("system", "target"), [("rr", 0.97), ("mr", 0.95), ("conventional", 0.95)])
def test_dev_set_accuracy(system: str, target: float) -> None:
    records = [r for r in gold("romanize.jsonl") if r["system"] == system]
    score, misses = accuracy(
        records, lambda r: romanize(r["input"], system=r["system"], mode=r["mode"])
    )
    assert score >= target, misses
