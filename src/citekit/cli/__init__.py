"""The ``citekit`` command: each subcommand is a module here with ``register(subparsers)``.

Exit status: 0 success, 1 when some inputs had problems (still output), 2 usage or input errors.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from .. import cores, parse_pool
from ..errors import CitekitError
from .common import check_paths, utf8_stdout

COMMANDS = ("parse", "format", "check", "links", "complete", "convert", "cite", "lang",
            "library", "config", "completion", "serve")
"""Subcommands, each a module here; only the one asked for is imported (start-up cost)."""

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def _chosen(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` names, after any ``--color WHEN`` (None: register them all,
    as ``completion`` and ``--help`` need)."""
    rest = list(argv)
    while rest and rest[0].startswith(("--color", "--colour")):
        rest = rest[1:] if "=" in rest[0] else rest[2:]
    name = rest[0] if rest else None
    return name if name in COMMANDS and name != "completion" else None


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The argument parser with every subcommand registered (just ``only``, if given:
    its module alone is imported, and its help and errors are the same)."""
    parser = argparse.ArgumentParser(
        prog="citekit",
        description="Parse, check and render citations of multilingual sources.",
    )
    from .. import __version__

    parser.add_argument("--version", action="version", version=f"citekit {__version__}")
    parser.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default="auto",
        help="colour in reports: auto (a terminal without NO_COLOR), always, never",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only else COMMANDS:
        importlib.import_module(f".{name}", __name__).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; return the exit status."""
    utf8_stdout()
    argv = list(sys.argv[1:] if argv is None else argv)
    extra: list[str] = []
    if "--" in argv:  # what follows goes to pandoc (citekit cite ... -- --toc)
        at = argv.index("--")
        argv, extra = argv[:at], argv[at + 1 :]
    parser = build_parser(_chosen(argv))
    args = parser.parse_args(argv)
    if extra:
        if not hasattr(args, "pandoc_args"):
            parser.error("arguments after -- go to pandoc: only `citekit cite` takes them")
        args.pandoc_args = extra
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    token = None
    workers = _parse_workers(args.command)
    try:
        check_paths(args)
        token = _apply_config()
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
    finally:
        parse_pool.use_workers(workers)
        if token is not None:
            from ..keys import KEY_PATTERN

            KEY_PATTERN.reset(token)


def _parse_workers(command: str) -> int:
    """Let this command parse long lists on every core (not ``serve``, whose threads make
    forking unsafe); return the setting to restore when it ends."""
    return parse_pool.use_workers(cores.available() if command != "serve" else 1)


def _apply_config():  # type: ignore[no-untyped-def]
    """Settings of the project configuration that hold for every command (the key
    pattern); the token that undoes them when the command ends."""
    from ..config import settings
    from ..keys import KEY_PATTERN

    return KEY_PATTERN.set(settings().get("keys") or "citekit")
