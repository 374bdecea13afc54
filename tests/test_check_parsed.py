"""The checks give the same findings whether the parser filled the items or not."""

from __future__ import annotations

from check_support import TODAY
from conftest import EXAMPLES

from citekit.check import check
from citekit.pipeline import load_text


def parsed_like(item: dict, raw: str) -> dict:
    """An item as a real parser would make it from one example line (residue cleaned)."""
    family, given = raw.split(",")[0].split()
    title = raw.split('"', 1)[1].rsplit('" (', 1)[0].replace("출처", "")
    outlet = raw.rsplit(" (", 1)[1].split(",")[0]
    return {
        "id": item["id"],
        "type": "article-newspaper",
        "author": [{"family": family, "given": given}],
        "title": title,
        "container-title": outlet,
        "issued": {"date-parts": [[2023, 2, 7]]},
        "accessed": {"date-parts": [[2023, 2, 8]]},
    }


def test_parsed_items_give_the_same_findings_as_raw_text():
    text = (EXAMPLES / "refs.txt").read_text(encoding="utf-8")
    plain = load_text(text, "refs.txt")
    parsed = load_text(text, "refs.txt")
    parsed.items = [
        parsed_like(i, r.raw) for i, r in zip(parsed.items, parsed.references, strict=True)
    ]
    doc = EXAMPLES / "article.md"
    expected = check(plain, text=text, doc=doc, today=TODAY)
    found = check(parsed, text=text, doc=doc, today=TODAY)
    assert [str(f) for f in found] == [str(f) for f in expected]
    assert len(found) == 16
