"""``citekit serve``: the local web page (paste, check, format, audit links, library)."""

from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path

from ..errors import UsageError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="a local web page: paste a list, pick a style, check, copy or download",
        description="Serve citekit's web page on 127.0.0.1. The printed address carries a "
        "token that is new at every start; only this machine's browser with that token "
        "gets in. Stop with Ctrl-C.",
    )
    parser.add_argument(
        "--port", type=int, default=8765, metavar="N", help="port (default 8765; 0: any free port)"
    )
    parser.add_argument("--open", action="store_true", help="open the page in the browser")
    parser.add_argument(
        "--library",
        metavar="PATH",
        help="the library file the page saves to and searches (default: the user library)",
    )
    parser.add_argument(
        "--no-link-cache", action="store_true", help="do not use the link audit's cache"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        from ..serve import ServeOptions
        from ..serve.runner import serve_forever, url
    except ImportError as error:
        raise UsageError(
            f"citekit serve needs its extra packages ({error.name}): pip install 'citekit[serve]'"
        ) from error
    if not 0 <= args.port <= 65535:
        raise UsageError(f"--port must be 0-65535, not {args.port}")
    options = ServeOptions(
        port=args.port,
        library=Path(args.library) if args.library else None,
        link_cache=not args.no_link_cache,
    )

    def ready(bound: ServeOptions) -> None:
        address = url(bound)
        print(f"citekit serve: open {address}", flush=True)
        print("(Ctrl-C stops the server)", file=sys.stderr, flush=True)
        if args.open:
            webbrowser.open(address)

    serve_forever(options, on_ready=ready)
    return 0
