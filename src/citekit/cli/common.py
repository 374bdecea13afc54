"""Helpers shared by subcommands: writing output and reporting diagnostics."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from collections.abc import Iterable
from pathlib import Path

from ..diagnostics import Diagnostic
from ..digits import is_digits
from ..errors import UsageError
from ..fileio import write_atomic

_INPUT_OPTIONS = ("file", "files", "bib", "citations", "doc", "library")


def write_output(data: str | bytes, out: str | None) -> None:
    """Write to ``out`` atomically, or to stdout when ``out`` is None or ``-``.

    A file that cannot be written, and binary output (docx) meant for a terminal, are
    ``UsageError``s that name the problem.
    """
    if out and out != "-":
        try:
            write_atomic(out, data)
        except OSError as exc:
            raise UsageError(f"cannot write the output: {_why(exc, out)}", file=out) from exc
        return
    if isinstance(data, bytes):
        if sys.stdout.isatty():
            raise UsageError("binary output is not printed on a terminal: give -o FILE")
        sys.stdout.buffer.write(data)
    else:
        sys.stdout.write(data)
    sys.stdout.flush()


def utf8_stdout() -> None:
    """Write standard output in UTF-8 whatever the locale says, as pandoc and ``-o`` files do.

    A Latin-1 or ASCII locale would otherwise make the first Hangul character a traceback.
    """
    encoding = (getattr(sys.stdout, "encoding", None) or "").lower().replace("-", "")
    if encoding != "utf8" and hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")


def _why(exc: OSError, out: str) -> str:
    """A reason a person can act on (the temporary file's name means nothing to them)."""
    parent = Path(out).parent
    if not parent.is_dir():
        return f"there is no directory {str(parent)!r}"
    if Path(out).is_dir():
        return "it is a directory"
    return exc.strerror or str(exc)


def check_paths(args: argparse.Namespace) -> None:
    """Raise ``UsageError`` when two inputs are standard input or ``-o`` names an input."""
    inputs = []
    for option in _INPUT_OPTIONS:
        given = getattr(args, option, None)
        inputs += [path for path in (given if isinstance(given, list) else [given]) if path]
    if inputs.count("-") > 1:
        raise UsageError("only one input can be standard input (-); give the others as files")
    out = getattr(args, "output", None)
    if not out or out == "-" or not os.path.isfile(out):  # /dev/stdout may be stdin's tty
        return
    if "-" in inputs and _is_stdin(out):  # ``< refs.txt -o refs.txt``: stdin has no name
        raise UsageError(
            "-o names the file standard input is read from, which citekit never overwrites; "
            "choose another -o",
            file=out,
        )
    for path in inputs:
        if isinstance(path, str) and os.path.exists(path) and os.path.samefile(path, out):
            raise UsageError(
                "-o names an input file, which citekit never overwrites; choose another -o",
                file=out,
            )


def report_lines(diagnostics: Iterable[Diagnostic], *, quiet: bool = False) -> list[str]:
    """The lines ``report`` prints."""
    return [
        f"citekit: {diagnostic}"
        for diagnostic in diagnostics
        if not quiet or diagnostic.severity == "error"
    ]


def _is_stdin(path: str) -> bool:
    """True when ``path`` is the regular file open as our standard input."""
    try:
        given, target = os.fstat(0), os.stat(path)
    except OSError:
        return False
    same = (given.st_dev, given.st_ino) == (target.st_dev, target.st_ino)
    return stat.S_ISREG(given.st_mode) and same


def report(diagnostics: Iterable[Diagnostic], *, quiet: bool = False) -> None:
    """Print diagnostics on stderr, one per line (errors always, others unless quiet)."""
    for diagnostic in diagnostics:
        if quiet and diagnostic.severity != "error":
            continue
        print(f"citekit: {diagnostic}", file=sys.stderr)


def positive(text: str) -> int:
    """A whole number of at least 1 (an ``argparse`` type)."""
    if not is_digits(text) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number >= 1, not {text!r}")
    return int(text)


def add_output_option(parser) -> None:  # type: ignore[no-untyped-def]
    """The ``-o/--output`` option every writing command shares."""
    parser.add_argument(
        "-o", "--output", metavar="OUT", help="write here (atomically) instead of standard output"
    )


def use_colour(args: argparse.Namespace, stream) -> bool:  # type: ignore[no-untyped-def]
    """Colour as ``--color`` says: ``always``, ``never``, or ``auto`` (a terminal, and no
    ``NO_COLOR`` in the environment)."""
    choice = getattr(args, "color", None) or "auto"
    if choice == "always":
        return True
    if choice == "never" or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())
