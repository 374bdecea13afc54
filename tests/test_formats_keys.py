"""Citation keys: readable, stable, unique; Korean names romanized."""

from __future__ import annotations

import pytest

from citekit.keys import KEY_PATTERN, _suffix, assign_keys, base_key


def _item(item_id: str, family: str | None, year: int | None, **extra) -> dict:
    item = {"id": item_id, "type": "book", **extra}
    if family:
        item["author"] = [{"family": family, "given": "X"}]
    if year:
        item["issued"] = {"date-parts": [[year]]}
    return item


def test_generated_keys_are_surname_and_year_with_letters_for_clashes() -> None:
    items = [
        _item("ref1", "Hong", 2023),
        _item("ref2", "Kim", 2023),
        _item("ref3", "Kim", 2023),
        _item("ref4", "Müller", 2020),
        _item("ref5", None, None, title="The Letters of Vincent"),
    ]
    assert assign_keys(items) == ["hong2023", "kim2023a", "kim2023b", "muller2020", "lettersnd"]
    assert assign_keys(items) == assign_keys([dict(item) for item in items])


def test_existing_keys_are_kept_and_never_reused() -> None:
    items = [
        _item("hong2023", "Hong", 2023),
        _item("ref2", "Hong", 2023),
        _item("x", "Lee", 2001, **{"citation-key": "lee-own"}),
        _item("http://zotero.org/users/1/items/A", "Park", 2019),
    ]
    assert assign_keys(items) == ["hong2023", "hong2023a", "lee-own", "park2019"]


def test_korean_names_use_the_injected_romanizer() -> None:
    surnames = {"김": "Kim", "남궁": "Namgung"}
    items = [
        _item("ref1", None, 2021, author=[{"literal": "김은중"}]),
        _item("ref2", "남궁", 2020),
        _item("ref3", None, 2019, author=[{"literal": "남궁민수"}]),
    ]
    assert assign_keys(items, romanize=surnames.get) == ["kim2021", "namgung2020", "namgung2019"]


def test_korean_key_with_citekit_romanizer() -> None:
    item = _item("ref1", None, 2021, author=[{"literal": "김은중"}])
    assert base_key(item) == "kim2021"


def _dated(year: int, **fields) -> dict:
    return {"id": "ref1", "issued": {"date-parts": [[year]]}, **fields}


# Keys once made of placeholders or stray letters (refnda, r2017, hl1932, nannd): a case
# takes its first party, an authorless item its first significant title word.
@pytest.mark.parametrize(
    ("item", "key"),
    [
        (_dated(2017, type="legal_case", title="R v Smith"), "smith2017"),
        (_dated(2017, type="legal_case", title="R (Miller) v Secretary of State"), "miller2017"),
        (_dated(1932, type="legal_case", title="Donoghue v Stevenson", author=[{"family": "HL"}]),
         "donoghue1932"),
        (_dated(2019, type="legal_case", title="In re Estate of Park"), "estate2019"),
        ({"type": "book", "author": [{"family": "NaN"}], "title": "nan"}, "booknd"),
        ({"type": "book", "author": [{"literal": "null"}], "title": "The Art of War"}, "artnd"),
        (_dated(2017, type="book", title="R: A Language for Statistics"), "language2017"),
        (_dated(2020, type="report", title="2020 Annual Report on Human Rights"), "annual2020"),
        (_dated(2021, type="webpage", URL="https://www.hani.co.kr/arti/1.html"), "hani2021"),
        ({"type": "document"}, "documentnd"),
        (_dated(2018, type="article-journal", title="", **{"container-title": "The Lancet"}),
         "lancet2018"),
    ],
)
def test_keys_are_never_placeholders_or_single_letters(item: dict, key: str) -> None:
    assert assign_keys([item]) == [key]
    for bad in ("ref", "nan", "r2", "hl"):
        assert not assign_keys([item])[0].startswith(bad)


def test_better_bibtex_default_pattern() -> None:
    item = _dated(2023, title="Transitional justice in Korea: a history",
                  author=[{"family": "Hong", "given": "J"}])
    assert base_key(item, pattern="bbt") == "hongTransitionalJusticeKorea2023"
    assert base_key({"title": "On the Origin of Species"}, pattern="bbt") == "OriginSpecies"
    twins = [dict(item), dict(item)]
    assert assign_keys(twins, pattern="bbt") == [
        "hongTransitionalJusticeKorea2023a", "hongTransitionalJusticeKorea2023b"]
    with pytest.raises(ValueError, match="unknown key pattern"):
        base_key(item, pattern="nope")


def test_key_pattern_from_the_context() -> None:
    item = _dated(2023, title="Transitional justice", author=[{"family": "Hong"}])
    token = KEY_PATTERN.set("bbt")
    try:
        assert assign_keys([item]) == ["hongTransitionalJustice2023"]
    finally:
        KEY_PATTERN.reset(token)
    assert assign_keys([item]) == ["hong2023"]


def test_many_items_sharing_a_base_key_get_distinct_letters_in_order() -> None:
    items = [_dated(2023, author=[{"family": "Kim"}]) for _ in range(30)]
    items.insert(3, {"id": "kim2023b", "type": "book"})  # an own key in the way
    keys = assign_keys(items)
    assert len(set(keys)) == len(keys) == 31
    generated = [k for k in keys if k != "kim2023b"]
    assert generated[:4] == ["kim2023a", "kim2023c", "kim2023d", "kim2023e"]
    assert generated[-1] == "kim2023ae"  # a..z without b, then aa...


def test_suffixes_run_on_without_end() -> None:
    assert [_suffix(i) for i in (0, 25, 26, 27, 701, 702)] == ["a", "z", "aa", "ab", "zz", "aaa"]
