"""Reading inputs: encodings, binary files, list markers, paragraphs."""

from __future__ import annotations

import codecs

import pytest

from citekit.errors import InputError
from citekit.sources import decode, read_bytes, split_references, strip_list_marker

KOREAN = "홍길동, 「한국 법학의 역사」, 『法學』 24 (2004)."


@pytest.mark.parametrize(
    "data",
    [
        KOREAN.encode("utf-8"),
        codecs.BOM_UTF8 + KOREAN.encode("utf-8"),
        codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + KOREAN.encode("utf-16-be"),
        KOREAN.encode("cp949"),
        KOREAN.replace("法學", "법학").encode("euc-kr"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-bom", "utf-16-be-bom", "cp949", "euc-kr"],
)
def test_decode_detects_encoding(data: bytes) -> None:
    text = decode(data, "refs.txt")
    assert text.startswith("홍길동, 「한국 법학의 역사」")
    assert "\ufeff" not in text


def test_decode_normalises_line_endings() -> None:
    assert decode(b"a\r\nb\rc\n") == "a\nb\nc\n"


def test_undecodable_bytes_name_file_and_offset() -> None:
    with pytest.raises(InputError) as caught:
        decode(b"Hong J, title\x80\x80\xff", "refs.txt")
    message = str(caught.value)
    assert message.startswith("refs.txt:")
    assert "byte offset 13" in message
    assert "0x80" in message


def test_binary_file_is_refused() -> None:
    with pytest.raises(InputError) as caught:
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "figure.png")
    assert "figure.png" in str(caught.value)


def test_missing_file_is_named(tmp_path) -> None:
    missing = tmp_path / "nope.txt"
    with pytest.raises(InputError) as caught:
        read_bytes(str(missing))
    assert str(missing) in str(caught.value)
    assert "no such file" in str(caught.value)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("1. Hong J, Title", "Hong J, Title"),
        ("12) Hong J, Title", "Hong J, Title"),
        ("[3] Hong J, Title", "Hong J, Title"),
        ("(4) Hong J, Title", "Hong J, Title"),
        ("- Hong J, Title", "Hong J, Title"),
        ("• 홍길동, 제목", "홍길동, 제목"),
        ("  * Kim E, Title", "Kim E, Title"),
        ("2023. 2. 7. is a date", "2023. 2. 7. is a date"),
        ("Kim-Lee, A. Title", "Kim-Lee, A. Title"),
    ],
)
def test_strip_list_marker(line: str, expected: str) -> None:
    assert strip_list_marker(line) == expected


def test_one_reference_per_line_with_line_numbers() -> None:
    refs = split_references("1. First ref\n\n2. Second ref\n3. Third\n", "refs.txt")
    assert [(r.raw, r.line) for r in refs] == [("First ref", 1), ("Second ref", 3), ("Third", 4)]
    assert all(r.file == "refs.txt" for r in refs)


def test_hanging_indent_continues_a_reference() -> None:
    text = "Smith J, A long title\n    that goes on (OUP 2020)\nJones K, Other (2021)\n"
    refs = split_references(text)
    assert [r.raw for r in refs] == [
        "Smith J, A long title that goes on (OUP 2020)",
        "Jones K, Other (2021)",
    ]


def test_paragraphs_are_references_when_blank_lines_separate_them() -> None:
    text = (
        "Smith J, A long title\nthat goes on (OUP 2020)\n\n"
        "Jones K, Other\n(2021)\n\nLee, One line\n"
    )
    refs = split_references(text)
    assert [(r.raw, r.line) for r in refs] == [
        ("Smith J, A long title that goes on (OUP 2020)", 1),
        ("Jones K, Other (2021)", 4),
        ("Lee, One line", 7),
    ]


def test_per_line_ignores_paragraphs_and_indents() -> None:
    text = "A first\n  b second\n\nc third\nd fourth\n"
    assert [r.raw for r in split_references(text, per_line=True)] == [
        "A first",
        "b second",
        "c third",
        "d fourth",
    ]
