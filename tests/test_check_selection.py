"""check as ruff users expect: --select/--ignore/--extend-select, suppression comments and
custom.citekit-ignore, --exit-zero, --statistics, a --fix summary a re-check agrees with,
--color and NO_COLOR, and the project configuration."""

from __future__ import annotations

import json
import re

import pytest
from conftest import EXAMPLES

from citekit.check.selection import expand
from citekit.cli import main
from citekit.errors import UsageError

REFS = (EXAMPLES / "refs.txt").read_text("utf-8")


def _rules(capsys) -> list[str]:
    return [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]]


@pytest.fixture
def refs(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "refs.txt"
    path.write_text(REFS, "utf-8")
    return path


def test_codes_name_rules_families_and_prefixes() -> None:
    assert expand(["url-http"]) == {"url-http"}
    assert "url-empty" in expand(["urls"]) and "doi-syntax" not in expand(["urls"])
    assert expand(["date-form"]) == {"date-form", "date-form-mixed"}
    with pytest.raises(UsageError, match="no check rule"):
        expand(["nothing-like-it"])


def test_select_ignore_and_extend_select(refs, capsys) -> None:
    assert main(["check", str(refs), "--to", "json"]) == 1
    every = _rules(capsys)
    assert {"url-empty", "date-form"} <= set(every)
    main(["check", str(refs), "--to", "json", "--select", "urls"])
    assert set(_rules(capsys)) == {"url-empty"}
    main(["check", str(refs), "--to", "json", "--ignore", "url-empty,date-form"])
    assert not {"url-empty", "date-form"} & set(_rules(capsys))
    main(["check", str(refs), "--to", "json", "--select", "urls", "--extend-select", "hygiene"])
    assert set(_rules(capsys)) == {"url-empty", "double-space", "outlet-case", "title-residue"}
    assert main(["check", str(refs), "--select", "bogus"]) == 2


def test_suppression_comment_and_custom_field(refs, tmp_path, capsys) -> None:
    lines = REFS.split("\n")
    refs.write_text("\n".join(["# citekit: ignore[url-empty]", *lines]), "utf-8")
    main(["check", str(refs), "--to", "json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    assert [f["location"]["line"] for f in found if f["rule"] == "url-empty"] == [3, 4, 5]
    refs.write_text("\n".join(["% citekit: ignore", *lines]), "utf-8")
    main(["check", str(refs), "--to", "json"])
    found = json.loads(capsys.readouterr().out)["findings"]
    assert found and all(f["location"]["line"] != 2 for f in found)
    items = [{"id": "a", "type": "webpage", "title": "T", "URL": "http://example.org/x",
              "custom": {"citekit-ignore": ["access-date-missing"]}},
             {"id": "b", "type": "webpage", "title": "U", "URL": "http://example.org/y"}]
    data = tmp_path / "items.json"
    data.write_text(json.dumps(items, indent=1), "utf-8")
    main(["check", str(data), "--to", "json", "--select", "access-date-missing"])
    assert len(_rules(capsys)) == 1


def test_exit_zero_and_statistics(refs, capsys) -> None:
    assert main(["check", str(refs), "--exit-zero"]) == 0
    capsys.readouterr()
    main(["check", str(refs), "--statistics"])
    out = capsys.readouterr().out
    assert re.search(r"^\s+8  date-form .*\(8 fixable\)$", out, re.MULTILINE)
    assert out.strip().endswith("15 findings")


def test_fix_summary_agrees_with_a_recheck(refs, tmp_path, capsys) -> None:
    fixed = tmp_path / "fixed.txt"
    main(["check", str(refs), "--fix", "-o", str(fixed)])
    summary = capsys.readouterr().out.strip().splitlines()[-1]
    main(["check", str(fixed)])
    again = capsys.readouterr().out.strip().splitlines()[-1]
    assert summary.startswith(again) and summary.endswith("10 fixed")


def test_color_choices_and_no_color(refs, capsys, monkeypatch) -> None:
    main(["--color", "always", "check", str(refs)])
    assert "\033[" in capsys.readouterr().out
    main(["--color", "never", "check", str(refs)])
    assert "\033[" not in capsys.readouterr().out
    main(["check", "--color", "always", str(refs)])
    assert "\033[" in capsys.readouterr().out
    monkeypatch.setenv("NO_COLOR", "1")
    main(["check", str(refs)])
    assert "\033[" not in capsys.readouterr().out


def test_project_configuration(refs, tmp_path, capsys, monkeypatch) -> None:
    sub = tmp_path / "chapters"
    sub.mkdir()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[tool.citekit]\nstyle = "apa"\nkeys = "bbt"\n'
        '[tool.citekit.check]\nignore = ["date-form"]\n', "utf-8")
    monkeypatch.chdir(sub)
    main(["check", str(refs), "--to", "json"])
    assert "date-form" not in _rules(capsys)
    assert main(["config", "--to", "json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["file"] == str(tmp_path / "pyproject.toml")
    by_key = {row["setting"]: row for row in shown["settings"]}
    assert by_key["style"]["value"] == "apa" and by_key["style"]["from"] == shown["file"]
    assert by_key["locale"]["from"] == "default"
    (sub / "citekit.toml").write_text('style = "oscola"\n', "utf-8")  # the closest wins
    main(["config", "--to", "json"])
    assert json.loads(capsys.readouterr().out)["file"] == str(sub / "citekit.toml")
    (sub / "citekit.toml").write_text('colour = "red"\n', "utf-8")
    assert main(["config"]) == 2
    assert "unknown setting 'colour'" in capsys.readouterr().err
