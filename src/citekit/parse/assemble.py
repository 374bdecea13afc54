"""Run the finders and labellers over one string and assemble the CSL item."""

from __future__ import annotations

import re

from .. import rx
from ..diagnostics import Diagnostic
from ..digits import fold_digits
from ..lang.tags import item_language
from ..model import CSLItem, custom
from . import ParseResult
from .data import alternation, words
from .draft import Draft
from .finders.access import find_access
from .finders.catalogue import find_catalogue_line
from .finders.dates import find_issued
from .finders.descriptor import find_descriptor
from .finders.edition import find_edition
from .finders.enumerator import find_enumerator
from .finders.genre import find_genre
from .finders.labelled import find_labelled
from .finders.legal import find_legal
from .finders.links import find_links
from .finders.numbers import find_numbers
from .finders.oscola import find_oscola_journal
from .finders.patent import find_patent
from .finders.portal import find_portal
from .finders.proceedings import find_series_year_proceedings
from .finders.quotes import find_quoted_titles
from .finders.residue import find_residue
from .finders.separated import find_separated
from .labels.authors import author_zone
from .labels.fields import label_segments
from .normalise.kind import infer_type
from .normalise.markup import gaps, squeeze, strip_html
from .normalise.names import korean_role, romanised_korean_order, split_names
from .normalise.pages import normalise_pages
from .normalise.text import clean

MAX_LENGTH = 2000
_TRAILING_TRANSLATION = rx.compile(
    r"\s\[([^\[\]\d]{3,200}\s[^\[\]\d]{1,200})\]$"
    r"|(?<=[\uac00-\ud7a3])\s*\(((?:[A-Za-z][\w'’:,-]*\s+){2,30}[A-Za-z][\w'’-]*)\)$"
)
_NUMBERED = rx.compile(r"^(.*?\D)\s+(?:no\.?\s*)?([\w./-]*\d[\w./-]*)$", re.IGNORECASE)
_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_BOOK_VOLUME = rx.compile(r"\(\s*Vol\.\s*[\w.-]+,\s*pp?\.\s*[\w–-]+\s*\)", re.IGNORECASE)
_PUBLISHER_YEAR = rx.compile(r",\s*((?:1[5-9]|20)\d\d)$")
_KANA_OR_HAN = rx.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HANGUL_ONLY = rx.compile(r"^[\uac00-\ud7a3]+$")
_EDITORS_MARK = rx.compile(
    rf",?\s*\(?(?<!\w)(?:{alternation('editor_marks.txt')})\.?\)?\s*[.,]?\s*$", re.IGNORECASE)
FINDERS = (
    find_enumerator,
    find_residue,
    find_links,
    find_labelled,
    find_portal,
    find_separated,
    find_catalogue_line,
    find_access,
    find_quoted_titles,
    find_patent,
    find_genre,
    find_descriptor,
    find_edition,
    find_series_year_proceedings,
    find_issued,
    find_oscola_journal,
    find_numbers,
)
_DATES = ("issued", "accessed", "original-date")
_COPIED = ("title", "container-title", "volume", "issue", "page", "DOI", "URL", "genre", "edition",
           "authority", "number", "archive", "medium", "references", "jurisdiction", "status",
           "title-short", "ISBN", "publisher")


