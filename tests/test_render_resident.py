"""Long-lived pandoc processes (``citekit.render.resident``) give the command line's bytes."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import EXAMPLES

import citekit
from citekit.errors import RenderError
from citekit.render import pandoc
from citekit.render.resident import ResidentPandoc, request_for, resident


def made_up(count: int) -> list[dict]:
    """Items whose authors and years collide (year letters, initials, repeated authors)."""
    families = ["Kim", "Lee", "Park", "Smith"]
    items = []
    for n in range(count):
        items.append(
            {
                "id": f"r{n}",
                "type": "article-newspaper" if n % 3 else "book",
                "title": f"Report {n} on families and talks",
                "container-title": "Voa Korea" if n % 3 else None,
                "publisher": None if n % 3 else "Hanul",
                "author": [{"family": families[n % 4], "given": "E" if n % 8 < 4 else "S"}],
                "issued": {"date-parts": [[2020 + n % 2, 1 + n % 12]]},
                "URL": f"https://news.example.org/{n}",
            }
        )
    return [{k: v for k, v in item.items() if v is not None} for item in items]


def outputs(cases: list[tuple]) -> list[object]:
    found: list[object] = []
    for items, style, mode, to in cases:
        rendered = citekit.render(items, style=style, mode=mode, to=to)
        found.append((rendered.entries, rendered.output, rendered.problems))
    return found


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The pandoc processes started (their command lines)."""
    started: list[list[str]] = []
    real = subprocess.run

    def run(command, *args, **kwargs):  # noqa: ANN001, ANN202
        started.append(list(command))
        return real(command, *args, **kwargs)

    monkeypatch.setattr(subprocess, "run", run)
    return started


def test_resident_output_is_the_command_lines(counted: list[list[str]]) -> None:
    example = citekit.read(str(EXAMPLES / "refs.txt")).items
    lists = [example, made_up(1), made_up(14)]
    cases = [
        (items, style, mode, to)
        for items in lists
        for style, mode in (
            ("oscola", "bibliography"),
            ("oscola", "notes"),
            ("apa", "bibliography"),
            ("apa", "citations"),
            ("chicago-author-date", "bibliography"),
        )
        for to in ("html", "text")
    ]
    cases += [(made_up(6), "oscola", "notes", "rtf"), (made_up(6), "apa", "bibliography", "rtf")]
    plain = outputs(cases)
    started = len(counted)
    with resident():
        assert isinstance(pandoc.RUNNER, ResidentPandoc)
        again = outputs(cases)
    assert counted[started:] == []  # every run went to the long-lived processes
    assert pandoc.RUNNER is None
    assert again == plain
    assert len({repr(found) for found in plain}) == len(cases)  # the cases all differ


def latin_only(item: dict) -> bool:
    return all(ord(ch) < 0x0370 for ch in json.dumps(item, ensure_ascii=False))


def test_corpora_come_out_as_on_the_command_line(counted: list[list[str]]) -> None:
    """The legal and multilingual corpora (cases, statutes, Korean and Japanese titles,
    small caps and superscripts in some styles): the plain text the long-lived processes
    make, or leave to pandoc's writer, is the command line's."""
    data = EXAMPLES.parent / "tests" / "data"
    lists = [
        json.loads((data / name).read_text(encoding="utf-8"))
        for name in ("legal_corpus.json", "render_corpus_extra.json")
    ]
    # and their items in Latin script alone, which pandoc's plain writer prints
    lists += [[item for item in items if latin_only(item)] for items in lists]
    cases = [
        (items, style, mode, "text")
        for items in lists
        for style, mode in (
            ("oscola", "bibliography"), ("oscola", "notes"), ("apa", "bibliography"),
            ("chicago-notes-bibliography", "notes"), ("nature", "bibliography"),
            ("american-medical-association", "citations"),
        )
    ]
    plain = outputs(cases)
    started = len(counted)
    with resident():
        again = outputs(cases)
    assert counted[started:] == []
    assert again == plain


