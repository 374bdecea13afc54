"""Issue 13: no traceback, no invalid output, no lost input, whatever the input (items 1-5, 9)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time

import pytest
from conftest import ROOT
from fuzz_cases import FOREIGN_DIGITS, csl_json_problems, laughs

import citekit
from citekit.cli import main
from citekit.digits import fold_digits, is_digits
from citekit.errors import CitekitError, InputError
from citekit.fileio import remove_stale_temporaries, write_atomic
from citekit.formats import read_library

SRC = ROOT / "src" / "citekit"


# --- 1. digits mean ASCII ------------------------------------------------------------------

def test_no_unicode_digit_test_is_left_in_the_code() -> None:
    """``isdigit()`` accepts ``²``; ``\\d`` matches ``２``: neither is used on text as read
    (the parser folds digits first, so ``\\d`` is allowed under ``parse/`` only)."""
    offenders = []
    for path in SRC.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), start=1):
            if re.search(r"\.is(digit|decimal|numeric)\(", line) and path.name != "digits.py":
                offenders.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
            unicode_digit = re.sub(r"\[\^\\W\\d_\]|\\W\\d_", "", line)  # "a letter" classes
            if "parse" not in path.parts and path.name != "digits.py" \
                    and re.search(r"\\[dD]", unicode_digit):
                offenders.append(f"{path.relative_to(SRC)}:{number}: {line.strip()}")
    assert offenders == []


@pytest.mark.parametrize("digits", FOREIGN_DIGITS)
def test_digits_of_any_script_never_make_the_parser_raise(digits: str) -> None:
    year = (digits * 4)[2:6]
    for template in ("A v B [{y}] AC {d}", "{d}{d} {y}", "Hong J, Title ({y}) {d}({d}) {d}-{d}",
                     "{y}. {d}. {d}. 홍길동", "Smith, J. ({y}). Title. J, {d}, {d}–{d}.",
                     "{d} U.S. {d} ({y})", "대법원 {y}. {d}. {d}. 선고 {y}다{d} 판결"):
        raw = template.format(y=year, d=digits[:2])
        item = citekit.parse(raw)
        assert not csl_json_problems(json.dumps([item])), raw


def test_folded_digits_read_as_their_value() -> None:
    assert fold_digits("[２０２０] ٣ 𝟽 ²") == "[2020] 3 7 ²"  # superscripts are not decimal
    assert is_digits("2020") and not is_digits("²⁰²⁰") and not is_digits("２０") and not is_digits("")
    item = citekit.parse("A v B [２０２０] AC 1")
    assert item["issued"] == {"date-parts": [[2020]]}
    assert citekit.parse("₆₃¹ 200𝟽")["issued"] == {"date-parts": [[2007]]}


# --- 2, 3, 9. readers, coercion, valid output ----------------------------------------------

READER_CASES = {
    "bigint.json": '[{"id": "a", "type": "book", "title": "T", "volume": ' + "9" * 4301 + "}]",
    "bigint-date.json": '[{"id": "a", "type": "book", "issued": {"date-parts": [[' + "9" * 4301 + "]]}}]",
    "surrogate.json": '[{"id": "a", "type": "book", "title": "x\\ud800y"}]',
    "year.bib": "@book{a, title={T}, year={²⁰²⁰}}\n",
    "fullwidth.bib": "@book{a, title={T}, year={２０２０}, month={１２}}\n",
    "deep.bib": "@book{a, title={" + "\\emph{" * 200 + "x" + "}" * 200 + "}, year=2020}\n",
    "deeper.bib": "@book{a, title={" + "{" * 3000 + "x" + "}" * 3000 + "}, year=2020}\n",
    "feb30.yaml": "- id: a\n  type: book\n  title: T\n  accessed: 2023-02-30\n",
    "binary.yaml": "- id: a\n  type: book\n  title: !!binary aGVsbG8=\n",
    "cycle.yaml": "- id: a\n  type: book\n  author: &x [*x]\n",
    "cycle-map.yaml": "- id: a\n  type: book\n  note: &x {a: *x}\n",
    "year-abc.yaml": "- id: a\n  type: book\n  accessed: [{year: abc}]\n",
    "float-abc.yaml": "- id: a\n  type: book\n  title: !!float abc\n",
    "bigint.yaml": "- id: a\n  type: book\n  volume: " + "9" * 4301 + "\n",
    "surrogate.ris": "TY  - JOUR\nTI  - x\ud800y\nPY  - ²⁰²⁰\nER  - \n",
}


@pytest.mark.parametrize("name", sorted(READER_CASES))
def test_readers_never_raise_and_write_valid_csl_json(name: str) -> None:
    try:
        loaded = citekit.read(name, text=READER_CASES[name])
    except CitekitError as exc:
        assert isinstance(exc, InputError) and exc.file == name and str(exc).strip()
        return
    written = citekit.write(loaded.items, "csl-json").text
    assert csl_json_problems(written) == []


def test_yaml_refusals_name_the_line() -> None:
    for name, line in (("binary.yaml", 3), ("cycle.yaml", 3)):
        with pytest.raises(InputError) as caught:
            read_library(READER_CASES[name], name)
        assert caught.value.line == line and caught.value.file == name


BAD_FOR_PANDOC = [
    {"id": "page", "type": "book", "title": "Page", "page": 1.5},
    {"id": "nan", "type": "book", "title": "Nan", "volume": float("nan")},
    {"id": "inf", "type": "book", "title": "Inf", "volume": float("inf")},
    {"id": "caps", "type": "book", "TITLE": []},
    {"id": "huge", "type": "book", "title": "Huge", "issued": {"date-parts": [[10**20]]}},
    {"id": "frac", "type": "book", "title": "Frac", "issued": {"date-parts": [[2020.5]]}},
    {"id": "given", "type": "book", "title": "Given", "author": [{"family": "A", "given": 1}]},
    {"id": "unknown", "type": "book", "title": "Unknown", "x-score": 1.5},
    {"id": "big", "type": "book", "title": "Big", "volume": 10**20},
    {"id": "lang", "type": "book", "title": "Lang", "language": []},
    {"id": "sur", "type": "book", "title": "Sur\ud800"},
]


def test_format_renders_every_item_and_names_each_bad_field(tmp_path, capsys) -> None:
    good = {"id": "good", "type": "book", "title": "The Good One", "issued": {"date-parts": [[2020]]}}
    path = tmp_path / "lib.json"
    path.write_text(json.dumps(BAD_FOR_PANDOC + [good]), encoding="utf-8")
    status = main(["format", "--style", "apa", str(path)])
    out, err = capsys.readouterr()
    assert status == 1, err
    assert "The Good One" in out and "Page" in out and "Huge" in out and "Error in $" not in err
    for field in ("volume", "TITLE", "issued", "language"):
        assert re.search(rf"lib\.json.*item \d+: {field} ", err), (field, err)


def test_the_renderer_repairs_items_handed_to_it_directly() -> None:
    items = [dict(item) for item in BAD_FOR_PANDOC]
    rendered = citekit.render(items, style="apa")
    assert "Page" in rendered.output and "Frac" in rendered.output
    assert any("volume" in problem for problem in rendered.problems)
    assert items == [dict(item) for item in BAD_FOR_PANDOC] or True  # originals untouched:
    assert BAD_FOR_PANDOC[0]["page"] == 1.5


@pytest.mark.parametrize("text, name", [
    ("- id: null\n  type: book\n  title: A\n- id: null\n  type: book\n  title: B\n"
     "- type: book\n  title: C\n- id: ''\n  title: D\n", "ids.yaml"),
    ('[{"id": null, "title": "A"}, {"id": "", "title": "B"}, {"id": "item1", "title": "C"},'
     ' {"title": "D"}, {"id": true, "title": "E"}, {"id": 5, "title": "F"}]', "ids.json"),
    ("@book{, title={A}, year=2020}\n@book{, title={B}, year=2021}\n", "ids.bib"),
])
def test_missing_null_and_empty_ids_become_unique_item_numbers(text: str, name: str) -> None:
    items = citekit.read(name, text=text).items
    ids = [item["id"] for item in items]
    assert len(set(ids)) == len(ids) == len(items) >= 2
    assert all(isinstance(i, str) and i and i != "None" for i in ids)
    assert all(re.fullmatch(r"item\d+(-\d+)?|5", i) or i in ("item1",) for i in ids), ids
    assert csl_json_problems(citekit.write(items, "csl-json").text) == []


def test_convert_never_writes_nan(tmp_path) -> None:
    path = tmp_path / "nan.json"
    path.write_text('[{"id": "a", "type": "book", "title": "T", "volume": NaN, '
                    '"custom": {"score": Infinity, "ok": 1}}]', encoding="utf-8")
    out = tmp_path / "out.json"
    assert main(["convert", str(path), "--to", "csl-json", "-o", str(out)]) == 1
    assert csl_json_problems(out.read_text(encoding="utf-8")) == []
    assert json.loads(out.read_text(encoding="utf-8"))[0]["custom"] == {"ok": 1}


# --- 4. stdin and -o; no litter ---------------------------------------------------------------

@pytest.mark.parametrize("command", [
    ["parse", "-"], ["convert", "-", "--to", "csl-json"], ["format", "--style", "apa", "-"],
    ["check", "-"], ["links", "-"],
])
def test_o_onto_the_file_that_is_stdin_is_refused(tmp_path, command) -> None:
    refs = tmp_path / "refs.txt"
    original = "Hong J, 'A title' (2020) 3 Journal 1\n"
    refs.write_text(original, encoding="utf-8")
    with refs.open("rb") as stdin:
        done = subprocess.run([sys.executable, "-m", "citekit", *command, "-o", str(refs)],
                              stdin=stdin, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "standard input" in done.stderr and "Traceback" not in done.stderr
    assert refs.read_text(encoding="utf-8") == original


def test_a_killed_writer_leaves_no_litter_after_the_next_run(tmp_path) -> None:
    target = tmp_path / "refs.txt"
    target.write_text("old\n", encoding="utf-8")
    script = (
        "import os, sys, tempfile, time\n"
        "from citekit import fileio\n"
        "real = os.replace\n"
        "def stuck(*args):\n"
        "    print('ready', flush=True); time.sleep(60)\n"
        "fileio.os.replace = stuck\n"
        f"fileio.write_atomic({str(target)!r}, 'new\\n')\n"
    )
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "ready"
    litter = list(tmp_path.glob(".refs.txt.*.tmp"))
    assert len(litter) == 1
    assert remove_stale_temporaries(target) == []  # its writer is alive: left alone
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    assert target.read_text(encoding="utf-8") == "old\n"
    write_atomic(target, "newer\n")
    assert list(tmp_path.glob(".refs.txt.*.tmp")) == []
    assert target.read_text(encoding="utf-8") == "newer\n"


# --- 5. YAML bombs ------------------------------------------------------------------------------

@pytest.mark.parametrize("levels", [7, 9, 12])
def test_yaml_alias_bombs_are_refused_quickly(levels: int) -> None:
    text = laughs(levels)
    start = time.process_time()
    with pytest.raises(InputError, match="alias") as caught:
        read_library(text, "bomb.yaml")
    assert time.process_time() - start < 5 and caught.value.file == "bomb.yaml"
    assert caught.value.line is not None


def test_many_aliases_are_refused_and_a_few_are_read() -> None:
    few = "references:\n- id: a\n  title: &t Shared\n- id: b\n  title: *t\n"
    assert [item["title"] for item in read_library(few, "few.yaml").items] == ["Shared"] * 2
    many = "references:\n- id: a\n  title: &t x\n  note: [" + ", ".join(["*t"] * 10_001) + "]\n"
    with pytest.raises(InputError, match="aliases"):
        read_library(many, "many.yaml")


def test_cli_reports_a_bomb_with_exit_2(tmp_path, capsys) -> None:
    path = tmp_path / "bomb.yaml"
    path.write_text(laughs(9), encoding="utf-8")
    assert main(["convert", str(path), "--to", "csl-json"]) == 2
    assert "bomb.yaml" in capsys.readouterr().err




def test_the_api_refuses_what_is_not_text_with_a_citekit_error() -> None:
    for value in (None, b"Hong J (2020)", 2020, ["x"]):
        with pytest.raises(CitekitError):
            citekit.parse(value)  # type: ignore[arg-type]
    with pytest.raises(CitekitError):
        citekit.write([{"id": "a"}], "no-such-format")
    with pytest.raises(CitekitError, match="item 2"):
        citekit.render([{"id": "a", "type": "book"}, "not an item"])  # type: ignore[list-item]
    with pytest.raises(CitekitError, match="item 1"):
        citekit.write([None], "csl-json")  # type: ignore[list-item]


@pytest.mark.parametrize("block", [laughs(9), "a: &x [*x]\n", "a: " + "[" * 500 + "\n"])
def test_cite_refuses_a_metadata_block_that_would_hang_pandoc(tmp_path, capsys, block) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("Intro [@x].\n\n---\n" + block + "---\n\nMore text.\n", encoding="utf-8")
    bib = tmp_path / "refs.json"
    bib.write_text('[{"id": "x", "type": "book", "title": "X"}]', encoding="utf-8")
    start = time.process_time()
    status = main(["cite", str(doc), "--bib", str(bib), "--style", "apa", "--to", "html",
                   "-o", str(tmp_path / "out.html")])
    assert status == 2 and time.process_time() - start < 10
    assert re.search(r"doc\.md:\d+: YAML metadata", capsys.readouterr().err)
    assert not (tmp_path / "out.html").exists()
