"""Legal items as the OSCOLA 4th edition cites them, for the style ``oscola-manual``, where the
official ``oscola`` style prints the encoding of ``docs/legal.md`` otherwise (each rule is
listed there, under "oscola-manual: where the manual departs from the official style", and
asserted in ``tests/test_legal_render.py``). ``oscola`` itself prints what the official style
prints, as citeproc-js (and so Zotero) does.

Pandoc renders copies of the items rewritten here, so the user's items never change.
"""

from __future__ import annotations

import copy
import re
from functools import lru_cache

from .. import rx
from ..model import CSLItem
from ..packagedata import data_lines
from ..parse.data import words
from .clusters import CiteItem, locator_labels
from .styles import MANUAL_VARIANTS, Style

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_UN_SYMBOL = rx.compile(r"^(?:A|S|E|ST|CCPR|CEDAW|CERD|CAT|CRC|CRPD|CMW|CED|HRI)/\S*[0-9]")
_YEAR_END = rx.compile(r"\s+([0-9]{4})$")
_LOCATOR = rx.compile(r"^(?P<label>[A-Za-z]+)\.?\s+(?P<value>\S.*)$")
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_DOCKET_NUMBER = rx.compile(r"[A-Za-z]*[0-9]+(?:[A-Za-z]+[0-9]+)?(?:[-/][0-9]+)*")
_PLAIN_CASE_REPORTS = frozenset({"u.s.", "us", "s. ct.", "s ct", "l. ed.", "l ed", "l. ed. 2d"})


def style_family(style: Style) -> str | None:
    """``oscola`` or ``apa`` for those styles and the ones derived from them (by id or file)."""
    for name in (style.id, style.path.stem):
        stem = str(name).replace("\\", "/").rsplit("/", 1)[-1].lower()
        for family in ("oscola", "apa"):
            if stem.startswith(family):
                return family
    return None


def follows_manual(style: Style) -> bool:
    """Whether ``style`` is a manual variant (``oscola-manual``), or a copy made of one."""
    return any(
        str(name).replace("\\", "/").rsplit("/", 1)[-1].lower().startswith(tuple(MANUAL_VARIANTS))
        for name in (style.id, style.path.stem)
    )


def legal_copies(items: list[CSLItem], style: Style) -> list[CSLItem]:
    """The items as pandoc should see them for ``style``: for ``oscola-manual``, legal items
    rewritten where the official style would print them against its manual; otherwise legal
    items as citeproc-js reads them (below); every other item unchanged."""
    if follows_manual(style):
        return [_oscola(item) for item in items]
    apa = style_family(style) == "apa"
    return [_as_citeproc_js(item, apa) for item in items]


def _as_citeproc_js(item: CSLItem, apa: bool) -> CSLItem:
    """Two readings where citeproc-js and pandoc differ: an item with a ``jurisdiction`` keeps
    its title's case (citeproc-js applies no text-case to it: ``Council Directive … on the
    protection of natural persons``); in APA the docket number of an unreported case is
    labelled ``No.`` where citeproc-js reads it as a number (``No. 8139/09``, ``No.
    2018Da284295``, not ``2017Hun-Ba127`` or ``2016다12345``); pandoc labels fewer, and some
    ``Nos.``."""
    docket = apa and item.get("type") == "legal_case" and not item.get("container-title")
    number = str(item.get("number") or "")
    if not item.get("jurisdiction") and not docket:
        return item
    fixed = copy.copy(item)
    if item.get("jurisdiction"):
        for field in ("title", "title-short"):
            if isinstance(item.get(field), str) and item[field]:
                fixed[field] = f'<span class="nocase">{item[field]}</span>'
    if docket and _DOCKET_NUMBER.fullmatch(number):
        fixed["number"] = f"No. {number}"
    return fixed


