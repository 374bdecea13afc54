"""Running pandoc's citeproc once over a generated document, with citekit's Lua writer."""

from __future__ import annotations

import copy
import importlib.util
import json
import os
import subprocess
import tempfile
from collections.abc import Callable
from functools import lru_cache, partial
from importlib.resources import files
from pathlib import Path
from typing import Any

from .. import rx
from ..errors import RenderError
from ..model import CSLItem
from .cites_json import json_document
from .clusters import NOTE_GUARD
from .prepare import TWIN_PREFIX, family_first_names, unspaced_names
from .styles import Style

PANDOC_FORMATS = {
    "text": "plain",
    "json": "plain",
    "html": "html",
    "markdown": "markdown-smart",
    "latex": "latex",
    "rtf": "rtf",
    "docx": "docx",
}


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    """The pandoc binary shipped by ``pypandoc-binary`` (``PYPANDOC_PANDOC`` overrides it),
    found without importing pypandoc (which imports urllib and email: 50 ms a process);
    pypandoc's own search where the wheel has no binary of its own."""
    override = os.environ.get("PYPANDOC_PANDOC")
    if override:
        return override
    spec = importlib.util.find_spec("pypandoc")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        for name in ("pandoc", "pandoc.exe"):
            bundled = Path(folder) / "files" / name
            if bundled.is_file():
                return str(bundled)
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except (ImportError, OSError) as error:
        raise RenderError(f"pandoc is not available: {error}") from error


def writer_path() -> str:
    """citekit's Lua writer, shipped as package data."""
    return str(files("citekit.render") / "collect.lua")


def wants_document(style: Style, mode: str, to: str) -> bool:
    """Whether pandoc writes the whole output: footnotes, RTF and Word need its writers;
    bibliographies and in-text citations are joined from their entries by citekit."""
    return to in ("rtf", "docx") or (
        style.note and mode != "bibliography" and to not in ("text", "json")
    )


def run_citeproc(
    items: list[CSLItem],
    body: str | None,
    *,
    style: Style,
    mode: str,
    to: str,
    locale: str | None,
    order: list[str] | None = None,
    first_cites: list[str] | None = None,
) -> tuple[dict[str, Any], bytes | None]:
    """Render ``body`` (Markdown with citations) against ``items``: (writer JSON, docx bytes).

    ``body`` None cites every item with ``nocite: '@*'`` (for a bibliography: pandoc then
    skips the citations, about half its work in a note style). Pandoc registers such items
    in id order, which ``ids.internal_ids`` makes the input order, so ties (year suffixes)
    are broken as when each item is cited once, in order.
    ``order``: the bibliography's ids in the order the writer should put them.
    ``first_cites``: the ids of the citations in plain text when ``body`` cites each
    item once, in order (``plain_cites``)."""
    pandoc_to = PANDOC_FORMATS[to]
    header: dict[str, Any] = {}
    if body is None:
        header["nocite"] = "@*"
    if mode != "bibliography":
        header["suppress-bibliography"] = True
    if order:
        header["citekit-order"] = order
    names = unspaced_names(items)
    if names:
        header["citekit-unspaced-names"] = names
    family_first = family_first_names(items)
    if family_first:
        header["citekit-family-first"] = family_first
    if locale or style.locale:
        header["lang"] = locale or style.locale
    with tempfile.TemporaryDirectory(prefix="citekit-") as tmp:
        refs = Path(tmp) / "items.json"
        text = items_json(items)
        refs.write_text(text, encoding="utf-8")
        docx = Path(tmp) / "out.docx"
        document = markdown_document(header, body)
        source = "markdown"
        as_json = json_document(header, body, first_cites)
        if as_json is not None:  # each item cited once: pandoc's JSON reads faster
            document, source = as_json, "json"
        lang = str(header.get("lang", ""))
        quick = to in ("text", "json") and plain_writer_will_do(text, lang, names, family_first)
        found = None
        if quick and mode == "bibliography" and not order:
            found = plain_bibliography(refs, style, document, Path(tmp))
        elif quick and first_cites is not None:
            found = plain_cites(refs, style, document, first_cites, len(items), source)
        if found is not None:
            return found, None
        arguments = [
            f"--from={source}",
            "--citeproc",
            f"--bibliography={refs}",
            f"--csl={style.path}",
            f"--to={writer_path()}",
            f"--metadata=citekit-mode:{mode}",
            f"--metadata=citekit-to:{pandoc_to}",
            f"--metadata=citekit-docx:{docx}",
            f"--metadata=citekit-document:{str(wants_document(style, mode, to)).lower()}",
        ]
        done = run_pandoc(arguments, document, failure=f"pandoc failed with {style.path.name}")
        data = docx.read_bytes() if to == "docx" else None
    result = json.loads(done.stdout.decode("utf-8"))
    result["warnings"] = pandoc_warnings(done.stderr.decode("utf-8", "replace"))
    return result, data


