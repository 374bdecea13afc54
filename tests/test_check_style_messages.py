"""Issue 14: residue inside a title is flagged, messages follow the style in force, and
``citekit format`` ends with a one-line summary when the references have problems."""

from __future__ import annotations

import pytest
from check_support import rules_of, run

from citekit.check import check
from citekit.cli import main

NEWS = (
    "Kim S, {title} (Segye Ilbo, 7 February 2023) <https://www.segye.com/{n}> "
    "accessed 8 February 2023"
)


@pytest.mark.parametrize(
    ("title", "junk"),
    [
        ("'[출처] 조선일보 북한 인권 보고서'", "[출처]"),
        ("'(출처) 연합뉴스 공동 면담'", "(출처)"),
        ("'북한 출처: 연합뉴스 보도'", "출처:"),
        ("'Report on Rights [Source] Yonhap'", "[Source]"),
        ("'가족 면담 [기사원문] 세계일보'", "[기사원문]"),
    ],
)
def test_residue_inside_a_title(title: str, junk: str) -> None:
    [finding] = rules_of(run(NEWS.format(title=title, n=1)), "title-residue")
    assert repr(junk) in finding.message


def test_words_that_only_look_like_residue() -> None:
    for title in ("'출처를 밝히지 않은 보도'", "'정보 출처의 신뢰성'", "'Open Source Law'"):
        assert rules_of(run(NEWS.format(title=title, n=2)), "title-residue") == [], title


PAGE = {"id": "p", "type": "webpage", "title": "Rights", "URL": "https://example.org/p"}


@pytest.mark.parametrize(
    ("style", "expected", "absent"),
    [
        ("oscola", "'accessed 8 February 2023'", "Retrieved"),
        ("apa", "'Retrieved February 8, 2023, from https://…'", "accessed 8"),
    ],
)
def test_access_date_message_follows_the_style(style: str, expected: str, absent: str) -> None:
    [finding] = [f for f in check([PAGE], style=style) if f.rule == "access-date-missing"]
    assert expected in finding.message and absent not in finding.message
    assert finding.message.startswith("OSCOLA" if style == "oscola" else "APA")


BAD = (
    'Kim E, "[출처] 조선일보 북한 인권" (조선일보, 7 February 2023) <https://x.kr/a> '
    "accessed 8 February 2023.\n"
    'Lee J, "Courts and rights" (Yonhap, 7 February 2023) <> accessed 8 February 2023.\n'
    'Park S, "북한 인권 보고서" (연합뉴스, 7 February 2023) <https://x.kr/c> '
    "accessed 8 February 2023.\n"
)


@pytest.mark.parametrize("style", ["oscola", "apa"])
def test_format_ends_with_a_problem_summary(tmp_path, capsys, style: str) -> None:
    refs = tmp_path / "refs.txt"
    refs.write_text(BAD, encoding="utf-8")
    main(["format", str(refs), "--style", style])
    out, err = capsys.readouterr()
    assert "북한 인권" in out  # the references are still rendered
    last = err.strip().splitlines()[-1]
    assert last == f"citekit: 2 references have problems: citekit check {refs}"


def test_no_summary_for_clean_references_or_quiet(tmp_path, capsys) -> None:
    refs = tmp_path / "refs.txt"
    refs.write_text(BAD.split("\n")[2] + "\n", encoding="utf-8")
    main(["format", str(refs), "--style", "oscola"])
    assert "problems" not in capsys.readouterr().err
    refs.write_text(BAD, encoding="utf-8")
    main(["format", str(refs), "--style", "oscola", "-q"])
    assert "problems" not in capsys.readouterr().err
