"""When a reference and its source say the same thing in different writing."""

import pytest

from citekit.verify.names import byline_names, clean_byline, han_name, inverted_name
from citekit.verify.normal import same_outlet, same_person, same_text, similarity


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ("美, 납북피해 계속 지원", "미, 납북피해 계속 지원"),  # Hanja for Hangul
        ("“北 인권” 안보리 논의", '"北 인권" 안보리 논의'),  # curly and straight quotes
        ("Korea's Place in the Sun", "Korea’s place in the sun"),  # apostrophe, case
        ("탈북민  지원 – 확대", "탈북민 지원 - 확대"),  # spacing, dashes
        ("ＡＢＣ 보고서", "ABC 보고서"),  # full-width letters
    ],
)
def test_same_text_after_normalisation(ours, theirs):
    assert same_text(ours, theirs)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [("탈북민 지원 확대", "탈북민 지원 축소"), ("Families of abductees", "Families of detainees")],
)
def test_different_words_are_different(ours, theirs):
    assert not same_text(ours, theirs)
    assert similarity(ours, theirs) < 1


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ({"family": "Hong", "given": "J"}, {"family": "홍", "given": "진주"}),
        ({"family": "Kim", "given": "Minji"}, {"family": "김", "given": "민지"}),
        ({"family": "Pak", "given": "S"}, {"family": "박", "given": "서준"}),  # MR surname
        ({"family": "홍", "given": "진주"}, {"literal": "홍진주"}),
        ({"family": "Smith", "given": "J."}, {"family": "Smith", "given": "Jane"}),
        ({"family": "田中", "given": "誠"}, {"family": "田中誠"}),
    ],
)
def test_same_person_across_scripts_romanizations_and_initials(ours, theirs):
    assert same_person(ours, theirs)


@pytest.mark.parametrize(
    ("ours", "theirs"),
    [
        ({"family": "Kim", "given": "S"}, {"family": "홍", "given": "진주"}),
        ({"family": "Smith", "given": "A."}, {"family": "Smith", "given": "Jane"}),
        ({"family": "황보", "given": "혁"}, {"family": "황", "given": "혁"}),
    ],
)
def test_different_people(ours, theirs):
    assert not same_person(ours, theirs)


@pytest.mark.parametrize(
    ("ours", "theirs", "same"),
    [
        ("세계일보", "Segye Ilbo", True),
        ("한겨레", "한겨레신문", True),
        ("The Guardian", "the guardian", True),
        ("조선일보", "한겨레", False),
        ("Reuters", "BBC News", False),
    ],
)
def test_outlets(ours, theirs, same):
    assert same_outlet(ours, theirs) is same


@pytest.mark.parametrize(
    ("byline", "names"),
    [
        ("홍진주 기자 hong@example.kr", [{"family": "홍", "given": "진주"}]),
        ("홍진주·김민지 기자", [{"family": "홍", "given": "진주"}, {"family": "김", "given": "민지"}]),
        ("By Jane Smith and Leo Hughes", [{"family": "Smith", "given": "Jane"},
                                          {"family": "Hughes", "given": "Leo"}]),
        ("田中誠記者", [{"family": "田中", "given": "誠"}]),
        ("佐々木 花子", [{"family": "佐々木", "given": "花子"}]),
        ("https://www.example.com/author/jane", []),
    ],
)
def test_bylines_become_names(byline, names):
    assert byline_names(byline) == names


def test_byline_words_and_addresses_are_not_names():
    assert clean_byline("워싱턴=홍진주 특파원 hong@x.kr") == "홍진주"
    assert clean_byline("(서울=연합뉴스) 김민지 기자") == "김민지"
    assert inverted_name("Evans, Noah") == {"family": "Evans", "given": "Noah"}
    assert han_name("欧阳修") == {"family": "欧阳", "given": "修"}
    assert han_name("王小明") == {"family": "王", "given": "小明"}