_WRITER_REPAIRS = rx.compile("[\u201b\u2032\u201f\u2033\u2035\u2036\ue000]")
"""The marks that only citekit's Lua writer undoes: a title's hidden quotation marks and
the joiner of a single identifier (``prepare.py``)."""


def plain_writer_will_do(text: str, lang: str, names: object, family_first: object) -> bool:
    """Whether pandoc's own plain writer gives what citekit's Lua writer would for items
    whose JSON is ``text``, in a document of ``lang``: nothing for the Lua writer to
    repair, no ``names`` or ``family_first`` names (``prepare.unspaced_names``,
    ``prepare.family_first_names``) that it prints its own way, not Korean."""
    return not (_WRITER_REPAIRS.search(text) or names or family_first or lang.startswith("ko"))


_NOTE = rx.compile(r"\[([0-9]+)\] ")


def plain_cites(
    refs: Path, style: Style, document: str, ids: list[str], cited: int, source: str
) -> dict[str, Any] | None:
    """Citations of items each cited once, written by pandoc's own plain writer (a third
    less CPU than citekit's Lua writer), for items that need none of the writer's
    repairs: a note style's footnotes, without the word joiner at the start of each
    (``clusters.NOTE_GUARD``), removed here as the writer removes it, or an author-date
    style's in-text citations, one paragraph each. ``document`` cites ``cited`` items
    once each, ``ids`` first (in ``source``, markdown or json); None (use the Lua
    writer) if pandoc did not give one footnote or paragraph for each."""
    done = plain_run(source, refs, style.path, document, style)
    paragraphs = done.stdout.decode("utf-8").strip("\n").split("\n\n")
    notes = footnotes(paragraphs) if style.note else paragraphs
    if len(notes) != cited:
        return None
    warnings = pandoc_warnings(done.stderr.decode("utf-8", "replace"))
    return {"entries": cite_entries(ids, notes), "warnings": warnings}


def plain_run(
    source: str, refs: Path, csl: Path, document: str, style: Style
) -> subprocess.CompletedProcess[bytes]:
    """Pandoc's citeproc on ``document`` (read as ``source``) with the items in ``refs``
    and the style file ``csl`` (``style`` or a copy of it), written by its plain writer."""
    return run_pandoc(
        [
            f"--from={source}",
            "--citeproc",
            f"--bibliography={refs}",
            f"--csl={csl}",
            "--to=plain",
            "--wrap=none",
        ],
        document,
        failure=f"pandoc failed with {style.path.name}",
    )


def footnotes(paragraphs: list[str]) -> list[str]:
    """The footnotes in pandoc's plain output (``[1] …``, numbered from one, a footnote's
    further paragraphs joined to it); paragraphs before the first are skipped."""
    notes: list[str] = []
    for paragraph in paragraphs:
        start = _NOTE.match(paragraph)
        if start and int(start.group(1)) == len(notes) + 1:
            notes.append(paragraph[start.end() :])
        elif notes:  # a footnote's further paragraph
            notes[-1] += "\n\n" + paragraph
    return notes


def cite_entries(ids: list[str], notes: list[str]) -> list[dict[str, Any]]:
    """The writer's entries for the citations of ``ids``, in order (later notes, such as
    the twins', are left out)."""
    entries = []
    for ident, note in zip(ids, notes, strict=False):
        text = unguarded(note.strip())
        entries.append({"ids": [ident], "plain": text, "text": text})
    return entries


ENTRY_MARK = "\ue001"
"""Brackets each entry's id at the end of a bibliography layout (``plain_bibliography``)."""
_ENTRY_ID = rx.compile(ENTRY_MARK + "([^" + ENTRY_MARK + "]*)" + ENTRY_MARK)


def marked_style(style: Style, folder: Path) -> Style | None:
    """A copy of ``style`` whose bibliography entries end with their id between
    ``ENTRY_MARK``s, or None where that could change an entry: a layout delimiter would
    come before the id, and a layout suffix after it, where pandoc could no longer merge
    it with the entry's last punctuation. (At the start, the id would stop pandoc from
    substituting the repeated author: it only looks at an entry's first element.)
    The copy's text is kept per machine (``citekit.derived``)."""
    from .. import derived

    source = str(style.path)
    build = partial(_marked_text, style)
    text = derived.from_file("marked", source, __file__, build)
    if text is None:
        return None
    path = folder / f"marked-{style.path.name}"
    path.write_bytes(text)
    return Style(id=style.id, path=path, note=style.note, locale=style.locale)


