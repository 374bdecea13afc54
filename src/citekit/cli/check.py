"""``citekit check``: static pre-publication checks of a reference list, with safe fixes."""

from __future__ import annotations

import argparse
import gc
import sys

from ..check import check, fix, load_checked, styles
from ..check.selection import selected_rules
from ..check.writeback import encode_like
from ..check.writers import WRITERS
from ..config import settings
from ..diagnostics import SEVERITY_RANK, Diagnostic
from ..errors import UsageError
from ..pipeline import load_text
from ..sources import STDIN, read_bytes
from .common import add_output_option, use_colour, write_output
from .library import add_library_options, load_input
from .online import add_verify_options, verifier_from


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="find problems with URLs, DOIs, dates, hygiene and citations before publishing",
        description="Check a reference list (and the article citing it). No network is used "
        "unless --online, which also compares each reference with its DOI record, catalogue "
        "entry and cited page.",
    )
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="references (any supported format), or -"
    )
    add_library_options(parser)
    parser.add_argument(
        "--style",
        choices=styles(),
        help="style whose rules apply (default: the project's style, else oscola)",
    )
    parser.add_argument(
        "--doc", metavar="ARTICLE", help="article (Markdown, text, .docx) to match citations"
    )
    parser.add_argument("--to", choices=tuple(WRITERS), default="text", help="report format")
    parser.add_argument(
        "--fail-on",
        choices=tuple(SEVERITY_RANK)[::-1],
        help="lowest severity that makes the exit status 1 (default error)",
    )
    rules = parser.add_argument_group(
        "rule selection",
        "CODES: comma-separated rule ids (url-http), families (urls, hygiene) or id prefixes "
        "(url-, date); also check.select/ignore/extend-select in citekit.toml. A reference is "
        "silenced by a '# citekit: ignore[RULE,...]' line before it (no list: every rule) or "
        "by custom.citekit-ignore in its CSL-JSON.",
    )
    rules.add_argument("--select", action="append", metavar="CODES", help="only these rules")
    rules.add_argument("--ignore", action="append", metavar="CODES", help="never these rules")
    rules.add_argument("--extend-select", action="append", metavar="CODES", help="these rules too")
    parser.add_argument(
        "--color",
        "--colour",
        choices=("auto", "always", "never"),
        default=argparse.SUPPRESS,
        help="colour the report: auto (a terminal without NO_COLOR), always, never",
    )
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when findings are reported"
    )
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="print how many findings each rule has, instead of the findings",
    )
    parser.add_argument(
        "--stale", metavar="AGE", help="report access dates older than AGE (24m, 2y, 90d)"
    )
    parser.add_argument(
        "--online",
        action="store_true",
        help="also compare each reference with its sources (title-differs, date-differs, ...)",
    )
    add_verify_options(parser)
    parser.add_argument(
        "--fix",
        action="store_true",
        help="apply safe fixes; the fixed list goes to -o (or stdout, the report to stderr)",
    )
    target = parser.add_mutually_exclusive_group()
    add_output_option(target)
    target.add_argument(
        "--in-place", action="store_true", help="with --fix: rewrite FILE, keeping FILE.bak"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.in_place and not args.fix:
        raise UsageError("--in-place only goes with --fix")
    if args.in_place and args.file == STDIN:
        raise UsageError("--in-place needs a file, not standard input")
    if args.library:
        if args.fix:
            raise UsageError("--fix rewrites a file of references; it does not apply to --library")
        loaded, text = load_input(args, args.file), None
    elif not args.file:
        raise UsageError("give a file of references (or - for standard input), or --library")
    else:
        loaded, text = load_checked(args.file)
    project = settings()
    selected = selected_rules(
        args.select or project.get("check.select"),
        [*(args.ignore or []), *project.get("check.ignore", [])],
        [*(args.extend_select or []), *project.get("check.extend-select", [])],
    )
    style = args.style or project.get("style") or "oscola"
    if style not in styles():
        style = "oscola" if not args.style else style
    verifier = verifier_from(args) if args.online or args.offline else None
    options = {"style": style, "doc": args.doc, "stale": args.stale, "selected": selected,
               "verifier": verifier}  # fmt: skip
    # What was read lives until the command ends: frozen, the collector's full passes stop
    # walking it again and again while the rules run (that made check superlinear, #13)
    gc.freeze()
    findings = check(loaded, text=text, **options)
    applied: list[Diagnostic] | None = None
    report_to_stderr = False
    if args.fix:
        fixed = fix(text, findings, file=loaded.source)
        applied = fixed.applied
        # the report is the fixed list's: what a re-check of the output finds
        findings = check(load_text(fixed.text, loaded.source), text=fixed.text, **options)
        original = read_bytes(args.file) if args.file != STDIN else None
        data = encode_like(original, fixed.text)
        if args.in_place:
            write_output(original or b"", args.file + ".bak")
            write_output(data, args.file)
        else:
            write_output(data, args.output)
            report_to_stderr = not args.output or args.output == "-"
    stream = sys.stderr if report_to_stderr else sys.stdout
    colour = args.to == "text" and use_colour(args, stream)
    if args.statistics:
        report = statistics(findings, applied)
    else:
        report = WRITERS[args.to](findings, colour=colour, applied=applied)
    if args.output and not args.fix:
        write_output(report, args.output)
    else:
        stream.write(report)
        stream.flush()
    threshold = SEVERITY_RANK[args.fail_on or project.get("check.fail-on") or "error"]
    if args.exit_zero:
        return 0
    return 1 if any(SEVERITY_RANK[f.severity] >= threshold for f in findings) else 0


def statistics(findings: list[Diagnostic], applied: list[Diagnostic] | None) -> str:
    """One line per rule: how many findings, how many fixable, the rule's summary."""
    from collections import Counter

    from ..check import rules

    counts = Counter(f.rule for f in findings)
    fixable = Counter(f.rule for f in findings if f.fix)
    known = rules()
    lines = []
    for rule, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        summary = known[rule].summary if rule in known else ""
        mark = f" ({fixable[rule]} fixable)" if fixable[rule] else ""
        lines.append(f"{count:>6}  {rule:<26} {summary}{mark}")
    total = f"{sum(counts.values())} findings"
    if applied is not None:
        total += f" after {len(applied)} fixed"
    return "\n".join([*lines, total]) + "\n"
