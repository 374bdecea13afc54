"""United Nations documents: resolutions, reports with symbols, ODS headers (docs/legal.md).

``UNGA Res 217 A (III) (10 December 1948)`` and a line copied from the Official Document
System led by its symbol (``CEDAW/C/SR.1576 Distr.: General 28 February 2018 Summary
record …``) settle the whole reference. A symbol inside an ordinary reference (``… (2023)
UN Doc A/HRC/52/65``, ``… meeting (CEDAW/C/SR.1577).``) and a reference led by a UN organ
only claim the symbol as ``number`` and make the item a ``report``; the rest is read as usual.
"""

from __future__ import annotations

import re

from ... import rx
from ..data import alternation
from ..draft import Draft
from ..normalise.dates import parse_date

_DATE = r"\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4}|\d{4}"
SYMBOL = (rf"(?:{alternation('un_symbol_bodies.txt')})(?:/(?:[A-Z0-9][A-Za-z0-9.\-]*"
          r"(?:\([IVXLC\d]+\))?|\([IVXLC\d]+\))){1,8}")
_UN_DOC = rx.compile(rf"(?:U\.?N\.?\s*Doc\.?|UN\s+Doc\.?)\s*(?P<symbol>{SYMBOL})(?![\w/])")
_PARENTHESISED = rx.compile(rf"\((?P<symbol>{SYMBOL})\)\s*\.?\s*$")
_RESOLUTION = rx.compile(
    rf"^(?P<organ>{alternation('un_organs_resolutions.txt')})\s*,?\s+Res(?:olution)?\.?\s+"
    r"(?P<number>\d{1,5}(?:/\d{1,5})?(?:\s?[A-Z](?=[\s(,]|$))?(?:\s?\([IVXLC]+\))?)"
    r"(?:\s*,?\s*[‘'\"“](?P<title>.{2,300}?)[’'\"”](?=\s*[,(]|\s*U\.?N|\s*\.?$))?"
    rf"(?:\s*,?\s*\((?P<date>{_DATE})\))?"
    rf"(?:\s*,?\s*(?:U\.?N\.?\s*Doc\.?)\s*(?P<symbol>{SYMBOL}))?\s*\.?$"
)
_LED_BY_SYMBOL = rx.compile(
    rf"^(?P<symbol>{SYMBOL})\s*,?\s+(?:Distr\.?:?\s*(?:General|Limited|Restricted)\s+)?"
    rf"(?:(?P<date>{_DATE})\s+)?(?:Original:\s*[A-Z][a-z]+\s+)?"
    r"(?P<title>[A-Z][^\[\]]{2,400}?)"
    rf"(?:\s*[,(]\s*(?P<date2>{_DATE})\)?)?(?:\s*\[(?:PDF|pdf|Word|DOC)\])?\s*\.?$"
)
_LED_BY_ORGAN = rx.compile(rf"^\s*(?P<organ>{alternation('un_bodies.txt')})\b\s*[,.:]",
                           re.IGNORECASE)
_KOREAN_UN_TITLE = rx.compile(  # 「고문방지위원회 제6차 최종견해」, 2024. 7. 19. 채택
    r"^\s*[「『“\"‘'][^」』”\"’']*(?:위원회|이사회|특별보고관)[^」』”\"’']*"
    r"(?:최종견해|일반논평|일반권고|보고서|결의)[」』”\"’']")
_ADOPTED = rx.compile(r"(?<=\d\.)\s*(채택)(?=\s*[,.]|$)")


def un_resolution(draft: Draft, text: str, offset: int) -> bool:
    """``UNGA Res 217 A (III) (10 December 1948)``, ``UNSC Res 1373 (28 September 2001) UN Doc
    S/RES/1373``: the organ is the author, ``Res 217 A (III)`` the number (the session in
    Roman numerals kept), the symbol, if given, a parallel reference."""
    m = _RESOLUTION.match(text)
    if not m or not (m.group("date") or m.group("title") or m.group("symbol")
                     or "(" in m.group("number") or "/" in m.group("number")):
        return False
    draft.claim("author", offset + m.start("organ"), offset + m.end("organ"),
                [{"literal": m.group("organ")}])
    number = "Res " + re.sub(r"\s+", " ", m.group("number"))
    draft.claim("number", offset + m.start("number"), offset + m.end("number"), number)
    if m.group("title"):
        draft.claim("title", offset + m.start("title"), offset + m.end("title"), m.group("title"))
    if m.group("date"):
        draft.claim("issued", offset + m.start("date"), offset + m.end("date"),
                    parse_date(m.group("date")))
    if m.group("symbol"):
        draft.claim("references", offset + m.start("symbol"), offset + m.end("symbol"),
                    "UN Doc " + m.group("symbol"))
    draft.flags.add("type:report")
    return True


def un_document_led_by_symbol(draft: Draft, text: str, offset: int) -> bool:
    """A heading copied from the Official Document System: symbol, date, title."""
    m = _LED_BY_SYMBOL.match(text)
    if not m or not re.search(r"\d", m.group("symbol")):
        return False
    draft.claim("number", offset + m.start("symbol"), offset + m.end("symbol"), m.group("symbol"))
    draft.claim("title", offset + m.start("title"), offset + m.end("title"),
                m.group("title").strip())
    date = m.group("date") or m.group("date2")
    if date:
        where = "date" if m.group("date") else "date2"
        draft.claim("issued", offset + m.start(where), offset + m.end(where), parse_date(date))
    draft.flags.add("type:report")
    return True


def un_symbol_inside(draft: Draft) -> None:
    """Claim a UN document symbol inside an ordinary reference (``UN Doc A/HRC/52/65``, or one
    in parentheses at the end) as ``number``; a reference led by a UN organ is a report."""
    text = draft.masked
    m = _UN_DOC.search(text) or _PARENTHESISED.search(text)
    organ = _LED_BY_ORGAN.match(text)
    if organ:  # the organ's name may hold commas (Committee on Economic, Social and …)
        draft.claim("author", organ.start("organ"), organ.end("organ"),
                    [{"literal": organ.group("organ")}])
        draft.flags.add("type:report")
    if m and re.search(r"\d", m.group("symbol")) and "/" in m.group("symbol"):
        draft.claim("number", m.start(), m.end(), m.group("symbol"))
        draft.flags.add("type:report")
    elif not organ and _KOREAN_UN_TITLE.match(text):  # a treaty body quoted in Korean
        adopted = _ADOPTED.search(text)
        if adopted:  # 채택 (adopted) after the date is no publisher
            draft.claim("adopted", adopted.start(1), adopted.end(1))
        draft.flags.add("type:report")
