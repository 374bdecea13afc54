"""Rendering in collision groups gives exactly the output of one plain pandoc run."""

from __future__ import annotations

import importlib
import json
import re

import pytest
from conftest import SHARED

engine = importlib.import_module("citekit.render")
groups = importlib.import_module("citekit.render.groups")
internal_ids = importlib.import_module("citekit.render.ids").internal_ids


def clashing_items(count: int) -> list[dict]:
    """Distinct items where every fourth has the author and year of the one before (every
    eighth only the surname), some authorless items share a title, a title equals a surname."""
    items = []
    for index in range(count):
        base = index - 1 if index % 4 == 0 and index else index
        given = "ABCDEFG"[(index if index % 8 == 0 else base) % 7] + "."
        item = {
            "id": f"i{index}",
            "type": "article-journal",
            "author": [{"family": f"Surname{base:04d}", "given": given}],
            "title": f"Study {index}",
            "container-title": "Journal",
            "issued": {"date-parts": [[2000 + base % 20]]},
        }
        if index % 25 == 0:
            del item["author"]
            item["title"] = "Annual report" if index % 50 == 0 else "Surname0007"
        items.append(item)
    return items


def both_ways(monkeypatch, items, **options):
    monkeypatch.setattr(groups, "GROUPING_THRESHOLD", 10**9)
    plain = engine.render(items, **options)
    monkeypatch.setattr(groups, "GROUPING_THRESHOLD", 0)
    grouped = engine.render(items, **options)
    return plain, grouped


@pytest.mark.parametrize("mode", ["bibliography", "citations", "notes"])
def test_grouped_equals_plain_on_synthetic_items(monkeypatch, mode):
    items = clashing_items(160)
    plain, grouped = both_ways(monkeypatch, items, style="apa", mode=mode)
    assert grouped.output == plain.output
    texts = " ".join(entry.text for entry in plain.entries)
    assert "2003a" in texts and "2003b" in texts  # year suffixes were needed
    if mode != "bibliography":
        assert "(A. Surname0007, 2007)" in texts  # and initials for a shared surname


@pytest.mark.parametrize("mode", ["bibliography", "citations"])
def test_grouped_equals_plain_on_the_corpus(monkeypatch, mode):
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    items = json.loads((SHARED / "render" / "corpus.json").read_text(encoding="utf-8"))
    plain, grouped = both_ways(monkeypatch, items, style="apa", mode=mode, to="html")
    assert grouped.output == plain.output


def test_collision_keys_and_batches():
    items = clashing_items(30)
    assert groups.collision_key(items[4]) == groups.collision_key(items[3]) == "name:surname0003"
    assert groups.collision_key(items[25]) == "title:surname0007"
    packed = groups.batches(groups.collision_groups(items), size=4)
    assert all(len(batch) % 2 == 0 for batch, _ in packed)  # whole pairs, never split
    assert sum(len(batch) for batch, _ in packed) == 2 * 7
    assert all({item["id"] for item in batch} == keep for batch, keep in packed)


