"""``citekit format``: references (informal or structured) rendered in a citation style."""

from __future__ import annotations

import argparse
import sys

from ..api import render
from ..render import MODES, OUTPUT_FORMATS, Rendered, read_clusters
from ..sources import display_name
from .common import add_output_option, report, write_output
from .confidence import add_confidence_option, below, doubtful
from .library import add_library_options, load_input


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "format",
        help="render references as a bibliography, footnotes or in-text citations",
        description="Parse references if needed and render them with a CSL style.",
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="references (any supported format), or -"
    )
    add_library_options(parser)
    parser.add_argument(
        "--style",
        required=True,
        metavar="NAME|PATH",
        help="CSL style id (oscola, apa, ...) or a .csl file",
    )
    parser.add_argument(
        "--mode",
        choices=MODES,
        default="bibliography",
        help="what to render (default bibliography)",
    )
    parser.add_argument(
        "--to",
        choices=OUTPUT_FORMATS,
        default="text",
        help="output format (default text; docx needs -o or a pipe)",
    )
    parser.add_argument("--locale", help="CSL locale such as en-GB (default: the style's)")
    parser.add_argument(
        "--script",
        choices=("original", "romanized", "both"),
        help="how to show non-Latin titles and names (default: the style's policy)",
    )
    parser.add_argument(
        "--romanization", choices=("rr", "mr", "ala-lc"), help="romanization system (default rr)"
    )
    parser.add_argument(
        "--citations",
        metavar="FILE",
        help="render these citations (JSON list of clusters, or Markdown with [@key, p 4])",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    add_confidence_option(parser)
    add_output_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    loaded = load_input(args, args.file)
    failing = below(loaded, args.min_confidence)
    report(loaded.diagnostics + doubtful(loaded) + failing, quiet=args.quiet)
    good = loaded.parsed_items
    rendered = _render(args, good)
    for problem in [] if args.quiet else rendered.problems:
        print(f"citekit: warning: {problem}", file=sys.stderr)
    if args.citations:
        where = display_name(args.citations)
        report([d.at(file=where) for d in rendered.diagnostics], quiet=args.quiet)
    write_output(rendered.output, args.output)
    return 1 if loaded.problems or rendered.diagnostics or failing else 0


def _render(args: argparse.Namespace, good: list) -> Rendered:
    """The references rendered as asked: the --citations file's citations, or every item."""
    return render(
        good,
        style=args.style,
        mode=args.mode,
        to=args.to,
        locale=args.locale,
        script=args.script,
        romanization=args.romanization,
        clusters=read_clusters(args.citations) if args.citations else None,
    )
