"""Report formats: grouped text (plain or coloured), JSON and SARIF."""

from __future__ import annotations

import json

from check_support import run
from conftest import EXAMPLES

from citekit.check.registry import rules
from citekit.check.writers import WRITERS

FINDINGS = run((EXAMPLES / "refs.txt").read_text(encoding="utf-8"))


def test_text_groups_by_reference_and_colours_only_when_asked():
    plain = WRITERS["text"](FINDINGS)
    assert plain.count("refs.txt line ") == 4
    assert "\033[" not in plain
    assert plain.rstrip().endswith("4 errors, 11 warnings, 0 info; 10 fixable with --fix")
    coloured = WRITERS["text"](FINDINGS, colour=True)
    assert "\033[31merror  \033[0m" in coloured


def test_json_round_trips_every_finding():
    report = json.loads(WRITERS["json"](FINDINGS))
    assert len(report["findings"]) == len(FINDINGS)
    first = report["findings"][0]
    assert first["location"] == {"file": "refs.txt", "line": 1, "column": 52, "item_id": "hong2023"}
    assert first["fix"] == {
        "description": "write the date as OSCOLA does",
        "old": "February 7, 2023",
        "new": "7 February 2023",
    }


def test_sarif_describes_rules_and_locates_results():
    sarif = json.loads(WRITERS["sarif"](FINDINGS))
    run_ = sarif["runs"][0]
    driver_rules = run_["tool"]["driver"]["rules"]
    assert [r["id"] for r in driver_rules] == list(rules())
    result = run_["results"][0]
    assert driver_rules[result["ruleIndex"]]["id"] == result["ruleId"] == "date-form"
    assert result["level"] == "warning"
    region = result["locations"][0]["physicalLocation"]["region"]
    assert region == {"startLine": 1, "startColumn": 52}
    replacement = result["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"]["endColumn"] == 52 + len("February 7, 2023")
    assert {r["level"] for r in run_["results"]} == {"error", "warning"}


def test_every_rule_has_a_known_family_and_severity():
    families = {"urls", "dois", "dates", "date_form", "hygiene", "citations", "online"}
    for rule in rules().values():
        assert rule.family in families and rule.severity in ("error", "warning", "info")