def common_surname_items(count: int) -> list[dict]:
    """Items by a few surnames over many years: given names that share initials, two or
    three authors, undated items, dates as text, several items a year per author."""
    givens = ["Jisoo", "Jiwon", "Minho", "Minji", "Seojun", "Ana", "Alex", "J."]
    families = ["Kim", "Lee", "Park", "Smith"]
    items = []
    for index in range(count):
        family, given = families[index % 4], givens[(index // 4) % 8]
        authors = [{"family": family, "given": given}]
        authors += [{"family": f"Co{index % 5}", "given": "B."}] * (index % 3)
        year = 2010 + (index // 32) % 9
        issued = {"date-parts": [[year]]}
        if index % 17 == 0:
            issued = {}
        elif index % 13 == 0:
            issued = {"raw": str(year)}
        item = {"id": f"c{index}", "type": "book", "author": authors[:3],
                "title": f"Book {index % 7}", "issued": issued, "publisher": "P"}
        if not issued:
            del item["issued"]
        items.append(item)
    return items


@pytest.mark.parametrize("mode", ["bibliography", "citations"])
def test_common_surnames_split_by_year_equal_plain(monkeypatch, mode):
    items = common_surname_items(320)
    split = []
    real = groups.year_runs

    def spy(group):
        runs = real(group)
        split.append(len(runs))
        return runs

    monkeypatch.setattr(groups, "year_runs", spy)
    plain, grouped = both_ways(monkeypatch, items, style="apa", mode=mode)
    assert max(split) > 1  # groups were cut into years
    assert grouped.output == plain.output
    texts = " ".join(entry.text for entry in plain.entries)
    assert re.search(r"\b20[0-9]{2}[a-c]\b", texts)  # year suffixes were needed


def test_grouping_only_where_safe():
    styles = importlib.import_module("citekit.render.styles")
    apa, oscola = styles.resolve_style("apa"), styles.resolve_style("oscola")
    assert groups.worth_grouping(apa, "bibliography", "text", 5000)
    assert not groups.worth_grouping(apa, "bibliography", "text", 10)
    assert not groups.worth_grouping(apa, "bibliography", "docx", 5000)
    assert not groups.worth_grouping(oscola, "bibliography", "text", 5000)
    assert not groups.worth_grouping(oscola, "notes", "text", 5000)
    assert groups.worth_grouping(apa, "notes", "text", 5000)  # its in-text citations


def test_no_disambiguation_runs_are_chunked(monkeypatch):
    """Many items go to pandoc in chunks of at most CHUNK_SIZE (bounded memory per run),
    and the output is the same as with one chunk per core."""
    items = clashing_items(240)
    monkeypatch.setattr(groups, "GROUPING_THRESHOLD", 0)
    whole = engine.render(items, style="apa", mode="bibliography")
    sizes: list[int] = []
    real = groups._entries

    def counted(chunk, style, *args):  # type: ignore[no-untyped-def]
        if style.path.name.startswith("plain-"):  # the no-disambiguation copy
            sizes.append(len(chunk))
        return real(chunk, style, *args)

    monkeypatch.setattr(groups, "_entries", counted)
    monkeypatch.setattr(groups, "CHUNK_SIZE", 25)
    chunked = engine.render(items, style="apa", mode="bibliography")
    assert chunked.output == whole.output
    assert sum(1 for size in sizes if size > 25) == 0
    assert len(sizes) >= 5


@pytest.mark.parametrize("mode", ["bibliography", "citations"])
def test_items_of_collision_groups_skip_the_fast_runs(monkeypatch, mode):
    """Only items that share their collision key with no other are rendered with the
    no-disambiguation copy: the others' texts come from their group's run alone."""
    items = clashing_items(120)
    grouped = {
        item["id"] for group in groups.collision_groups(items) if len(group) > 1 for item in group
    }
    fast_ids: list[str] = []
    real = groups._entries

    def counted(chunk, style, *args):  # type: ignore[no-untyped-def]
        if style.path.name.startswith("plain-"):
            fast_ids.extend(item["id"] for item in chunk)
        return real(chunk, style, *args)

    monkeypatch.setattr(groups, "_entries", counted)
    plain, fast = both_ways(monkeypatch, items, style="apa", mode=mode)
    assert fast.output == plain.output
    user_ids = internal_ids(items)[1]
    seen = {user_ids[ident] for ident in fast_ids}
    assert grouped and seen and not seen & grouped
    assert len(seen) == len(items) - len(grouped)


def test_every_item_in_a_collision_group(monkeypatch):
    """No item alone in its group: no fast run at all, and the output is still plain's."""
    items = [
        {
            "id": f"k{index}",
            "type": "book",
            "author": [{"family": ("Kim", "Park")[index % 2], "given": "ABC"[index % 3] + "."}],
            "title": f"Book {index}",
            "issued": {"date-parts": [[2000 + index % 4]]},
        }
        for index in range(40)
    ]
    plain, grouped = both_ways(monkeypatch, items, style="apa", mode="bibliography")
    assert grouped.output == plain.output
    assert len(grouped.entries) == len(items)


def test_bibliography_registers_items_in_input_order_with_nocite():
    """A bibliography uses nocite; ids of one width keep pandoc's registration (year
    suffixes) in input order, past the ninth item (citekit-item-10 sorts before -2)."""
    items = [
        {
            "id": f"z{index}",
            "type": "book",
            "author": [{"family": "Kim", "given": "E."}],
            "title": "Same",
            "URL": f"https://example.org/{index}",
            "issued": {"date-parts": [[2020]]},
        }
        for index in range(12)
    ]
    entries = engine.render(items, style="apa").entries
    suffixes = {entry.id: entry.text.split("(2020", 1)[1][0] for entry in entries}
    assert [suffixes[f"z{index}"] for index in range(12)] == list("abcdefghijkl")
