"""`citekit library` end to end: import, list, search, export, dedupe, tag, show."""

from __future__ import annotations

import json

import pytest
from conftest import EXAMPLES
from library_helpers import article

from citekit.cli import main


@pytest.fixture
def lib(tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite"
    monkeypatch.setenv("CITEKIT_LIBRARY", str(path))
    return path


def run(argv: list[str], capsys) -> tuple[int, str, str]:  # noqa: ANN001
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write_json(path, items) -> str:
    path.write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_import_then_list_by_tag_as_jsonl(lib, tmp_path, capsys) -> None:
    refs = str(EXAMPLES / "refs.txt")
    other = write_json(
        tmp_path / "other.json", [article("park2020", "Other work", 2020, family="Park")]
    )
    code, _, err = run(["library", "import", refs, other, "--tag", "thesis"], capsys)
    assert code == 0, err
    assert "refs.txt: 4 added" in err and "other.json: 1 added" in err
    code, out, _ = run(["library", "list", "--tag", "thesis", "--to", "jsonl"], capsys)
    items = [json.loads(line) for line in out.splitlines()]
    assert len(items) == 5 and items[-1]["id"] == "park2020"
    code, out, _ = run(["library", "list", "--year", "2020", "--to", "jsonl"], capsys)
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["park2020"]


def test_search_in_korean(lib, capsys) -> None:
    run(["library", "import", str(EXAMPLES / "refs.txt")], capsys)
    code, out, _ = run(["library", "search", "인권싸움", "--to", "jsonl"], capsys)
    titles = [json.loads(line)["title"] for line in out.splitlines()]
    assert code == 0 and len(titles) == 2
    assert all("인권싸움" in title for title in titles)


def test_export_csl_json_to_a_file(lib, tmp_path, capsys) -> None:
    source = write_json(tmp_path / "a.json", [article("a", "First title"), article("b", "Second")])
    run(["library", "import", source, "--tag", "x"], capsys)
    out_file = tmp_path / "out.json"
    code, _, _ = run(["library", "export", "--tag", "x", "-o", str(out_file)], capsys)
    assert code == 0
    assert [item["id"] for item in json.loads(out_file.read_text("utf-8"))] == ["a", "b"]


def test_dedupe_reports_then_applies(lib, tmp_path, capsys) -> None:
    items = [
        article("a", "Memory and Abduction", 2020, DOI="10.1234/m"),
        article("b", "Memory and abduction.", 2020, DOI="https://doi.org/10.1234/M", volume="3"),
    ]
    run(["library", "import", write_json(tmp_path / "d.json", items)], capsys)
    code, out, _ = run(["library", "dedupe"], capsys)
    assert code == 1
    assert out == "b duplicates a: same DOI 10.1234/m\n"
    code, out, _ = run(["library", "dedupe", "--apply", "--to", "json"], capsys)
    assert code == 0 and json.loads(out)[0]["drop"] == "b"
    code, out, _ = run(["library", "show", "a"], capsys)
    shown = json.loads(out)
    assert shown["item"]["volume"] == "3"
    assert [entry["action"] for entry in shown["history"]] == ["merge", "merged-away"]
    assert run(["library", "dedupe"], capsys)[:2] == (0, "")


def test_tag_and_unknown_key(lib, tmp_path, capsys) -> None:
    run(
        ["library", "import", write_json(tmp_path / "t.json", [article("a", "Title here")])], capsys
    )
    assert run(["library", "tag", "a", "--add", "ch1"], capsys)[0] == 0
    assert "[ch1]" in run(["library", "list"], capsys)[1]
    code, _, err = run(["library", "tag", "nope", "--add", "x"], capsys)
    assert code == 2 and "no item with key 'nope'" in err


def test_bad_file_is_named_and_the_others_still_import(lib, tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('[{"id": "a",\n "title": }]', encoding="utf-8")
    good = write_json(tmp_path / "good.json", [article("g", "Good title")])
    code, _, err = run(["library", "import", str(bad), good], capsys)
    assert code == 2
    assert f"{bad}:2: invalid CSL-JSON" in err and "nothing imported" in err
    assert "good.json: 1 added" in err
    assert json.loads(run(["library", "export"], capsys)[1])[0]["id"] == "g"


def test_library_path_option_beats_the_environment(lib, tmp_path, capsys) -> None:
    other = tmp_path / "other.sqlite"
    source = write_json(tmp_path / "a.json", [article("a", "Title here")])
    run(["library", "import", "--library", str(other), source], capsys)
    assert other.exists() and not lib.exists()
    assert run(["library", "list", "--library", str(other)], capsys)[1].startswith("a\t2023\tKim")


def test_format_takes_library_items_with_filters(lib, tmp_path, capsys, monkeypatch) -> None:
    from citekit.cli import format as format_cmd
    from citekit.render import Rendered

    items = [article("a", "Thesis work", 2020), article("b", "Other work", 2021)]
    run(
        ["library", "import", write_json(tmp_path / "f.json", items[:1]), "--tag", "thesis"], capsys
    )
    run(["library", "import", write_json(tmp_path / "g.json", items[1:])], capsys)
    rendered: list[list[str]] = []

    def fake_render(chosen, **options):  # the engine is another issue's: capture its input
        rendered.append([item["id"] for item in chosen])
        return Rendered(style=options["style"], mode=options["mode"], output="ok\n")

    monkeypatch.setattr(format_cmd, "render", fake_render)
    code, out, _ = run(["format", "--library", "--tag", "thesis", "--style", "oscola"], capsys)
    assert (code, out, rendered) == (0, "ok\n", [["a"]])
    assert (
        run(["format", "--library", str(lib), "--year", "2021", "--style", "apa"], capsys)[0] == 0
    )
    assert rendered[-1] == ["b"]


def test_format_needs_a_file_or_the_library(lib, tmp_path, capsys) -> None:
    code, _, err = run(["format", "--style", "oscola"], capsys)
    assert code == 2 and "--library" in err
    code, _, err = run(
        ["format", str(EXAMPLES / "refs.txt"), "--library", "--style", "apa"], capsys
    )
    assert code == 2 and "not both" in err


def test_export_biblatex_by_name_or_extension(lib, tmp_path, capsys) -> None:
    source = write_json(tmp_path / "a.json", [article("kim2020", "Memory and Abduction", 2020)])
    run(["library", "import", source, "--tag", "thesis"], capsys)
    code, out, _ = run(["library", "export", "--tag", "thesis", "--to", "biblatex"], capsys)
    assert code == 0
    assert out.startswith("@article{kim2020,") and "title = {Memory and {Abduction}}" in out
    bib = tmp_path / "thesis.bib"
    assert run(["library", "export", "-o", str(bib)], capsys)[0] == 0
    assert bib.read_text("utf-8") == out


def test_reading_a_library_that_does_not_exist_is_a_usage_error(lib, capsys) -> None:
    for argv in (
        ["library", "list"],
        ["library", "search", "x"],
        ["format", "--library", "--style", "apa"],
    ):
        code, _, err = run(argv, capsys)
        assert code == 2 and f"no library at {lib}" in err
    assert not lib.exists()


def test_set_and_remove_keep_history(lib, tmp_path, capsys) -> None:
    source = write_json(
        tmp_path / "s.json", [article("a", "Old title", volume="2"), article("b", "Other")]
    )
    run(["library", "import", source], capsys)
    code, _, err = run(
        ["library", "set", "a", "title=New title", 'issued={"date-parts": [[2001]]}', "volume="],
        capsys,
    )
    assert code == 0, err
    shown = json.loads(run(["library", "show", "a"], capsys)[1])
    assert shown["item"]["title"] == "New title" and "volume" not in shown["item"]
    assert shown["item"]["issued"] == {"date-parts": [[2001]]}
    (entry,) = shown["history"]
    assert entry["action"] == "edit" and entry["before"]["title"] == "Old title"
    assert entry["note"] == {"fields": ["issued", "title", "volume"]}
    assert run(["library", "set", "a", "id=x"], capsys)[0] == 2
    assert run(["library", "remove", "b", "a"], capsys)[0] == 0
    assert run(["library", "list"], capsys)[1] == ""
    assert run(["library", "remove", "a"], capsys)[0] == 2  # gone
