"""The ``citekit`` command: each subcommand is a module here with ``register(subparsers)``.

Exit status: 0 success, 1 when some inputs had problems (still output), 2 usage or input errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from ..errors import CitekitError
from .common import check_paths, utf8_stdout

COMMANDS = ("parse", "format", "check", "links", "convert", "cite", "lang", "library")
"""Subcommands, each a module here; only the one asked for is imported (start-up cost)."""

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _chosen(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names, when its first argument is one (else None)."""
    return argv[0] if argv and argv[0] in COMMANDS else None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered (just ``only``, if given:
    its module alone is imported, and its help and errors are the same)."""
    parser = argparse.ArgumentParser(
        prog="citekit",
        description="Parse, check and render citations of multilingual sources.",
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"citekit {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only else COMMANDS:
        importlib.import_module(f".{name}", __name__).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status."""
    utf8_stdout()
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(_chosen(argv))
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        check_paths(args)
        return int(args.handler(args))
    except CitekitError as exc:
        print(f"citekit: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"citekit: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