def test_year_letters_and_warnings_come_through(tmp_path, counted: list[list[str]]) -> None:
    items = made_up(16)
    plain = citekit.render(items, style="apa", mode="citations", to="html")
    with resident():
        kept = citekit.render(items, style="apa", mode="citations", to="html")
    assert [e.text for e in kept.entries] == [e.text for e in plain.entries]
    assert any("2020a" in e.text for e in kept.entries)
    # a warning pandoc prints (a citation of an unknown key) arrives as the command line's
    document = "[@nobody-here] and [@r1]\n"
    refs = tmp_path / "items.json"
    refs.write_text(pandoc.items_json(made_up(3)), encoding="utf-8")
    arguments = [
        "--from=markdown",
        "--citeproc",
        f"--bibliography={refs}",
        "--csl=" + str(pandoc_style()),
        "--to=plain",
        "--wrap=none",
    ]
    command_line = pandoc.run_pandoc(arguments, document, failure="x")
    with resident() as pool:
        long_lived = pool(arguments, document)
    assert long_lived is not None
    assert long_lived.stdout == command_line.stdout
    assert pandoc.pandoc_warnings(long_lived.stderr.decode()) == pandoc.pandoc_warnings(
        command_line.stderr.decode()
    )
    assert "nobody-here" in long_lived.stderr.decode()


def pandoc_style():
    from citekit.render.styles import resolve_style

    return resolve_style("apa").path


@pytest.mark.parametrize(
    "arguments",
    [
        ["-f", "markdown", "-t", "docx", "-s", "-o", "-"],  # tables.py: not a citeproc run
        ["--from=markdown", "--citeproc", "--csl=x.csl", "--to=plain"],  # no bibliography
        ["--from=html", "--citeproc", "--bibliography=a", "--csl=b", "--to=plain"],
        ["--from=markdown", "--citeproc", "--bibliography=a", "--csl=b", "--to=html"],
        ["--from=markdown", "--citeproc", "--bibliography=a", "--csl=b", "--to=w.lua", "-s"],
        ["--from=markdown", "--citeproc", "--bibliography=a", "--csl=b", "--to=plain",
         "--metadata=flag:yes"],  # a YAML scalar pandoc would read otherwise than a string
    ],
)
def test_other_command_lines_are_left_to_pandoc(arguments: list[str]) -> None:
    assert request_for(arguments, "") is None


def test_the_renderers_command_lines_are_taken() -> None:
    request = request_for(
        ["--from=markdown", "--citeproc", "--bibliography=/t/i.json", "--csl=/t/s.csl",
         "--to=/w/collect.lua", "--metadata=citekit-mode:notes", "--metadata=citekit-docx:/t/o"],
        "body",
    )
    assert request == {
        "document": "body",
        "from": "markdown",
        "bibliography": "/t/i.json",
        "csl": "/t/s.csl",
        "writer": "/w/collect.lua",
        "meta": {"citekit-mode": "notes", "citekit-docx": "/t/o"},
    }


def test_a_failing_run_falls_back_to_pandoc_and_its_message(tmp_path, counted) -> None:
    arguments = [
        "--from=markdown",
        "--citeproc",
        f"--bibliography={tmp_path / 'missing.json'}",
        "--csl=" + str(pandoc_style()),
        "--to=plain",
    ]
    with pytest.raises(RenderError) as plain:
        pandoc.run_pandoc(arguments, "[@a]\n", failure="pandoc failed")
    started = len(counted)
    with resident() as pool:
        assert pool(arguments, "[@a]\n") is None  # the long-lived pandoc declines it
        with pytest.raises(RenderError) as kept:
            pandoc.run_pandoc(arguments, "[@a]\n", failure="pandoc failed")
        assert len(pool._idle) == 1  # and stays up for the next run
    assert len(counted) == started + 1  # pandoc itself ran, for its message
    assert str(kept.value) == str(plain.value) and "missing.json" in str(kept.value)


def test_a_dead_process_is_replaced(counted: list[list[str]]) -> None:
    items = made_up(5)
    plain = citekit.render(items, style="apa", to="html").entries
    with resident(size=1) as pool:
        assert citekit.render(items, style="apa", to="html").entries == plain
        for process in list(pool._idle):
            process.popen.kill()
            process.popen.wait()
        assert citekit.render(items, style="apa", to="html").entries == plain
        assert citekit.render(items, style="apa", to="html").entries == plain
        assert len(pool._idle) == 1 and pool._idle[0].popen.poll() is None
    assert pool._idle == []


