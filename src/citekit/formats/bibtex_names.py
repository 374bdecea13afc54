"""BibTeX name lists (``Hong, Jae-min and {UN Human Rights Council}``) to CSL names and back.

Reads the three classic forms (``First von Last``, ``von Last, First``, ``von Last, Jr,
First``), BibLaTeX's extended form (``family=Gogh, given=Vincent, prefix=van``) and braced
organisation names. A ``von`` part becomes the CSL ``non-dropping-particle``; a prefix
marked ``useprefix=false`` becomes the ``dropping-particle``.
"""

from __future__ import annotations

import re
from typing import Any

from .. import rx
from .latex import decode, escape

_EXTENDED_KEYS = {"family", "given", "prefix", "suffix", "useprefix"}


def split_top(text: str, separator: re.Pattern[str]) -> list[str]:
    """Split ``text`` at ``separator`` matches that lie outside braces."""
    parts: list[str] = []
    depth, start, index = 0, 0, 0
    while index < len(text):
        char = text[index]
        if char == "{":
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            match = separator.match(text, index)
            if match and match.end() > index:
                parts.append(text[start:index])
                start = index = match.end()
                continue
        index += 1
    parts.append(text[start:])
    return [part.strip() for part in parts]


_AND = rx.compile(r"\s+and\s+", re.IGNORECASE)
_COMMA = rx.compile(r",")
_SPACE = rx.compile(r"\s+")


def parse_names(value: str) -> list[dict[str, Any]]:
    """CSL names from a BibTeX name list."""
    return [_parse_name(part) for part in split_top(value.strip(), _AND) if part]


def _is_von(word: str) -> bool:
    letters = [ch for ch in decode(word) if ch.isalpha()]
    return not word.startswith("{") and bool(letters) and letters[0].islower()


def _parse_name(text: str) -> dict[str, Any]:
    if text.startswith("{") and text.endswith("}") and len(split_top(text, _SPACE)) == 1:
        return {"literal": decode(text[1:-1])}
    if text == "others":
        return {"literal": "others"}
    parts = split_top(text, _COMMA)
    if any("=" in part for part in parts) and _is_extended(parts):
        return _parse_extended(parts)
    first, suffix = "", ""
    if len(parts) == 1:
        words = split_top(parts[0], _SPACE)
        von_at = next((i for i, w in enumerate(words[:-1]) if _is_von(w)), None)
        if von_at is None:
            first, last_words = " ".join(words[:-1]), words[-1:]
        else:
            first, last_words = " ".join(words[:von_at]), words[von_at:]
    else:
        last_words = split_top(parts[0], _SPACE)
        first = parts[-1]
        suffix = parts[1] if len(parts) > 2 else ""
    von = []
    while len(last_words) > 1 and _is_von(last_words[0]):
        von.append(last_words.pop(0))
    name: dict[str, Any] = {"family": decode(" ".join(last_words))}
    if first:
        name["given"] = decode(first)
    if von:
        name["non-dropping-particle"] = decode(" ".join(von))
    if suffix:
        name["suffix"] = decode(suffix)
    return name


def _is_extended(parts: list[str]) -> bool:
    return all(part.split("=", 1)[0].strip().lower() in _EXTENDED_KEYS for part in parts)


def _parse_extended(parts: list[str]) -> dict[str, Any]:
    fields = {}
    for part in parts:
        key, _, value = part.partition("=")
        fields[key.strip().lower()] = decode(value.strip())
    name: dict[str, Any] = {k: fields[k] for k in ("family", "given", "suffix") if k in fields}
    if "prefix" in fields:
        dropping = fields.get("useprefix", "true").lower() == "false"
        name["dropping-particle" if dropping else "non-dropping-particle"] = fields["prefix"]
    return name


def format_names(names: list[dict[str, Any]]) -> str:
    """A BibTeX name list from CSL names."""
    return " and ".join(_format_name(name) for name in names)


def _braced(text: str, always: bool = False) -> str:
    needs = always or "," in text or re.search(r"\sand\s", text, re.IGNORECASE)
    if not needs:
        needs = any(_is_von(word) for word in text.split())
    return f"{{{escape(text)}}}" if needs else escape(text)


def _format_name(name: dict[str, Any]) -> str:
    if name.get("literal") == "others":
        return "others"
    if "literal" in name or not (name.get("family") or name.get("given")):
        return f"{{{escape(str(name.get('literal', '')))}}}"
    family = str(name.get("family", ""))
    # a family name alone with a space ("Van Gogh") would read back as given + family
    family_only = not name.get("given") and (" " in family or _braced(family).startswith("{"))
    if "dropping-particle" in name or not name.get("family") or family_only:
        keys = {"family": "family", "given": "given", "suffix": "suffix"}
        parts = [f"{key}={_braced(name[csl], True)}" for csl, key in keys.items() if name.get(csl)]
        if name.get("dropping-particle"):
            parts += [f"prefix={_braced(name['dropping-particle'], True)}", "useprefix=false"]
        return ", ".join(parts)
    last = _braced(name["family"])
    if name.get("non-dropping-particle"):
        last = f"{escape(name['non-dropping-particle'])} {last}"
    pieces = [last]
    if name.get("suffix"):
        pieces.append(_braced(name["suffix"]))
    if name.get("given") or name.get("suffix"):
        pieces.append(_braced(name.get("given", "")) if name.get("given") else "")
    return ", ".join(pieces)
