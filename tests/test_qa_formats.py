"""QA: BibTeX crossrefs, as JabRef and hand-kept .bib files use them."""

from __future__ import annotations

from citekit.formats import read_library

BIB = """
@inproceedings{lee2020, crossref={proc2020}, title={Paper}, author={Lee, S}, pages={5--9}}
@proceedings{proc2020, title={Proceedings of the Korean Law Forum}, year=2020,
  editor={Park, J}, publisher={Hanul}}
@inproceedings{orphan, crossref={elsewhere}, title={Orphan}, year=2019}
"""


def test_crossref_children_take_what_they_lack_from_the_parent() -> None:
    result = read_library(BIB, "refs.bib")
    child = result.items[0]
    assert child["title"] == "Paper"
    assert child["container-title"] == "Proceedings of the Korean Law Forum"
    assert child["issued"] == {"date-parts": [[2020]]}
    assert child["editor"] == [{"family": "Park", "given": "J"}]
    assert child["publisher"] == "Hanul" and child["page"] == "5-9"
    assert child["custom"]["biblatex"]["crossref"] == "proc2020"


def test_a_crossref_to_a_missing_entry_is_a_located_warning() -> None:
    result = read_library(BIB, "refs.bib")
    assert [str(d) for d in result.diagnostics] == [
        "refs.bib:5: warning: crossref 'elsewhere' names no other entry in this file "
        "[bibtex-crossref]"
    ]
    assert result.items[2]["title"] == "Orphan"


def test_a_pasted_references_heading_over_an_informal_list_is_not_yaml() -> None:
    text = 'references:\n\nHong J, "Title" (세계일보, 2023)\n'
    assert read_library(text, "refs.txt") is None
    assert read_library('references:\n- Hong J, "Title" (세계일보, 2023)\n', "refs.txt") is None
    assert read_library("references:\n\n  - id: a\n    title: A\n", "r.yaml").items[0]["id"] == "a"
    assert read_library("references: []\n", "r.yaml").items == []


def test_a_family_name_alone_with_a_space_survives_bibtex() -> None:
    from citekit.formats.bibtex_names import format_names, parse_names

    names = [{"family": "Van Gogh"}, {"family": "X X"}, {"family": "Kim", "given": "E"}]
    assert parse_names(format_names(names)) == names
