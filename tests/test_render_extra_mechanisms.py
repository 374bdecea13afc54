"""The mechanisms added so rendering generalises beyond the shared corpus (docs/rendering.md)."""

from __future__ import annotations

import importlib

from citekit.model import make_date
from citekit.render import order, prepare
from citekit.render.clusters import NOTE_GUARD, guard_markdown_citations

engine = importlib.import_module("citekit.render")


def _act(ident: str, **fields) -> dict:
    return {"id": ident, "type": "legislation", "issued": make_date(2020), **fields}


def test_one_identifier_keeps_a_singular_label_in_apa():
    items = [
        _act("si", title="A Regulations 2020", number="SI 2020/361"),
        _act("two", title="B Act 2020", number="12 & 14"),
        _act("sch", title="C Act 2020", section="sch 1"),
    ]
    texts = {e.id: e.text for e in engine.render(items, style="apa").entries}
    assert texts["si"] == "A Regulations 2020, Pub. L. No. SI 2020/361 (2020)."
    assert texts["two"] == "B Act 2020, Pub. L. Nos. 12 & 14 (2020)."
    assert texts["sch"] == "C Act 2020, § sch 1 (2020)."
    assert prepare.NUMBER_JOINER not in "".join(texts.values())


def test_join_identifiers_leaves_lists_and_ranges_alone():
    joined = prepare.join_identifiers(
        [{"id": "a", "number": "Cm 9148", "section": "41-43", "volume": "3 and 4"}]
    )[0]
    assert joined["number"] == "Cm" + prepare.NUMBER_JOINER + "9148"
    assert joined["section"] == "41-43" and joined["volume"] == "3 and 4"


def test_name_suffix_period_follows_the_styles_initials():
    book = {
        "id": "k",
        "type": "book",
        "title": "Why we can't wait",
        "author": [{"family": "King", "given": "Martin Luther", "suffix": "Jr."}],
        "publisher": "Harper & Row",
        "issued": make_date(1964),
    }
    oscola = engine.render([book], style="oscola").entries[0].text
    apa = engine.render([book], style="apa").entries[0].text
    assert oscola == "King ML Jr, Why We Can’t Wait (Harper & Row 1964)"
    assert apa.startswith("King, M. L., Jr. (1964).")


def test_prefix_opening_a_footnote_gets_a_capital():
    items = [
        {
            "id": "b",
            "type": "book",
            "title": "Natural law",
            "issued": make_date(1980),
            "author": [{"family": "Finnis", "given": "John"}],
            "publisher": "Clarendon Press",
        }
    ]
    clusters = engine.clusters_from_json([{"items": [{"id": "b", "prefix": "see"}]}])
    note = engine.render_citations(items, clusters, style="oscola").entries[0].text
    assert note == "See John Finnis, Natural Law (Clarendon Press 1980)."
    guarded = guard_markdown_citations("Text [see @b, p 4] and [@b] or [a link](x@y.z).")
    assert guarded == f"Text [{NOTE_GUARD} See @b, p 4] and [{NOTE_GUARD} @b] or [a link](x@y.z)."


def test_hangul_given_names_lose_the_initial_period_in_apa_citations():
    items = [
        {
            "id": f"k{i}",
            "type": "book",
            "title": f"책 {i}",
            "issued": make_date(2020 + i),
            "author": [{"family": "김", "given": given}],
            "publisher": "박영사",
        }
        for i, given in enumerate(["지훈", "하연"])
    ]
    cites = [e.text for e in engine.render(items, style="apa", mode="citations").entries]
    assert cites == ["(김지훈, 2020)", "(김하연, 2021)"]


def test_short_cite_clash_needs_the_whole_name_list():
    def article(ident, *names):
        return {"id": ident, "author": [{"family": f, "given": g} for f, g in names]}

    items = [
        article("a", ("박", "수진"), ("최", "원석")),
        article("b", ("박", "지은")),
        article("c", ("Yoon", "Ji-hoon")),
        article("d", ("Yoon", "Mi-rae")),
    ]
    twins = {twin["id"] for twin in prepare.name_clash_twins(items)}
    assert twins == {prepare.TWIN_PREFIX + "c", prepare.TWIN_PREFIX + "d"}


