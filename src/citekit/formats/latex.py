"""LaTeX in BibTeX field values: decoding to Unicode on input, escaping on output.

Unicode (Korean included) is written as it is: only the characters LaTeX treats as
special are escaped, and title words whose capitals a style must not lower are braced.
"""

from __future__ import annotations

import re

from .. import rx

_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    **{ch: "\\" + ch for ch in "&%$#_"},
}
_SPECIAL = rx.compile("|".join(re.escape(ch) for ch in _ESCAPES))
_LIGATURE = rx.compile(r"([-`'?!<>,])(?=[-`'<>,])")
_TIE = rx.compile(r"(?<!\\)~")
_WORD = rx.compile(r"([^\W\d_]+(?:['’-][^\W\d_]+)*)")
_NEEDS_DECODER = rx.compile(r"[\\$~]|--")
_DECODER = None
_ENCODER = None


def decode(value: str) -> str:
    """Unicode text of a LaTeX field value (accents, escapes and case braces removed)."""
    if not _NEEDS_DECODER.search(value):
        return value.replace("{", "").replace("}", "")
    global _DECODER
    if _DECODER is None:
        from pylatexenc.latex2text import LatexNodes2Text

        _DECODER = LatexNodes2Text(math_mode="verbatim", strict_latex_spaces=True)
    value = _TIE.sub(" ", value.replace(r"\textasciicircum{}", "^"))
    if _depth(value) <= MAX_DEPTH:
        try:
            return _DECODER.latex_to_text(value)
        except RecursionError:
            pass
    return _COMMAND.sub("", value).replace("{", "").replace("}", "")  # too deep to decode


MAX_DEPTH = 40  # braces nested deeper are not decoded (pylatexenc recurses per level)
_COMMAND = rx.compile(r"\\(?:[A-Za-z]+\*?|.)\s*")


def _depth(value: str) -> int:
    """How deeply braces nest in ``value``."""
    deepest = level = 0
    for ch in value:
        if ch == "{":
            level += 1
            deepest = max(deepest, level)
        elif ch == "}":
            level = max(0, level - 1)
    return deepest


def braced_text(value: str) -> list[str]:
    """The text of each top-level ``{...}`` group of a field value, decoded: the words a
    BibTeX user protected from case changes (``{Korean}``, ``{East Asia}``). Groups that
    start with a command (``{\\"o}``, an accent) are letters, not protection."""
    groups, depth, start = [], 0, 0
    for index, char in enumerate(value):
        if char == "{" and (index == 0 or value[index - 1] != "\\"):
            depth += 1
            if depth == 1:
                start = index + 1
        elif char == "}" and depth and value[index - 1] != "\\":
            depth -= 1
            if depth == 0 and not value[start:index].startswith("\\"):
                text = decode(value[start:index]).strip()
                if text:
                    groups.append(text)
    return groups


def latex_commands(value: str) -> str:
    """Accented and other non-ASCII letters as LaTeX commands (``ö`` → ``{\\"o}``).

    Characters LaTeX has no command for (Hangul, Han) are left in UTF-8.
    """
    global _ENCODER
    if _ENCODER is None:
        from pylatexenc.latexencode import UnicodeToLatexEncoder

        _ENCODER = UnicodeToLatexEncoder(
            non_ascii_only=True,
            unknown_char_policy="keep",
            unknown_char_warning=False,
            replacement_latex_protection="braces-all",
        )
    return _ENCODER.unicode_to_latex(value)


def escape(value: str) -> str:
    """``value`` with LaTeX's special characters escaped; everything else left as it is."""
    value = _SPECIAL.sub(lambda match: _ESCAPES[match.group()], value)
    return _LIGATURE.sub(r"\1{}", value)


def protect_case(title: str) -> str:
    """Escape a title and brace each word whose capitals must survive sentence-casing.

    Braced: words with a capital after their first letter (``DPRK``, ``iPhone``) and
    capitalised words other than the first, so a style that lower-cases titles keeps them.
    """
    out = []
    for index, piece in enumerate(_WORD.split(title)):
        if index % 2 == 0:
            out.append(escape(piece))
            continue
        inner_capital = any(ch.isupper() for ch in piece[1:])
        capitalised = piece[:1].isupper() and index > 1
        out.append(f"{{{piece}}}" if inner_capital or capitalised else piece)
    return "".join(out)
