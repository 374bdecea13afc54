"""Bounded pandoc runs give exactly the output of one run: a note style's first cites in
chunks of whole collision groups, and the sort-key run on only the fields its keys read."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
from conftest import SHARED

engine = importlib.import_module("citekit.render")
groups = importlib.import_module("citekit.render.groups")
order = importlib.import_module("citekit.render.order")
styles = importlib.import_module("citekit.render.styles")
pandoc = importlib.import_module("citekit.render.pandoc")
PLAIN = {"plain_cites": pandoc.plain_cites, "plain_bibliography": pandoc.plain_bibliography}

EXTRA = Path(__file__).parent / "data" / "render_corpus_extra.json"


def clashing_items(count: int) -> list[dict]:
    """Items where every third shares the surname of the one before, with other given
    names (citekit's twins for OSCOLA's ``disambiguate`` branch), and every fifth a
    co-author; a few authorless items share a title."""
    items = []
    for index in range(count):
        base = index - 1 if index % 3 == 0 and index else index
        item = {
            "id": f"n{index}",
            "type": ("book", "article-journal", "chapter")[index % 3],
            "author": [{"family": f"Family{base:03d}", "given": "ABCDEFG"[index % 7]}],
            "title": f"Work {index}",
            "container-title": "Review",
            "publisher": "Press",
            "issued": {"date-parts": [[1990 + index % 30]]},
        }
        if index % 5 == 0:
            item["author"].append({"family": "Second", "given": "Z"})
        if index % 17 == 0:
            del item["author"]
            item["title"] = "Shared title"
        items.append(item)
    return items


def whole_and_chunked(monkeypatch, items, **options):
    monkeypatch.setattr(groups, "NOTE_CHUNK", 10**9)
    whole = engine.render(items, **options)
    runs: list[int] = []
    real = groups.packed

    def counted(found, size):  # type: ignore[no-untyped-def]
        packed = real(found, size)
        runs.append(len(packed))
        return packed

    monkeypatch.setattr(groups, "packed", counted)
    monkeypatch.setattr(groups, "NOTE_CHUNK", 12)
    chunked = engine.render(items, **options)
    assert runs and runs[0] > 3  # it did run in chunks
    return whole, chunked


@pytest.mark.parametrize("style", ["oscola", "oscola-no-ibid"])
def test_note_chunks_equal_one_run_on_clashing_items(monkeypatch, style):
    items = clashing_items(90)
    whole, chunked = whole_and_chunked(monkeypatch, items, style=style, mode="notes")
    assert chunked.output == whole.output
    assert [e.id for e in chunked.entries] == [item["id"] for item in items]
    texts = whole.output
    # two people sharing a surname keep their own full first cites (no ibid between
    # different items)
    assert "ibid" not in texts
    assert "C Family002, " in texts and "D Family002, " in texts


def test_note_chunks_equal_one_run_on_the_corpora(monkeypatch):
    items = json.loads(EXTRA.read_text(encoding="utf-8"))
    if SHARED.is_dir():
        shared = json.loads((SHARED / "render" / "corpus.json").read_text(encoding="utf-8"))
        known = {item["id"] for item in items}
        items += [item for item in shared if item["id"] not in known]
    whole, chunked = whole_and_chunked(monkeypatch, items, style="oscola", mode="notes")
    assert chunked.output == whole.output
    assert chunked.problems == whole.problems


def test_note_chunks_only_where_safe():
    oscola, apa = styles.resolve_style("oscola"), styles.resolve_style("apa")
    many = groups.NOTE_CHUNK + 1
    assert groups.notes_in_chunks(oscola, "notes", "text", many)
    assert groups.notes_in_chunks(oscola, "citations", "json", many)
    assert not groups.notes_in_chunks(oscola, "notes", "text", groups.NOTE_CHUNK)
    assert not groups.notes_in_chunks(oscola, "bibliography", "text", many)
    assert not groups.notes_in_chunks(oscola, "notes", "html", many)  # pandoc's document
    assert not groups.notes_in_chunks(apa, "notes", "text", many)  # grouped instead


def test_sort_variables_follow_the_macros():
    found = order.sort_variables(styles.resolve_style("oscola"))
    assert {"author", "editor", "title", "issued"} <= found
    assert "title-short" in found and "shortTitle" in found
    assert "page" not in found and "URL" not in found and "container-title" not in found
    apa = order.sort_variables(styles.resolve_style("apa"))
    assert {"status", "volume", "part-number", "event-date", "title"} <= apa


@pytest.mark.parametrize("style", ["oscola", "apa"])
def test_key_run_on_sort_fields_gives_the_same_order(monkeypatch, style):
    """The key run of only the fields the keys read orders the items as the key run of
    whole items (extra corpus, shared corpus, clashing synthetic items)."""
    items = json.loads(EXTRA.read_text(encoding="utf-8")) + clashing_items(60)
    if SHARED.is_dir():
        shared = json.loads((SHARED / "render" / "corpus.json").read_text(encoding="utf-8"))
        known = {item["id"] for item in items}
        items += [item for item in shared if item["id"] not in known]
    resolved = styles.resolve_style(style)
    stripped = order.fixed_order(items, resolved, None, None)
    kept = order.key_fields(items, resolved)
    assert sum(len(item) for item in kept) < sum(len(item) for item in items)
    monkeypatch.setattr(order, "key_fields", lambda found, _style: found)
    assert order.fixed_order(items, resolved, None, None) == stripped
    assert sorted(stripped) == sorted(item["id"] for item in items)


def plain_and_lua(monkeypatch, items, **options):
    """The render with entries from pandoc's plain writer, and with the Lua writer."""
    name = "plain_bibliography" if options.get("mode", "bibliography") == "bibliography" else "plain_cites"
    used: list[bool] = []
    real = PLAIN[name]

    def counted(*args):  # type: ignore[no-untyped-def]
        found = real(*args)
        used.append(found is not None)
        return found

    monkeypatch.setattr(pandoc, name, counted)
    quick = engine.render(items, **options)
    assert used and all(used)  # the plain writer did the work
    monkeypatch.setattr(pandoc, name, lambda *args: None)
    return quick, engine.render(items, **options)


