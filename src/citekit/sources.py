"""Reading inputs: bytes to text (with encoding detection) and text to references.

An informal reference list holds one reference per line, or one per paragraph when
references are separated by blank lines. List markers (``1.``, ``[3]``, ``- ``, ``•``)
are stripped. Structured files (CSL-JSON, and whatever ``citekit.formats`` recognises)
are read as items directly.
"""

from __future__ import annotations

import codecs
import re
import sys
import unicodedata
from functools import lru_cache
from pathlib import Path

from . import rx
from .errors import InputError
from .packagedata import data_lines
from .records import dataclass

STDIN = "-"

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_COMPATIBILITY_IDEOGRAPH = rx.compile(r"([\uf900-\ufaff\U0002f800-\U0002fa1f])")
_CONTROL = rx.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# page breaks (pdftotext) and paragraph separators end a line; a line break inside a
# paragraph (Word's manual break, U+2028) joins the reference's parts like a space
_OTHER_BREAKS = rx.compile(r"[\x0c\u2029]")
_SOFT_BREAKS = rx.compile(r"[\x0b\u2028]")
# pasted from web pages, Word and PDFs: invisible characters that break URLs, keys and search
_INVISIBLE = rx.compile("[\u00ad\u200b\u2060\ufeff]")
_NO_BREAK_SPACE = rx.compile("[\u00a0\u202f]")
_LIST_MARKER = rx.compile(
    r"""^\s*(?:
        \[[0-9]{1,4}\]                # [3]
      | \([0-9]{1,3}\)(?=\s)          # (3)
      | [0-9]{1,3}[.)](?=\s)          # 1.  12)
      | [-*+•·‣▪◦–—](?=\s)         # bullets and dashes
    )\s*""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class Reference:
    """One informal reference string and where it came from."""

    raw: str
    line: int
    file: str = "<stdin>"


def display_name(path: str) -> str:
    """How a path is named in messages (stdin is ``<stdin>``)."""
    return "<stdin>" if path == STDIN else path


def read_bytes(path: str) -> bytes:
    """Read a file, or standard input for ``-``, raising ``InputError`` on failure."""
    if path == STDIN:
        return sys.stdin.buffer.read()
    if not path.strip():
        raise InputError("the file name is empty: give a file, or - for standard input")
    file = Path(path)
    if not file.exists():
        raise InputError("no such file", file=path)
    if file.is_dir():
        raise InputError("is a directory, not a file", file=path)
    try:
        return file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", file=path) from exc


def decode(data: bytes, name: str = "<input>") -> str:
    """Decode bytes as UTF-8, UTF-8/16/32 with BOM, or CP949/EUC-KR.

    Raises ``InputError`` naming the byte offset when no encoding fits, and for binary
    data (NUL or other control bytes).
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                offset = exc.start + len(bom)
                raise InputError(
                    f"not valid {encoding.upper()} at byte offset {offset} (after its BOM)",
                    file=name,
                ) from exc
            return _check_text(text, name)
    try:
        return _check_text(data.decode("utf-8"), name)
    except UnicodeDecodeError as utf8_error:
        if b"\x00" not in data:
            try:
                return _check_text(data.decode("cp949"), name)
            except UnicodeDecodeError:
                pass
        bad = data[utf8_error.start]
        hint = "is it binary?" if b"\x00" in data else "Latin-1 or Windows-1252? save it as UTF-8"
        raise InputError(
            f"cannot decode byte 0x{bad:02x} at byte offset {utf8_error.start}: "
            f"the file is not UTF-8, UTF-16 with BOM or CP949/EUC-KR text ({hint})",
            file=name,
            line=data.count(b"\n", 0, utf8_error.start) + 1,
        ) from utf8_error


def _check_text(text: str, name: str) -> str:
    """Refuse binary data; make line ends LF, drop invisible characters, compose to NFC."""
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise InputError(
            f"binary data (control character U+{ord(match.group()):04X}); "
            "expected a text file of references",
            file=name,
            line=line,
        )
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n\x0c", "\n")
    text = _SOFT_BREAKS.sub(" ", _OTHER_BREAKS.sub("\n", text))
    text = _NO_BREAK_SPACE.sub(" ", _INVISIBLE.sub("", text))
    return to_nfc(text)


def to_nfc(text: str) -> str:
    """Compose decomposed text (NFD Hangul from macOS becomes NFC syllables).

    CJK compatibility ideographs are kept as written: NFC would replace them with their
    unified forms, losing which Korean reading of a Hanja (樂 락/낙/요) the text chose.
    """
    if unicodedata.is_normalized("NFC", text):
        return text
    parts = _COMPATIBILITY_IDEOGRAPH.split(text)
    return "".join(p if i % 2 else unicodedata.normalize("NFC", p) for i, p in enumerate(parts))


def read_text(path: str) -> str:
    """Read and decode a file (or stdin for ``-``)."""
    return decode(read_bytes(path), display_name(path))


@lru_cache(maxsize=1)
def _headings() -> frozenset[str]:
    return frozenset(data_lines(__package__, "list_headings.txt"))


_DIRECTIVE = rx.compile(r"^\s*(?:#+|%+|//|;+|<!--)?\s*citekit:\s*ignore\b", re.IGNORECASE)


def is_heading(line: str) -> bool:
    """True for a section heading in a pasted list (``References``, ``Cases:``, ``# 참고문헌``)
    and for ``citekit check``'s suppression comments (``# citekit: ignore[url-http]``)."""
    if _DIRECTIVE.match(line):
        return True
    words = " ".join(line.strip().lstrip("#").rstrip(":：").split()).casefold()
    return words in _headings()


def strip_list_marker(line: str) -> str:
    """Remove a leading list marker such as ``1.``, ``[3]``, ``- `` or ``•``."""
    return _LIST_MARKER.sub("", line, count=1).strip()


def split_references(
    text: str, file: str = "<stdin>", *, per_line: bool = False
) -> list[Reference]:
    """Split an informal list into references.

    One reference per non-blank line, with three exceptions unless ``per_line`` is set:
    an indented line continues the reference above it (hanging indents), when blank
    lines separate short multi-line paragraphs each paragraph is one reference, and
    section headings (``References``, ``Cases``, ``참고문헌``: ``list_headings.txt``) are skipped.
    """
    lines = text.split("\n")
    if not per_line and _is_paragraph_list(lines):
        return _paragraphs(lines, file)
    references: list[Reference] = []
    previous_blank = True
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            previous_blank = True
            continue
        if not per_line and is_heading(line):
            previous_blank = True
            continue
        indented = line[:1] in (" ", "\t") and not _LIST_MARKER.match(line)
        if not per_line and indented and references and not previous_blank:
            last = references[-1]
            references[-1] = Reference(f"{last.raw} {line.strip()}", last.line, file)
        else:
            references.append(Reference(strip_list_marker(line), number, file))
            if per_line and not references[-1].raw:  # one reference for every line, even `[2]`
                references[-1] = Reference(line.strip(), number, file)
        previous_blank = False
    return [ref for ref in references if ref.raw]


def _is_paragraph_list(lines: list[str]) -> bool:
    """True when blank lines separate short blocks that read as wrapped references.

    Some block must span several lines, none of its later lines may start with a list
    marker, and blocks must be short (at most three lines on average).
    """
    blocks: list[list[str]] = []
    block: list[str] = []
    for line in lines + [""]:
        if line.strip():
            block.append(line)
        elif block:
            blocks.append(block)
            block = []
    if len(blocks) < 2 or max(len(b) for b in blocks) < 2:
        return False
    if any(_LIST_MARKER.match(line) for b in blocks for line in b[1:]):
        return False
    return sum(len(b) for b in blocks) / len(blocks) <= 3


def _paragraphs(lines: list[str], file: str) -> list[Reference]:
    references: list[Reference] = []
    start, parts = 0, []
    for number, line in enumerate(lines + [""], start=1):
        if line.strip() and not parts and is_heading(line):
            continue
        if line.strip():
            if not parts:
                start = number
            parts.append(line.strip())
        elif parts:
            raw = strip_list_marker(" ".join(parts))
            if raw:
                references.append(Reference(raw, start, file))
            parts = []
    return references
