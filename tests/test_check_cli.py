"""``citekit check`` on the command line: the example, fixes, exit codes, report formats."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from conftest import EXAMPLES

from citekit.cli import main

CLEAN = Path(__file__).resolve().parent / "data" / "clean_oscola.txt"


@pytest.fixture
def refs(tmp_path: Path) -> Path:
    target = tmp_path / "refs.txt"
    shutil.copy(EXAMPLES / "refs.txt", target)
    return target


def findings_json(capsys, *args: str) -> tuple[int, dict]:
    status = main(["check", *args, "--to", "json"])
    return status, json.loads(capsys.readouterr().out)


def test_example_findings(refs, capsys):
    status, report = findings_json(capsys, str(refs), "--doc", str(EXAMPLES / "article.md"))
    rules = [f["rule"] for f in report["findings"]]
    assert status == 1
    assert rules.count("url-empty") == 4
    assert rules.count("date-form") == 8
    assert all("US order" in f["message"] for f in report["findings"] if f["rule"] == "date-form")
    assert rules.count("title-residue") == 1 and rules.count("double-space") == 1
    [outlet] = [f for f in report["findings"] if f["rule"] == "outlet-case"]
    assert "'Voa Korea'" in outlet["message"]
    [ambiguous] = [f for f in report["findings"] if f["rule"] == "citation-ambiguous"]
    assert "matches 3 references" in ambiguous["message"]
    assert report["summary"] == {"error": 5, "warning": 11, "info": 0}


def test_fix_to_output_leaves_input_alone(refs, tmp_path, capsys):
    original = refs.read_bytes()
    out = tmp_path / "fixed.txt"
    status = main(["check", str(refs), "--fix", "-o", str(out)])
    report = capsys.readouterr().out
    assert status == 1  # the empty URLs remain
    assert refs.read_bytes() == original
    fixed = out.read_text(encoding="utf-8")
    assert "(세계일보, 7 February 2023) <> accessed 8 February 2023." in fixed
    assert "February 7, 2023" not in fixed and "출처" not in fixed and "  " not in fixed
    assert "10 fixed" in report


def test_fix_in_place_keeps_a_backup(refs, capsys):
    original = refs.read_bytes()
    assert main(["check", str(refs), "--fix", "--in-place"]) == 1
    assert Path(f"{refs}.bak").read_bytes() == original
    assert "7 February 2023" in refs.read_text(encoding="utf-8")
    capsys.readouterr()
    status, report = findings_json(capsys, str(refs))
    assert {f["rule"] for f in report["findings"]} == {"url-empty", "outlet-case"}


def test_fix_to_stdout_sends_the_report_to_stderr(refs, capsys):
    main(["check", str(refs), "--fix"])
    captured = capsys.readouterr()
    assert captured.out.startswith("Hong J,") and "7 February 2023" in captured.out
    assert "url-empty" in captured.err


def test_clean_list_exits_zero_and_fail_on_warning(tmp_path, capsys):
    assert main(["check", str(CLEAN)]) == 0
    warned = tmp_path / "warned.txt"
    warned.write_text(
        "Kim Y, 'Title' (Voa Korea, 7 February 2023) <https://www.voakorea.com/a/1.html> "
        "accessed 8 February 2023\n",
        encoding="utf-8",
    )
    assert main(["check", str(warned)]) == 0
    assert main(["check", str(warned), "--fail-on", "warning"]) == 1
    capsys.readouterr()


def test_usage_errors_exit_two(refs, tmp_path, capsys):
    assert main(["check", str(refs), "--in-place"]) == 2
    assert main(["check", str(tmp_path / "missing.txt")]) == 2
    assert main(["check", str(refs), "--stale", "soon"]) == 2
    err = capsys.readouterr().err
    assert "--in-place only goes with --fix" in err and "no such file" in err and "soon" in err


def test_report_written_to_output_without_fix(refs, tmp_path, capsys):
    out = tmp_path / "report.sarif"
    assert main(["check", str(refs), "--to", "sarif", "-o", str(out)]) == 1
    sarif = json.loads(out.read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    assert capsys.readouterr().out == ""


def test_fix_keeps_encoding_and_line_endings(tmp_path, capsys):
    source = (EXAMPLES / "refs.txt").read_text(encoding="utf-8")
    refs = tmp_path / "refs-cp949.txt"
    refs.write_bytes(source.replace("\n", "\r\n").encode("cp949"))
    out = tmp_path / "fixed.txt"
    main(["check", str(refs), "--fix", "-o", str(out)])
    capsys.readouterr()
    data = out.read_bytes()
    assert data.count(b"\r\n") == 4
    fixed = data.decode("cp949")
    assert fixed.count("7 February 2023") == 4 and "출처" not in fixed
