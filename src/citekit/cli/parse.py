"""``citekit parse``: informal references to CSL-JSON."""

from __future__ import annotations

import argparse
import json

from ..formats import dumps_csl_json
from ..pipeline import load
from .common import add_output_option, report, write_output
from .confidence import add_confidence_option, below, doubtful


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "parse",
        help="parse informal references into CSL-JSON",
        description="Parse informal references (one per line or paragraph) into CSL-JSON.",
    )
    parser.add_argument("file", metavar="FILE", help="reference list, or - for standard input")
    parser.add_argument(
        "--to",
        choices=("csl-json", "jsonl"),
        default="csl-json",
        help="csl-json (a JSON list) or jsonl (one object per non-blank input line, in order)",
    )
    parser.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    add_confidence_option(parser)
    add_output_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    loaded = load(args.file, per_line=args.to == "jsonl")
    failing = below(loaded, args.min_confidence)
    report(loaded.diagnostics + doubtful(loaded) + failing, quiet=args.quiet)
    if args.to == "jsonl":
        text = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in loaded.items)
    else:
        text = dumps_csl_json(loaded.items)
    write_output(text, args.output)
    return 1 if loaded.problems or failing else 0
