"""``citekit-filter``: citekit inside your own pandoc run (``pandoc --filter citekit-filter``).

A pandoc JSON filter. It reads the document's ``bibliography:`` files in any format citekit
reads (informal reference lists are parsed, Zotero and RIS files read), applies citekit's
multilingual presentation for the ``csl:`` style (romanized and translated titles,
Korean names), and renders the citations as ``citekit cite`` does, so the two give the
same footnotes. Use it instead of ``--citeproc``:

    pandoc article.md --filter citekit-filter -o article.docx

Problems (an unknown key, a reference that cannot be parsed) are reported on stderr;
pandoc goes on with the rest.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence

from ..errors import CitekitError


def _meta_text(value: object) -> str:
    from . import _stringify

    return _stringify(value).strip()


def _meta_list(value: object) -> list[str]:
    if isinstance(value, dict) and value.get("t") == "MetaList":
        return [_meta_text(entry) for entry in value.get("c", [])]
    text = _meta_text(value)
    return [text] if text else []


def filter_document(tree: str) -> tuple[str, list[str]]:
    """The pandoc JSON document ``tree`` with its citations rendered, and the problems."""
    from ..cli.common import report_lines
    from ..config import settings
    from ..pipeline import load
    from . import cite_document

    document = json.loads(tree)
    meta = document.get("meta", {})
    paths = _meta_list(meta.get("bibliography"))
    style = _meta_text(meta.get("csl")) or settings().get("style") or "oscola"
    problems: list[str] = []
    items = []
    for path in paths:
        loaded = load(path)
        problems += report_lines(loaded.diagnostics)
        items += loaded.parsed_items
    if not paths and "references" not in meta:
        problems.append("citekit-filter: the document has no bibliography: in its metadata")
    result = cite_document(tree, items, style=style, to="json", name=paths[0] if paths else "-")
    problems += report_lines(result.diagnostics)
    return result.output if isinstance(result.output, str) else result.output.decode(), problems


def main(argv: Sequence[str] | None = None) -> int:
    """Read pandoc's JSON on stdin, write it back with the citations rendered."""
    del argv  # pandoc passes the output format; the document tree is all citekit needs
    try:
        output, problems = filter_document(sys.stdin.buffer.read().decode("utf-8"))
    except CitekitError as exc:
        print(f"citekit-filter: {exc}", file=sys.stderr)
        return 2
    for line in problems:
        print(line, file=sys.stderr)
    sys.stdout.buffer.write(output.encode("utf-8"))
    sys.stdout.flush()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main(sys.argv[1:]))
