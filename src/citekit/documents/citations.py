"""Pandoc citations in a Markdown document: the keys cited, where, and their locators."""

from __future__ import annotations

import re
from functools import lru_cache

from .. import rx
from ..packagedata import data_json
from ..records import dataclass, field

_KEY = r"[\w][\w:.#$%&+?<>~/-]*[\w]|[\w]"
CITATION = rx.compile(rf"(?<![\w.@\\])-?@(?:\{{([^{{}}\s]+)\}}|({_KEY}))")
_FENCE = rx.compile(r"^(```|~~~)")
_FRONT_MATTER = rx.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)


@lru_cache(maxsize=1)
def _labels() -> dict[str, str]:
    data = data_json(__package__, "locators.json")
    return {key: value for key, value in data.items() if not key.startswith("_")}


def cited_keys(markdown: str) -> list[tuple[str, int]]:
    """Each citation key with the 1-based line it is cited on, in document order.

    Fenced code blocks and e-mail addresses are not citations.
    """
    found: list[tuple[str, int]] = []
    fenced = False
    for number, line in enumerate(markdown.split("\n"), start=1):
        if _FENCE.match(line.lstrip()):
            fenced = not fenced
            continue
        if fenced:
            continue
        for match in CITATION.finditer(line):
            found.append((match.group(1) or match.group(2), number))
    return found


_METADATA_BLOCK = rx.compile(r"^---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*$", re.DOTALL | re.MULTILINE)


def check_metadata_blocks(markdown: str, name: str) -> None:
    """Raise ``InputError`` for a YAML metadata block pandoc would choke on (a "billion
    laughs" of aliases, a self-referencing alias, deep nesting): it hangs pandoc."""
    from ..errors import InputError
    from ..formats.yaml_load import LimitError, check_limits

    for match in _METADATA_BLOCK.finditer(markdown):
        try:
            check_limits(match.group(1))
        except LimitError as exc:
            line = markdown.count("\n", 0, match.start(1)) + 1
            mark = exc.problem_mark.line if exc.problem_mark is not None else 0
            raise InputError(f"YAML metadata: {exc.problem}", file=name, line=line + mark) from exc


def front_matter_keys(markdown: str) -> set[str]:
    """Ids of the references in the document's YAML front matter, which pandoc cites too."""
    references = front_matter(markdown).get("references")
    if not isinstance(references, list):
        return set()
    return {str(ref["id"]) for ref in references if isinstance(ref, dict) and "id" in ref}


@dataclass
class DocumentSettings:
    """What a document's YAML front matter asks of its rendering."""

    bibliography: list[str] = field(default_factory=list)
    csl: str | None = None
    lang: str | None = None
    reference_section_title: str | None = None


def front_matter(markdown: str) -> dict:
    """The document's YAML front matter as a mapping (empty when it has none)."""
    import yaml

    from ..formats.yaml_load import load_all

    match = _FRONT_MATTER.match(markdown)
    try:  # with the alias limits of CSL-YAML: a "billion laughs" front matter is no document
        data = next(iter(load_all(match.group(1))), None) if match else None
    except (yaml.YAMLError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def document_settings(markdown: str) -> DocumentSettings:
    """``bibliography:`` (one file or a list), ``csl:``, ``lang:`` and
    ``reference-section-title:`` from the front matter, as pandoc reads them."""
    data = front_matter(markdown)
    bibliography = data.get("bibliography")
    files = bibliography if isinstance(bibliography, list) else [bibliography]

    def text(key: str) -> str | None:
        value = data.get(key)
        return str(value) if isinstance(value, (str, int, float)) and str(value) else None

    return DocumentSettings(
        [str(f) for f in files if isinstance(f, str) and f.strip()],
        text("csl"),
        text("lang"),
        text("reference-section-title"),
    )


def normalise_locators(markdown: str) -> str:
    """Write locator labels (``p 3``, ``s 4``, ``para 5``) in forms pandoc recognises."""
    labels = _labels()
    names = "|".join(re.escape(label) for label in sorted(labels, key=len, reverse=True))
    pattern = re.compile(rf"(@(?:\{{[^{{}}\s]+\}}|{_KEY}),\s*)({names})\.?\s+(?=[0-9IVXLCivxlc])")
    return pattern.sub(lambda m: f"{m.group(1)}{labels[m.group(2)]} ", markdown)