def own_cite(item: CSLItem, style: Style) -> CiteItem:
    """The cite of an item cited on its own (``format --mode notes``): a provision the parser
    found (``custom.locator``: ``s 3``, ``art 8``, ``제2조``) is its pinpoint. A label CSL
    knows (``s``, ``para``) makes a labelled locator; other pinpoints (``art 8``, ``제2조``)
    are printed as written: OSCOLA's page locator has no label, and APA gets them after
    a comma (``(Refugee Act, 2012, art 2)``)."""
    written = str((item.get("custom") or {}).get("locator") or "").strip()
    if not written:
        return CiteItem(id=item["id"])
    match = _LOCATOR.match(written)
    label = locator_labels().get(match.group("label").lower()) if match else None
    if label:
        return CiteItem(id=item["id"], locator=match.group("value"), label=label)
    if style_family(style) == "oscola":
        return CiteItem(id=item["id"], locator=written, label="page")
    return CiteItem(id=item["id"], suffix=", " + written)


def _oscola(item: CSLItem) -> CSLItem:
    kind = item.get("type")
    if kind == "legislation":
        return _titled_with_year(item)
    if kind == "legal_case":
        return _oscola_case(item)
    if kind == "treaty":
        return _oscola_treaty(item)
    if kind == "report":
        return _oscola_un_document(item)
    return item


def _titled_with_year(item: CSLItem) -> CSLItem:
    """OSCOLA 2.4.1: the short title includes the year (``Human Rights Act 1998``), in every
    note, subsequent ones too; a title that already ends with the issued year (as BibLaTeX
    and Zotero store it) does not print it twice."""
    year = _year(item)
    title = str(item.get("title") or "")
    if not year or not title:
        return item
    fixed = copy.copy(item)
    match = _YEAR_END.search(title)
    if not match or match.group(1) != year:
        fixed["title"] = f"{title} {year}"
    del fixed["issued"]
    return fixed


def _oscola_case(item: CSLItem) -> CSLItem:
    authority = str(item.get("authority") or "")
    number = str(item.get("number") or "")
    fixed = copy.copy(item)
    fixed.pop("jurisdiction", None)  # the style prints none; it marks US reports (below)
    if item.get("container-title") and item.get("page") and _us_report(item):
        # OSCOLA 2.8 (cases of other jurisdictions as cited there): 347 US 483 (1954)
        court = "" if str(item["container-title"]).casefold() in _PLAIN_CASE_REPORTS else authority
        fixed["authority"] = " ".join(part for part in (court, _year(item) or "") if part)
        fixed["jurisdiction"] = "us"  # legal_style.py: the pinpoint before the year
        fixed.pop("issued", None)
    elif number and authority and not item.get("container-title"):
        if authority in _neutral_courts():
            pass  # [2017] UKSC 5: the style prints the neutral citation itself
        elif _HANGUL.search(authority):
            # OSCOLA 2.8: a Korean decision as Korean courts cite it (대법원 2019. 5. 30.
            # 선고 2016다12345 판결), not as an invented neutral citation ([2019] 대법원 …)
            fixed["number"] = _korean_decision(item)
            english = (item.get("custom") or {}).get("english-decision")
            if english:  # --script both: (Supreme Court, 2016Da12345) after the Korean form
                fixed["number"] += f" ({english})"
            fixed.pop("issued", None)
        else:
            # OSCOLA 2.7.1, 2.1.4 (unreported): number, then (court, date): Othman v UK App no
            # 8139/09 (ECtHR, 17 January 2012); Supreme Court 2018Da284295 likewise
            label = "App no " if re.fullmatch(r"[0-9]{1,6}/[0-9]{2}", number) else ""
            fixed["container-title"] = label + number
            fixed["authority"] = ", ".join(p for p in (authority, _english_date(item)) if p)
            fixed.pop("number")
            fixed.pop("issued", None)
    parallel = str(item.get("references") or "").strip()
    if parallel and fixed.get("number") and fixed.get("authority") in _neutral_courts():
        # OSCOLA 2.1.1: the neutral citation, then the best report: [2017] UKSC 5, [2018] AC 61
        fixed["number"] = f"{fixed['number']}, {parallel}"
    return fixed


