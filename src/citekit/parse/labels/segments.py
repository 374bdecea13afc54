"""Cutting what follows the author zone into segments.

Cuts fall at claimed spans, sentence-ending periods (journal abbreviations such as
``Curr. Opin.`` excepted once the title is over), a question mark that leads into journal
numbers, ``, In`` and ``, ed.``, a parenthesis holding ``Place: Publisher``, and, in
comma-separated styles, commas before a capital.
"""

from __future__ import annotations

import re

from ... import rx
from ...records import dataclass
from ..draft import MASK, Draft
from ..normalise.text import clean
from .words import runs_into_numbers, sentence_ends

_QUESTION = rx.compile(r"(?<=\?)\s+(?=[A-Z])")
_PLACE_AHEAD = rx.compile(r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}(?:, [A-Z][\w.]{1,15})? ?: ")
_PAREN_GROUP = rx.compile(r"\s\((?=[^()]*[:\x00][^()]*\))")
_ROLE_OR_IN = rx.compile(
    r",\s+(?=(?:[Ii]n:?\s+[A-Z\d]|(?:ed|eds|trans|edited by|translated by)\.?\s"
    r"|a cura di\s|hrsg\. v|herausgegeben von\s|sous la dir|éd(?:ité)?\.? par\s))"
)
_PLACE_COLON = rx.compile(
    r"(?:(?<=[,.\x00] )|(?<=\())"
    r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){0,2}(?:, [A-Z][\w.]{1,15}){1,2} ?: "
)
_FINAL_GROUP = rx.compile(r"\s?\((?=[^()]+\)\s*\.?\s*$)")
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_COMMA = rx.compile(r",\s+(?=[A-Z\d\uac00-\ud7a3])")
_CJK_SEPARATOR = rx.compile(r"[、，。]")  # after a marked title: 『書名』 著者、出版社、2009。
_STATUS = rx.compile(r",\s*(?:to appear|in press|forthcoming|submitted)$", re.IGNORECASE)
_IGNORED = rx.compile(r"^(?:to appear|in press|forthcoming|submitted|unpublished|available"
                      r"(?: online)?|online|quoted in\b.*|also in\b.*|see\b.*"
                      r"|(?:last\s+)?(?:modified|updated|revised|published|posted)(?: on)?"
                      r"|(?:출간|발행|발간|간행|펴냄|출판|게재|입력|수정|채택)일?)$",
                      re.IGNORECASE)


@dataclass
class Segment:
    """A stretch of unclaimed text between separators."""

    start: int
    end: int
    text: str
    followed_by: str | None  # the field claimed right after it, if any
    in_parens: bool = False  # opened by a parenthesis: (Publisher 2010), (Newspaper, date)


def cut_segments(draft: Draft, start: int, *, commas: bool) -> list[Segment]:
    """The segments of unclaimed text from ``start`` on, each with the field claimed after it."""
    text = draft.masked
    lenient_after = start if draft.has("title") else _title_end(text, start)
    cuts = {start, len(text), *sentence_ends(text, start, lenient_after=lenient_after)}
    cuts.update(m.start() for m in _QUESTION.finditer(text, start)
                if runs_into_numbers(text, m.end(), 200, one_sentence=True)
                or _PLACE_AHEAD.match(text, m.end()))  # What is history? Cambridge: Polity
    cuts.update(m.start() for m in _ROLE_OR_IN.finditer(text, start))
    cuts.update(m.start() for m in _PAREN_GROUP.finditer(text, start))
    if draft.has("title") or "(" in text[start:]:
        cuts.update(m.start() for m in _CJK_SEPARATOR.finditer(text, start)
                    if draft.has("title") or _inside_parens(text, m.start()))
    final = _FINAL_GROUP.search(text, start)  # 저자, 제목, 부제 (출판사): the facts close it
    korean_book = final is not None and not draft.has("title") and \
        _HANGUL.search(text[start : final.start()]) is not None and \
        MASK not in text[start : final.start()]
    if korean_book:
        cuts.add(final.start())
    if commas:
        kept = [(m.start(), m.end()) for m in _PLACE_COLON.finditer(text, start)]
        if korean_book:
            kept.append((start, final.start()))
        facts = _PAREN_GROUP.search(text, start)  # Author, Title, Subtitle (Place: Pub, 2009)
        if facts and MASK not in text[start : facts.start()].strip(" ,") and \
                not sentence_ends(text, start, facts.start()) and not draft.has("title"):
            kept.append((start, facts.start()))
        cuts.update(m.start() for m in _COMMA.finditer(text, start)
                    if not any(a <= m.start() < b for a, b in kept))
    ordered = sorted(cuts)
    claims = sorted((c for c in draft.claims if c.field != "junk"), key=lambda c: c.start)
    segments = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        for run_start, run_end in _runs(text, a, b):
            body = _STATUS.sub("", clean(draft.raw[run_start:run_end]))
            if sum(ch.isalpha() for ch in body) < 2 or _IGNORED.match(body):
                continue
            gap = text[run_end : run_end + 4]
            after = None
            if gap[:1] == MASK or gap.strip(" ,.:;(")[:1] == MASK:
                after = next((c.field for c in claims if c.start >= run_end), None)
            opened = draft.raw[run_start:run_end].lstrip().startswith("(") or \
                draft.raw[max(0, run_start - 3) : run_start].rstrip().endswith("(")
            segments.append(Segment(run_start, run_end, body, after, opened))
    return segments


def _inside_parens(text: str, pos: int) -> bool:
    """``pos`` stands inside a parenthesis that is open before it: (新潮社、新潮新書)."""
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def _title_end(text: str, start: int) -> int:
    """Where an unquoted title ends: the first sentence end after some unclaimed text."""
    for end in sentence_ends(text, start):
        if any(ch.isalnum() for ch in text[start:end]):
            return end
    return len(text)


def _runs(text: str, a: int, b: int) -> list[tuple[int, int]]:
    runs, pos = [], a
    for m in re.finditer(r"\x00+", text[a:b]):
        runs.append((pos, a + m.start()))
        pos = a + m.end()
    runs.append((pos, b))
    return [(s, e) for s, e in runs if e > s]
