"""``citekit cite``: a Markdown document's pandoc citations rendered, bibliography appended."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..documents import DOCUMENT_FORMATS, cite_document
from ..errors import UsageError
from ..sources import display_name, read_text
from .common import add_output_option, report, write_output
from .library import add_library_options, load_input


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cite",
        help="render the citations of a Markdown document ([@key], @key) with a bibliography",
        description=(
            "Render pandoc-style citations ([@hong2023], [@kim2023a, p 3], @kim2023a says) in a "
            "Markdown document and append the bibliography. Note styles such as OSCOLA put "
            "citations in footnotes (real footnotes in Word)."
        ),
    )
    parser.add_argument("file", metavar="ARTICLE", help="Markdown document, or -")
    parser.add_argument(
        "--bib",
        metavar="REFS",
        help="references in any supported format, including an informal list",
    )
    add_library_options(parser)
    parser.add_argument(
        "--style", default="oscola", metavar="NAME|PATH", help="CSL style (default oscola)"
    )
    parser.add_argument(
        "--to", choices=tuple(DOCUMENT_FORMATS), help="output format (default: from OUT, else md)"
    )
    parser.add_argument("--locale", help="CSL locale such as en-GB (default: the style's)")
    parser.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    add_output_option(parser)
    parser.set_defaults(handler=run)


def document_format(to: str | None, out: str | None) -> str:
    """The format asked for, or the one OUT's extension names (Markdown by default)."""
    if to:
        return to
    suffix = Path(out).suffix.lower().lstrip(".") if out and out != "-" else "md"
    suffix = {"markdown": "md", "htm": "html", "latex": "tex"}.get(suffix, suffix)
    if suffix not in DOCUMENT_FORMATS:
        choices = ", ".join(f".{name}" for name in DOCUMENT_FORMATS)
        raise UsageError(f"cannot write {out}: give -o a {choices} name, or --to")
    return suffix


def run(args: argparse.Namespace) -> int:
    to = document_format(args.to, args.output)
    markdown = read_text(args.file)
    library = load_input(args, args.bib)
    good = library.parsed_items
    cited = cite_document(
        markdown, good, style=args.style, to=to, locale=args.locale, name=display_name(args.file)
    )
    report(library.diagnostics, quiet=args.quiet)
    report(cited.diagnostics, quiet=args.quiet)
    write_output(cited.output, args.output)
    problems = [d for d in [*library.diagnostics, *cited.diagnostics] if d.severity == "error"]
    return 1 if problems else 0
