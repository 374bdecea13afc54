"""Reading the article whose citations are checked: Markdown, plain text or .docx."""

from __future__ import annotations

import re
from io import BytesIO
from typing import TYPE_CHECKING

from .. import rx
from ..errors import InputError
from ..records import dataclass, field
from ..sources import decode, read_bytes

if TYPE_CHECKING:
    from xml.etree import ElementTree

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


_BIBLIOGRAPHY = rx.compile(
    r"^(references|bibliography|works cited|sources|참고\s*문헌|참고자료)$", re.IGNORECASE
)


@dataclass
class Article:
    """The article's body as lines and, for a .docx, its footnotes and endnotes."""

    lines: list[str]
    notes: list[str] = field(default_factory=list)


def read_article(path: str) -> Article:
    """The article's text: a .docx gives one line per body paragraph (the bibliography a
    renderer appended left out) and its footnotes and endnotes, one per note."""
    data = read_bytes(path)
    if data[:2] == b"PK" or path.lower().endswith(".docx"):
        import zipfile  # with ElementTree, 5 ms that a check without a .docx never needs
        from xml.etree import ElementTree

        try:
            with zipfile.ZipFile(BytesIO(data)) as archive:
                body = _docx_paragraphs(archive.read("word/document.xml"))
                notes = [
                    note
                    for part in ("word/footnotes.xml", "word/endnotes.xml")
                    if part in archive.namelist()
                    for note in _docx_notes(archive.read(part))
                ]
        except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
            raise InputError(f"not a readable .docx file ({exc})", file=path) from exc
        headings = [i for i, line in enumerate(body) if _BIBLIOGRAPHY.match(line)]
        return Article(body[: headings[-1]] if headings else body, notes)
    return Article(decode(data, path).split("\n"))


def read_document(path: str) -> list[str]:
    """The article's text as lines (a .docx gives one line per paragraph)."""
    return read_article(path).lines


def _docx_notes(xml: bytes) -> list[str]:
    """The text of each real footnote or endnote (not Word's separators)."""
    from xml.etree import ElementTree

    root = ElementTree.fromstring(xml)
    found = []
    for note in root:
        if note.get(f"{_W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = " ".join(_paragraph_text(p) for p in note.iter(f"{_W}p")).strip()
        if text:
            found.append(text)
    return found


def _paragraph_text(paragraph: ElementTree.Element) -> str:
    pieces = [node.text or "" for node in paragraph.iter() if node.tag in (f"{_W}t", f"{_W}tab")]
    return re.sub(r"\s+", " ", "".join(pieces)).strip()


def _docx_paragraphs(xml: bytes) -> list[str]:
    from xml.etree import ElementTree

    root = ElementTree.fromstring(xml)
    return [_paragraph_text(paragraph) for paragraph in root.iter(f"{_W}p")]
