"""Rendering problems a tester found on main, each tested at its mechanism.

1-2. Any user id (a space, a ``}``) is rendered and mapped back: pandoc sees internal ids.
3. ``--citations`` reads ``-``, BOMs and CP949 through ``citekit.sources.read_text``.
4. A cited unknown id is a located diagnostic (exit 1), JSON and Markdown alike.
5. A style without ``<bibliography>`` asked for one is an error; an unknown locale warns.
"""

from __future__ import annotations

import io
import json
import sys

import pytest
from seed_items import example_items

from citekit.cli import main
from citekit.errors import StyleError
from citekit.render import CiteItem, Cluster, render, render_citations
from citekit.render.locales import locale_used

ODD_IDS = ["has space", "br}ace", "mixed {both} and ;", "citekit-item-1"]


def odd_items() -> tuple[list[dict], list[dict]]:
    """The four example items with odd user ids, and the same items with plain ids."""
    plain = example_items()
    odd = [{**item, "id": new} for item, new in zip(example_items(), ODD_IDS, strict=True)]
    return odd, plain


def texts_and_ids(rendered) -> tuple[list[str], list[str]]:  # noqa: ANN001
    return [e.text for e in rendered.entries], [e.id for e in rendered.entries]


@pytest.mark.parametrize(("style", "mode"), [("apa", "bibliography"), ("oscola", "notes")])
def test_odd_ids_render_like_plain_ids_and_keep_their_names(style: str, mode: str) -> None:
    odd, plain = odd_items()
    odd_texts, odd_ids = texts_and_ids(render(odd, style=style, mode=mode))
    plain_texts, plain_ids = texts_and_ids(render(plain, style=style, mode=mode))
    assert odd_texts == plain_texts and len(odd_texts) == 4
    rename = {item["id"]: new for item, new in zip(plain, ODD_IDS, strict=True)}
    assert odd_ids == [rename[i] for i in plain_ids]


def test_html_bibliography_anchors_carry_the_user_ids() -> None:
    odd, _ = odd_items()
    html = render(odd, style="apa", to="html").output
    assert 'id="ref-has space"' in html and 'id="ref-br}ace"' in html
    assert "ref-citekit-item-2" not in html


def test_clusters_citing_odd_ids_follow_the_same_sequence_as_plain_ids() -> None:
    """Ibid, ``(n 1)`` and the same-surname twins (three Kims) work through the mapping."""
    odd, plain = odd_items()
    order = [1, 1, 2, 1, 3, 2, 0]

    def sequence(items: list[dict]) -> list:
        ids = [items[i]["id"] for i in order]
        clusters = [Cluster((CiteItem(i),)) for i in ids]
        clusters.append(Cluster((CiteItem(ids[0]), CiteItem(ids[2], locator="4", prefix="see"))))
        return texts_and_ids(render_citations(items, clusters, style="oscola"))

    odd_texts, odd_ids = sequence(odd)
    plain_texts, _ = sequence(plain)
    assert odd_texts == plain_texts
    assert odd_texts[1] == "ibid." and odd_texts[3].endswith("(n 1).")
    assert odd_ids[:3] == [ODD_IDS[1], ODD_IDS[1], ODD_IDS[2]]
    assert odd_ids[-1] == f"{ODD_IDS[1]};{ODD_IDS[2]}"


def test_markdown_citations_of_odd_and_colliding_ids() -> None:
    odd, plain = odd_items()
    ours = render_citations(odd, "[@{has space}, p 3]\n\n[@citekit-item-1]", style="apa")
    theirs = render_citations(
        plain, f"[@{plain[0]['id']}, p 3]\n\n[@{plain[3]['id']}]", style="apa"
    )
    assert texts_and_ids(ours) == (
        texts_and_ids(theirs)[0],
        ["has space", "citekit-item-1"],
    )
    assert ours.diagnostics == []


def test_an_unknown_key_that_looks_internal_cites_nothing() -> None:
    items = example_items()
    rendered = render_citations(items, "[@citekit-item-1]", style="apa")
    assert [d.location.item_id for d in rendered.diagnostics] == ["citekit-item-1"]
    assert "Hong" not in rendered.entries[0].text
    assert rendered.problems == []


