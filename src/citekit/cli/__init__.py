"""The ``citekit`` command: each subcommand is a module here with ``register(subparsers)``.

Exit status: 0 success, 1 when some inputs had problems (still output), 2 usage or input errors.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from ..errors import CitekitError
from . import check as check_cmd
from . import cite as cite_cmd
from . import convert as convert_cmd
from . import format as format_cmd
from . import lang as lang_cmd
from . import library as library_cmd
from . import links as links_cmd
from . import parse as parse_cmd
from . import serve as serve_cmd
from .common import check_paths, utf8_stdout

COMMANDS = (
    parse_cmd,
    format_cmd,
    check_cmd,
    links_cmd,
    convert_cmd,
    cite_cmd,
    lang_cmd,
    library_cmd,
    serve_cmd,
)

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered."""
    parser = argparse.ArgumentParser(
        prog="citekit",
        description="Parse, check and render citations of multilingual sources.",
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"citekit {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for command in COMMANDS:
        command.register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status."""
    utf8_stdout()
    parser = build_parser()
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
