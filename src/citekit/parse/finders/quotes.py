"""Quoted titles, nested quotes kept whole.

Marks: ``“”`` ``""`` ``‘’`` ``«»`` ``「」`` ``『』`` ``《》`` ``〈〉``.

Korean convention: 「」 or 〈〉 mark an article title and 『』 or 《》 the book or journal that
holds it; when only 『』 is present it marks the title of a book.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ... import rx
from ..draft import MASK, Draft

_PAIRED = {"“": "”", "‘": "’", "「": "」", "『": "』", "《": "》", "〈": "〉", "«": "»", "„": "“"}
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_ARTICLE_MARKS = "「〈"
_BOOK_MARKS = "『《"
_BEFORE_TITLE = set(",.:;()[]" + MASK)
_IN_BEFORE = rx.compile(r"(?<=[,.] )(?:in|dans|en|im)\s*:?\s*$", re.IGNORECASE)
_TRANSLATION = rx.compile(r"\s*\[((?=[^\[\]]*[^\W\d_]{2})[^\[\]]{2,300})\]")
# an English rendering in parentheses after a Korean title: 「인권」 (Human Rights in Korea)
_LATIN_ASIDE = rx.compile(r"\s*\(((?:[A-Za-z][\w'’:,-]*\s+){2,30}[A-Za-z][\w'’-]*)\)")


def _paired_spans(text: str, opener: str, closer: str) -> Iterator[tuple[int, int]]:
    depth, start = 0, 0
    for i, ch in enumerate(text):
        if ch == opener:
            if depth == 0:
                start = i
            depth += 1
        elif ch == closer and depth:
            if closer == "’" and i + 1 < len(text) and text[i + 1].isalpha():
                continue  # an apostrophe, not a closing quote
            depth -= 1
            if depth == 0:
                yield start, i + 1


def _straight_spans(text: str, mark: str = '"') -> Iterator[tuple[int, int]]:
    """Pair straight quotes: a mark before a letter opens, one before a space closes."""
    depth, start = 0, 0
    n = len(text)
    for i, ch in enumerate(text):
        if ch != mark:
            continue
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < n else " "
        if mark == "'" and (before.isalnum() and after.isalnum() or before in "sS" and depth == 0):
            continue  # an apostrophe: O'Brien, People's, the Smiths'

        opens = not after.isspace() and after not in ",.;:)]" + mark
        closes = not before.isspace()
        if opens and closes:
            opens = depth < 2  # inside a nested quote an ambiguous mark closes it
        if opens:
            if depth == 0:
                start = i
            depth += 1
        elif closes and depth:
            depth -= 1
            if depth == 0:
                yield start, i + 1


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """Top-level quoted spans of every kind, in string order, inner spans dropped."""
    spans = list(_straight_spans(text))
    if "'" in text:
        spans.extend(_straight_spans(text, "'"))
    for opener, closer in _PAIRED.items():
        if opener in text:
            spans.extend(_paired_spans(text, opener, closer))
    spans.sort(key=lambda s: (s[0], -s[1]))
    top: list[tuple[int, int]] = []
    for s in spans:
        if not top or s[0] >= top[-1][1]:
            top.append(s)
    return top


_MARKDOWN = rx.compile(r"^\s*(?P<mark>_|\*{1,2})(?P<title>[^_*\x00]{3,300}?)(?P=mark)(?![\w*])")
_BY_NAME = r"(?:[A-Z]\.|[A-Z][\w’'-]*)"
_BY = rx.compile(rf"[,.]?\s*\bby\s+(?P<names>{_BY_NAME}(?:\s+(?:and\s+)?{_BY_NAME}){{0,6}})"
                 r"(?=\s*[.,;(]|\s*$)")


def _markdown_title(draft: Draft) -> None:
    """``_Title_`` or ``*Title*`` at the start: italics pasted as Markdown mark a book title."""
    m = _MARKDOWN.match(draft.masked)
    if m:
        draft.claim("title", m.start("mark"), m.end(), m.group("title").strip())
        draft.flags.add("book-title")


def _author_after_title(draft: Draft) -> None:
    """``Title, by Jwa Sung-hee.``: the author named after the title."""
    title = draft.first("title")
    m = _BY.match(draft.masked, title.end) if title and title.start == 0 else None
    if m:
        draft.claim("junk", m.start(), m.start("names"))
        draft.claim("author", m.start("names"), m.end("names"))


def _title_position(text: str, span: tuple[int, int]) -> bool:
    """A title quote follows a separator (or starts the string), not a word, unless it closes
    on punctuation as titles do (``Chern "Design for Reliability,"``)."""
    before = text[: span[0]].rstrip()
    if text[span[0]] in _ARTICLE_MARKS + _BOOK_MARKS:
        return True  # 「」『』 mark titles wherever they stand: 山田太郎『書名』
    return not before or before[-1] in _BEFORE_TITLE or before[-1] in "」』》〉”\"" or \
        before.endswith(("In", "in")) or text[span[1] - 2] in ",."


def find_quoted_titles(draft: Draft) -> None:
    """Claim the quoted title, a translated title in ``[...]`` after it, and a marked container."""
    _markdown_title(draft)
    if draft.has("title"):
        _author_after_title(draft)
        return
    text = draft.masked
    spans = [s for s in quoted_spans(text) if s[1] - s[0] > 3 and _title_position(text, s)]
    if not spans:
        return
    article = next((s for s in spans if text[s[0]] in _ARTICLE_MARKS), None)
    book = next((s for s in spans if text[s[0]] in _BOOK_MARKS), None)
    if article and book:
        title, container = article, book
    else:
        title, container = spans[0], None
    lead = _IN_BEFORE.search(text, 0, title[0])
    if container is None and lead and text[: lead.start()].strip(" ,.\x00"):
        draft.claim("junk", lead.start(), title[0])  # Title, in «Journal», 45 (2010)
        draft.claim("container-title", title[0], title[1], draft.raw[title[0] + 1 : title[1] - 1])
        return
    draft.claim("title", title[0], title[1], draft.raw[title[0] + 1 : title[1] - 1])
    draft.flags.add("quoted-title")
    if text[title[0]] in _BOOK_MARKS:
        draft.flags.add("book-title")
    translation = _TRANSLATION.match(draft.masked, title[1])
    if not translation and _HANGUL.search(text[title[0] : title[1]]):
        translation = _LATIN_ASIDE.match(draft.masked, title[1])
    if translation:
        draft.claim("title-translation", translation.start(), translation.end(),
                    translation.group(1).strip())
    if container:
        draft.claim("container-title", container[0], container[1],
                    draft.raw[container[0] + 1 : container[1] - 1])