def test_renders_at_once_from_several_threads(counted: list[list[str]]) -> None:
    """More renders at a time than processes: the extra runs start pandoc; all are right."""
    from concurrent.futures import ThreadPoolExecutor

    lists = [made_up(n) for n in (3, 4, 5, 6, 7, 8)]
    plain = [citekit.render(items, style="apa", mode="citations").entries for items in lists]
    started = len(counted)
    with resident(size=2) as pool, ThreadPoolExecutor(max_workers=4) as threads:
        kept = list(
            threads.map(lambda items: citekit.render(items, style="apa", mode="citations"), lists)
        )
        assert len(pool._idle) <= 2
    assert [r.entries for r in kept] == plain
    assert len(counted) - started < len(lists)  # most went to the long-lived processes


def test_word_output_is_the_command_lines() -> None:
    """Word documents carry their time of writing, so their XML parts are compared."""
    import io
    import zipfile

    def parts(data: bytes) -> dict[str, bytes]:
        archive = zipfile.ZipFile(io.BytesIO(data))
        return {n: archive.read(n) for n in archive.namelist() if n.startswith("word/")}

    items = made_up(6)
    for mode in ("notes", "bibliography"):
        plain = citekit.render(items, style="oscola", mode=mode, to="docx")
        with resident():
            kept = citekit.render(items, style="oscola", mode=mode, to="docx")
        assert kept.entries == plain.entries
        assert parts(kept.output) == parts(plain.output)
    assert b"Report 1" in parts(plain.output)["word/document.xml"]


def test_a_pandoc_that_cannot_stay_up_is_not_asked_again(monkeypatch, counted) -> None:
    """A process that never answers (say, a pandoc without ``pandoc lua``) turns the pool
    off: every run then starts pandoc as before, without a failed process each time."""
    from citekit.render import resident as module

    monkeypatch.setattr(module, "script_path", lambda: "/nonexistent/resident.lua")
    items = made_up(3)
    plain = citekit.render(items, style="apa").entries
    with resident() as pool:
        assert citekit.render(items, style="apa").entries == plain
        assert pool._closed and pool._count == 0
        started = len(counted)
        assert citekit.render(items, style="apa").entries == plain
        assert len(counted) == started + 2  # the entries and the order, by plain pandoc


PLAIN_DOCUMENTS = [  # Markdown read, citeproc run, pandoc's plain writer: one shape each
    "One *emphasised* [linked](https://example.org) [spanned]{.nocase} word.",
    "A[^1] note and another[^2].\n\n[^1]: First *note*.\n\n[^2]: Second [note]{.nocase}.",
    "A note of two paragraphs[^1].\n\n[^1]: First.\n\n    Second.",
    "Non\u00a0breaking\u00a0spaces, a \u2060word joiner, \u2018curly\u2019 and \u201cdouble\u201d.",
    "::: {#refs .csl-bib-body}\n::: {.csl-entry}\nEntry one.\n:::\n::: {.csl-entry}\nEntry two."
    "\n:::\n:::",
    "A\u00a0[^1].\n\n[^1]: Note ending in a space\u00a0",
    "Two\u2003spaces and a\ttab",
    "[](https://x.org) empty, <https://y.org> auto and [titled](https://z.org \"t\") links",
    "Text # not a heading \\\\ a backslash\n\n1\\. not a list\n\n\\- nor this\n\n[]{.nocase}",
    "",
    # shapes the plain writer prints otherwise than their text: left to it
    "**Strong**", "[small caps]{.smallcaps}", "[small caps]{.underline}", "[marked]{.mark}",
    "2^nd^", "H~2~O", "`code`", "$x$", '"quoted"', "~~struck~~", "A line  \nbroken",
    "A soft\nbreak", "![an image](x.png)", "Text <b>raw</b>", "- a list\n- of two",
    "# A heading", "> quoted block", "::: {.csl-entry}\n[a plain block]{.nocase}\n:::",
]


def para(*inlines: dict) -> dict:
    return {"t": "Para", "c": list(inlines)}


def json_document(blocks: list[dict]) -> str:
    from citekit.render.cites_json import api_version

    return json.dumps({"pandoc-api-version": api_version(), "meta": {}, "blocks": blocks})


