"""Title, container, editors, publisher and place from the segments after the author zone.

The first segment is the title (unless a quoted title was found), and each later one is read
by its form: ``In ...`` is a container (with its editors), ``Place: Publisher`` a publisher,
a segment just before volume or pages a journal, ``Series 6`` a series; what is left is
resolved by ``places.resolve``.
"""

from __future__ import annotations

import re

from ... import rx
from ...digits import is_digits
from ..data import alternation, table, words
from ..draft import MASK, Draft
from ..normalise.kind import is_news_outlet
from ..normalise.names import korean_role
from ..normalise.text import clean
from .places import JOURNAL_FIELDS, is_publisher, resolve
from .segments import Segment, cut_segments

_IN = rx.compile(r"^(?:(?:in|en|dans|im)\s*:?\s+)+(?=\S)", re.IGNORECASE)
_EDITORS_BEFORE = rx.compile(
    rf"^(?P<eds>.+?)\s*(?:\(\s*(?:{alternation('editor_marks.txt')})\.?\s*\)|,\s*(?:editors?|eds?\.))"
    r"\s*,?\s*(?P<rest>.*)$", re.IGNORECASE)
_EDITORS_AFTER = rx.compile(r"^(?P<rest>.*?),?\s*\b(?:ed\.|eds\.|edited\s+by)\s+(?P<eds>.+)$",
                            re.IGNORECASE)
_EDITED_BY = rx.compile(
    rf"^\s*(?:(?P<ed>{alternation('editor_phrases.txt')})|trans(?:lated)?\b\.?|trad\.|tr\.)\s*"
    r"(?:by\s+|par\s+)?",
    re.IGNORECASE,
)
_PLACE_PUBLISHER = rx.compile(
    r"^(?P<place>[A-Z\u00c0-\u024f\uac00-\ud7a3][\w .’'\-]{1,40}?(?:,\s*[A-Z][\w.]{1,15}){0,2})"
    r"\s*:\s*"
    r"(?P<pub>[^:]{2,100})$"
)
_INITIALS_NEXT = rx.compile(r"^(?:[A-Z]\.\s?){1,3}(?:,|$|\s+(?:and|&)\b)")
_JOURNAL_ALONE = rx.compile(  # ApJ, MNRAS, Nano Lett., Experimental Astronomy, Phys. Rev. B
    r"^(?:[A-Z][A-Za-z&]*\.?|of|the|and|&|for|in)(?:\s(?:[A-Z][A-Za-z&]*\.?|of|the|and|&|for|in)){0,4}$"
)
_ROLE_ASIDE = rx.compile(
    r"\s*\((?:(?P<names>[^()]{2,80}?),?\s+(?P<role>Trans|Eds?|Ed)\.|(?P<role2>(?i:trans|tr|trad))\."
    r"\s+(?P<after>[^()]{2,80}))\)$")
_STATUS_PHRASE = rx.compile(
    r"(?:,\s+|^)(?P<status>(?:(?:a\s+)?paper\s+)?(?:submitted\s+to|to\s+be\s+presented\s+at"
    r"|accepted\s+(?:for|at|by))\s+.+)$", re.IGNORECASE)  # (presented at X: X is the container)
_TRAILING_PLACE_PUBLISHER = rx.compile(
    r",\s+(?P<place>[A-Z][\w’'-]+(?:[\s-][A-Z][\w’'-]+)?),\s+(?P<pub>[A-Z][\w.&’'-]*"
    r"(?:\s[A-Z][\w.&’'-]*){0,3})$")
_SERIES = rx.compile(r"^(?P<title>\D{2,80}?)\s+(?P<number>\d{1,4})$")
# a book series named by its kind: 岩波新書, 講談社学術文庫, 살림지식총서, 을유문고
_CJK_SERIES = rx.compile(r"^\S{1,20}(?:新書|新书|文庫|選書|叢書|丛书|ブックス|총서|문고|신서)$")
_PUBLISHER_SERIES = rx.compile(
    r"^(?P<pub>[^()]{2,30}?)\s*\((?P<series>\S{1,20}(?:新書|新书|文庫|選書|叢書|丛书|ブックス|총서|문고|신서))\)?$")
_ONE_NAME = r"[A-Z][\w.’'-]*(?: [A-Z][\w.’'-]*){1,3}"
_TRAILING_ROLE = rx.compile(
    rf"^(?P<names>{_ONE_NAME}(?:(?:, | and | & ){_ONE_NAME}){{0,5}}"
    r"|[A-Z][\w’'-]+, (?:[A-Z]\.\s?){1,3}),?"  # or one inverted name: Bowlby, R. (trans.)
    r" \(?(?P<role>trs|tr|trans|eds|ed)\.?\)?$")
