"""No false alarms: a clean list of 57 references of our own yields no errors or warnings."""

from __future__ import annotations

import json
from pathlib import Path

from check_support import run

CLEAN = Path(__file__).resolve().parent / "data" / "clean_oscola.txt"


def test_clean_oscola_list_has_no_errors_or_warnings():
    text = CLEAN.read_text(encoding="utf-8")
    assert len([line for line in text.split("\n") if line.strip()]) >= 50
    findings = run(text)
    assert [str(f) for f in findings if f.severity != "info"] == []
    assert {f.rule for f in findings} <= {"url-doi-form"}


def test_clean_list_in_apa_only_reports_date_forms():
    findings = run(CLEAN.read_text(encoding="utf-8"), style="apa")
    assert [f for f in findings if f.severity == "error"] == []
    assert {f.rule for f in findings if f.severity == "warning"} == {"date-form"}


def test_real_reference_strings_raise_no_errors(shared):
    """629 published reference strings (../shared/parse-dev): every finding located, no errors."""
    lines = (shared / "parse-dev" / "dev.jsonl").read_text(encoding="utf-8").splitlines()
    text = "\n".join(json.loads(line)["raw"].replace("\n", " ") for line in lines)
    findings = run(text)
    assert all(f.location.line and f.location.column for f in findings)
    assert [str(f) for f in findings if f.severity == "error"] == []
    assert len([f for f in findings if f.rule == "list-numbering"]) > 100