def _marked_text(style: Style) -> bytes | None:
    from xml.etree.ElementTree import Element

    from .styles import CSL, _root, serialized

    root = copy.deepcopy(_root(style.path))
    bibliography = root.find(f"{CSL}bibliography")
    layout = bibliography.find(f"{CSL}layout") if bibliography is not None else None
    if layout is None or layout.get("delimiter") or layout.get("suffix"):
        return None
    for attributes in ({"value": ENTRY_MARK}, {"variable": "id"}, {"value": ENTRY_MARK}):
        layout.append(Element(f"{CSL}text", attributes))
    return serialized(root)


def plain_bibliography(
    refs: Path, style: Style, document: str, folder: Path
) -> dict[str, Any] | None:
    """A bibliography written by pandoc's own plain writer (a fifth less CPU than
    citekit's Lua writer), for items that need none of the writer's repairs: each entry
    ends with its id (``marked_style``), taken out again. None (use the Lua writer)
    where the style cannot be marked or an entry renders empty (APA's personal
    communications), which the Lua writer leaves out with pandoc's warning."""
    marked = marked_style(style, folder)
    if marked is None:
        return None
    done = plain_run("markdown", refs, marked.path, document, style)
    entries = marked_entries(done.stdout.decode("utf-8").split("\n\n"))
    if not all(entry["plain"].strip() for entry in entries):
        return None  # pandoc warns of an empty entry only where it has no id printed
    warnings = pandoc_warnings(done.stderr.decode("utf-8", "replace"))
    return {"entries": entries, "warnings": warnings}


def marked_entries(paragraphs: list[str]) -> list[dict[str, Any]]:
    """The writer's entries for the bibliography in pandoc's plain output of a
    ``marked_style``: each paragraph that ends with an id, the mark taken out (a further
    paragraph is joined to the entry before it; paragraphs before the first are skipped)."""
    entries: list[dict[str, Any]] = []
    for paragraph in paragraphs:
        found = _ENTRY_ID.search(paragraph)
        if found:
            text = (paragraph[: found.start()] + paragraph[found.end() :]).strip()
            entries.append({"ids": [found.group(1)], "plain": text, "text": text})
        elif entries:  # an entry's further paragraph
            entries[-1]["plain"] = entries[-1]["text"] = entries[-1]["plain"] + "\n\n" + paragraph
    return entries


def run_together(
    items: list[CSLItem],
    cited: list[CSLItem],
    body: str,
    *,
    style: Style,
    to: str,
    locale: str | None,
) -> tuple[dict[str, Any], dict[str, Any]] | None:
    """One run of pandoc's plain writer giving the footnotes of ``cited`` (``body`` cites
    each once, in order, then any twins in ``items``) and the bibliography of all
    ``items`` (``nocite``), as two writer results; None where the Lua writer would be
    needed (see ``plain_cites``), the style cannot be marked, or the output is not one
    footnote per citation and one entry per item."""
    if to not in ("text", "json"):
        return None
    header: dict[str, Any] = {"nocite": "@*"}
    if locale or style.locale:
        header["lang"] = locale or style.locale
    text = items_json(items)
    lang = str(header.get("lang", ""))
    if not plain_writer_will_do(text, lang, unspaced_names(items), family_first_names(items)):
        return None
    ids = [item["id"] for item in cited]
    cites = len(ids) + sum(item["id"].startswith(TWIN_PREFIX) for item in items)
    with tempfile.TemporaryDirectory(prefix="citekit-") as tmp:
        marked = marked_style(style, Path(tmp))
        if marked is None:
            return None
        refs = Path(tmp) / "items.json"
        refs.write_text(text, encoding="utf-8")
        document = json_document(header, body, ids)
        source = "json"
        if document is None:
            document, source = markdown_document(header, body), "markdown"
        done = plain_run(source, refs, marked.path, document, style)
    paragraphs = done.stdout.decode("utf-8").strip("\n").split("\n\n")
    last = max((i for i, p in enumerate(paragraphs) if _ENTRY_ID.search(p)), default=-1)
    entries = marked_entries(paragraphs[: last + 1])
    notes = footnotes(paragraphs[last + 1 :])
    if len(notes) != cites or len(entries) != len(items):
        return None
    if not all(entry["plain"].strip() for entry in entries):
        return None
    warnings = pandoc_warnings(done.stderr.decode("utf-8", "replace"))
    return (
        {"entries": cite_entries(ids, notes), "warnings": warnings},
        {"entries": entries, "warnings": warnings},
    )


