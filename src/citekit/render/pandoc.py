"""Running pandoc's citeproc once over a generated document, with citekit's Lua writer."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import tempfile
from collections.abc import Callable
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

from ..errors import RenderError
from ..model import CSLItem
from .prepare import family_first_names, unspaced_names
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
) -> tuple[dict[str, Any], bytes | None]:
    """Render ``body`` (Markdown with citations) against ``items``: (writer JSON, docx bytes).

    ``body`` None cites every item with ``nocite: '@*'`` (for a bibliography: pandoc then
    skips the citations, about half its work in a note style). Pandoc registers such items
    in id order, which ``ids.internal_ids`` makes the input order, so ties (year suffixes)
    are broken as when each item is cited once, in order.
    ``order``: the bibliography's ids in the order the writer should put them."""
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
        refs.write_text(items_json(items), encoding="utf-8")
        docx = Path(tmp) / "out.docx"
        document = (
            "---\n" + json.dumps(header, ensure_ascii=False) + "\n---\n\n" + (body or "") + "\n"
        )
        arguments = [
            "--from=markdown",
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


def run_pandoc(
    arguments: list[str], document: str, *, failure: str, file: str | None = None
) -> subprocess.CompletedProcess[bytes]:
    """Run pandoc on ``document`` (stdin); a failure raises ``RenderError`` with its message."""
    done = RUNNER(arguments, document) if RUNNER else None
    try:
        done = done or subprocess.run(
            [pandoc_path(), *arguments], input=document.encode("utf-8"), capture_output=True
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
