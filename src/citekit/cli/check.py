"""``citekit check``: static pre-publication checks of a reference list, with safe fixes."""

from __future__ import annotations

import argparse
import gc
import os
import sys

from ..check import check, fix, load_checked, styles
from ..check.fixes import unfixed
from ..check.writeback import encode_like
from ..check.writers import WRITERS
from ..diagnostics import SEVERITY_RANK, Diagnostic
from ..errors import UsageError
from ..sources import STDIN, read_bytes
from .common import add_output_option, write_output
from .library import add_library_options, load_input


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="find problems with URLs, DOIs, dates, hygiene and citations before publishing",
        description="Check a reference list (and the article citing it) without using the network.",
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="references (any supported format), or -"
    )
    add_library_options(parser)
    parser.add_argument(
        "--style",
        choices=styles(),
        default="oscola",
        help="style whose rules apply (default oscola)",
    )
    parser.add_argument(
        "--doc", metavar="ARTICLE", help="article (Markdown, text, .docx) to match citations"
    )
    parser.add_argument("--to", choices=tuple(WRITERS), default="text", help="report format")
    parser.add_argument(
        "--fail-on",
        choices=tuple(SEVERITY_RANK)[::-1],
        default="error",
        help="lowest severity that makes the exit status 1 (default error)",
    )
    parser.add_argument(
        "--stale", metavar="AGE", help="report access dates older than AGE (24m, 2y, 90d)"
    )
    parser.add_argument(
        "--fix",
        action="store_true",
        help="apply safe fixes; the fixed list goes to -o (or stdout, the report to stderr)",
    )
    target = parser.add_mutually_exclusive_group()
    add_output_option(target)
    target.add_argument(
        "--in-place", action="store_true", help="with --fix: rewrite FILE, keeping FILE.bak"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.in_place and not args.fix:
        raise UsageError("--in-place only goes with --fix")
    if args.in_place and args.file == STDIN:
        raise UsageError("--in-place needs a file, not standard input")
    if args.library:
        if args.fix:
            raise UsageError("--fix rewrites a file of references; it does not apply to --library")
        loaded, text = load_input(args, args.file), None
    elif not args.file:
        raise UsageError("give a file of references (or - for standard input), or --library")
    else:
        loaded, text = load_checked(args.file)
    # What was read lives until the command ends: frozen, the collector's full passes stop
    # walking it again and again while the rules run (that made check superlinear, #13)
    gc.freeze()
    findings = check(loaded, style=args.style, doc=args.doc, text=text, stale=args.stale)
    applied: list[Diagnostic] | None = None
    report_to_stderr = False
    if args.fix:
        fixed = fix(text, findings, file=loaded.source)
        applied = fixed.applied
        original = read_bytes(args.file) if args.file != STDIN else None
        data = encode_like(original, fixed.text)
        if args.in_place:
            write_output(original or b"", args.file + ".bak")
            write_output(data, args.file)
        else:
            write_output(data, args.output)
            report_to_stderr = not args.output or args.output == "-"
    stream = sys.stderr if report_to_stderr else sys.stdout
    colour = args.to == "text" and stream.isatty() and "NO_COLOR" not in os.environ
    report = WRITERS[args.to](findings, colour=colour, applied=applied)
    if args.output and not args.fix:
        write_output(report, args.output)
    else:
        stream.write(report)
        stream.flush()
    remaining = unfixed(findings, applied)
    threshold = SEVERITY_RANK[args.fail_on]
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in remaining) else 0