_CJK = r"\u3005\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7a3"
# names followed by what the people did: 梅田望夫 著, 李明 编, 이정우 저, 박민수 지음
_NAMES_ROLE = rx.compile(
    rf"^(?P<names>[{_CJK}][{_CJK}·・、,， ]{{0,40}}?)\s*(?P<role>"
    + "|".join(sorted((re.escape(w) for w in table("cjk_name_roles.tsv")), key=len, reverse=True))
    + r")$")


def label_segments(draft: Draft, start: int) -> dict[str, object]:
    """Fields found in the segments after ``start`` (where the author zone ends)."""
    out: dict[str, object] = {}
    pending: list[Segment] = []
    commas = draft.masked[start : start + 40].lstrip(" )\x00")[:1] == ","
    title_seg = journal_seg = None
    for seg in cut_segments(draft, start, commas=commas):
        text = seg.text
        if "title" not in out and not draft.has("title"):
            title_seg = seg
            aside = _ROLE_ASIDE.search(text)
            if aside:  # Distinction (R. Nice, Trans.)
                role = "editor" if (aside.group("role") or "T")[:1] == "E" else "translator"
                out.setdefault(f"{role}-text", aside.group("names") or aside.group("after"))
                text = text[: aside.start()]
            status = _STATUS_PHRASE.search(text)
            if status:  # Title, paper submitted to CHI 2004; to be presented at ICML 2005
                out["status"] = status.group("status")
                text = text[: status.start()]
            text = _place_and_publisher_after_title(text, out)
            out["title"] = text
            _split_outlet_from_title(draft, text, out)
            chemistry = seg.followed_by == "issued" and draft.has("volume")
            if (seg.followed_by in JOURNAL_FIELDS or chemistry) \
                    and not draft.has("container-title"):
                _split_container_from_title(text, out, titleless=_bare_volume(draft))
            continue
        if text.startswith("of ") and _after_volume(draft, seg):
            # “Chapter.” Vol. 2 of Book: the book; Title, volume 374 of Series: the series
            key = "container-title" if "quoted-title" in draft.flags else "collection-title"
            out.setdefault(key, clean(text[3:]))
            out["in"] = out.get("in") or key == "container-title"
            continue
        role = _EDITED_BY.match(text)
        if role:
            key = "editor-text" if role.group("ed") else "translator-text"
            names, rest = _names_then_rest(text[role.end() :])
            out.setdefault(key, names)
            if rest:  # edited by Ruth Abbott, Oxford UP
                pending.append(Segment(seg.end - len(rest), seg.end, rest, seg.followed_by))
            continue
        paired = _PUBLISHER_SERIES.match(text)
        if paired and "collection-title" not in out and "publisher" not in out:
            out["publisher"], out["collection-title"] = paired.group("pub"), paired.group("series")
            continue
        trailing = _TRAILING_ROLE.match(text)
        if trailing and "title" in out:  # (Edward W Wagner and Edward J Shultz trs, ...)
            role = "editor" if trailing.group("role").casefold().startswith("ed") else "translator"
            out.setdefault(f"{role}-text", trailing.group("names"))
            continue
        if _CJK_SERIES.match(text) and "collection-title" not in out:
            out["collection-title"] = text
            continue
        named = _NAMES_ROLE.match(text)
        if named:
            role = table("cjk_name_roles.tsv")[named.group("role").casefold()]
            out.setdefault(f"{role}-text", named.group("names"))
            continue
        role_name = _korean_role_segment(text)
        if role_name:  # 조현욱 옮김, 다산연구회 역주
            out.setdefault(f"{role_name}-text", text)
            continue
        m = _IN.match(text)
        if m and "container-title" not in out and not draft.has("container-title"):
            out["in"] = True
            _container_with_editors(text[m.end():], out)
            continue
        if out.get("container-title") == "" and not _PLACE_PUBLISHER.match(text):
            out["container-title"] = text  # "In: A and B (eds.), Container"
            continue
        place = _PLACE_PUBLISHER.match(text)
        in_book = out.get("in") or "editor-text" in out
        if place and "publisher" not in out and (
                seg.followed_by not in JOURNAL_FIELDS or (seg.followed_by == "page" and in_book)
                or is_publisher(place.group("pub"))):  # Berlin: Springer-Verlag, pp. 167-181
            out["publisher-place"] = clean(place.group("place"))
            out["publisher"] = clean(place.group("pub"))
            continue
        if seg.followed_by in JOURNAL_FIELDS and "container-title" not in out \
                and "book-title" not in draft.flags \
                and not draft.has("container-title"):
            out["container-title"] = text
            journal_seg = seg
            continue
        series = _SERIES.match(text)
        if series and "collection-title" not in out and "," not in text:
            out["collection-title"] = clean(series.group("title"))
            out["collection-number"] = series.group("number")
            continue
        pending.append(seg)
    if commas and title_seg and journal_seg and out.get("title") == title_seg.text:
        pending = _title_continued(draft, title_seg, journal_seg, pending, out)
    resolve(draft, pending, out)
    return out