def _oscola_treaty(item: CSLItem) -> CSLItem:
    """OSCOLA 3.3: ``Title (adopted 20 November 1989, entered into force 2 September 1990)
    1577 UNTS 3``, in roman; the official style prints only the title, date and page."""
    # 1577 UNTS 3; a numbered series (ETS 5, UKTS 71) by its number
    last = ("number",) if item.get("number") else ("page",)
    series = " ".join(str(item[k]) for k in ("volume", "container-title", *last) if item.get(k))
    dates = str(item.get("genre") or "")  # adopted 16 December 1966, entered into force …
    if not re.match(r"(?:adopted|opened|signed|concluded|done)\b", dates):
        parts = (f"adopted {_english_date(item)}" if item.get("issued") else "",
                 str(item.get("status") or ""))  # status: entered into force …
        dates = ", ".join(p for p in parts if p)
    title = str(item.get("title") or "")
    fixed = {k: v for k, v in item.items()
             if k not in ("issued", "volume", "container-title", "page", "number", "genre",
                          "status")}
    fixed["type"] = "legislation"
    fixed["title"] = " ".join(p for p in (title, f"({dates})" if dates else "", series) if p)
    return fixed


def _oscola_un_document(item: CSLItem) -> CSLItem:
    """OSCOLA 3.4: a UN document's symbol follows ``UN Doc``; a resolution is cited ``UNGA Res
    217 A (III) (10 December 1948)``, with its symbol after it when known."""
    number = str(item.get("number") or "")
    if number.startswith("Res "):
        organ = "; ".join(n.get("literal") or n.get("family", "") for n in item.get("author", []))
        fixed = copy.copy(item)
        fixed["author"] = [{"literal": " ".join(p for p in (organ, number) if p)}]
        fixed["publisher"] = _english_date(item)
        fixed.pop("issued", None)
        symbol = str(item.get("references") or "")
        if symbol.startswith("UN Doc "):
            fixed["genre"], fixed["number"] = "UN Doc", symbol[len("UN Doc "):]
        else:
            fixed.pop("number")
        return fixed
    if _UN_SYMBOL.match(number) and not item.get("genre"):
        fixed = copy.copy(item)
        fixed["genre"] = "UN Doc"
        return fixed
    return item


def _korean_decision(item: CSLItem) -> str:
    """``2019. 5. 30. 선고 2016다12345 판결`` (the court is printed before it)."""
    parts = (item.get("issued") or {}).get("date-parts") or [[]]
    date = " ".join(f"{p}." for p in parts[0]) if parts[0] else ""
    genre = str(item.get("genre") or "")
    pronounced = "선고" if "판결" in genre else ""
    return " ".join(p for p in (date, pronounced, str(item["number"]), genre) if p)


def _english_date(item: CSLItem) -> str:
    """``17 January 2012`` (OSCOLA's date form), or as much of it as the item has."""
    parts = ((item.get("issued") or {}).get("date-parts") or [[]])[0]
    try:
        numbers = [int(p) for p in parts]
    except (TypeError, ValueError):
        return ""
    if len(numbers) == 3 and 1 <= numbers[1] <= 12:
        return f"{numbers[2]} {_MONTHS[numbers[1] - 1]} {numbers[0]}"
    if len(numbers) == 2 and 1 <= numbers[1] <= 12:
        return f"{_MONTHS[numbers[1] - 1]} {numbers[0]}"
    return str(numbers[0]) if numbers else ""


def _year(item: CSLItem) -> str | None:
    parts = ((item.get("issued") or {}).get("date-parts") or [[]])[0]
    return str(parts[0]) if parts else None


def _us_report(item: CSLItem) -> bool:
    reporter = str(item.get("container-title") or "")
    known = words("us_case_reporters.txt")
    return item.get("jurisdiction") == "us" or reporter.casefold() in known


@lru_cache(maxsize=1)
def _neutral_courts() -> frozenset[str]:
    """Court codes of neutral citations (``UKSC``, ``EWCA Civ``), the parser's list."""
    return frozenset(data_lines("citekit.parse", "data", "neutral_citation_courts.txt"))
