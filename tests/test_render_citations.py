"""Citation clusters: locators, labels, prefixes, author suppression, ibid, (n X), Markdown."""

from __future__ import annotations

import importlib
import json

import pytest
from seed_items import example_items

from citekit.errors import InputError

engine = importlib.import_module("citekit.render")
clusters_mod = importlib.import_module("citekit.render.clusters")
Cluster, CiteItem = engine.Cluster, engine.CiteItem


def items_with_article() -> list[dict]:
    article = {
        "id": "whitfield",
        "type": "article-journal",
        "language": "en",
        "author": [{"family": "Whitfield", "given": "Anne"}],
        "title": "Accountability for crimes against humanity in North Korea",
        "container-title": "Human Rights Law Review",
        "volume": "16",
        "page": "451-478",
        "issued": {"date-parts": [[2016, 9]]},
    }
    return [article, *example_items()]


def test_oscola_note_sequence_ibid_and_cross_reference():
    sequence = [
        Cluster((CiteItem("whitfield", locator="455"),)),
        Cluster((CiteItem("whitfield", locator="460"),)),
        Cluster((CiteItem("seed_kim_e2023"),)),
        Cluster((CiteItem("whitfield", locator="470"),)),
        Cluster((CiteItem("seed_kim_s2023"),)),
        Cluster((CiteItem("seed_kim_e2023"),)),
    ]
    notes = [
        e.text
        for e in engine.render_citations(items_with_article(), sequence, style="oscola").entries
    ]
    assert notes[0] == (
        "Anne Whitfield, ‘Accountability for Crimes against Humanity in North Korea’ (2016) 16"
        " Human Rights Law Review 451, 455."
    )
    assert notes[1] == "ibid 460."  # lower case, as the style's term says
    assert notes[3] == "Whitfield (n 1) 470."
    # E Kim and S Kim share a surname: the short form adds the title, as citeproc-js does
    assert notes[5] == "Kim, ‘韓美, 납북자 가족 공동 면담… “北인권 싸움서 지지 않겠다”’ (n 3)."


def test_labels_prefix_suffix_and_suppressed_author_in_apa():
    cluster = Cluster(
        (
            CiteItem("seed_hong2023", locator="12", label="para", prefix="see"),
            CiteItem("seed_kim_e2023", suppress_author=True, suffix=", emphasis added"),
        )
    )
    rendered = engine.render_citations(example_items(), [cluster], style="apa")
    assert rendered.entries[0].text == "(see Hong, 2023, para. 12; 2023, emphasis added)"
    assert rendered.entries[0].id == "seed_hong2023;seed_kim_e2023"


def test_markdown_citations_with_oscola_short_labels():
    text = "Claim [@whitfield, p 455]. Another [@whitfield, p 460] and [see @seed_hong2023]."
    notes = engine.render_citations(items_with_article(), text, style="oscola").entries
    assert [n.text for n in notes][1:] == [
        "ibid 460.",
        "See J Hong, ‘美, 납북피해 계속 지원… "
        "北과의 인권싸움 물러나지 않을 것’ 세계일보 (7 February 2023).",
    ]
    assert notes[0].text.endswith("Human Rights Law Review 451, 455.")


def test_normalize_markdown_labels_only_inside_citations():
    text = "see p 4 [@a, p 455] [@{b.c}, para 3] [@d, pp. 4-5] [@e, chapter 2]"
    assert clusters_mod.normalize_markdown_labels(text) == (
        "see p 4 [@a, page 455] [@{b.c}, paragraph 3] [@d, page 4-5] [@e, chapter 2]"
    )


def test_read_clusters_json_and_markdown(tmp_path):
    json_file = tmp_path / "c.json"
    json_file.write_text(json.dumps([{"items": [{"id": "x", "locator": 3, "label": "s"}]}, ["y"]]))
    clusters = engine.read_clusters(str(json_file))
    assert clusters == [
        Cluster((CiteItem("x", locator="3", label="section"),)),
        Cluster((CiteItem("y"),)),
    ]
    md_file = tmp_path / "c.md"
    md_file.write_text("Text [@x, p 3].", encoding="utf-8")
    assert engine.read_clusters(str(md_file)) == "Text [@x, page 3]."
    bad = tmp_path / "bad.json"
    bad.write_text('[{"items": [{"locator": 3}]}]')
    with pytest.raises(InputError, match="bad.json"):
        engine.read_clusters(str(bad))
