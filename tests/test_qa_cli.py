"""QA: the commands used the way people use them, on hostile inputs and outputs.

Each test names the behaviour the README promises: a clear message (file and problem,
no traceback) and exit status 2 for unusable input or output, 1 when some entries had
problems while the rest is still written, inputs never overwritten.
"""

from __future__ import annotations

import json
import unicodedata

import pytest
from conftest import EXAMPLES

from citekit.cli import main
from citekit.cli import parse as parse_cmd
from citekit.cli.common import write_output
from citekit.errors import InputError, UsageError
from citekit.keys import assign_keys
from citekit.sources import decode

REFS = EXAMPLES / "refs.txt"


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    return code, out, err


def test_output_into_a_missing_directory_is_a_clear_error(tmp_path, capsys) -> None:
    out = tmp_path / "missing" / "refs.json"
    code, _, err = run(capsys, "parse", str(REFS), "-q", "-o", str(out))
    assert code == 2
    assert str(out) in err and "no directory" in err
    assert not out.parent.exists()


def test_output_onto_a_directory_is_a_clear_error(tmp_path, capsys) -> None:
    code, _, err = run(capsys, "convert", str(REFS), "--to", "ris", "-q", "-o", str(tmp_path))
    assert code == 2
    assert "is a directory" in err
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    "argv",
    [
        ["parse", "{in}", "-o", "{in}"],
        ["format", "{in}", "--style", "apa", "-o", "{in}"],
        ["check", "{in}", "--fix", "-o", "{in}"],
        ["convert", "{in}", "--to", "ris", "-o", "{in}"],
    ],
)
def test_output_naming_the_input_is_refused(tmp_path, capsys, argv) -> None:
    source = tmp_path / "refs.txt"
    source.write_bytes(REFS.read_bytes())
    code, out, err = run(capsys, *[arg.format(**{"in": source}) for arg in argv])
    assert code == 2 and out == ""
    assert "input" in err and str(source) in err
    assert source.read_bytes() == REFS.read_bytes()


def test_binary_output_is_not_sent_to_a_terminal(monkeypatch) -> None:
    monkeypatch.setattr("sys.stdout.isatty", lambda: True)
    with pytest.raises(UsageError, match="-o FILE"):
        write_output(b"PK\x03\x04", None)


def test_an_os_error_is_a_message_not_a_traceback(monkeypatch, capsys) -> None:
    def unreadable(path: str, **_: object) -> None:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(parse_cmd, "load", unreadable)
    code, _, err = run(capsys, "parse", "locked.txt")
    assert code == 2
    assert err.strip() == "citekit: locked.txt: Permission denied"


def test_many_references_by_one_author_and_year_get_distinct_keys() -> None:
    item = {"type": "article-newspaper", "author": [{"family": "Kim"}], "issued": {"date-parts": [[2023]]}}
    keys = assign_keys([dict(item) for _ in range(800)])
    assert len(set(keys)) == 800
    assert keys[0] == "kim2023a" and keys[26] == "kim2023aa" and keys[-1] == "kim2023adt"


def test_decomposed_hangul_is_composed_but_compatibility_hanja_kept() -> None:
    composed = "홍길동, 北韓 \uf914"  # U+F914 is 樂 read 낙; NFC would make it U+6A02
    decomposed = unicodedata.normalize("NFD", "홍길동") + ", 北韓 \uf914"
    assert decode(decomposed.encode("utf-8")) == composed


def test_nfd_reference_list_parses_to_nfc(tmp_path, capsys) -> None:
    source = tmp_path / "nfd.txt"
    source.write_text(unicodedata.normalize("NFD", REFS.read_text("utf-8")), "utf-8")
    code, out, _ = run(capsys, "parse", str(source), "-q")
    assert code == 0
    assert unicodedata.is_normalized("NFC", out)
    assert json.loads(out)[0]["container-title"] == "세계일보"


def test_json_list_of_non_objects_is_an_input_error(tmp_path, capsys) -> None:
    source = tmp_path / "items.json"
    source.write_text('[1, "x", null]', "utf-8")
    code, out, err = run(capsys, "parse", str(source))
    assert code == 2 and out == ""
    assert str(source) in err and "item 1 is 1" in err


def test_duplicate_csl_json_ids_are_reported_and_the_rest_kept(tmp_path, capsys) -> None:
    source = tmp_path / "items.json"
    items = [
        {"id": "a", "type": "book", "title": "First"},
        {"id": "a", "type": "book", "title": "Second"},
        {"id": "b", "type": "book", "title": "Third"},
    ]
    source.write_text(json.dumps(items), "utf-8")
    code, out, err = run(capsys, "parse", str(source))
    assert code == 1
    assert [item["title"] for item in json.loads(out)] == ["First", "Third"]
    assert str(source) in err and "duplicate id 'a'" in err


