"""News copied from a portal or a search page: ``제목 - 매체 (2022.07.12) URL``,
``제목 - 매체 2022/09/27``, ``제목 - 매체  홍길동 기자 URL``.

The outlet after the last spaced dash is the container (a Korean outlet, or one in
``news_outlets.txt``, makes the item a newspaper article); an institution there is the
author (``보고서 - 한국과학기술정보연구원(KISTI)``). The headline before it is claimed whole,
so quotation marks and years inside it stay in the title.
"""

from __future__ import annotations

from ... import rx
from ..data import words
from ..draft import Draft
from ..normalise.kind import is_news_outlet
from .quotes import quoted_spans

_PORTAL = rx.compile(
    r"^[\s\x00]*(?P<head>[^\x00]{4,}?)\s+[-–—]\s+"
    r"(?P<outlet>[^\s\x00()\-–—][^\x00]{0,40}?)"
    r"(?:\s+(?P<reporter>[\uac00-\ud7a3]{2,4}\s*기자))?"
    r"\s*(?P<date>\(?\s*(?:19|20)\d\d\s*[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2}\.?(?:\s+\d{1,2}:\d\d)?\s*\)?)?"
    r"[\s\x00]*$"
)
_BYLINE = rx.compile(r"(?<![^\s\x00])(?P<name>[\u3400-\u9fff]{2,3}|[\uac00-\ud7a3]{2,4})"
                     r"\s*(?:记者|記者|기자)(?=[\s\x00,.]|$)")
_BRACKETED_OUTLET = rx.compile(
    r"\[\s*(?P<outlet>[^\[\]\x00]{2,20}?)\s+(?:[\w-]+\.)+[a-z]{2,}\s*\]\s*$")
_DASH = rx.compile(r"\s[-–—]\s")
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_DATE_LIKE = rx.compile(r"\d{4}|\d[./]\d")


def find_portal(draft: Draft) -> None:
    """Claim the headline as ``title`` and the outlet after `` - `` as the container; or a
    reporter's byline after the headline and an outlet in brackets at the end
    (``제목  홍길동 기자 [한겨레 hani.co.kr]``)."""
    _bylines(draft)
    m = _PORTAL.match(draft.masked) if _DASH.search(draft.masked) else None
    if not m:
        return
    outlet = m.group("outlet").strip()
    if len(outlet.split()) > 3 or _DATE_LIKE.search(outlet) or outlet.endswith((".", ",")):
        return
    institution = outlet.rstrip(")").split("(")[0].endswith(
        tuple(words("korean_institution_endings.txt")))
    korean = _HANGUL.search(outlet) is not None
    if not (korean or is_news_outlet(outlet)):
        return
    head_start = m.start("head")
    spans = quoted_spans(draft.masked[head_start : m.end("head")])
    if not spans or spans[0][0] > 0:  # a quoted headline is left to the quotes finder
        draft.claim("title", head_start, m.end("head"),
                    draft.raw[head_start : m.end("head")].strip())
    if institution:
        draft.claim("author", m.start("outlet"), m.end("outlet"))
        return
    draft.claim("container-title", m.start("outlet"), m.end("outlet"), outlet)
    if m.group("reporter"):
        draft.claim("author", m.start("reporter"), m.end("reporter"))
    draft.flags.add("type:article-newspaper")


def _bylines(draft: Draft) -> None:
    outlet = _BRACKETED_OUTLET.search(draft.masked) if "]" in draft.masked[-3:] else None
    if outlet:
        draft.claim("container-title", outlet.start(), outlet.end(), outlet.group("outlet"))
        draft.flags.add("type:article-newspaper")
    byline = _BYLINE.search(draft.masked) if any(
        w in draft.masked for w in ("记者", "記者", "기자")) else None
    if not byline or not draft.masked[: byline.start()].strip(" \x00"):
        return
    at_end = draft.masked[byline.end() :].strip(" \x00") == ""
    if outlet or at_end:
        draft.claim("author", byline.start(), byline.end())