WORD, SPACE = {"t": "Str", "c": "word"}, {"t": "Space"}
PLAIN_AST_DOCUMENTS = [  # shapes Markdown cannot give: spaces the writer drops or merges
    [para(WORD, SPACE)],
    [para(SPACE, WORD)],
    [para(WORD, SPACE, SPACE, WORD)],
    [para(WORD), para()],
    [para({"t": "Str", "c": "two\nlines"})],
    [para(WORD, {"t": "Note", "c": [para({"t": "Str", "c": "two\nlines"})]})],
    [para(WORD, SPACE, {"t": "Span", "c": [["", ["csl-block"], []], [WORD]]}, SPACE, WORD)],
]


@pytest.mark.parametrize(
    ("source", "document"),
    [("markdown", text) for text in PLAIN_DOCUMENTS]
    + [("json", blocks) for blocks in PLAIN_AST_DOCUMENTS],
)
def test_plain_text_is_the_plain_writers(
    tmp_path, source: str, document: str | list[dict]
) -> None:
    """The long-lived process makes plain text itself for documents of simple text
    (``simple_plain`` in resident.lua) and leaves the rest to the writer: either way the
    command line's bytes."""
    if source == "json":
        document = json_document(document)
    refs = tmp_path / "items.json"
    refs.write_text("[]", encoding="utf-8")
    arguments = [
        f"--from={source}", "--citeproc", f"--bibliography={refs}",
        f"--csl={pandoc_style()}", "--to=plain", "--wrap=none",
    ]
    expected = subprocess.run(
        [pandoc.pandoc_path(), *arguments], input=document.encode(), capture_output=True
    )
    pool = ResidentPandoc(size=1)
    try:
        done = pool(arguments, document)
    finally:
        pool.close()
    assert done is not None
    assert done.stdout == expected.stdout


SPAN_STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0"{root}>
  <info><title>Spans</title><id>spans</id></info>
  <citation><layout suffix="."><text variable="title"/>{cite}</layout></citation>
  <bibliography{bibliography}><layout><text variable="title"/>{entry}</layout></bibliography>
</style>
"""
PLAIN_STYLE = {"root": "", "cite": "", "bibliography": "", "entry": ""}
SPAN_SOURCES = [  # (what the style adds, the item's title): each may give a classed span
    ({}, "A title with <span class=\"nocase\">iPhone</span> and <i>emphasis</i>"),
    ({}, "A title with <span class=\"nodecor\">plain</span> words"),
    ({}, "A title with <span style=\"font-variant:small-caps;\">caps</span>"),
    ({"entry": '<text variable="publisher" display="block"/>'}, "A title"),
    ({"entry": '<text variable="publisher" display="indent"/>'}, "A title"),
    ({"bibliography": ' second-field-align="flush"', "entry": '<text variable="publisher"/>'},
     "A title"),
    ({"cite": '<text variable="publisher" font-variant="normal"/>'}, "A title"),
    ({"cite": '<group font-style="italic"><text variable="publisher" font-style="normal"/>'
      "</group>"}, "A title"),
    ({"cite": '<text variable="publisher" text-decoration="none"/>'}, "A title"),
    ({"cite": '<text variable="publisher" vertical-align="baseline"/>'}, "A title"),
]


@pytest.mark.parametrize(("style_parts", "title"), SPAN_SOURCES)
@pytest.mark.parametrize("document", ["Text[@a].", "Text[@a] and [a block]{.csl-block}."])
def test_spans_from_the_style_the_items_or_the_document_print_as_on_the_command_line(
    tmp_path, style_parts: dict, title: str, document: str
) -> None:
    """Where the style, an item or the document may give a span of its own class, the
    long-lived process looks at every span (``spans_plain`` in resident.lua); either way
    its bytes are the command line's."""
    style = tmp_path / "spans.csl"
    style.write_text(SPAN_STYLE.format(**{**PLAIN_STYLE, **style_parts}), encoding="utf-8")
    refs = tmp_path / "items.json"
    item = {"id": "a", "type": "book", "title": title, "publisher": "Hanul"}
    refs.write_text(json.dumps([item]), encoding="utf-8")
    arguments = [
        "--from=markdown", "--citeproc", f"--bibliography={refs}", f"--csl={style}",
        "--to=plain", "--wrap=none",
    ]
    expected = subprocess.run(
        [pandoc.pandoc_path(), *arguments], input=document.encode(), capture_output=True
    )
    pool = ResidentPandoc(size=1)
    try:
        done = pool(arguments, document)
    finally:
        pool.close()
    assert done is not None
    assert done.stdout == expected.stdout
