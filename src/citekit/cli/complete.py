"""``citekit complete``: fill what references leave out from their DOI, ISBN and cited page."""

from __future__ import annotations

import argparse
import sys

from ..diagnostics import SEVERITY_RANK
from ..formats import FORMATS, write_library
from ..verify import complete
from .common import add_output_option, report, write_output
from .convert import output_format
from .library import add_library_options, load_input
from .online import add_verify_options, verifier_from


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "complete",
        help="fill missing fields from each reference's DOI, ISBN and cited page",
        description=(
            "Look every reference up at its sources (DOI resolver, Crossref and DataCite, "
            "Open Library, the cited page's metadata) and fill the fields it leaves out. "
            "Values the reference states are kept unless --fix corrects plain slips "
            "(a typo in a headline, a wrong day). Each filled or corrected value records its "
            "source and time under custom.verified. Differences are reported on stderr; "
            "exit status 1 when there are any."
        ),
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="references (any supported format), or -"
    )
    add_library_options(parser)
    parser.add_argument(
        "--to", choices=FORMATS, help="output format (default csl-json, or from OUT's extension)"
    )
    parser.add_argument(
        "--fix", action="store_true", help="also correct safe differences with the source's value"
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    add_verify_options(parser)
    add_output_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    target = output_format(args.to, args.output) if args.to or args.output else "csl-json"
    loaded = load_input(args, args.file)
    done = complete(loaded.parsed_items, fix=args.fix, verifier=verifier_from(args))
    report(loaded.diagnostics, quiet=args.quiet)
    findings = [d.at(file=loaded.source) for d in done.diagnostics]
    report(findings, quiet=args.quiet)
    filled = sum(map(len, done.filled))
    corrected = sum(map(len, done.corrected))
    if not args.quiet:
        print(
            f"citekit: {filled} field(s) filled, {corrected} corrected in "
            f"{len(done.items)} reference(s)",
            file=sys.stderr,
        )
    written = write_library(done.items, target)
    write_output(written.text, args.output)
    serious = any(SEVERITY_RANK[d.severity] >= SEVERITY_RANK["warning"] for d in findings)
    return 1 if loaded.problems or serious else 0
