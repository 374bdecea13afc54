"""Issue 14: ``dedupe --apply`` keeps the better value: a structured record's over a parsed
reference's, a page range over its first page, values that validate over ones that do
not; every choice is in the survivor's history."""

from __future__ import annotations

import pytest

from citekit.library import apply_merges, find_duplicates, import_items, open_library
from citekit.library.merge import merge_items, validates
from citekit.model import make_date

STRUCTURED = {
    "id": "smith2005", "type": "book", "title": "International Human Rights Law",
    "author": [{"family": "Smith", "given": "Rhona"}], "issued": make_date(2005),
    "publisher": "Oxford University Press", "page": "123-150",
}  # fmt: skip
PARSED = {
    "id": "smith2005p", "type": "book", "title": "International Human Rights Law",
    "author": [{"family": "Smith", "given": "Rhona"}], "issued": make_date(2005),
    "publisher": "(Updated, updated edn 2005)", "page": "123", "language": "it",
    "editor": [{"family": "HL"}], "custom": {"parse-confidence": 0.7},
}  # fmt: skip


@pytest.mark.parametrize("parsed_first", [True, False])
def test_dedupe_apply_keeps_structured_and_valid_values(tmp_path, parsed_first: bool) -> None:
    order = [(PARSED, "line 3"), (STRUCTURED, "entry smith2005")]
    with open_library(tmp_path / "lib.sqlite") as store:
        for item, where in order if parsed_first else order[::-1]:
            import_items(
                store, [(item, where)], "refs.txt" if where.startswith("line") else "a.bib"
            )
        [report] = apply_merges(store, find_duplicates(store))
        [survivor] = store.select()
        item = survivor.item
        assert item["publisher"] == "Oxford University Press"
        assert item["page"] == "123-150"
        assert "editor" not in item and "language" not in item
        assert "parse-confidence" not in (item.get("custom") or {})
        note = store.history(survivor.rowid)[-1].note
        choices = note["choices"]
        assert choices["publisher"]["kept"] == "Oxford University Press"
        assert choices["publisher"]["over"] == "(Updated, updated edn 2005)"
        assert choices["page"]["why"] == "a page range over its first page"
        assert choices["editor"]["kept"] is None and choices["language"]["over"] == "it"
        assert set(report["conflicts"]) >= {"publisher", "page"}


@pytest.mark.parametrize(
    ("field", "kept", "other", "other_wins"),
    [
        ("page", "123", "123-150", True),
        ("page", "123–150", "123", False),
        ("page", "45", "123-150", False),  # not a prefix: the survivor's (both structured)
        ("editor", [{"family": "HL"}], [{"family": "Lester", "given": "A"}], True),
        ("language", "it", "en", True),
        ("publisher", "(rev edn)", "Hart", True),
    ],
)
def test_each_choice(field: str, kept, other, other_wins: bool) -> None:
    base = {"id": "a", "type": "book", "title": "Donoghue v Stevenson and the Law of Negligence"}
    merged, _, choices = merge_items({**base, field: kept}, {**base, "id": "b", field: other})
    assert merged[field] == (other if other_wins else kept)
    assert field in choices


def test_structured_wins_between_two_valid_values() -> None:
    a = {"id": "a", "title": "Rights", "publisher": "Hart Publishing"}
    b = {"id": "b", "title": "Rights", "publisher": "Hart"}
    merged, _, choices = merge_items(a, b, keep_parsed=True, other_parsed=False)
    assert merged["publisher"] == "Hart"
    assert choices["publisher"]["why"] == "a structured source over a parsed reference"
    merged, _, _ = merge_items(a, b)
    assert merged["publisher"] == "Hart Publishing"  # neither parsed: the survivor's


def test_validation_examples() -> None:
    item = {"title": "Human Rights and the Courts of England"}
    assert validates("language", "en", item) and not validates("language", "it", item)
    assert validates("page", "12-30", item) and not validates("page", "see p", item)
    assert not validates("editor", [{"family": "CA"}], item)
    assert validates("editor", [{"family": "Kim", "given": "E"}], item)
