"""Cases and statutes in OSCOLA and Korean forms.

``Donoghue v Stevenson [1932] AC 562 (HL)``, ``R (Miller) v Secretary of State [2017] UKSC 5``,
``Brown v. Board of Education, 347 U.S. 483 (1954)``, ``대법원 2019. 5. 30. 선고 2016다12345 판결``,
``Human Rights Act 1998, s 3``, ``「난민법」 제2조``. A match settles the whole reference.
"""

from __future__ import annotations

import re

from ..data import alternation
from ..draft import Draft
from ..normalise.dates import parse_date

_CASE = re.compile(
    r"^(?P<title>[^\[\]]{1,200}? v\.? [^\[\]]{2,200}?)\s*,?\s*"
    r"(?P<cite>(?:\[(?P<y1>\d{4})\]|\((?P<y2>\d{4})\)|\d{1,4}\s+[A-Z])[^\n]*)$"
)
_REPORT = re.compile(
    r"^(?:\[\d{4}\]|\(\d{4}\))?\s*(?P<volume>\d{1,4})?\s*(?P<reporter>[A-Z][A-Za-z. ]{0,20}?)"
    r"\s+(?P<page>\d{1,6})\b"
)
_NEUTRAL = re.compile(
    rf"^\[\d{{4}}\]\s*(?P<court>{alternation('neutral_citation_courts.txt')})\s+"
    r"(?P<number>\d{1,6}(?:\s*\([A-Za-z ]{2,20}\))?)(?![\w(])"
)
_COURT_AFTER = re.compile(r"\s*\((?P<court>[A-Z][A-Za-z .]{0,19})\)\s*\.?$")
_NOT_A_CASE = re.compile(r"[“”\"「『]|(?<!\w)['‘]|['’](?!\w)|\(\d{4}\)|(?<! v)\.\s+[A-Z]")
_KOREAN_CASE = re.compile(
    r"^(?P<court>[가-힣]{1,20}(?:법원|재판소))\s*(?P<date>\d{4}\s*\.\s*\d{1,2}\s*\.\s*\d{1,2}\s*\.?)"
    r"\s*(?:선고|자)?\s*(?P<number>\d{2,4}\s*[가-힣]{1,3}\s*\d{1,7})"
    r"(?:\s*(?:전원합의체\s*)?(?:판결|결정|명령))?"
    r"(?:\s*[\[(](?P<name>[^\[\]()]{1,60}(?:\([^()]{1,20}\))?)[\])])?"
)
_STATUTE = re.compile(
    r"^(?P<title>[A-Z][\w'’()-]*\s+(?:(?:[A-Z][\w'’()-]*|of|and|the|for|on|to|in)\s+){0,10}"
    r"(?:Act|Regulations|Order|Rules|Code|Measure))\s+"
    r"(?P<year>1[6-9]\d\d|20\d\d)(?:\s*,?\s*(?P<pinpoint>(?:ss?|art|sch|para)\.?\s*[\w().-]+.*))?\.?$"
)
_KOREAN_STATUTE = re.compile(
    r"^「?(?P<title>[가-힣 ]{1,40}(?:법|법률|령|규칙|조례))」?\s*(?:\((?P<detail>[^()]*)\))?\s*"
    r"(?P<pinpoint>제\s*\d+\s*조(?:의\s*\d+)?(?:\s*제\s*\d+\s*항)?)?\.?$"
)


def find_legal(draft: Draft) -> None:
    """Claim a whole reference that is a case or a statute."""
    text = draft.masked.strip()
    offset = draft.masked.index(text) if text else 0
    for finder in (_korean_case, _case, _statute, _korean_statute):
        if finder(draft, text, offset):
            draft.flags.add("legal")
            return


def _case(draft: Draft, text: str, offset: int) -> bool:
    m = _CASE.match(text)
    if not m or len(m.group("title").split()) > 20 or _NOT_A_CASE.search(m.group("title")):
        return False
    year = m.group("y1") or m.group("y2") or _last_year(m.group("cite"))
    draft.claim("title", offset + m.start("title"), offset + m.end("title"), m.group("title"))
    neutral = _NEUTRAL.match(m.group("cite"))
    report = None if neutral else _REPORT.match(m.group("cite"))
    if neutral:
        draft.claim("authority", offset, offset, neutral.group("court"))
        draft.claim("number", offset, offset, re.sub(r"\s+", " ", neutral.group("number")))
    court = _COURT_AFTER.search(m.group("cite"))
    if report and court:
        draft.claim("authority", offset, offset, court.group("court").strip())
    if report:
        if report.group("volume"):
            draft.claim("volume", offset, offset, report.group("volume"))
        draft.claim("container-title", offset, offset, report.group("reporter").strip())
        draft.claim("page", offset, offset, report.group("page"))
    draft.claim("legal-citation", offset + m.start("cite"), offset + m.end("cite"),
                m.group("cite").strip())
    if year:
        draft.claim("issued", offset, offset, parse_date(year))
    draft.flags.add("legal_case")
    return True


def _korean_case(draft: Draft, text: str, offset: int) -> bool:
    m = _KOREAN_CASE.match(text)
    if not m:
        return False
    draft.claim("authority", offset + m.start("court"), offset + m.end("court"), m.group("court"))
    draft.claim("issued", offset + m.start("date"), offset + m.end("date"),
                parse_date(m.group("date")))
    number = re.sub(r"\s+", "", m.group("number"))
    draft.claim("number", offset + m.start("number"), offset + m.end("number"), number)
    if m.group("name"):  # the case's conventional name: [손해배상(기)]
        draft.claim("title", offset + m.start("name"), offset + m.end("name"), m.group("name"))
    draft.flags.add("legal_case")
    return True


def _statute(draft: Draft, text: str, offset: int) -> bool:
    m = _STATUTE.match(text)
    if not m:
        return False
    draft.claim("title", offset + m.start("title"), offset + m.end("title"), m.group("title"))
    draft.claim("issued", offset + m.start("year"), offset + m.end("year"),
                parse_date(m.group("year")))
    _claim_pinpoint(draft, m, offset)
    draft.flags.add("legislation")
    return True


def _korean_statute(draft: Draft, text: str, offset: int) -> bool:
    m = _KOREAN_STATUTE.match(text)
    if not m or not (m.group("pinpoint") or m.group("detail") or text.startswith("「")):
        return False
    title = m.group("title").strip()
    draft.claim("title", offset + m.start("title"), offset + m.end("title"), title)
    _claim_pinpoint(draft, m, offset)
    detail = m.group("detail") or ""
    date = parse_date(detail)
    if date:
        draft.claim("issued", offset, offset, date)
    draft.flags.add("legislation")
    return True


def _claim_pinpoint(draft: Draft, m: re.Match[str], offset: int) -> None:
    """``s 3``, ``제2조``: the provision cited is a locator of the citation, not of the work."""
    if m.group("pinpoint"):
        draft.claim("locator", offset + m.start("pinpoint"), offset + m.end("pinpoint"),
                    m.group("pinpoint").strip(" .,;"))


def _last_year(text: str) -> str | None:
    years = re.findall(r"(?<!\d)(1[6-9]\d\d|20\d\d)(?!\d)", text)
    return years[-1] if years else None