def _after_volume(draft: Draft, seg: Segment) -> bool:
    """Whether the claim just before ``seg`` is its volume (``Vol. 2 of …``)."""
    before = [claim for claim in draft.claims if claim.end <= seg.start]
    return bool(before) and max(before, key=lambda c: c.end).field == "volume"


def _title_continued(draft: Draft, title: Segment, journal: Segment, pending: list[Segment],
                     out: dict[str, object]) -> list[Segment]:
    """In a comma-separated article (``Author, Title, Journal, v. 26``), what lies between the
    title and the journal is the rest of a title with commas of its own (``Proximal ejecta of
    the Chicxulub crater, Yucatan Peninsula, Mexico (abstract)``); the rest stays pending."""
    between = [seg for seg in pending if title.end <= seg.start and seg.end <= journal.start]
    if not between or MASK in draft.masked[title.start : between[-1].end]:
        return pending
    out["title"] = clean(draft.raw[title.start : between[-1].end])
    return [seg for seg in pending if seg not in between]


def _korean_role_segment(text: str) -> str | None:
    """``editor`` or ``translator`` for a segment of Korean names ending in a role word."""
    words_ = text.split()
    if len(words_) < 2 or not re.fullmatch(r"[\uac00-\ud7a3·, ]+", text):
        return None
    return korean_role(text)


def _names_then_rest(text: str) -> tuple[str, str]:
    """Given-name-first editors end at the first comma unless initials follow it."""
    names, sep, rest = text.partition(", ")
    if not sep or " " not in names.strip() or _INITIALS_NEXT.match(rest):
        return text, ""
    return names, rest


def _place_and_publisher_after_title(text: str, out: dict[str, object]) -> str:
    """``Histoire des religions en Europe, Paris, Ellipses`` (French usage): a known place and
    a publisher after the title's last commas."""
    found = _TRAILING_PLACE_PUBLISHER.search(text)
    if not found or found.group("place").casefold() not in words("place_names.txt"):
        return text
    out["publisher-place"], out["publisher"] = found.group("place"), found.group("pub")
    return text[: found.start()]


def _split_outlet_from_title(draft: Draft, text: str, out: dict[str, object]) -> None:
    """``제목, 한겨레, 2021년 11월 3일, URL``: a news outlet after the headline's last comma."""
    head, sep, tail = text.rpartition(", ")
    issued = draft.first("issued")
    dated = issued is not None and len(issued.value.parts) >= 3
    if sep and head and len(tail.split()) <= 3 and (dated or draft.has("URL")) \
            and not draft.has("container-title") and is_news_outlet(tail):
        out["title"], out["container-title"] = head, tail


def _bare_volume(draft: Draft) -> bool:
    """The volume written as a bare number (``, 20, 131``), as title-less citations write it,
    not ``volume 7 of …`` or ``Vol. 3``."""
    volume = draft.first("volume")
    return volume is not None and is_digits(draft.text(volume).strip(" ,."))


def _split_container_from_title(text: str, out: dict[str, object], *, titleless: bool) -> None:
    """``Title of Paper, Journal Name, 5 (3), 1-9``: the journal hides after the last comma;
    ``Harrison F.A. et al. 2005, Experimental Astronomy, 20, 131`` (astronomy and chemistry
    cite articles without their titles): a short capitalised name alone before the volume is
    the journal."""
    head, sep, tail = text.rpartition(", ")
    tokens = tail.split()
    if sep and head and 1 <= len(tokens) <= 8 and tail[:1].isupper() and ":" not in tail:
        out["title"], out["container-title"] = head, tail
    elif not sep and titleless and _JOURNAL_ALONE.match(text):
        del out["title"]
        out["container-title"] = text


def _container_with_editors(text: str, out: dict[str, object]) -> None:
    before = _EDITORS_BEFORE.match(text)
    after = _EDITORS_AFTER.match(text)
    if before:
        out["editor-text"] = before.group("eds")
        text = before.group("rest")
    elif after:
        out["editor-text"] = after.group("eds")
        text = after.group("rest")
    out["container-title"] = clean(text)
