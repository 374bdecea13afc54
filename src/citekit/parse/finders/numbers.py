"""Volume, issue and pages: labelled forms (``vol. 3``, ``no. 2``, ``pp. 1-9``, ``제47권 제6호``)
first, then the bare forms journals use (``47(6), 577-586``, ``21.6``, ``137, 1493-1502``)."""

from __future__ import annotations

import re

from ... import rx
from ...digits import is_digits
from ..draft import Draft
from ..normalise.pages import normalise_pages

_NUM = r"(?:\d+[A-Za-z]?|[IVXLCivxlc]{1,6})"
_RANGE = r"[A-Za-z]?\d+(?:\s*(?:-{1,3}|[–—‐‑−~〜])\s*[A-Za-z]?\d+)?"
# (field, pattern, words one of which must occur, lower-cased, for the pattern to be tried)
_LABELLED = [
    ("volume", rx.compile(rf"(?<!\w)[제第]?\s*({_NUM})\s*[권집卷輯巻辑]"),
     ("권", "집", "卷", "輯", "巻", "辑")),
    ("issue", rx.compile(r"(?:(?<!\w)|(?<=[권卷巻輯辑]))[제第]?\s*(\d+(?:\s*[-–/]\s*\d+)?)"
                         r"\s*[호號号期]"),
     ("호", "號", "号", "期")),
    ("page", rx.compile(rf"(?<![\w.])({_RANGE})\s*(?:쪽|면|面|頁)(?!\w)"),
     ("쪽", "면", "面", "頁")),
    ("volume", rx.compile(rf"(?<!\w)(?:vol(?:ume)?s?|bd|tome|jg)\.?\s*({_NUM})(?!\w)",
                          re.IGNORECASE), ("vol", "bd", "tome", "jg")),
    ("issue", rx.compile(r"(?<!\w)(?:nos?|nr|num|number|issue|iss|heft|n°|№)\.?\s*"
                         r"(\d+[A-Za-z]?(?:\s*[-–/]\s*\d+)?)(?!\w)", re.IGNORECASE),
     ("no", "nr", "num", "iss", "heft", "n°", "№")),
    ("issue", rx.compile(r"(?<!\w)H\.\s*(\d{1,3}(?:\s*[-–/]\s*\d{1,3})?)(?!\w)"), ("h.",)),
    ("issue", rx.compile(r"(?<!\w)n\.\s*(\d{1,4}(?:\s*[-–/]\s*\d{1,4})?)(?!\w)"), ("n.",)),
    ("page", rx.compile(rf"(?<!\w)(?:pp|pages?|pgs?)\.?\s*({_RANGE})(?!\w)", re.IGNORECASE),
     ("pp", "page", "pg")),
    ("page", rx.compile(rf"(?<!\w)(?:p|S)\.\s*({_RANGE})(?!\w)"), ("p.", "s.")),
    ("page", rx.compile(r"(?<!\w)article\s+(?:no\.\s*)?([a-z]?\d{3,9})(?!\w)", re.IGNORECASE),
     ("article",)),  # APA article numbers: World Development, 128, Article 104862
    ("volume", rx.compile(rf"(?<!\w)v\.\s*({_NUM})(?!\w)"), ("v.",)),
    ("volume", rx.compile(rf"(?<!\w)t\.\s*({_NUM})(?!\w)"), ("t.",)),  # French tome
    ("page", rx.compile(r"(?<=, )p\s(\d{1,5})(?!\w)"), (", p ",)),
    ("page", rx.compile(r"(?<![\w.])(\d{1,5})\s+p\.(?!\w)"), (" p.",)),
    ("number-of-volumes", rx.compile(r"(?<![\w.])(\d{1,2})\s+vols?\.?(?!\w)", re.IGNORECASE),
     ("vol",)),
]
_VOL_ISSUE = rx.compile(
    r"(?<![\w.(])(\d{1,5})\s*\(\s*((?:[A-Za-z]{1,6}[.-]?\s?)?\d{1,4}[A-Za-z]?(?:\s*[-–/]\s*\d{1,4})?)"
    r"\s*\)|(?<![\w.])(\d{1,4})(?:[.,]\s?(\d{1,3})(?=\s*\x00)"
    r"|\.(\d{1,3})(?=\s*,\s*[A-Za-z]?\d{1,6}\s*[-–]\s*\d))"  # 47.1, 1-30
)
_PAGE_RANGE = rx.compile(
    r"(?<!\b(?:AD|BC|CE) )(?<!\bBCE )"  # AD 990–1990 is a period, not pages
    r"(?<![\w.\-–/])([A-Za-z]?\d{1,6})\s*(?:-{1,3}|[–—‐‑−~〜])\s*([A-Za-z]?\d{1,6})(?![\w\-–/]|\.\d)"
)
_PAGE_AFTER_COLON = rx.compile(r"(?<=[\x00)])\s*:\s*(\d{1,6})(?![\w\-–]|\.\d)")
_NUMBER_BEFORE = rx.compile(r"(?<![\w.\-/'’])(\d{1,4}|[IVXLC]{1,6})[\s,:;]*$")
_NUMBER_BEFORE_DATE = rx.compile(r"(?<=[^\W\d_],|[^\W\d_]\s)\s*(\d{1,4}|[IVXLC]{1,6})\s*$")
_BOOK_VOLUME = rx.compile(r"\s*(\d{1,3})(?=\s*[,.]|\s*$)")
_ISSUE_AFTER_VOLUME = rx.compile(r"\x00\s*\((\d{1,4}(?:[-–/]\d{1,4})?)\)")


