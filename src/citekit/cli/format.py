"""``citekit format``: references (informal or structured) rendered in a citation style."""

from __future__ import annotations

import argparse
import contextvars
import shlex
import sys
import threading
from collections.abc import Callable

from ..api import render
from ..errors import UsageError
from ..render import MODES, OUTPUT_FORMATS, Rendered, read_clusters
from ..render.tables import TABLES, auto_tables
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
        metavar="NAME|PATH",
        help="CSL style id (oscola, apa, ...) or a .csl file (default: the project's style)",
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
    parser.add_argument(
        "--tables",
        choices=("auto", "all", "none", *TABLES),
        default="auto",
        help="OSCOLA's lists: Table of Cases, Table of Legislation and Bibliography with"
        " headings (all), one of them, or one plain list (none); auto: all for an OSCOLA"
        " bibliography that has legal sources",
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
    summary = _summary_started(args, loaded)
    rendered = _render(args, good)
    for problem in [] if args.quiet else rendered.problems:
        print(f"citekit: warning: {problem}", file=sys.stderr)
    if args.citations:
        where = display_name(args.citations)
        report([d.at(file=where) for d in rendered.diagnostics], quiet=args.quiet)
    write_output(rendered.output, args.output)
    line = summary()
    if line:
        print(f"citekit: {line}", file=sys.stderr)
    return 1 if loaded.problems or rendered.diagnostics or failing else 0


def _summary_started(args: argparse.Namespace, loaded) -> Callable[[], str | None]:  # noqa: ANN001
    """Start working out the one line that ends ``format`` when ``citekit check`` has
    errors or residue to report; the function returned waits for it (None: no line).

    The checks run on a thread while the references render, which is mostly a wait for
    pandoc: a command formatting one reference ends about 20 ms sooner."""
    if args.quiet:
        return lambda: None
    target = "--library" if args.library else shlex.quote(args.file or "-")
    outcome: list = []

    def work() -> None:
        from ..check.summary import problem_summary

        try:
            outcome.append(problem_summary(loaded, style=args.style,
                                           command=f"citekit check {target}"))
        except BaseException as error:  # raised again where the line is waited for
            outcome.append(error)

    thread = threading.Thread(target=contextvars.copy_context().run, args=(work,), daemon=True)
    thread.start()

    def line() -> str | None:
        thread.join()
        if isinstance(outcome[0], BaseException):
            raise outcome[0]
        return outcome[0]

    return line


def _render(args: argparse.Namespace, good: list) -> Rendered:
    """The references rendered as asked: the --citations file's citations, or every item.

    ``--style``, ``--locale``, ``--script`` and ``--romanization`` default to the project
    configuration's ``style``, ``locale``, ``script`` and ``romanization``."""
    from ..config import settings

    project = settings()
    style = args.style or project.get("style")
    if not style:
        raise UsageError("give --style NAME (or style = \"NAME\" in citekit.toml)")
    return render(
        good,
        style=style,
        mode=args.mode,
        to=args.to,
        locale=args.locale or project.get("locale"),
        script=args.script or project.get("script"),
        romanization=args.romanization or project.get("romanization"),
        clusters=read_clusters(args.citations) if args.citations else None,
        tables=_tables(args, good),
    )


def _tables(args: argparse.Namespace, items: list) -> tuple[str, ...] | None:
    """The OSCOLA tables asked for (``--tables``), or None for one plain list."""
    if args.tables in ("auto", "none"):
        wanted = args.tables == "auto" and auto_tables(args.style, items)
        return TABLES if wanted and args.mode == "bibliography" and not args.citations else None
    if args.mode != "bibliography" or args.citations:
        raise UsageError("--tables lists a bibliography; it cannot go with --mode"
                         f" {args.mode}{' or --citations' if args.citations else ''}")
    return TABLES if args.tables == "all" else (args.tables,)
