"""Sort keys that render empty go last without printing the keys (``render/empty_keys.py``)."""

from __future__ import annotations

import copy
import importlib
import json
import subprocess
from pathlib import Path
from xml.etree.ElementTree import Element, SubElement, fromstring

import pytest
from conftest import SHARED
from test_render_chunks import clashing_items
from test_render_ranked import same_author_items

empty_keys = importlib.import_module("citekit.render.empty_keys")
order = importlib.import_module("citekit.render.order")
order_chunks = importlib.import_module("citekit.render.order_chunks")
pandoc = importlib.import_module("citekit.render.pandoc")
styles = importlib.import_module("citekit.render.styles")

DATA = Path(__file__).parent / "data"
CSL = styles.CSL


def corpus() -> list[dict]:
    """Cases and statutes (OSCOLA's author key renders nothing for them), Korean and
    other sources, a repeated author, shared surnames; the shared corpus where present."""
    items = json.loads((DATA / "legal_corpus.json").read_text(encoding="utf-8"))
    items += json.loads((DATA / "render_corpus_extra.json").read_text(encoding="utf-8"))
    if SHARED.is_dir():
        items += json.loads((SHARED / "render" / "corpus.json").read_text(encoding="utf-8"))
    items += same_author_items(8) + clashing_items(60)
    unique: dict[str, dict] = {}
    for item in items:
        unique.setdefault(item["id"], item)
    return list(unique.values())


@pytest.mark.parametrize("style", ["oscola", "oscola-manual"])
def test_each_indicator_prints_0_exactly_where_its_key_renders(tmp_path, style):
    """Pandoc prints each macro key beside its indicator, for every item (one key per run:
    a variable a key substitutes is not printed again in the same entry)."""
    resolved = styles.resolve_style(style)
    found = empty_keys.indicator_macros(copy.deepcopy(styles._root(resolved.path)))
    assert found  # OSCOLA's author keys can render nothing
    items = corpus()
    refs = tmp_path / "items.json"
    refs.write_text(pandoc.items_json(items), encoding="utf-8")
    empty = 0
    for position, indicator in found.items():
        root = copy.deepcopy(styles._root(resolved.path))
        key = list(root.find(f"{CSL}bibliography/{CSL}sort").iterfind(f"{CSL}key"))[position]
        root.append(indicator)
        layout = root.find(f"{CSL}bibliography/{CSL}layout")
        layout.clear()
        SubElement(layout, f"{CSL}text", macro=indicator.get("name"))
        SubElement(layout, f"{CSL}text", value="=")
        SubElement(layout, f"{CSL}text", macro=key.get("macro"))
        path = tmp_path / f"key{position}.csl"
        styles.write_copy(root, path)
        done = subprocess.run(
            [pandoc.pandoc_path(), "--citeproc", f"--bibliography={refs}", f"--csl={path}",
             "--to=plain", "--wrap=none"],
            input=b"---\nnocite: '@*'\n---\n", capture_output=True, check=True,
        )
        entries = [e for e in done.stdout.decode("utf-8").split("\n\n") if e.strip()]
        assert len(entries) == len(items)
        for entry in entries:
            mark, _, text = entry.partition("=")
            assert mark == ("0" if text.strip() else "1"), (position, entry)
            empty += not text.strip()
    assert empty > 10  # the corpus has keys that render nothing


@pytest.mark.parametrize("style", ["oscola", "oscola-manual"])
def test_runs_without_printed_keys_give_the_order_the_printed_keys_give(monkeypatch, style):
    items = corpus()
    resolved = styles.resolve_style(style)
    monkeypatch.setattr(order_chunks, "KEY_CHUNK", 40)  # many runs, bounded
    proven: list[bool] = []
    real = order_chunks.bounded_order

    def spy(*args, **options):
        found = real(*args, **options)
        proven.append((options.get("again", True), found is not None))
        return found

    monkeypatch.setattr(order_chunks, "bounded_order", spy)
    quiet = order.fixed_order(items, resolved, None, None)
    assert proven == [(False, True)]  # the runs that print no keys were enough
    text = order.key_text
    monkeypatch.setattr(order, "key_text", lambda s, quiet=False: None if quiet else text(s))
    assert order.fixed_order(items, resolved, None, None) == quiet
    whole = order.order_from_keys(resolved, *order.key_run(items, resolved, None, None))
    assert quiet == whole  # and one run of every item, keys printed, agrees


def _macros(xml: str) -> empty_keys.Analysis:
    root = fromstring(f'<style xmlns="{CSL[1:-1]}">{xml}</style>')
    return empty_keys.Analysis({m.get("name"): m for m in root.iterfind(f"{CSL}macro")})


def test_what_the_analysis_reads_and_what_it_leaves_to_printed_keys():
    analysis = _macros(
        '<macro name="who"><names variable="author"><name/><substitute>'
        '<names variable="editor"/><text variable="title"/></substitute></names></macro>'
        '<macro name="kind"><choose><if type="book"><text value="1"/></if>'
        '<else-if variable="URL"><group><text value="online "/><text variable="URL"/></group>'
        "</else-if></choose></macro>"
        '<macro name="numeric"><choose><if is-numeric="volume"><text value="v"/></if></choose>'
        "</macro>"
        '<macro name="mixed"><group><text value="x"/><choose><if type="book">'
        '<text value="b"/></if><else><text variable="title"/></else></choose></group></macro>'
    )
    who = analysis.sequence(list(analysis.macros["who"]))
    assert who == ("or", (("vars", ("author",)), ("vars", ("editor",)), ("vars", ("title",))))
    kind = analysis.sequence(list(analysis.macros["kind"]))
    assert kind[0] == "choose" and kind[2] == ("const", False)  # no else: nothing
    for name in ("numeric", "mixed"):  # a test on a value; a group whose variable is optional
        with pytest.raises(empty_keys.Unknown):
            analysis.sequence(list(analysis.macros[name]))
    holder = Element("macro")
    empty_keys.emit(who, holder, [Element("t", value="0")], [Element("t", value="1")])
    text = "".join(e.get("value") or e.get("variable") or "" for e in holder.iter())
    assert text.count("0") == 3 and text.count("1") == 1  # each variable, then nothing


def test_a_style_that_cannot_be_read_keeps_its_printed_keys():
    apa = styles.resolve_style("apa")  # its author key's groups depend on conditions
    assert order.key_text(apa, quiet=True) is None
    assert order.key_text(apa) is not None


def test_a_date_key_counts_only_where_it_prints_the_year():
    analysis = _macros(
        '<macro name="year"><date variable="issued"><date-part name="year"/></date></macro>'
        '<macro name="day"><date variable="issued" form="text" date-parts="month-day"/></macro>'
    )
    assert analysis.sequence(list(analysis.macros["year"])) == ("vars", ("issued",))
    with pytest.raises(empty_keys.Unknown):  # an item with only a year prints nothing
        analysis.sequence(list(analysis.macros["day"]))