def markdown_document(header: dict[str, Any], body: str | None) -> str:
    """The Markdown document of ``header`` (YAML as JSON) and ``body``."""
    return "---\n" + json.dumps(header, ensure_ascii=False) + "\n---\n\n" + (body or "") + "\n"


_TOKENS = rx.compile(r"(\s+)")


def unguarded(text: str) -> str:
    """``text`` without the footnote guard, as the Lua writer's ``unguard`` leaves it: a
    word that is only guards goes with the space after it; other guards are dropped."""
    if NOTE_GUARD not in text:
        return text
    rest = text[2:]  # the usual case: the guard and a space before the first word
    if text[:2] == NOTE_GUARD + " " and rest[:1].strip() and NOTE_GUARD not in rest:
        return rest
    return unguarded_words(text)


def unguarded_words(text: str) -> str:
    """``unguarded`` of any text, word by word."""
    out: list[str] = []
    skip = False
    for token in _TOKENS.split(text):
        if not token:
            continue
        if token.isspace():
            if not skip:
                out.append(token)
            skip = False
        elif not token.replace(NOTE_GUARD, ""):
            skip = True
        else:
            skip = False
            out.append(token.replace(NOTE_GUARD, ""))
    return "".join(out)


def items_json(items: list[CSLItem]) -> str:
    """The items as pandoc reads them, without ``custom`` (citekit's own notes: romanized
    and original forms, parse confidence), which no style can print: less for pandoc to
    read and hold (its memory grows with its input)."""
    return json.dumps(
        [{k: v for k, v in item.items() if k != "custom"} for item in items], ensure_ascii=False
    )


RUNNER: Callable[[list[str], str], subprocess.CompletedProcess[bytes] | None] | None = None
"""Long-lived pandoc processes taking the runs they can (``resident.py``; set by
``citekit serve``); None, or a run they decline, starts pandoc."""


SMALL_HEAP = "-H1m -A16m"
"""GHC runtime options for the long-lived pandoc processes (``resident.py``), unless
``GHCRTS`` is set. ``-H1m``: the bundled pandoc is built to take a 64 MB heap at once,
which a run of a few hundred items never needs (each process holds 40 to 60 MB less).
``-A16m``: a 16 MB allocation area, so that most of what one run allocates dies before a
collection copies it; for OSCOLA's 10,000 footnotes and entries 8% less CPU (7.7 against
8.3 s) for 16 MB more per process (290 against 261 MiB PSS for the whole render; ``-A8m``
and ``-A12m`` saved little, ``-A24m`` passed 300 MiB). A one-off run keeps pandoc's own
heap: with the small one, a run of one item took 20 ms more CPU and twice the memory,
and runs of 30 to 500 items 10 to 20% more CPU."""


def pandoc_environment(*, long_lived: bool = False) -> dict[str, str]:
    """The environment pandoc runs in: citekit's own, with ``SMALL_HEAP`` for a
    ``long_lived`` process (unless ``GHCRTS`` is set)."""
    if not long_lived:
        return dict(os.environ)
    return {**os.environ, "GHCRTS": os.environ.get("GHCRTS", SMALL_HEAP)}


def run_pandoc(
    arguments: list[str], document: str, *, failure: str, file: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run pandoc on ``document`` (stdin); a failure raises ``RenderError`` with its message."""
    done = RUNNER(arguments, document) if RUNNER else None
    try:
        done = done or subprocess.run(
            [pandoc_path(), *arguments],
            input=document.encode("utf-8"),
            capture_output=True,
            env=pandoc_environment(),
        )
    except OSError as error:
        raise RenderError(f"could not start pandoc: {error}", file=file) from error
    if done.returncode != 0:
        reason = done.stderr.decode("utf-8", "replace").strip()
        raise RenderError(f"{failure}: {reason}", file=file)
    return done


def pandoc_warnings(stderr: str) -> list[str]:
    """Pandoc's ``[WARNING]`` lines (e.g. a citation of an unknown key), without the tag."""
    return [
        line.split("]", 1)[1].strip()
        for line in stderr.splitlines()
        if line.startswith("[WARNING]") and "]" in line
    ]
