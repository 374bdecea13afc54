"""Issue 14, rendering: what a new user saw wrong in the output, one test per class."""

from __future__ import annotations

import pytest

from citekit import api
from citekit.formats import read_library
from citekit.render import CiteItem, Cluster
from citekit.render.adjust import labelled_edition
from citekit.render.sentence_case import sentence_case

BIB = r"""
@article{cumings,
  author = {Cumings, Bruce}, year = {1997}, volume = {3}, pages = {1--20},
  title = {Korea's Place in the Sun: A Modern History of the {Korean} War in {East Asia}},
  journal = {Journal of Asian Studies},
}
@book{lee,
  author = {Lee, Hyun}, year = {2005}, publisher = {Oxford University Press},
  title = {Transitional Justice in East Asia and the Role of NGOs}, edition = {Updated},
}
@incollection{park,
  author = {Park, Ji}, year = {2010}, publisher = {Routledge}, pages = {5--9},
  editor = {Smith, Anne},
  title = {The Politics of {Memory} after the Cold War},
  booktitle = {Reconciliation and Justice in Northeast Asia},
}
@book{choi,
  author = {Choi, Min}, year = {2012}, publisher = {Hart}, edition = {Revised and Expanded},
  title = {Why I Study Law: An Essay on {Seoul} and the United Nations},
}
"""


def items():
    return read_library(BIB, "refs.bib").items


@pytest.mark.parametrize("to", ["markdown", "html", "latex"])
def test_no_case_protection_markup_in_any_format(to: str) -> None:
    out = api.render(items(), style="oscola", to=to).output
    for mode in ("notes",):
        out += api.render(items(), style="oscola", to=to, mode=mode).output
    assert "nocase" not in out
    assert "{in}" not in out and "{the}" not in out
    assert "the Sun" in out and "of the Korean War" in out


def test_user_nocase_spans_do_not_leak_either() -> None:
    item = {
        "id": "x",
        "type": "book",
        "title": 'On <span class="nocase">iPhone</span> Law in the Courts',
        "author": [{"family": "Roe", "given": "A"}],
        "issued": {"date-parts": [[2020]]},
    }
    for to in ("markdown", "html"):
        out = api.render([item], style="apa", to=to).output
        assert "nocase" not in out and "iPhone" in out


def test_footnote_prefix_starts_with_a_capital() -> None:
    clusters = [
        Cluster((CiteItem("cumings", prefix="see"),)),
        Cluster((CiteItem("lee", prefix="cf"), CiteItem("park", prefix="see also"))),
        Cluster((CiteItem("cumings", locator="3", prefix="see generally"),)),
    ]
    notes = [e.text for e in api.render(items(), style="oscola", clusters=clusters).entries]
    assert notes[0].startswith("See Bruce Cumings")
    assert notes[1].startswith("Cf Hyun Lee") and "; see also Ji Park" in notes[1]
    assert notes[2].startswith("See generally Cumings (n 1) 3")


def test_markdown_footnote_prefix_capitalised_and_ibid_kept() -> None:
    text = "A [see @cumings, p 3]. B [@cumings, p 4]. C [cf @lee; see @park]."
    notes = [e.text for e in api.render(items(), style="oscola", clusters=text).entries]
    assert notes[0].startswith("See Bruce Cumings")
    assert notes[1] == "ibid 4."  # the style's own lower-case term is not touched
    assert notes[2].startswith("Cf Hyun Lee") and "; see Ji Park" in notes[2]


def test_apa_sentence_case_for_bibtex_titles() -> None:
    texts = {e.id: e.text for e in api.render(items(), style="apa").entries}
    assert (
        "Korea’s place in the sun: A modern history of the Korean War in East Asia."
        in (texts["cumings"])
    )
    assert "Journal of Asian Studies" in texts["cumings"]  # a journal keeps title case
    assert "Transitional justice in East Asia and the role of NGOs" in texts["lee"]
    assert "The politics of Memory after the Cold War" in texts["park"]
    assert "Reconciliation and justice in Northeast Asia" in texts["park"]
    assert "Why I study law: An essay on Seoul and the United Nations" in texts["choi"]


def test_title_case_styles_keep_bibtex_titles() -> None:
    texts = {e.id: e.text for e in api.render(items(), style="oscola").entries}
    assert "Transitional Justice in East Asia and the Role of NGOs" in texts["lee"]
    assert "The Politics of Memory after the Cold War" in texts["park"]