def parse_draft(raw: str, item_id: str) -> ParseResult:
    """Parse ``raw`` (cut to ``MAX_LENGTH`` characters) into an item and diagnostics."""
    raw = fold_digits(raw)  # every \d below sees ASCII digits only (citekit.digits)
    untagged, from_untagged = strip_html(raw.replace("``", " “").replace("''", "” "))
    text, from_squeezed = squeeze(untagged)
    draft = Draft(text[:MAX_LENGTH])
    if "  " in untagged:
        draft.flags.update(f"gap:{at}" for at in gaps(untagged))
    if len(text) > MAX_LENGTH:
        draft.diagnostics.append(Diagnostic(
            "reference-too-long", "warning",
            f"reference longer than {MAX_LENGTH} characters: only the start was read"))
    find_legal(draft)
    for finder in FINDERS if "legal" not in draft.flags else (find_links, find_access):
        finder(draft)
    labels: dict[str, object] = {}
    if "legal" not in draft.flags:
        lead = draft.first("junk")
        zone = None if draft.has("author") else author_zone(
            draft, lead.end if lead and lead.start == 0 else 0)
        if zone:
            draft.claim("author", *zone)
        labels = label_segments(draft, zone[1] if zone else 0)
    item = _assemble(draft, labels, item_id)
    _check(draft, item)

    def to_raw(offset: int) -> int:
        return from_untagged(from_squeezed(offset))

    diagnostics = [d.at(column=to_raw(d.location.column - 1) + 1) if d.location.column else d
                   for d in draft.diagnostics]
    claims = [(c.field, c.start, c.end) for c in draft.claims]
    return ParseResult(item, diagnostics, text=draft.raw, claims=claims)


def _assemble(draft: Draft, labels: dict[str, object], item_id: str) -> CSLItem:
    item: CSLItem = {"id": item_id}
    _copy_claims(draft, item)
    for key in ("title", "container-title", "publisher", "publisher-place", "collection-title",
                "collection-number", "volume", "status"):
        if key in labels and key not in item:
            item[key] = clean(str(labels[key]))
    _edition_year(item)
    for role in ("author", "editor", "translator"):
        if f"{role}-text" in labels and role not in item:
            names, _, _ = _names(str(labels[f"{role}-text"]))
            if names:
                item[role] = names
    _split_translation(draft, item)
    locator = draft.first("locator")
    if locator:  # a statute's provision keeps its label: s 3, art 8, 제2조
        legislation = bool({"legislation", "type:treaty"} & draft.flags)
        custom(item)["locator"] = locator.value if legislation else normalise_pages(locator.value)
    genre = draft.first("genre")
    special = {"legal_case", "legislation", "patent"} & draft.flags
    special |= {flag[5:] for flag in draft.flags if flag.startswith("type:")}
    item["type"] = special.pop() if special else infer_type(
        item, genre=genre.value if genre else None, after_in=bool(labels.get("in")))
    if labels.get("in") and item["type"] == "article-journal" and _BOOK_VOLUME.search(draft.raw):
        item["type"] = "chapter"  # APA: In Book title (Vol. 2, pp. 33-50)
    if item["type"] == "document" and "book-title" in draft.flags:
        item["type"] = "book"  # 『書名』 with nothing else to go on
    language = item_language(item)
    if language:
        item["language"] = language
    _record_doubts(draft, item)
    return {k: v for k, v in item.items() if v not in ("", None, [])}


def _edition_year(item: CSLItem) -> None:
    """``Gravity and Grace. 1947. Trans. … London: Routledge, 2002``: a year after the
    publisher dates this edition; an earlier year read as the date is the original's."""
    publisher = item.get("publisher")
    found = _PUBLISHER_YEAR.search(publisher) if isinstance(publisher, str) else None
    if not found:
        return
    item["publisher"] = publisher[: found.start()]
    year = int(found.group(1))
    dated = ((item.get("issued") or {}).get("date-parts") or [[]])[0]
    if not dated:
        item["issued"] = {"date-parts": [[year]]}
    elif isinstance(dated[0], int) and dated[0] < year and "original-date" not in item:
        item["original-date"], item["issued"] = item["issued"], {"date-parts": [[year]]}


