"""Writing a fixed list back in the input's own encoding, byte-order mark and line endings,
so that a fix changes nothing but the text it fixes."""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def encode_like(original: bytes | None, text: str) -> bytes:
    """``text`` encoded as ``original`` was (UTF-8 when there is no original)."""
    if original is None:
        return text.encode("utf-8")
    bom, encoding = next(((b, e) for b, e in _BOMS if original.startswith(b)), (b"", None))
    if encoding is None:
        try:
            original.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp949"
    newline = "\r\n" if "\r\n".encode(encoding) in original else "\n"
    return bom + text.replace("\n", newline).encode(encoding)
