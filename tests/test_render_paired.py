"""A note style's footnotes and bibliography from the same pandoc runs equal two renders."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from test_render_chunks import clashing_items
from test_render_ranked import same_author_items

rendering = importlib.import_module("citekit.render")

engine = importlib.import_module("citekit.render.engine")
groups = importlib.import_module("citekit.render.groups")
paired = importlib.import_module("citekit.render.paired")

DATA = Path(__file__).parent / "data"


def mixed_items() -> list[dict]:
    """Cases, statutes and Korean sources (some need citekit's Lua writer), a repeated
    author whose dash crosses the runs' boundaries, and surnames shared by other people."""
    legal = json.loads((DATA / "legal_corpus.json").read_text(encoding="utf-8"))
    return legal + same_author_items(12) + clashing_items(60)


@pytest.mark.parametrize("style", ["oscola", "oscola-manual"])
def test_paired_runs_equal_two_renders(monkeypatch, style):
    items = mixed_items()
    notes = rendering.render(items, style=style, mode="notes")
    bibliography = rendering.render(items, style=style, mode="bibliography")
    sizes, made = [], []
    real_pairs, real_together = engine.notes_and_bibliography, engine.run_together

    def small_runs(*args, **options):
        sizes.append(len(paired.paired_runs(
            paired.ranked_items(args[0], args[1], args[3]),
            {item["id"]: n for n, item in enumerate(args[0])}, args[3], 7,
        )))
        return real_pairs(*args, **{**options, "size": 7})

    def together(*args, **options):
        found = real_together(*args, **options)
        made.append(found is not None)
        return found

    monkeypatch.setattr(groups, "NOTE_CHUNK", 12)
    monkeypatch.setattr(engine, "notes_and_bibliography", small_runs)
    monkeypatch.setattr(engine, "run_together", together)
    both = rendering.render_notes_and_bibliography(items, style=style)
    assert sizes and sizes[0] > 10  # it did run in pairs, in many runs
    assert True in made and False in made  # one run for both, and two where it cannot
    assert both[0].entries == notes.entries and both[0].output == notes.output
    assert both[1].entries == bibliography.entries and both[1].output == bibliography.output
    assert both[0].problems == notes.problems and both[1].problems == bibliography.problems
    dashes = [e.text for e in both[1].entries if e.id.startswith("shelton")]
    assert sum(text.startswith("——") for text in dashes) >= 11


def test_each_collision_group_goes_whole_to_one_run():
    items = clashing_items(40)
    order = [item["id"] for item in reversed(items)]  # not the input order
    ranked = paired.ranked_items(items, order, "call-number")
    rank = {item["id"]: n for n, item in enumerate(items)}
    runs = paired.paired_runs(ranked, rank, "call-number", 6)
    cited = [item["id"] for _, run_cited, _ in runs for item in run_cited]
    assert sorted(cited) == sorted(rank)  # each item cited in exactly one run
    for held, run_cited, listed in runs:
        keys = {groups.collision_key(item) for item in run_cited}
        assert all(
            groups.collision_key(item) not in keys or item in run_cited
            for other in runs if other[1] is not run_cited for item in other[1]
        )
        assert [item["id"] for item in held] == sorted(
            (item["id"] for item in held), key=rank.__getitem__
        )  # input order
        ranks = {item["id"]: item["call-number"] for item in held}
        listed_ranks = [ranks[i] for i in listed]
        extra = [ranks[i] for i in ranks if i not in listed]
        assert all(e > max(listed_ranks) for e in extra)  # the extras come after
    parts = [sorted(listed, key=order.index) for _, _, listed in runs]
    assert [i for part in parts[:1] for i in part] == order[: len(parts[0])]
    for before, after in zip(parts, parts[1:], strict=False):
        assert before[-1] == after[0]  # each part starts where the last one ended


def test_other_styles_and_formats_render_twice():
    items = clashing_items(30)
    for style, to in (("apa", "text"), ("oscola", "html")):
        notes, bibliography = rendering.render_notes_and_bibliography(items, style=style, to=to)
        assert notes.mode == "notes" and bibliography.mode == "bibliography"
        assert notes.output == rendering.render(items, style=style, mode="notes", to=to).output
        assert bibliography.output == rendering.render(items, style=style, to=to).output
