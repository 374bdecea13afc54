"""The bibliography order from sort-key runs of bounded size equals one whole run's."""

from __future__ import annotations

import importlib
import json
import random
import string
from pathlib import Path

import pytest

order = importlib.import_module("citekit.render.order")
order_chunks = importlib.import_module("citekit.render.order_chunks")
styles = importlib.import_module("citekit.render.styles")

DATA = Path(__file__).parent / "data"


def corpus(name: str, seed: int = 5) -> list[dict]:
    """A test corpus in a shuffled input order (so that it is not already sorted)."""
    items = json.loads((DATA / name).read_text(encoding="utf-8"))
    random.Random(seed).shuffle(items)
    return items


def whole_order(items: list[dict], style: styles.Style) -> list[str]:
    return order.order_from_keys(style, *order.key_run(items, style, None, None))


def kinds(style: styles.Style) -> list[str]:
    return [kind for kind, _ in order.sort_keys(style)]


@pytest.mark.parametrize("style_name", ["oscola", "apa", "chicago-author-date"])
@pytest.mark.parametrize("name", ["legal_corpus.json", "render_corpus_extra.json"])
def test_runs_of_bounded_size_give_the_whole_runs_order(name, style_name):
    style = styles.resolve_style(style_name)
    items = corpus(name)
    found = order_chunks.bounded_order(
        items, order_chunks.style_key_run(style, None), kinds(style), size=40
    )
    assert found is not None
    assert order.order_from_keys(style, *found) == whole_order(items, style)


def test_a_wrong_first_guess_is_caught_and_the_keys_guess_proves_the_order(monkeypatch):
    style = styles.resolve_style("apa")
    items = corpus("render_corpus_extra.json")
    monkeypatch.setattr(order_chunks, "item_guess", lambda item, initials: -len(str(item.get("title"))))
    proven = []
    real = order_chunks.sorted_in_runs

    def spy(*args, **options):
        result = real(*args, **options)
        proven.append(result[0] is not None)
        return result

    monkeypatch.setattr(order_chunks, "sorted_in_runs", spy)
    found = order_chunks.bounded_order(
        items, order_chunks.style_key_run(style, None), kinds(style), size=30
    )
    assert proven == [False, True]
    assert found is not None and order.order_from_keys(style, *found) == whole_order(items, style)


def test_when_no_guess_is_proven_one_whole_run_decides(monkeypatch):
    style = styles.resolve_style("oscola")
    items = corpus("legal_corpus.json")
    shuffled = {item["id"]: random.Random(item["id"]).random() for item in items}
    monkeypatch.setattr(order_chunks, "item_guess", lambda item, initials: shuffled[item["id"]])
    monkeypatch.setattr(order_chunks, "keys_guess", lambda text, kinds: random.random())
    key_run = order_chunks.style_key_run(style, None)
    assert order_chunks.bounded_order(items, key_run, kinds(style), size=30) is None
    monkeypatch.setattr(order_chunks, "KEY_CHUNK", 30)
    assert order.fixed_order(items, style, None, None) == whole_order(items, style)


def test_fixed_order_of_many_items_uses_bounded_runs(monkeypatch):
    style = styles.resolve_style("oscola")
    items = corpus("legal_corpus.json", seed=11)
    sizes = []
    real = order.key_run

    def counted(run_items, *args):
        sizes.append(len(run_items))
        return real(run_items, *args)

    monkeypatch.setattr(order, "key_run", counted)
    monkeypatch.setattr(order_chunks, "KEY_CHUNK", 50)
    found = order.fixed_order(items, style, None, None)
    assert sizes and max(sizes) <= 50
    monkeypatch.setattr(order, "key_run", real)
    assert found == whole_order(items, style)


@pytest.mark.parametrize("count,size", [(2, 2), (5, 3), (10, 4), (101, 10), (7, 50)])
def test_runs_cover_every_item_and_share_one_with_the_next(count, size):
    starts = list(order_chunks.run_starts(count, size))
    runs = [list(range(count))[start : start + size] for start in starts]
    assert sorted({i for run in runs for i in run}) == list(range(count))
    assert all(len(run) <= size for run in runs)
    assert all(a[-1] == b[0] for a, b in zip(runs, runs[1:], strict=False))


def _run(*ids: str) -> tuple[list[dict], list[str]]:
    return [{"id": ident} for ident in sorted(ids)], list(ids)


def test_joined_merges_runs_whose_shared_item_is_out_of_place():
    def never(run):
        raise AssertionError("no rerun needed")

    runs = [_run("a", "b", "c"), _run("c", "d", "e")]
    assert order_chunks.joined(runs, ["c"], never, 10) == ["a", "b", "c", "d", "e"]
    reruns = []

    def rerun(run):  # stands for pandoc: sorts the ids
        reruns.append([item["id"] for item in run])
        return sorted(item["id"] for item in run)

    runs = [_run("a", "b", "c"), _run("c", "d", "e"), _run("e", "f", "g"), _run("g", "h")]
    runs[1] = ([{"id": i} for i in "cde"], ["d", "c", "e"])  # "c" is not first
    assert order_chunks.joined(runs, ["c", "e", "g"], rerun, 10) == list("abcdefgh")
    assert reruns == [["a", "b", "c", "d", "e"]]
    assert order_chunks.joined(runs, ["c", "e", "g"], rerun, 4) is None


def test_collation_guess_ignores_case_accents_and_punctuation_and_orders_scripts():
    guess = order_chunks.collation_guess
    assert guess("Émile-Zola") == guess("emilezola")
    assert guess("O'Neill") == guess("O Neill")  # an apostrophe parts words, as in pandoc
    assert sorted(["홍길동", "Zhang", "山田", "Ωmega"], key=guess) == [
        "Zhang", "Ωmega", "홍길동", "山田"
    ]


def test_the_guess_of_ascii_text_takes_a_shortcut_to_the_same_key():
    rng = random.Random(3)
    alphabet = string.ascii_letters + string.digits + " -'.,;:()[]&/_\"\t"
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert order_chunks.collation_guess(text) == order_chunks.unicode_guess(text)
