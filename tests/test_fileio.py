"""Atomic writes: a failed write leaves the previous file untouched."""

from __future__ import annotations

import os

import pytest

from citekit.fileio import write_atomic


def test_write_atomic_writes_text_and_bytes(tmp_path) -> None:
    target = tmp_path / "out.txt"
    write_atomic(target, "한국어\n")
    assert target.read_text(encoding="utf-8") == "한국어\n"
    write_atomic(target, b"\x00\x01")
    assert target.read_bytes() == b"\x00\x01"


def test_failed_write_keeps_old_content_and_leaves_no_temp(tmp_path, monkeypatch) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    def broken_replace(src, dst):  # noqa: ANN001
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        write_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]