def _writer_free(item: dict) -> bool:
    """No text the Lua writer repairs: ASCII only (no Hangul names, no hidden title
    quotation marks), no number field of several words."""
    text = json.dumps(item, ensure_ascii=False)
    numbers = [str(item.get(f, "")) for f in ("number", "section", "volume", "issue")]
    return text.isascii() and '\\"' not in text and not any(" " in n for n in numbers)


@pytest.mark.parametrize("style", ["oscola", "oscola-no-ibid"])
def test_plain_writer_notes_equal_the_lua_writers(monkeypatch, style):
    items = [item for item in json.loads(EXTRA.read_text(encoding="utf-8")) if _writer_free(item)]
    items += clashing_items(40)
    assert len(items) > 150
    for to in ("text", "json"):
        quick, lua = plain_and_lua(monkeypatch, items, style=style, mode="notes", to=to)
        assert quick.output == lua.output
        assert quick.problems == lua.problems


@pytest.mark.parametrize("grouped", [False, True])
def test_plain_writer_in_text_citations_equal_the_lua_writers(monkeypatch, grouped):
    """APA's in-text citations, one plain run and in collision groups (year suffixes and
    initials for shared surnames)."""
    monkeypatch.setattr(groups, "GROUPING_THRESHOLD", 0 if grouped else 10**9)
    items = [item for item in json.loads(EXTRA.read_text(encoding="utf-8")) if _writer_free(item)]
    items += clashing_items(40)
    for to in ("text", "json"):
        quick, lua = plain_and_lua(monkeypatch, items, style="apa", mode="citations", to=to)
        assert quick.output == lua.output
        assert quick.problems == lua.problems
    assert "(G. Family002" in quick.output or "(C. Family002" in quick.output


