"""Options of the commands that ask references' sources (``complete``, ``check --online``)."""

from __future__ import annotations

import argparse

from ..verify import Verifier
from .links import duration


def add_verify_options(parser: argparse.ArgumentParser) -> None:
    """Offline mode, timeout, cache, private addresses and the mailto address for Crossref."""
    group = parser.add_argument_group("asking the sources (DOI, ISBN, the cited page)")
    group.add_argument(
        "--offline",
        action="store_true",
        help="use only what earlier runs cached (pages, DOI and ISBN records); ask nothing",
    )
    group.add_argument(
        "--timeout", type=duration, default=10.0, metavar="S", help="seconds per request (10)"
    )
    group.add_argument(
        "--cache",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="reuse what was fetched in the last day and keep what is fetched (default on)",
    )
    group.add_argument(
        "--cache-file", metavar="PATH", help="SQLite cache file (default: the link cache)"
    )
    group.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch private, loopback and link-local addresses",
    )
    group.add_argument(
        "--mailto",
        metavar="EMAIL",
        help="an address sent to Crossref with each request (its polite pool; or CITEKIT_MAILTO)",
    )


def verifier_from(args: argparse.Namespace) -> Verifier:
    """A ``Verifier`` with the command line's settings."""
    settings = {
        "offline": args.offline,
        "timeout": args.timeout,
        "cache": (args.cache_file or True) if args.cache else False,
        "allow_private": args.allow_private,
    }
    if args.mailto:
        settings["mailto"] = args.mailto
    return Verifier(**settings)
