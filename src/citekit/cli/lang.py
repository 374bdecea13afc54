"""``citekit lang``: language detection, Hanja readings and romanization, one line at a time."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from ..errors import InputError
from ..lang import detect_language, hangul_reading, romanize
from ..lang.romanize import MODES, SYSTEMS


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "lang",
        help="detect languages, read Hanja, romanize Korean (stdin lines to stdout lines)",
        description="Each tool reads one input per line on stdin and prints one line per input.",
    )
    tools = parser.add_subparsers(dest="tool", metavar="TOOL", required=True)
    detect = tools.add_parser(
        "detect", help="print the language (ISO 639-1) of each line, or 'und'"
    )
    detect.set_defaults(
        handler=lambda args: _each_line(lambda line: detect_language(line) or "und")
    )
    hangul = tools.add_parser("hangul", help="print each line with its Hanja read as Hangul")
    hangul.set_defaults(handler=lambda args: _each_line(hangul_reading))
    roman = tools.add_parser("romanize", help="print each line of Korean in Latin letters")
    roman.add_argument(
        "--system", choices=SYSTEMS, default="rr", help="romanization system (default rr)"
    )
    roman.add_argument(
        "--mode", choices=MODES, default="general", help="kind of text (default general)"
    )
    roman.set_defaults(
        handler=lambda args: _each_line(
            lambda line: romanize(line, system=args.system, mode=args.mode)
        )
    )


def _each_line(convert: Callable[[str], str]) -> int:
    """Apply ``convert`` to each line of stdin (UTF-8 or CP949) and print the results in order."""
    data = sys.stdin.buffer.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp949")  # Korean Windows consoles and files
        except UnicodeDecodeError:
            raise InputError(
                f"not UTF-8 or CP949 text ({exc.reason} at byte {exc.start})", file="<stdin>"
            ) from exc
    out = sys.stdout
    for line in text.splitlines():
        out.write(convert(line.strip()).replace("\n", " ") + "\n")
    out.flush()
    return 0