@pytest.mark.parametrize("style", ["oscola", "apa"])
def test_plain_writer_bibliography_equals_the_lua_writers(monkeypatch, style):
    """Including the repeated-author dash (OSCOLA), year suffixes and empty entries (APA)."""
    items = [item for item in json.loads(EXTRA.read_text(encoding="utf-8")) if _writer_free(item)]
    items += clashing_items(40)
    for to in ("text", "json"):
        quick, lua = plain_and_lua(monkeypatch, items, style=style, to=to)
        assert quick.output == lua.output
        assert quick.problems == lua.problems
    texts = quick.output
    assert ("——" in texts) if style == "oscola" else ("a)" in texts or "a." in texts)


def test_an_empty_entry_goes_to_the_lua_writer(monkeypatch):
    """APA prints no personal communication: the Lua writer leaves it out, with pandoc's
    warning, which the marked run would not give."""
    calls: list[bool] = []
    real = PLAIN["plain_bibliography"]
    monkeypatch.setattr(
        pandoc, "plain_bibliography", lambda *a: calls.append(True) or real(*a)
    )
    items = clashing_items(5) + [
        {"id": "talk", "type": "personal_communication", "author": [{"family": "Q"}]}
    ]
    done = engine.render(items, style="apa")
    assert calls and "talk" not in [entry.id for entry in done.entries]
    assert any("talk" in problem for problem in done.problems)
    assert len(done.entries) == 5


@pytest.mark.parametrize("attribute", ['delimiter="; "', 'suffix="."'])
def test_marked_style_refuses_a_layout_delimiter_or_suffix(tmp_path, attribute):
    text = styles.resolve_style("oscola").path.read_text(encoding="utf-8")
    at = text.index("<layout", text.index("<bibliography"))
    odd = tmp_path / "odd.csl"
    odd.write_text(text[:at] + f"<layout {attribute}" + text[at + len("<layout") :])
    assert pandoc.marked_style(styles.resolve_style(str(odd)), tmp_path) is None
    marked = pandoc.marked_style(styles.resolve_style("oscola"), tmp_path)
    assert marked is not None and pandoc.ENTRY_MARK in marked.path.read_text(encoding="utf-8")


def test_plain_writer_notes_only_without_repairs(monkeypatch):
    """An item whose title has its own quotation marks (hidden from pandoc) sends its run
    to the Lua writer, which puts them back."""
    calls: list[int] = []
    real = PLAIN["plain_cites"]
    monkeypatch.setattr(pandoc, "plain_cites", lambda *a: calls.append(1) or real(*a))
    item = {"id": "q", "type": "book", "title": "The ‘new’ law", "author": [{"family": "Ko"}]}
    out = engine.render([item], style="oscola", mode="notes").output
    assert "Ko, The ‘New’ Law." in out  # the title's own marks, put back by the writer
    assert not calls
    engine.render([{**item, "title": "The old law"}], style="oscola", mode="notes")
    assert calls


def test_unguarded_is_the_writers_unguard():
    guard = "\u2060"
    assert pandoc.unguarded(f"{guard} A Smith, Title") == "A Smith, Title"
    assert pandoc.unguarded(f"{guard}See A Smith") == "See A Smith"
    assert pandoc.unguarded(f"x{guard} y") == "x y"
    assert pandoc.unguarded(f"a {guard}{guard} b") == "a b"
    assert pandoc.unguarded("no guard  here") == "no guard  here"


def test_unguarded_takes_a_short_cut_only_where_the_words_agree():
    import random

    guard = "\u2060"
    pieces = [guard, " ", "  ", "a", "b.", "\n", "\t", "\u00a0", "\u2003"]
    rng = random.Random(15)
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        text = guard + " " + text if rng.random() < 0.5 else text
        assert pandoc.unguarded(text) == pandoc.unguarded_words(text), repr(text)
