"""`citekit lang detect|hangul|romanize`: one input per line on stdin, one output per line."""

from __future__ import annotations

import io
import sys

import pytest

from citekit.cli import main


def run(monkeypatch, capsys, data: bytes, *args: str) -> tuple[int, str, str]:  # noqa: ANN001
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = main(["lang", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_romanize_one_line_per_input(monkeypatch, capsys) -> None:
    code, out, _ = run(monkeypatch, capsys, "신라\n\n독립문\n".encode(), "romanize")
    assert code == 0
    assert out.splitlines() == ["Silla", "", "Dongnimmun"]


def test_romanize_system_and_mode(monkeypatch, capsys) -> None:
    code, out, _ = run(
        monkeypatch, capsys, "이승만\n".encode(), "romanize", "--system", "mr", "--mode", "name"
    )
    assert (code, out) == (0, "Yi Sŭng-man\n")


def test_hangul_and_detect(monkeypatch, capsys) -> None:
    assert run(monkeypatch, capsys, "韓美 法學\n".encode(), "hangul")[1] == "한미 법학\n"
    out = run(monkeypatch, capsys, "北核 대응\nThe Wanting Seed\n\n".encode(), "detect")[1]
    assert out.splitlines() == ["ko", "en", "und"]


def test_undecodable_input_is_a_clear_error(monkeypatch, capsys) -> None:
    code, out, err = run(monkeypatch, capsys, b"\xff\xfe\xfa\n", "hangul")
    assert code == 2
    assert "<stdin>" in err and "UTF-8" in err
    assert "Traceback" not in err and out == ""


def test_unknown_system_is_a_usage_error(monkeypatch, capsys) -> None:
    with pytest.raises(SystemExit) as stop:
        run(monkeypatch, capsys, b"x\n", "romanize", "--system", "yale")
    assert stop.value.code == 2