def _is_year_range(a: str, b: str) -> bool:
    if not (is_digits(a) and is_digits(b)):
        return False
    first, last = int(a), int(b)
    return 1500 <= first <= 2099 and (1500 <= last <= 2099 and last >= first or len(b) == 2)


def _claim_group(draft: Draft, name: str, m: re.Match[str], group: int = 1) -> None:
    value = m.group(group)
    if name == "page":
        value = normalise_pages(value)
    draft.claim(name, m.start(), m.end(), value.strip())


def find_numbers(draft: Draft) -> None:
    """Claim volume, issue and page (and a note's pinpoint page, which is neither)."""
    pinpoint = _PINPOINT.search(draft.masked)
    if pinpoint:  # (New York: Press, 2010), 45: the page cited, not the item's pages
        draft.claim("locator", pinpoint.start(1), pinpoint.end(1), pinpoint.group(1))
    lower = draft.masked.lower()
    for name, pattern, needs in _LABELLED:
        if draft.has(name) or not any(map(lower.__contains__, needs)):
            continue
        m = pattern.search(draft.masked)
        if m:
            _claim_group(draft, name, m)
    title = draft.first("title")
    container = draft.first("container-title")
    marked = container if container and draft.raw[container.start] in "『《" else None
    if title and "book-title" in draft.flags:
        marked = title
    if marked and not draft.has("volume"):
        m = _BOOK_VOLUME.match(draft.masked, marked.end)
        if m:  # 『한국사』 12, 『歷史敎育』 144, 2017
            draft.claim("volume", m.start(1), m.end(1), m.group(1))
    volume = draft.first("volume")
    if volume and not draft.has("issue"):
        m = _ISSUE_AFTER_VOLUME.match(draft.masked, volume.end - 1)
        if m:
            draft.claim("issue", m.start() + 1, m.end(), m.group(1))
    if not draft.has("volume"):
        m = _VOL_ISSUE.search(draft.masked)
        if m:
            vol, issue = (m.group(1), m.group(2)) if m.group(1) else \
                (m.group(3), m.group(4) or m.group(5))
            if len(issue) < 4 or not _is_year_range(issue, issue):
                draft.claim("volume", m.start(), m.end(), vol)
                if not draft.has("issue"):
                    draft.claim("issue", m.end(), m.end(), issue.replace(" ", ""))
    issue = draft.first("issue")
    if issue and not draft.has("page"):
        m = _ARTICLE_NUMBER.match(draft.masked, issue.end)
        if m:  # 18(11), 658.: an article number stands where the pages would
            draft.claim("page", m.start(1), m.end(1), m.group(1))
    if not draft.has("page"):
        m = _CHAPTER_FIRST_PAGE.search(draft.masked)
        if m:  # in Book (Publisher 2012) 267: OSCOLA gives a chapter's first page
            draft.claim("page", m.start(1), m.end(1), m.group(1))
    if not draft.has("page"):
        _find_bare_pages(draft)
    if draft.has("page") and not draft.has("volume"):
        _volume_before(draft, draft.first("page").start)
    if not draft.has("volume") and draft.has("issued"):
        issued = draft.first("issued")
        if draft.raw[issued.start] in "([":
            m = _NUMBER_BEFORE_DATE.search(draft.masked[: issued.start])
            if m:
                draft.claim("volume", m.start(1), m.end(1), m.group(1))
    if not draft.has("volume"):
        m = _VOLUME_ALONE.search(draft.masked)
        if m and not (1500 <= int(m.group(1)) <= 2099):
            draft.claim("volume", m.start(1), m.end(1), m.group(1))


