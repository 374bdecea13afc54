"""Citation keys: readable, stable, unique; Korean names romanized."""

from __future__ import annotations

from citekit.keys import assign_keys, base_key


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
