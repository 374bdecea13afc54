"""``citekit convert``: a library from any supported format (or an informal list) to another."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..errors import UsageError
from ..formats import FORMATS, write_library
from ..pipeline import load
from .common import add_output_option, report, write_output

_EXTENSIONS = {
    ".bib": "biblatex",
    ".ris": "ris",
    ".json": "csl-json",
    ".yaml": "csl-yaml",
    ".yml": "csl-yaml",
}


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "convert",
        help="convert a library between BibTeX, BibLaTeX, RIS, CSL-JSON and CSL-YAML",
        description=(
            "Read a library (format recognised by content; an informal list is parsed) and "
            "write it in another format. Fields the output format cannot hold are named on "
            "stderr, never dropped silently."
        ),
    )
    parser.add_argument("file", metavar="IN", help="library in any supported format, or -")
    parser.add_argument(
        "--to", choices=FORMATS, help="output format (default: from OUT's extension)"
    )
    parser.add_argument(
        "--latex",
        action="store_true",
        help='BibTeX/BibLaTeX: accented letters as LaTeX commands (ö → {\\"o}); Hangul stays UTF-8',
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    add_output_option(parser)
    parser.set_defaults(handler=run)


def output_format(to: str | None, out: str | None) -> str:
    """The format asked for, or the one OUT's extension names."""
    if to:
        return to
    suffix = Path(out).suffix.lower() if out and out != "-" else ""
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    raise UsageError(
        "say which format to write with --to (or give -o a .bib/.ris/.json/.yaml name)"
    )


def run(args: argparse.Namespace) -> int:
    target = output_format(args.to, args.output)
    loaded = load(args.file)
    written = write_library(loaded.items, target, latex=args.latex)
    report(loaded.diagnostics, quiet=args.quiet)
    report([d.at(file=loaded.source) for d in written.diagnostics], quiet=args.quiet)
    write_output(written.text, args.output)
    return 1 if loaded.problems else 0  # fields a format cannot hold are warnings
