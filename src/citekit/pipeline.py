"""The flow from a file to CSL-JSON items: read, recognise the format, parse, locate problems."""

from __future__ import annotations

from .diagnostics import Diagnostic
from .errors import InputError
from .formats import read_library
from .formats.detect import is_sqlite_file
from .keys import assign_keys
from .model import CSLItem
from .parse_pool import parse_all
from .records import dataclass, field
from .sources import Reference, display_name, read_text, split_references, to_nfc


@dataclass
class Loaded:
    """Items read from one input, with the references they came from and any diagnostics.

    ``references`` is parallel to ``items`` for informal lists and empty for structured files.
    ``failed`` holds the indexes of items whose reference could not be parsed.
    """

    source: str
    items: list[CSLItem] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)

    @property
    def parsed_items(self) -> list[CSLItem]:
        """The items whose reference could be parsed (the ones to render or cite)."""
        failed = set(self.failed)
        return [item for index, item in enumerate(self.items) if index not in failed]

    @property
    def problems(self) -> bool:
        """True when a reference or entry could not be parsed or read (exit status 1)."""
        return bool(self.failed) or any(d.severity == "error" for d in self.diagnostics)


def parse_references(references: list[Reference]) -> Loaded:
    """Parse informal references; a bad one is reported and the rest still parsed.

    Items get readable citation keys as ids (``hong2023``, ``kim2023a``), unique in the list.
    """
    loaded = Loaded(source=references[0].file if references else "<input>", references=references)
    found: list[list[Diagnostic]] = []
    for item, diagnostics in parse_all([ref.raw for ref in references]):
        loaded.items.append(item)
        found.append(diagnostics)
    from .lang.detect import release_model

    release_model()  # the language model's pages are not needed to render
    keys = assign_keys(loaded.items)
    loaded.items = [{"id": key, **item} for key, item in zip(keys, loaded.items, strict=True)]
    for index, key in enumerate(keys):
        ref = references[index]
        located = [d.at(file=ref.file, line=ref.line, item_id=key) for d in found[index]]
        loaded.diagnostics.extend(located)
        if any(d.severity == "error" for d in located):
            loaded.failed.append(index)
    return loaded


def load_text(text: str, name: str = "<stdin>", *, per_line: bool = False) -> Loaded:
    """Items from already-decoded text: a structured format, or an informal list parsed."""
    text = to_nfc(text)
    structured = read_library(text, name)
    if structured is not None:
        return Loaded(source=name, items=structured.items, diagnostics=structured.diagnostics)
    references = split_references(text, name, per_line=per_line)
    loaded = parse_references(references)
    loaded.source = name
    return loaded


def load(path: str, *, per_line: bool = False) -> Loaded:
    """Items from a file (or ``-`` for stdin). Raises ``InputError`` on unreadable input."""
    name = display_name(path)
    if path != "-" and is_sqlite_file(path):
        from .formats.zotero_sqlite import read_zotero_sqlite

        zotero = read_zotero_sqlite(path)
        return Loaded(source=name, items=zotero.items, diagnostics=zotero.diagnostics)
    text = read_text(path)
    loaded = load_text(text, name, per_line=per_line)
    if not loaded.items and not text.strip():
        loaded.diagnostics.append(
            Diagnostic("empty-input", "warning", "no references found: the input is empty").at(
                file=name
            )
        )
    return loaded


__all__ = ["Loaded", "load", "load_text", "parse_references", "InputError"]