_AFTER_VOLUME = rx.compile(r"(?:[\d)\x00]\s*[,:;]?|pp?\.?)\s*$")
_PINPOINT = rx.compile(  # after "(Place: Publisher, 2010)", whose year is already claimed
    r"\((?=[^()\x00]{0,200}[A-Za-z:])[^()]{0,200}\x00\)\s*,\s*(\d{1,5}(?:\s*[-–]\s*\d{1,5})?)"
    r"\s*\.?\s*$"
)
_VANCOUVER_VOLUME_PAGE = rx.compile(r"(?<=\x00);\s*(\d{1,5})\s*:\s*([A-Za-z]?\d{1,7})(?![\w\-–])")
_ARTICLE_NUMBER = rx.compile(r"\)?\s*,\s*([A-Za-z]?\d{1,7})(?=\s*[.;]?\s*(?:\x00|$))")
_CHAPTER_FIRST_PAGE = rx.compile(
    r"(?<=[\s\x00])in\s[^()\x00]{3,200}\([^()]{0,100}\x00[^()]*\)\s+(\d{1,5})\s*\.?\s*$")
_VOLUME_ALONE = rx.compile(r",\s*(\d{1,4})\s*[,.]?\s*(?=\x00|$)")
_VOLUME_PAGE = rx.compile(r"(?<![\w.\-/])(\d{1,4}),\s*(\d{1,8})(?=\s*[.,;]?\s*(?:\x00|$))")


def _find_bare_pages(draft: Draft) -> None:
    ranges = list(_PAGE_RANGE.finditer(draft.masked))
    for i, m in enumerate(ranges):
        after_volume = _AFTER_VOLUME.search(draft.masked, max(0, m.start() - 12), m.start())
        if _is_year_range(m.group(1), m.group(2)) and not after_volume:
            continue
        later = [r for r in ranges[i + 1 :] if _ascending(r)]
        if not _ascending(m) and later and not draft.has("volume"):
            # (Journal 20-2, August 2022) 275-299: volume and issue, then the pages
            draft.claim("volume", m.start(1), m.end(1), m.group(1))
            draft.claim("issue", m.start(2), m.end(2), m.group(2))
            m = later[0]
        draft.claim("page", m.start(), m.end(), f"{m.group(1)}-{m.group(2)}")
        return
    m = _VANCOUVER_VOLUME_PAGE.search(draft.masked)
    if m and not draft.has("volume"):  # 2020;10:e035689
        draft.claim("volume", m.start(1), m.end(1), m.group(1))
        draft.claim("page", m.start(2), m.end(2), m.group(2))
        return
    m = _PAGE_AFTER_COLON.search(draft.masked)
    if m:
        draft.claim("page", m.start(), m.end(), m.group(1))
        return
    m = _VOLUME_PAGE.search(draft.masked)
    if m and not draft.has("volume"):
        draft.claim("volume", m.start(1), m.end(1), m.group(1))
        draft.claim("page", m.start(2), m.end(2), m.group(2))


def _ascending(m: re.Match[str]) -> bool:
    a, b = m.group(1), m.group(2)
    return not (is_digits(a) and is_digits(b)) or int(b) >= int(a)


def _volume_before(draft: Draft, start: int) -> None:
    """A bare number just before the pages (skipping claimed spans) is the volume."""
    head = draft.masked[:start]
    stripped = head.rstrip(" ,:;\x00")
    m = _NUMBER_BEFORE.search(stripped)
    if m and m.start(1) > 0:
        draft.claim("volume", m.start(1), m.end(1), m.group(1))