def test_malformed_bibtex_entry_gives_status_1_and_the_others(tmp_path, capsys) -> None:
    source = tmp_path / "refs.bib"
    source.write_text(
        "@article{k1, title={Unbalanced {brace}, year=2020}\n@book{k2, title={Fine}, year=2021}\n",
        "utf-8",
    )
    code, out, err = run(capsys, "parse", str(source))
    assert code == 1
    assert [item["id"] for item in json.loads(out)] == ["k2"]
    assert f"{source}:1:" in err


def test_jsonl_gives_one_object_for_a_line_that_is_only_a_list_marker(tmp_path, capsys) -> None:
    source = tmp_path / "refs.txt"
    lines = ['Hong J, "Title" (세계일보, 2023)', "[2]", "•", 'Kim E, "韓美" (Chosun Media, 2023)']
    source.write_text("\n".join(lines) + "\n", "utf-8")
    code, out, err = run(capsys, "parse", str(source), "--to", "jsonl")
    assert len(out.splitlines()) == 4
    assert code == 1 and f"{source}:2:" in err and f"{source}:3:" in err


def test_converting_parsed_references_does_not_report_parser_notes_as_lost(capsys) -> None:
    code, out, err = run(capsys, "convert", str(REFS), "--to", "ris", "-q")
    assert code == 0 and err == ""
    assert out.count("ER  - ") == 4


def test_library_export_names_the_library_in_its_warnings(tmp_path, capsys) -> None:
    store = tmp_path / "refs.db"
    assert run(capsys, "library", "import", str(REFS), "--library", str(store), "-q")[0] == 0
    code, out, err = run(capsys, "library", "export", "--to", "bibtex", "--library", str(store))
    assert code == 1 and "@article{hong2023," in out
    assert err.count(f"{store}: warning: item ") == 4 and "<input>" not in err


def test_two_inputs_from_standard_input_are_refused(capsys) -> None:
    code, out, err = run(capsys, "cite", "-", "--bib", "-")
    assert code == 2 and out == ""
    assert "only one input can be standard input" in err


@pytest.mark.parametrize("make", ["directory", "not a database"])
def test_an_unusable_link_cache_is_a_clear_error(tmp_path, capsys, make) -> None:
    cache = tmp_path / "cache"
    cache.mkdir() if make == "directory" else cache.write_text("not sqlite", "utf-8")
    urls = tmp_path / "urls.txt"
    urls.write_text("http://127.0.0.1:9/a\n", "utf-8")
    code, out, err = run(capsys, "links", str(urls), "--cache-file", str(cache))
    assert code == 2 and out == ""
    assert f"citekit: {cache}: cannot use this link cache" in err


@pytest.mark.parametrize(
    ("command", "option"),
    [("format", "--mode"), ("format", "--to"), ("check", "--style"), ("cite", "--style")],
)
def test_help_names_the_default(command, option) -> None:
    from citekit.cli import build_parser

    subparsers = next(a for a in build_parser()._actions if a.dest == "command")
    action = next(a for a in subparsers.choices[command]._actions if option in a.option_strings)
    assert f"(default {action.default}" in action.help


def test_api_composes_decomposed_hangul_in_text_and_single_references() -> None:
    import citekit

    line = unicodedata.normalize("NFD", REFS.read_text("utf-8").splitlines()[0])
    assert citekit.parse(line)["container-title"] == "세계일보"
    loaded = citekit.read("refs.txt", text=line)
    assert unicodedata.is_normalized("NFC", json.dumps(loaded.items, ensure_ascii=False))


def test_korean_output_survives_a_latin1_locale(monkeypatch) -> None:
    import io

    raw = io.BytesIO()
    monkeypatch.setattr("sys.stdout", io.TextIOWrapper(raw, encoding="latin-1"))
    assert main(["parse", str(REFS), "-q"]) == 0
    assert json.loads(raw.getvalue().decode("utf-8"))[0]["container-title"] == "세계일보"


def test_an_empty_file_name_is_named_as_such(capsys) -> None:
    code, out, err = run(capsys, "parse", "")
    assert code == 2 and out == ""
    assert "file name is empty" in err


def test_output_through_a_symlink_updates_the_linked_file(tmp_path, capsys) -> None:
    real = tmp_path / "real.json"
    real.write_text("old", "utf-8")
    link = tmp_path / "link.json"
    link.symlink_to(real)
    assert run(capsys, "parse", str(REFS), "-q", "-o", str(link))[0] == 0
    assert link.is_symlink()
    assert json.loads(real.read_text("utf-8"))[0]["id"] == "hong2023"