@pytest.mark.parametrize(
    ("title", "protected", "expected"),
    [
        ("Human Rights in North Korea", [], "Human rights in North Korea"),
        ("A Study of DNA Evidence", ["DNA"], "A study of DNA evidence"),
        ("Courts — The Next Step", [], "Courts — The next step"),
        ("Non-Governmental Organisations in Seoul", [], "Non-governmental organisations in Seoul"),
        ("The iPhone and the Law", [], "The iPhone and the law"),
        ("What Next? Reform in Japan and China", [], "What next? Reform in Japan and China"),
        ("Politics of Grace in Law", ["Grace"], "Politics of Grace in law"),
    ],
)
def test_sentence_case_rules(title: str, protected: list[str], expected: str) -> None:
    assert sentence_case(title, protected) == expected


def test_edition_in_words_gets_the_style_label() -> None:
    apa = {e.id: e.text for e in api.render(items(), style="apa").entries}
    oscola = {e.id: e.text for e in api.render(items(), style="oscola").entries}
    assert "(Updated ed.)" in apa["lee"]
    assert "(Revised and Expanded ed.)" in apa["choi"]
    assert "(Updated edn, Oxford University Press 2005)" in oscola["lee"]


@pytest.mark.parametrize(
    ("edition", "expected"),
    [
        ("Updated", "Updated ed."),
        ("2", "2"),
        ("2nd", "2nd"),
        ("rev edn", "rev edn"),
        ("Revised ed.", "Revised ed."),
        ("개정판", "개정판"),
        ("3rd edition", "3rd edition"),
    ],
)
def test_labelled_edition(edition: str, expected: str) -> None:
    assert labelled_edition(edition, "ed.") == expected


KOREAN_DATES = [
    {
        "id": "day",
        "type": "article-newspaper",
        "title": "북한 인권",
        "container-title": "조선일보",
        "author": [{"family": "김", "given": "철수"}],
        "issued": {"date-parts": [[2023, 3, 5]]},
    },
    {
        "id": "month",
        "type": "article-journal",
        "title": "인권",
        "container-title": "법학",
        "author": [{"family": "박", "given": "민수"}],
        "issued": {"date-parts": [[2021, 6]]},
    },
    {
        "id": "range",
        "type": "webpage",
        "title": "보도",
        "URL": "https://example.kr",
        "author": [{"family": "최", "given": "유진"}],
        "issued": {"date-parts": [[2022, 12, 25], [2023, 1, 3]]},
    },
    {
        "id": "days",
        "type": "article-newspaper",
        "title": "회의",
        "container-title": "한겨레",
        "author": [{"family": "정", "given": "민"}],
        "issued": {"date-parts": [[2020, 11, 14], [2020, 11, 16]]},
    },
]


def test_korean_locale_days_carry_il_in_every_style() -> None:
    apa = {e.id: e.text for e in api.render(KOREAN_DATES, style="apa", locale="ko-KR").entries}
    assert "(2023, 3월 5일)" in apa["day"]
    assert "12월 25일–1월 3일" in apa["range"]
    assert "11월 14–16일" in apa["days"]
    oscola = {
        e.id: e.text for e in api.render(KOREAN_DATES, style="oscola", locale="ko-KR").entries
    }
    assert "(2023년 3월 5일)" in oscola["day"]  # the locale's text form: 년 월 일
    assert "2022년 12월 25일–2023년 1월 3일" in oscola["range"]
    assert "2021" in oscola["month"] and "일" not in oscola["month"]


def test_english_locale_days_untouched() -> None:
    texts = [e.text for e in api.render(KOREAN_DATES, style="apa").entries]
    assert any("(2023, March 5)" in t for t in texts)
    assert not any("일)" in t for t in texts)


@pytest.mark.parametrize(("to", "style"), [("md", "oscola"), ("html", "apa"), ("tex", "oscola")])
def test_cite_documents_have_no_case_markup_and_follow_the_style(to: str, style: str) -> None:
    from citekit.documents import cite_document

    text = "Claim [@cumings; @lee]. More [@park].\n"
    out = cite_document(text, items(), style=style, to=to).output
    out = out.decode("utf-8") if isinstance(out, bytes) else out
    assert "nocase" not in out and "{in}" not in out
    if style == "apa":
        assert "Transitional justice in East Asia" in out and "Updated ed." in out
