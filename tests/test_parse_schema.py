"""Every item the parser makes is valid CSL-JSON (schema read from ../shared; skipped if absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.parse import parse_reference

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = ROOT.parent / "shared" / "csl" / "csl-data.json"
REFERENCES = [
    *(ROOT / "examples" / "refs.txt").read_text(encoding="utf-8").splitlines(),
    "Donoghue v Stevenson [1932] AC 562 (HL)",
    "대법원 2019. 5. 30. 선고 2016다12345 판결",
    "Human Rights Act 1998, s 3",
    "M. J. C. Smith, \"Wing-Drive Mechanism\". USA Patent 8181907, 22 May 2012.",
    "Kim, J. A talk. Conference on Law, Seoul, 3-5 June 2019.",
    "Freidson, E. (1984 [1970]), La profession médicale, Paris, Payot.",
    "Statistics Office, 「노동 통계」 [Labour Statistics], 5 May 2020.",
    "Ray, B. “Tides.” Ocean Letters 4, no. 2 (Spring 2010): 1-5.",
    "정보통신정책연구원 (2020). 인공지능 윤리 가이드라인 연구. 연구보고서 20-05.",
    "Altman, T. (2009). Family law. Journal of Family Law, 23, 194. Retrieved January 22, 2010, "
    "from LexisNexis AU.",
    "2020, 12(3), 4-5.",
]


def test_items_validate_against_the_csl_json_schema() -> None:
    if not SCHEMA.exists():
        pytest.skip("../shared/csl/csl-data.json is not available")
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    items = [parse_reference(raw, item_id=f"r{i}").item for i, raw in enumerate(REFERENCES)]
    validator = jsonschema.validators.validator_for(schema)(schema)
    errors = [f"{list(e.path)}: {e.message}" for e in validator.iter_errors(items)]
    assert errors == []
    assert len(items) == len(REFERENCES)
