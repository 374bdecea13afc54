"""`citekit parse` end to end: outputs, exit codes and messages for bad inputs."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import EXAMPLES

from citekit.cli import main


def run(argv: list[str], capsys) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_jsonl_has_one_object_per_non_blank_line(tmp_path, capsys) -> None:
    source = tmp_path / "refs.txt"
    text = (
        '1. Hong J, "First title" (Segye Ilbo, 7 February 2023)\n\n  \n'
        '[2] Kim E, "Second title" (Chosun Ilbo, 8 February 2023)\n'
        '- Kim S, "Third title" (Seoul Economic Daily, 9 February 2023)\n'
    )
    source.write_text(text, encoding="utf-8")
    code, out, _ = run(["parse", str(source), "--to", "jsonl"], capsys)
    assert code == 0
    objects = [json.loads(line) for line in out.splitlines()]
    assert [obj["id"] for obj in objects] == ["hong2023", "kim2023a", "kim2023b"]
    assert [obj["title"] for obj in objects] == ["First title", "Second title", "Third title"]
    assert all(obj.get("type") for obj in objects)


def test_csl_json_output_is_a_list(capsys) -> None:
    code, out, _ = run(["parse", str(EXAMPLES / "refs.txt")], capsys)
    assert code == 0
    items = json.loads(out)
    assert isinstance(items, list)
    assert len(items) == 4


def test_output_file_is_written_and_stdout_stays_empty(tmp_path, capsys) -> None:
    out_file = tmp_path / "items.json"
    code, out, _ = run(["parse", str(EXAMPLES / "refs.txt"), "-o", str(out_file)], capsys)
    assert code == 0
    assert out == ""
    assert len(json.loads(out_file.read_text(encoding="utf-8"))) == 4


def test_missing_file_exits_2_naming_it(tmp_path, capsys) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run(["parse", str(missing)], capsys)
    assert code == 2
    assert out == ""
    assert str(missing) in err and "no such file" in err
    assert "Traceback" not in err


def test_empty_file_warns_and_outputs_an_empty_list(tmp_path, capsys) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run(["parse", str(empty)], capsys)
    assert code == 0
    assert json.loads(out) == []
    assert "empty" in err and str(empty) in err


def test_binary_file_exits_2(tmp_path, capsys) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    code, out, err = run(["parse", str(binary)], capsys)
    assert code == 2
    assert out == ""
    assert str(binary) in err


def test_cp949_file_is_read(tmp_path, capsys) -> None:
    source = tmp_path / "korean.txt"
    source.write_bytes("홍길동, 「한국 법학의 역사」, 『法學』 24 (2004).\n".encode("cp949"))
    code, out, _ = run(["parse", str(source), "--to", "jsonl"], capsys)
    assert code == 0
    item = json.loads(out)
    assert "한국 법학의 역사" in json.dumps(item, ensure_ascii=False)


def test_ten_thousand_lines_give_ten_thousand_objects(tmp_path, capsys) -> None:
    lines = [f"Author{n} A, Title number {n} (Publisher {2000 + n % 20})" for n in range(10_000)]
    source = tmp_path / "big.txt"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, out, _ = run(["parse", str(source), "--to", "jsonl"], capsys)
    assert code == 0
    objects = out.splitlines()
    assert len(objects) == 10_000
    ids = [json.loads(line)["id"] for line in objects]
    assert len(set(ids)) == 10_000
    assert ids[-1].startswith("author9999")


def test_stdin_and_usage_errors() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "citekit", "parse", "-", "--to", "jsonl"],
        input=b"Hong J, Title (2023)\n",
        capture_output=True,
        check=False,
    )
    assert done.returncode == 0
    assert len(done.stdout.decode().splitlines()) == 1
    bad = subprocess.run(
        [sys.executable, "-m", "citekit", "parse", "-", "--to", "xml"],
        capture_output=True,
        check=False,
    )
    assert bad.returncode == 2
    assert b"invalid choice" in bad.stderr


@pytest.mark.parametrize("command", ["parse", "format"])
def test_every_command_has_help(command: str, capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main([command, "--help"])
    assert exited.value.code == 0
    assert "usage: citekit" in capsys.readouterr().out


def test_parse_output_validates_against_csl_schema(shared, capsys) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((shared / "csl" / "csl-data.json").read_text(encoding="utf-8"))
    code, out, _ = run(["parse", str(EXAMPLES / "refs.txt")], capsys)
    assert code == 0
    jsonschema.validate(json.loads(out), schema)


def test_numbered_list_in_brackets_is_not_taken_for_json(tmp_path, capsys) -> None:
    source = tmp_path / "refs.txt"
    source.write_text("[1] Hong J, First (2023)\n[2] Kim E, Second (2022)\n", encoding="utf-8")
    code, out, err = run(["parse", str(source), "--to", "jsonl"], capsys)
    assert code == 0, err
    assert len(out.splitlines()) == 2


def test_malformed_csl_json_names_file_and_line(tmp_path, capsys) -> None:
    source = tmp_path / "items.json"
    source.write_text('[\n  {"id": "a", "title": "T"},\n  {"id": "b",, }\n]\n', encoding="utf-8")
    code, out, err = run(["parse", str(source)], capsys)
    assert code == 2
    assert f"{source}:3" in err


def test_unparsable_reference_is_reported_and_the_others_still_used(tmp_path, capsys) -> None:
    from citekit.pipeline import load

    source = tmp_path / "refs.txt"
    source.write_text('Hong J, "Title one" (Segye Ilbo, 7 February 2023)\n)))(((\n', encoding="utf-8")
    loaded = load(str(source))
    assert loaded.failed == [1]
    assert [item["id"] for item in loaded.parsed_items] == ["hong2023"]
    code, out, err = run(["format", str(source), "--style", "oscola"], capsys)
    assert code == 1
    assert out == "Hong J, ‘Title One’ Segye Ilbo (7 February 2023)\n"
    assert f"{source}:2" in err and "parse-failed" in err