def test_collation_copies_drop_punctuation_and_initialise():
    item = {
        "id": "o",
        "title": 'The <span class="nocase">war</span> on "terror"',
        "author": [{"family": "O’Neill", "given": "Soo-jin"}, {"family": "김", "given": "지훈"}],
    }
    copy = order.collation_copies([item], initials=True)[0]
    assert copy["title"] == "The war on terror"
    assert copy["author"] == [
        {"family": "ONeill", "given": "S"},
        {"family": "김", "given": "지훈"},
    ]
    assert item["author"][0]["family"] == "O’Neill"  # the original is untouched


def test_bibliography_order_ignores_apostrophes():
    items = [
        {
            "id": f"r{i}",
            "type": "book",
            "title": f"T{i}",
            "issued": make_date(2000),
            "author": [name],
        }
        for i, name in enumerate(
            [
                {"family": "O'Neill", "given": "A"},
                {"literal": "OECD"},
                {"literal": "Office for National Statistics"},
            ]
        )
    ]
    for style in ("apa", "oscola"):
        assert [e.id for e in engine.render(items, style=style).entries] == ["r1", "r2", "r0"]


def test_apa_initials_for_first_authors_sharing_a_surname():
    """APA 7 8.20: Lee J and Lee M differ by initials, so every Lee gets them, even the
    two J Lees that initials cannot tell apart; they sort by date, as in citeproc-js."""

    def article(ident, given, year):
        return {
            "id": ident,
            "type": "article-journal",
            "title": f"T {ident}",
            "container-title": "J",
            "issued": make_date(year),
            "author": [{"family": "Lee", "given": given}],
        }

    items = [
        article("a", "Jae-won", 2020),
        article("b", "Ji-hoon", 2021),
        article("c", "Min", 2019),
    ]
    cites = [e.text for e in engine.render(items, style="apa", mode="citations").entries]
    assert cites == ["(J. Lee, 2020)", "(J. Lee, 2021)", "(M. Lee, 2019)"]
    bib = [e.id for e in engine.render(items, style="apa").entries]
    assert bib == ["a", "b", "c"]
    assert prepare.initial_letters("Jean-Paul") == "J-P"
    assert prepare.initial_letters("Soo-jin") == "S"
    assert prepare.initial_letters("지훈") == "지훈"


def test_number_joiner_never_reaches_any_output_format():
    report = {
        "id": "r",
        "type": "report",
        "title": "Strategy",
        "author": [{"family": "Home Office"}],
        "number": "Cm 9148",
        "publisher": "HMSO",
        "issued": make_date(2015),
    }
    for to in ("text", "html", "markdown", "latex", "rtf"):
        for mode in ("bibliography", "notes"):
            output = engine.render([report], style="oscola", to=to, mode=mode).output
            assert "Cm 9148" in output and prepare.NUMBER_JOINER not in output
            assert "57344" not in output  # RTF's escape of the joiner


def test_oscola_dash_stands_for_the_same_person_in_any_role():
    shelton = [{"family": "Shelton", "given": "Dinah"}]
    items = [
        {
            "id": "hb",
            "type": "book",
            "editor": shelton,
            "title": "Handbook",
            "publisher": "OUP",
            "issued": make_date(2013),
        },
        {
            "id": "ch",
            "type": "chapter",
            "author": shelton,
            "title": "Introduction",
            "container-title": "Handbook",
            "editor": shelton,
            "publisher": "OUP",
            "issued": make_date(2013),
        },
        {
            "id": "rm",
            "type": "book",
            "author": shelton,
            "title": "Remedies",
            "publisher": "OUP",
            "issued": make_date(2015),
        },
        {
            "id": "zh",
            "type": "book",
            "editor": shelton,
            "title": "Zeta handbook",
            "publisher": "OUP",
            "issued": make_date(2016),
        },
        {
            "id": "ot",
            "type": "book",
            "editor": [{"family": "Shelton", "given": "Ann"}],
            "title": "Other",
            "publisher": "OUP",
            "issued": make_date(2017),
        },
    ]
    texts = [e.text for e in engine.render(items, style="oscola").entries]
    assert texts == [
        "Shelton A (ed), Other (OUP 2017)",
        "Shelton D (ed), Handbook (OUP 2013)",
        "——, ‘Introduction’ in Dinah Shelton (ed), Handbook (OUP 2013)",
        "——, Remedies (OUP 2015)",
        "—— (ed), Zeta Handbook (OUP 2016)",
    ]
    html = engine.render(items, style="oscola", to="html").output
    assert "—— (ed), <em>Zeta Handbook</em>" in html
