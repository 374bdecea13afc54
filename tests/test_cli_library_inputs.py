"""`--library` lets check, links and cite read the local library instead of a file."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES

from citekit.cli import main


@pytest.fixture
def library(tmp_path, capsys) -> str:  # noqa: ANN001
    path = str(tmp_path / "library.sqlite")
    assert main(["library", "import", str(EXAMPLES / "refs.txt"), "--tag", "demo", "--library", path, "-q"]) == 0
    capsys.readouterr()
    return path


def test_check_reads_the_library(library: str, capsys) -> None:
    code = main(["check", "--library", library, "--tag", "demo", "--style", "oscola", "--to", "json"])
    out = capsys.readouterr().out
    assert code in (0, 1)
    assert "url-missing" in out


def test_check_fix_refuses_the_library(library: str, capsys) -> None:
    assert main(["check", "--library", library, "--fix"]) == 2
    assert "--library" in capsys.readouterr().err


def test_file_and_library_together_is_a_usage_error(library: str, capsys) -> None:
    assert main(["check", str(EXAMPLES / "refs.txt"), "--library", library]) == 2
    assert "not both" in capsys.readouterr().err


def test_cite_takes_references_from_the_library(library: str, tmp_path, capsys) -> None:
    article = tmp_path / "article.md"
    article.write_text("As reported [@hong2023].\n", encoding="utf-8")
    assert main(["cite", str(article), "--library", library, "--style", "apa", "-q"]) == 0
    out = capsys.readouterr().out
    assert "(Hong, 2023)" in out
    assert "세계일보" in out


def test_links_with_a_library_of_no_urls_checks_nothing(library: str, capsys) -> None:
    assert main(["links", "--library", library, "--no-cache", "--to", "jsonl"]) == 0
    assert capsys.readouterr().out.strip() == ""
