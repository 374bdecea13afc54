"""Reading the article whose citations are checked: Markdown, plain text or .docx."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from xml.etree import ElementTree

from ..errors import InputError
from ..sources import decode, read_bytes

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def read_document(path: str) -> list[str]:
    """The article's text as lines (a .docx gives one line per paragraph)."""
    data = read_bytes(path)
    if data[:2] == b"PK" or path.lower().endswith(".docx"):
        return _docx_paragraphs(data, path)
    return decode(data, path).split("\n")


def _docx_paragraphs(data: bytes, path: str) -> list[str]:
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            xml = archive.read("word/document.xml")
        root = ElementTree.fromstring(xml)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise InputError(f"not a readable .docx file ({exc})", file=path) from exc
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        pieces = [
            node.text or "" for node in paragraph.iter() if node.tag in (f"{_W}t", f"{_W}tab")
        ]
        paragraphs.append(re.sub(r"\s+", " ", "".join(pieces)).strip())
    return paragraphs
