"""Many items: long-lived pandoc processes serve the runs, and the output is unchanged."""

from __future__ import annotations

import importlib

import pytest

import citekit

engine = importlib.import_module("citekit.render.engine")
pandoc = importlib.import_module("citekit.render.pandoc")
resident = importlib.import_module("citekit.render.resident")
groups = importlib.import_module("citekit.render.groups")
ranked = importlib.import_module("citekit.render.ranked")
order_chunks = importlib.import_module("citekit.render.order_chunks")


def make_items(count: int) -> list[dict]:
    """Books and articles; every seventh author shares the previous one's surname."""
    return [
        {
            "id": f"item{index}",
            "type": ("book", "article-journal")[index % 2],
            "author": [{"family": f"Surname{index - (index % 7 == 0 and index > 0):03d}",
                        "given": "ABCDEFG"[index % 7]}],
            "title": f"Work number {index}",
            "container-title": "Journal of Tests",
            "issued": {"date-parts": [[1990 + index % 30]]},
        }
        for index in range(count)
    ]


@pytest.mark.parametrize("style,mode", [("oscola", "bibliography"), ("oscola", "notes"),
                                        ("apa", "bibliography"), ("apa", "citations")])
def test_many_items_render_alike_with_and_without_long_lived_pandoc(monkeypatch, style, mode):
    items = make_items(80)
    for module, name in ((groups, "NOTE_CHUNK"), (groups, "CHUNK_SIZE"),
                         (groups, "GROUPING_THRESHOLD"), (order_chunks, "KEY_CHUNK"),
                         (ranked, "BIBLIOGRAPHY_CHUNK")):
        monkeypatch.setattr(module, name, 15)  # runs of a few items, as for many
    monkeypatch.setattr(engine, "MANY_RUNS", 10**9)
    fresh = citekit.render(items, style=style, mode=mode)
    served = []
    real = resident.ResidentPandoc.__call__

    def counted(self, arguments, document):
        done = real(self, arguments, document)
        served.append(done is not None)
        return done

    monkeypatch.setattr(resident.ResidentPandoc, "__call__", counted)
    monkeypatch.setattr(engine, "MANY_RUNS", 20)
    pooled = citekit.render(items, style=style, mode=mode)
    assert served and any(served)
    assert pandoc.RUNNER is None  # the pool is gone with the render
    assert pooled.output == fresh.output


def test_long_lived_pandoc_runs_with_a_small_heap_unless_told_otherwise(monkeypatch):
    monkeypatch.delenv("GHCRTS", raising=False)
    assert pandoc.pandoc_environment(long_lived=True)["GHCRTS"] == pandoc.SMALL_HEAP
    assert "GHCRTS" not in pandoc.pandoc_environment()  # a one-off run: pandoc's own heap
    monkeypatch.setenv("GHCRTS", "-H32m")
    assert pandoc.pandoc_environment(long_lived=True)["GHCRTS"] == "-H32m"
    assert pandoc.pandoc_environment()["GHCRTS"] == "-H32m"


@pytest.mark.parametrize("paired", [False, True])
def test_the_long_lived_processes_are_gone_before_the_entries_are_made(monkeypatch, paired):
    """The render's Python memory peaks while it makes the entries: by then pandoc's
    processes are closed, so the two peaks do not add up."""
    items = make_items(40)
    for module, name in ((groups, "NOTE_CHUNK"), (groups, "CHUNK_SIZE"),
                         (groups, "GROUPING_THRESHOLD"), (order_chunks, "KEY_CHUNK"),
                         (ranked, "BIBLIOGRAPHY_CHUNK")):
        monkeypatch.setattr(module, name, 15)
    monkeypatch.setattr(engine, "MANY_RUNS", 20)
    pools: list[object] = []
    started = resident.ResidentPandoc.__init__

    def kept(self, *args, **kwargs):
        started(self, *args, **kwargs)
        pools.append(self)

    monkeypatch.setattr(resident.ResidentPandoc, "__init__", kept)
    seen: list[tuple] = []
    real = engine._Job.rendered

    def rendered(self, *args, **kwargs):
        seen.append((pandoc.RUNNER, [pool._closed for pool in pools]))
        return real(self, *args, **kwargs)

    monkeypatch.setattr(engine._Job, "rendered", rendered)
    if paired:
        importlib.import_module("citekit.render").render_notes_and_bibliography(
            items, style="oscola", to="text"
        )
    else:
        citekit.render(items, style="oscola")
    assert pools and seen
    assert all(runner is None and all(closed) for runner, closed in seen)