def test_format_cli_keeps_every_odd_id(tmp_path, capsys) -> None:
    odd, _ = odd_items()
    refs = tmp_path / "ids.json"
    refs.write_text(json.dumps(odd, ensure_ascii=False), encoding="utf-8")
    code = main(["format", str(refs), "--style", "apa", "--to", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert sorted(e["id"] for e in json.loads(out)["entries"]) == sorted(ODD_IDS)


def write_refs(tmp_path) -> str:  # noqa: ANN001
    refs = tmp_path / "refs.json"
    refs.write_text(json.dumps(example_items(), ensure_ascii=False), encoding="utf-8")
    return str(refs)


def test_citations_from_standard_input(tmp_path, capsys, monkeypatch) -> None:
    refs = write_refs(tmp_path)
    data = json.dumps([["seed_hong2023"], ["seed_hong2023"]]).encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = main(["format", refs, "--style", "oscola", "--citations", "-"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines()[0].startswith("J Hong,") and out.splitlines()[1] == "ibid."


def test_cp949_citations_file_is_decoded(tmp_path, capsys) -> None:
    refs = write_refs(tmp_path)
    cites = tmp_path / "cites.md"
    cites.write_bytes("본문 [@seed_kim_e2023, 쪽 3].\n\n[@seed_hong2023]\n".encode("cp949"))
    code = main(["format", refs, "--style", "apa", "--citations", str(cites)])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert out.splitlines()[1] == "(Hong, 2023)"


def test_undecodable_citations_file_is_a_located_error(tmp_path, capsys) -> None:
    refs = write_refs(tmp_path)
    cites = tmp_path / "cites.md"
    cites.write_bytes(b"[@seed_hong2023] \x80\x81\xfe\xff\x00\x9c")
    code = main(["format", refs, "--style", "apa", "--citations", str(cites)])
    _, err = capsys.readouterr()
    assert code == 2
    assert str(cites) in err and "Traceback" not in err and "codec" not in err


def test_unknown_ids_in_json_and_markdown_are_located_diagnostics(tmp_path, capsys) -> None:
    refs = write_refs(tmp_path)
    as_json = tmp_path / "c.json"
    as_json.write_text(json.dumps([["seed_hong2023"], ["nokey", "seed_kim_s2023"], ["gone"]]))
    code = main(["format", refs, "--style", "oscola", "--citations", str(as_json)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{as_json}: error: citation 2 cites unknown id 'nokey'" in err
    assert "citation 3 cites unknown id 'gone'" in err
    assert [line[:7] for line in out.splitlines()] == ["J Hong,", "S Kim, "]

    as_md = tmp_path / "c.md"
    as_md.write_text("Text [@seed_hong2023].\n\nMore [@nokey; @seed_kim_s2023].\n")
    code = main(["format", refs, "--style", "oscola", "--citations", str(as_md)])
    out, err = capsys.readouterr()
    assert code == 1
    assert f"{as_md}:3: error: unknown id 'nokey'" in err
    assert "not found" not in err  # pandoc's own warning is not repeated
    assert len(out.splitlines()) == 2


NO_BIBLIOGRAPHY = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
  <info><title>Titles and a term</title><id>t</id><updated>2026-01-01T00:00:00Z</updated></info>
  <citation><layout><group delimiter=" "><text variable="title"/><text term="and"/>
  </group></layout></citation>
</style>
"""


def test_style_without_bibliography_refuses_a_bibliography(tmp_path, capsys) -> None:
    style = tmp_path / "cite-only.csl"
    style.write_text(NO_BIBLIOGRAPHY, encoding="utf-8")
    with pytest.raises(StyleError, match="cite-only.csl.*no <bibliography>"):
        render(example_items(), style=str(style))
    assert len(render(example_items(), style=str(style), mode="citations").entries) == 4
    code = main(["format", write_refs(tmp_path), "--style", str(style)])
    _, err = capsys.readouterr()
    assert code == 2 and "--mode citations" in err


def and_term(tmp_path, locale: str) -> tuple[str, list[str]]:  # noqa: ANN001
    style = tmp_path / "and.csl"
    style.write_text(NO_BIBLIOGRAPHY, encoding="utf-8")
    rendered = render(example_items()[:1], style=str(style), mode="citations", locale=locale)
    return rendered.entries[0].text.rsplit(" ", 1)[1], rendered.problems


def test_unknown_locale_warns_with_the_locale_pandoc_uses(tmp_path) -> None:
    term, problems = and_term(tmp_path, "xx-YY")
    assert term == "and"  # pandoc's fallback, as the warning says
    assert problems == ["unknown locale 'xx-YY': pandoc has no such CSL locale, so en-US is used"]
    term, problems = and_term(tmp_path, "de-XX")
    assert term == and_term(tmp_path, "de-DE")[0] == "und"
    assert problems == ["unknown locale 'de-XX': pandoc has no such CSL locale, so de-DE is used"]
    assert and_term(tmp_path, "de-AT")[1] == []
    assert and_term(tmp_path, "fr")[1] == []


def test_locale_table_primary_dialects() -> None:
    assert [locale_used(code) for code in ("pt", "pt-br", "zh", "en-ZZ", "ko", "qq")] == [
        "pt-PT",
        "pt-BR",
        "zh-CN",
        "en-US",
        "ko-KR",
        "en-US",
    ]