def test_a_pipe_closed_early_ends_quietly(tmp_path) -> None:
    import subprocess
    import sys

    items = [{"id": f"k{n}", "type": "book", "title": "제목 " * 20} for n in range(2000)]
    source = tmp_path / "items.json"
    source.write_text(json.dumps(items, ensure_ascii=False), "utf-8")
    command = [sys.executable, "-m", "citekit", "parse", str(source)]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout.readline() == b"[\n"
        process.stdout.close()  # like `| head -1`
        err = process.stderr.read().decode("utf-8")
        assert process.wait(timeout=60) == 0
    assert err == ""


def test_in_place_fix_with_an_unwritable_backup_names_it_and_changes_nothing(
    tmp_path, capsys
) -> None:
    source = tmp_path / "refs.txt"
    source.write_bytes(REFS.read_bytes())
    (tmp_path / "refs.txt.bak").mkdir()
    code, _, err = run(capsys, "check", str(source), "--fix", "--in-place")
    assert code == 2
    assert f"citekit: {source}.bak: cannot write the output: it is a directory" in err
    assert source.read_bytes() == REFS.read_bytes()


def test_cite_counts_references_kept_in_the_front_matter(tmp_path, capsys) -> None:
    article = tmp_path / "article.md"
    article.write_text(
        "---\nreferences:\n- id: fake\n  title: Kept in the front matter\n---\n\n"
        "Text [@hong2023] and [@fake] and [@ghost].\n",
        "utf-8",
    )
    code, out, err = run(capsys, "cite", str(article), "--bib", str(REFS), "-q")
    assert code == 1
    assert "Kept in the front matter" in out
    assert "'ghost'" in err and "'fake'" not in err


def test_section_headings_in_a_pasted_list_are_not_references() -> None:
    from citekit.sources import split_references

    text = "# 참고문헌\n\n국내문헌:\n1. Hong J, \"Title\" (세계일보, 2023)\n\nCases\nDonoghue v Stevenson [1932] AC 562 (HL).\n"
    refs = split_references(text, "refs.txt")
    assert [(ref.line, ref.raw[:5]) for ref in refs] == [(4, "Hong "), (7, "Donog")]
    assert len(split_references(text, "refs.txt", per_line=True)) == 5  # jsonl: every line


def test_page_and_manual_line_breaks_are_line_ends_and_spaces_not_binary() -> None:
    from citekit.sources import split_references

    data = 'Hong J, "A" (세계일보, 2023)\n\x0cKim E, "B" (Chosun,\x0b2023)\x0cLee S, "C"\u2028(Daily)'
    text = decode(data.encode("utf-8"))
    raw = [ref.raw for ref in split_references(text, per_line=True)]
    assert raw == ['Hong J, "A" (세계일보, 2023)', 'Kim E, "B" (Chosun, 2023)', 'Lee S, "C" (Daily)']


def test_invisible_characters_pasted_from_the_web_are_dropped() -> None:
    data = "Hong\u00a0J, \"Ti\u00adtle\u200b\" <https://ex\u200bample.com/\u2060a>"
    assert decode(data.encode("utf-8")) == 'Hong J, "Title" <https://example.com/a>'


def test_library_search_limit_must_be_positive(tmp_path, capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["library", "search", "x", "--limit", "-1", "--library", str(tmp_path / "l.db")])
    assert exit_.value.code == 2
    assert "expected a whole number >= 1, not '-1'" in capsys.readouterr().err


def test_lang_reads_cp949_from_standard_input(monkeypatch, capsys) -> None:
    import io
    import sys

    stdin = io.TextIOWrapper(io.BytesIO("서울\n北韓\n".encode("cp949")), encoding="utf-8")
    monkeypatch.setattr(sys, "stdin", stdin)
    code, out, _ = run(capsys, "lang", "hangul")
    assert (code, out) == (0, "서울\n북한\n")


def test_output_to_a_pipe_or_device_writes_into_it_without_replacing_it(tmp_path, capsys) -> None:
    import os
    import stat
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = threading.Thread(target=lambda: received.append(fifo.read_bytes()), daemon=True)
    reader.start()
    assert run(capsys, "parse", str(REFS), "-q", "-o", str(fifo))[0] == 0
    reader.join(timeout=10)
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    assert json.loads(received[0])[0]["id"] == "hong2023"


def test_a_latin1_file_is_named_with_its_line_and_a_hint() -> None:
    data = 'Hong J, "x" (y, 2023)\nGödel, K. (1931). Title.\n'.encode("latin-1")
    with pytest.raises(InputError) as error:
        decode(data, "refs.txt")
    assert error.value.line == 2
    assert "byte 0xf6 at byte offset 23" in error.value.reason and "UTF-8" in error.value.reason
    assert "Latin-1" in error.value.reason