def _copy_claims(draft: Draft, item: CSLItem) -> None:
    """Fields the finders and the author zone claimed, in string order (the first wins)."""
    for claim in sorted(draft.claims, key=lambda c: c.start):
        if claim.field in item or claim.field not in _COPIED + _DATES + ("author", "translator"):
            continue
        if claim.field in _DATES:
            if claim.value is not None:  # a finder may claim a year no date can hold (2345)
                item[claim.field] = claim.value.csl()
        elif claim.field == "author" and isinstance(claim.value, list):
            item["author"] = claim.value  # names a finder read itself (a UN organ)
        elif claim.field == "author":
            names, role, et_al = _names(draft.text(claim))
            names = _outlet_from_names(names, item)
            if _HANGUL.search(draft.raw):
                names = romanised_korean_order(names)
            elif _KANA_OR_HAN.search(draft.raw):
                names = romanised_korean_order(names, "japanese_surnames_romanised.txt")
            if names:
                item[role] = names
            if et_al:
                custom(item)["et-al"] = True
        elif claim.field == "translator":
            item["translator"] = _names(draft.text(claim))[0]
        elif claim.field == "genre":
            _genre(item, clean(draft.text(claim)), legal="legal" in draft.flags)
        else:
            value = claim.value if claim.value is not None else draft.text(claim)
            abbreviated = "legal" in draft.flags and claim.field == "container-title"  # U.S.
            item[claim.field] = (value if claim.field in ("URL", "DOI")
                                 else clean(str(value), keep_final_period=abbreviated))


def _genre(item: CSLItem, genre: str, *, legal: bool) -> None:
    """A genre phrase: ``Working Paper 12`` is a genre and a number; a Korean series and its
    number (``연구보고서 18-09``, ``NARS 현안분석 제250호``) the collection and the number; a
    bare ``보고서`` (report) only says the type, which the claim has already settled."""
    numbered = None if legal else _NUMBERED.match(genre)
    if not numbered:
        if genre != "보고서":
            item["genre"] = genre
        return
    name, item["number"] = numbered.group(1), numbered.group(2)
    item["collection-title" if _HANGUL.search(name) else "genre"] = name


def _outlet_from_names(names: list, item: CSLItem) -> list:
    """``이동건, 한겨레, 「제목」``: a news outlet after the author is the container."""
    if len(names) < 2 or "container-title" in item:
        return names
    last = names[-1]
    written = last.get("literal") or last.get("family", "") + last.get("given", "")
    if _HANGUL_ONLY.match(written) and written in words("news_outlets.txt"):
        item["container-title"] = written
        return names[:-1]
    return names


def _names(text: str) -> tuple[list, str, bool]:
    """Names, their role (``(eds.)``, ``편`` make editors) and whether "et al." was dropped."""
    mark = _EDITORS_MARK.search(text[-24:])
    role = "editor" if mark else korean_role(clean(text)) or "author"
    names, et_al = split_names(text[: len(text) - len(mark.group(0))] if mark else text)
    return names, role, et_al


def _split_translation(draft: Draft, item: CSLItem) -> None:
    """A translated title goes to ``custom["title-translation"]``, never into ``title``."""
    translation = draft.first("title-translation")
    if translation:
        custom(item)["title-translation"] = translation.value
    elif "title" in item:
        bracket = _TRAILING_TRANSLATION.search(item["title"])
        if bracket:
            item["title"] = item["title"][: bracket.start()].rstrip()
            custom(item)["title-translation"] = bracket.group(1) or bracket.group(2)


def _record_doubts(draft: Draft, item: CSLItem) -> None:
    if item["type"] == "document":
        draft.doubt("type")
    doubts = sorted(d for d in draft.doubts if d in item)
    if doubts:
        custom(item)["parse-uncertain"] = doubts
    custom(item)["parse-confidence"] = _confidence(item, len(doubts))


def _confidence(item: CSLItem, doubts: int) -> float:
    """A rough 0-1 score: how much of what a reference usually states was found, less 0.1 for
    each field decided by a fallback rule (listed in ``custom["parse-uncertain"]``)."""
    found = sum(1 for k in ("author", "title", "issued") if k in item)
    found += any(k in item for k in ("container-title", "publisher", "URL"))
    return round(max(0.0, found / 4 - 0.1 * doubts), 2)


def _check(draft: Draft, item: CSLItem) -> None:
    judgment = item["type"] == "legal_case" and "number" in item  # 대법원 … 선고 2013다61381
    if "title" not in item and "author" not in item and not judgment:
        draft.diagnostics.append(Diagnostic(
            "parse-failed", "error", "could not find a title or an author in this reference"))
