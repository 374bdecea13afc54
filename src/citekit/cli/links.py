"""``citekit links``: the link-rot audit of every URL a bibliography (or page) cites."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from ..check.writeback import encode_like
from ..config import settings
from ..errors import UsageError
from ..links import audit_links
from ..links.archive import WAYBACK_API
from ..links.audit import DEFAULT_CONCURRENCY, DEFAULT_MAX_AGE, DEFAULT_PER_HOST, DEFAULT_TIMEOUT
from ..links.cache import Cache
from ..links.fetch import MAX_REDIRECTS
from ..links.options import (
    LinkOptions,
    accepted,
    find_ignore_file,
    header,
    patterns,
    read_ignore_file,
)
from ..links.progress import Progress
from ..links.report import FORMATS, write_report
from ..links.transport import USER_AGENT
from ..links.update import updated_copy
from ..sources import STDIN, read_bytes
from .common import add_output_option, positive, report, write_output
from .library import add_library_options, library_items

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def duration(text: str) -> float:
    """``90``, ``30m``, ``12h``, ``7d`` or ``2w`` as seconds."""
    match = re.fullmatch(r"\s*([0-9]+(?:\.[0-9]+)?)\s*([smhdw]?)\s*", text.lower())
    if not match:
        raise argparse.ArgumentTypeError(f"not a duration: {text!r} (try 30m, 12h, 7d)")
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "links",
        help="audit the cited URLs: dead, moved, blocked, soft-404, archived copies",
        description="Check every URL a bibliography, Markdown or HTML file or URL list cites. "
        "Exit status 1 when a link is dead.",
    )
    parser.add_argument(
        "file", metavar="FILE", nargs="?", help="input file, or - for standard input"
    )
    add_library_options(parser)
    parser.add_argument(
        "--to", choices=FORMATS, default="text", help="report format (default text)"
    )
    parser.add_argument(
        "--archive", action="store_true", help="look up archived copies of links that are not alive"
    )
    parser.add_argument(
        "--archive-api", default=WAYBACK_API, metavar="URL", help="availability API endpoint"
    )
    parser.add_argument(
        "--per-host",
        type=positive,
        default=DEFAULT_PER_HOST,
        metavar="N",
        help=f"requests at once to one host (default {DEFAULT_PER_HOST})",
    )
    parser.add_argument(
        "--max-concurrency",
        "--concurrency",
        dest="concurrency",
        type=positive,
        metavar="N",
        help=f"requests at once in all (default {DEFAULT_CONCURRENCY})",
    )
    parser.add_argument(
        "--timeout",
        type=duration,
        metavar="S",
        help=f"seconds per request (default {DEFAULT_TIMEOUT:g})",
    )
    which = parser.add_argument_group(
        "which links, and how",
        "Like lychee: patterns are regular expressions searched in each URL; --include wins "
        "over --exclude; .citekitignore (or .lycheeignore) in the working directory holds "
        "more exclusions, one per line, # for comments. Also [links] in citekit.toml.",
    )
    which.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="REGEX",
        help="do not check URLs matching this (repeatable)",
    )
    which.add_argument(
        "--include",
        action="append",
        default=[],
        metavar="REGEX",
        help="check URLs matching this even when excluded (repeatable)",
    )
    which.add_argument(
        "--ignore-file",
        metavar="PATH",
        help="ignore file to use (default .citekitignore, .lycheeignore)",
    )
    which.add_argument(
        "--accept", metavar="CODES", help="status codes counted as alive: 200,429 or 200..=299"
    )
    which.add_argument("--user-agent", metavar="TEXT", help="the User-Agent header to send")
    which.add_argument(
        "--header",
        action="append",
        default=[],
        metavar="'NAME: VALUE'",
        help="a header to send with every request (repeatable)",
    )
    which.add_argument(
        "--max-redirects",
        type=int,
        metavar="N",
        help="redirects followed before a link counts as a loop (default 10)",
    )
    parser.add_argument(
        "--cache",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="reuse results younger than --max-age (default on)",
    )
    parser.add_argument(
        "--cache-file", metavar="PATH", help="SQLite cache file (default: user cache dir)"
    )
    parser.add_argument("--clear-cache", action="store_true", help="empty the cache first")
    parser.add_argument(
        "--cache-max-age",
        "--max-age",
        dest="max_age",
        type=duration,
        metavar="DURATION",
        help="how old a cached result may be (default 1d)",
    )
    parser.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch private, loopback and link-local addresses",
    )
    parser.add_argument(
        "--update",
        action="store_true",
        help="write a copy of FILE citing final and archived URLs to -o (report to stdout); "
        "asks the web archive (--archive-api, the Wayback Machine by default) for copies of "
        "dead links, so it sends those URLs to the archive",
    )
    add_output_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.clear_cache:
        cache = Cache(args.cache_file)
        cache.clear()
        cache.close()
        if not args.file:
            return 0
    if args.library and (args.file or args.update):
        raise UsageError("--library takes the place of FILE, and --update needs a FILE to copy")
    if not args.file and not args.library:
        raise UsageError("links needs a FILE or --library (or --clear-cache alone)")
    if args.update and not args.output:
        raise UsageError(
            "--update needs -o OUT for the updated copy (the input is never overwritten)"
        )
    project = settings()
    progress = Progress(sys.stderr)
    try:
        audit = audit_links(
            library_items(args) if args.library else args.file,
            archive=args.archive or args.update,
            archive_api=args.archive_api,
            concurrency=args.concurrency
            or project.get("links.max-concurrency")
            or DEFAULT_CONCURRENCY,
            per_host=args.per_host,
            timeout=args.timeout or project.get("links.timeout") or DEFAULT_TIMEOUT,
            cache=(args.cache_file or True) if args.cache else False,
            max_age=args.max_age
            or (
                duration(project.get("links.cache-max-age"))
                if project.get("links.cache-max-age")
                else DEFAULT_MAX_AGE
            ),
            allow_private=args.allow_private,
            progress=progress,
            options=link_options(args, project),
        )
    finally:
        progress.close()
    # input errors, and the audit's own warnings; parse warnings belong to `citekit parse`
    report(d for d in audit.diagnostics if d.severity == "error" or d.rule.startswith("links-"))
    text = write_report(audit, args.to)
    if args.update:
        updated, lost = updated_copy(audit)
        report([d.at(file=args.output) for d in lost])
        original = read_bytes(args.file) if args.file != STDIN else None
        write_output(encode_like(original, updated), args.output)  # CP949, BOM, CRLF kept
        write_output(text, None)
    else:
        write_output(text, args.output)
    unchecked = [r for r in audit.results if r.coarse == "skipped"]
    return 1 if audit.dead or unchecked else 0


def link_options(args: argparse.Namespace, project) -> LinkOptions:  # type: ignore[no-untyped-def]
    """The options of the command line, with the project's [links] and the ignore file."""
    ignore_file = Path(args.ignore_file) if args.ignore_file else find_ignore_file()
    if args.ignore_file and not ignore_file.is_file():
        raise UsageError("no such ignore file", file=args.ignore_file)
    excluded = [*args.exclude, *project.get("links.exclude", [])]
    if ignore_file:
        excluded += read_ignore_file(ignore_file)
    accept = args.accept or ",".join(str(code) for code in project.get("links.accept", []))
    headers = dict(project.get("links.headers", {}))
    headers.update(header(text) for text in args.header)
    return LinkOptions(
        exclude=patterns(excluded, "--exclude"),
        include=patterns([*args.include, *project.get("links.include", [])], "--include"),
        accept=accepted(accept) if accept else frozenset(),
        user_agent=args.user_agent or project.get("links.user-agent") or USER_AGENT,
        headers=headers,
        max_redirects=args.max_redirects or project.get("links.max-redirects") or MAX_REDIRECTS,
    )
