"""Helpers shared by subcommands: writing output and reporting diagnostics."""

from __future__ import annotations

import sys
from collections.abc import Iterable

from ..diagnostics import Diagnostic
from ..fileio import write_atomic


def write_output(data: str | bytes, out: str | None) -> None:
    """Write to ``out`` atomically, or to stdout when ``out`` is None or ``-``."""
    if out and out != "-":
        write_atomic(out, data)
        return
    if isinstance(data, bytes):
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)
    sys.stdout.flush()


def report(diagnostics: Iterable[Diagnostic], *, quiet: bool = False) -> None:
    """Print diagnostics on stderr, one per line (errors always, others unless quiet)."""
    for diagnostic in diagnostics:
        if quiet and diagnostic.severity != "error":
            continue
        print(f"citekit: {diagnostic}", file=sys.stderr)


def add_output_option(parser) -> None:  # type: ignore[no-untyped-def]
    """The ``-o/--output`` option every writing command shares."""
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write here (atomically) instead of standard output"
    )
