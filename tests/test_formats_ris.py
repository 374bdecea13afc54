"""RIS in and out: KCI/RISS/DBpia-style records, malformed files, what RIS cannot hold."""

from __future__ import annotations

import re

from conftest import ROOT

from citekit.formats import read_library, write_library

DATA = ROOT / "tests" / "data"
_ALIASES = {"JO": "T2", "T1": "TI"}


def _read(name: str):
    return read_library((DATA / name).read_text("utf-8"), name)


def test_database_ris_reads_korean_records() -> None:
    result = _read("kci-riss-dbpia.ris")
    assert result.format == "ris"
    assert result.diagnostics == []
    kci, riss, dbpia, news = result.items
    assert kci["type"] == "article-journal"
    assert kci["author"] == [{"literal": "김은중"}, {"family": "Lee", "given": "Minho"}]
    assert kci["container-title"] == "통일법연구"
    assert kci["page"] == "1-30"
    assert kci["issued"] == {"date-parts": [[2021]]}
    assert kci["language"] == "ko"
    assert kci["ISSN"] == "1598-2408"
    assert kci["keyword"] == "북한이탈주민, 인권"
    assert kci["abstract"] == "이 논문은 북한이탈주민의 법적 지위를\n헌법과 국제법의 관점에서 검토한다."
    assert riss["type"] == "thesis" and riss["genre"] == "박사학위논문"
    assert riss["publisher-place"] == "서울"
    assert dbpia["container-title"] == "Korean Journal of International Law"
    assert dbpia["issued"] == {"date-parts": [[2020, 5, 1]]}
    assert dbpia["accessed"] == {"date-parts": [[2023, 2, 8]]}
    assert dbpia["custom"]["ris"] == {"C1": ["DBpia-NODE09312345"]}
    assert news["type"] == "article-newspaper"


def _lines(text: str) -> set[tuple[str, str]]:
    pairs = set()
    for tag, value in re.findall(r"^([A-Z][A-Z0-9])  - (.+)$", text, re.MULTILINE):
        if tag not in ("LA", "PY", "DA", "Y2", "ER", "LB"):
            pairs.add((_ALIASES.get(tag, tag), value.strip()))
    return pairs


def test_database_ris_tags_all_come_back() -> None:
    original = (DATA / "kci-riss-dbpia.ris").read_text("utf-8")
    written = write_library(_read("kci-riss-dbpia.ris").items, "ris")
    assert written.diagnostics == []
    again = _lines(written.text)
    missing = {pair for pair in _lines(original) if pair not in again and pair[0] != "AB"}
    assert missing == set()
    assert "DA  - 2020/05/01" in written.text and "Y2  - 2023/02/08" in written.text


def test_malformed_ris_is_reported_by_line_and_the_rest_read() -> None:
    result = _read("malformed.ris")
    assert [(d.rule, d.location.line) for d in result.diagnostics] == [
        ("ris-malformed", 1),
        ("ris-malformed", 7),
        ("ris-bad-date", 12),
        ("ris-malformed", 15),
    ]
    titles = [item["title"] for item in result.items]
    assert titles == ["First Record", "Record Without End", "Bad Date Record", "Last Record"]
    assert result.items[2]["custom"]["ris"] == {"PY": ["sometime"]}
    assert result.items[3]["issued"] == {"date-parts": [[2022, 3, 4]]}


def test_what_ris_cannot_hold_is_named() -> None:
    item = {
        "id": "t1",
        "type": "treaty",
        "title": "ICCPR",
        "issued": {"date-parts": [[1966, 12, 16], [1966, 12, 19]]},
    }
    written = write_library([item], "ris")
    assert "TY  - GEN" in written.text
    assert [d.location.item_id for d in written.diagnostics] == ["t1"]
    assert "issued, type (treaty)" in written.diagnostics[0].message
