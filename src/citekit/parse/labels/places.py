"""Deciding whether a leftover segment is a container, a publisher or a place.

Publisher, journal, institution and place words are data files; the rules weigh them with
what the reference already has (journal numbers, a day-precise date, a URL, a genre).
"""

from __future__ import annotations

import re

from ... import rx
from ..data import words
from ..draft import Draft
from ..normalise.kind import is_conference, is_university
from .segments import Segment

JOURNAL_FIELDS = ("volume", "issue", "page")
_PLACE = rx.compile(
    r"^[A-Z\u00c0-\u024f][\w\-’']+(?:\s[A-Z][\w\-’']+){0,2}$"
)
_INSTITUTION = rx.compile(r"\b(?:institute|institution|laboratory|department|university|school|"
                          r"agency|ministry|office|council|corporation|inc|ltd|research\s+center)\b",
                          re.IGNORECASE)
_SERIAL = rx.compile(r"\b(?:journal|review|transactions|proceedings|letters|bulletin|annals)\b",
                     re.IGNORECASE)
# the name of a body: Department of Computer Science, Uppsala University
_BODY_WORD = r"(?:[A-Z][\w.&’'-]*|of|for|and|the|&)"
_NAME_OF_BODY = rx.compile(rf"^{_BODY_WORD}(?:[\s,]+{_BODY_WORD}){{0,9}}$")
# a learned society named alone publishes its proceedings: IEEE, ACM Press, USENIX Association
_SOCIETY_PUBLISHER = rx.compile(r"^(?:IEEE|ACM|USENIX|SIAM|AAAI)(?:\s+(?:Press|Association|Computer"
                                r"\s+Society))?$")
_SPELLED_VOLUME = rx.compile(
    r",\s+Vol(?:ume|\.)\s+(One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)$")
_TRAILING_VENUE = rx.compile(  # a proceedings' city and country, or country, with no comma before
    r"(?<![,(])(?<!\bof)(?<!\bon)(?<!\bin)(?<!\band)(?<!\bfor)(?<!\bthe)"
    r"\s+(?P<place>(?:[A-Z][\w-]+,\s+)?"
    r"(?P<country>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))$")
_TRAILING_VOLUME = rx.compile(r"[\s,]+([A-Z]?\d{1,4})$(?<![\s,](?:1[5-9]|20)\d\d)")
_STATUS = frozenset({"to appear", "in press", "forthcoming", "submitted", "accepted"})
_EDS = rx.compile(r"\(?\beds?\.?\)?$", re.IGNORECASE)
_NAME_PART = rx.compile(r"^(?:and\s+)?(?:[A-Z][\w.’'-]*\s?){1,4}(?:\(?eds?\.?\)?)?$", re.IGNORECASE)


def is_publisher(text: str) -> bool:
    """A publisher's name: a publisher word, a Korean 출판사, a learned society alone."""
    tokens = re.findall(r"[\w’']+", text.casefold())
    known = words("publisher_words.txt")
    return any(t in known for t in tokens) or any(k in text for k in ("출판", "출판사", "북스")) \
        or bool(_SOCIETY_PUBLISHER.match(text))


def _has_korean(text: str) -> bool:
    return bool(re.search(r"[\uac00-\ud7a3]", text))


def resolve(draft: Draft, pending: list[Segment], out: dict[str, object]) -> None:
    """Give leftover segments to container, publisher or place by what the item has so far."""
    journal = draft.has(*JOURNAL_FIELDS) and "book-title" not in draft.flags
    genre = draft.first("genre")
    issuer = genre is not None and genre.value in ("report", "thesis")
    after_place = False
    for i, seg in enumerate(pending):
        text = seg.text
        if issuer and _INSTITUTION.search(text) and not _SERIAL.search(text) \
                and _NAME_OF_BODY.match(text):
            # Technical report, Highway Loss Data Institute; Ph.D. Thesis, Computing Science
            # Department, Uppsala University: the institution that issued it, whole
            issued_by = out.get("publisher")
            if not issued_by or (i and pending[i - 1].text == issued_by):
                out["publisher"] = f"{issued_by}, {text}" if issued_by else text
                continue
        if after_place and "publisher" not in out:
            out["publisher"] = text
            after_place = False
            continue
        known_place = text.casefold() in words("place_names.txt")
        next_is_place = i + 1 < len(pending) and not pending[i + 1].in_parens and \
            pending[i + 1].text.casefold() in words("place_names.txt")
        if next_is_place and not journal and "publisher" not in out and not _is_place(text):
            out["publisher"] = text  # Ellipses, Paris
            continue
        if not journal and (i + 1 < len(pending) or known_place) and _is_place(text) \
                and "publisher-place" not in out:
            out["publisher-place"] = text
            after_place = True
            continue
        has_container = "container-title" in out or draft.has("container-title")
        if "publisher" not in out and not journal and not _is_site_or_news(draft, seg) \
                and _repeats_author(draft, text):
            out["publisher"] = text  # World Health Organization. (2020). Title. World Health ...
        elif "publisher" not in out and _is_korean_institution(text):
            out["publisher"] = text  # 『경상논총』 제38권 제3호, 한독경상학회, 2020
        elif "publisher" not in out and is_publisher(text) and not _SERIAL.search(text) \
                and not is_conference(text):
            _publisher_and_place(text, out)
        elif not has_container and "publisher" not in out and _is_container(draft, seg, journal):
            out["container-title"] = text
        elif "publisher" not in out and not (has_container and journal):
            draft.doubt("publisher")
            _publisher_and_place(text, out)
        elif "publisher-place" not in out and _is_place(text):
            out["publisher-place"] = text
        elif not has_container and ("editor-text" in out or "quoted-title" in draft.flags):
            out["container-title"] = text  # “Chapter.” Book. Ed. Name. Place: Publisher
    _trim_container(out)
    for key in ("container-title", "publisher"):
        value = out.get(key)
        if isinstance(value, str) and value:
            rest, place = _split_place(value)
            if place:
                out[key] = rest
                out.setdefault("publisher-place", place)
    container = out.get("container-title")
    if isinstance(container, str) and not draft.has("volume"):
        m = _TRAILING_VOLUME.search(container)
        if m:
            out["container-title"] = container[: m.start()]
            out["volume"] = m.group(1)


def _is_korean_institution(text: str) -> bool:
    """``한독경상학회``, ``한국개발연구원``: a Korean society or institute (a publisher)."""
    return _has_korean(text) and len(text.split()) <= 3 and \
        text.endswith(tuple(words("korean_institution_endings.txt"))) and not _SERIAL.search(text)


def _repeats_author(draft: Draft, text: str) -> bool:
    author = draft.first("author")
    written = draft.text(author).strip(" .,").casefold() if author else None
    return written == text.strip(" .").casefold()


def _trim_container(out: dict[str, object]) -> None:
    """Drop a status (``, to appear``) or an editor list (``, R. Graham, Eds.``) after a
    container, and move a trailing ``, Department of X, University`` to the publisher."""
    container = out.get("container-title")
    if not isinstance(container, str):
        return
    parts = container.split(", ")
    if len(parts) > 1 and parts[-1].casefold().strip(" .") in _STATUS:
        parts.pop()
    if len(parts) > 1 and _EDS.search(parts[-1]):
        cut = len(parts) - 1
        while cut > 1 and _NAME_PART.match(parts[cut - 1]):
            cut -= 1
        out.setdefault("editor-text", ", ".join(parts[cut:]))
        parts = parts[:cut]
    cut = next((i for i, p in enumerate(parts) if i and _INSTITUTION.search(p)), None)
    if cut:
        out.setdefault("publisher", ", ".join(parts[cut:]))
        parts = parts[:cut]
    container = ", ".join(parts)
    head, period, tail = container.rpartition(". ")
    if period and "publisher" not in out and is_publisher(tail) and len(tail.split()) <= 4 \
            and len(head.split()) >= 2 and not _SOCIETY_PUBLISHER.match(tail):  # not J. ACM
        out["publisher"], container = tail, head  # Predicting Structured Data. MIT Press
    spelled = _SPELLED_VOLUME.search(container)
    if spelled and "volume" not in out:  # In Literary Criticism, Volume Two, 152-158
        out["volume"] = spelled.group(1)
        container = container[: spelled.start()]
    venue = _TRAILING_VENUE.search(container)
    if venue and venue.group("country").casefold() in words("place_names.txt") \
            and "publisher-place" not in out and "," not in container[: venue.start()] \
            and is_conference(container):
        # In Proceedings of the 1984 European Conference on Artificial Intelligence Pisa, Italy
        out["publisher-place"] = venue.group("place")
        container = container[: venue.start()]
    out["container-title"] = container


def _is_place(text: str) -> bool:
    """A known place, or ``City, ST`` / ``City, Country`` ending in a known one."""
    known = words("place_names.txt")
    if text in words("korean_places.txt") or text.casefold().strip(".") in known:
        return True
    city, _, region = text.rpartition(",")
    return bool(city) and region.strip().casefold().strip(".") in known \
        and bool(_PLACE.match(city.strip())) and not _INSTITUTION.search(city)


def _split_place(text: str) -> tuple[str, str | None]:
    """``Harvard University Press, Cambridge, MA``: the trailing ``City, State`` is a place."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) < 2 or parts[-1].casefold().strip(".") not in words("place_names.txt"):
        return text, None
    cut = len(parts) - 1
    if cut > 1 and _PLACE.match(parts[cut - 1]) and not _INSTITUTION.search(parts[cut - 1]):
        cut -= 1
    rest = ", ".join(parts[:cut])
    return (rest, ", ".join(parts[cut:])) if rest else (text, None)


def _publisher_and_place(text: str, out: dict[str, object]) -> None:
    """``Berkeley, CA`` parts of a publisher segment go to the place."""
    rest, place = _split_place(text)
    if place:
        out["publisher"] = rest
        out.setdefault("publisher-place", place)
        return
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 1:
        places = [p for p in parts if _is_place(p) and not is_publisher(p)]
        rest = [p for p in parts if p not in places]
        if places and rest:
            out["publisher"] = ", ".join(rest)
            out.setdefault("publisher-place", ", ".join(places))
            return
    out["publisher"] = text


def _is_container(draft: Draft, seg: Segment, journal: bool) -> bool:
    """Journal numbers, a journal-like name, a site or newspaper: a container, not a publisher."""
    if not journal and {"book-title", "separated"} & draft.flags:
        return False  # 『書名』 alone, 제목 / 저자 / 출판사: what follows is its publisher
    if not journal and is_university(seg.text):
        return False  # (서울대학교 대학원, February 2014): a thesis's university
    if journal or _is_site_or_news(draft, seg):
        return True
    if draft.has("genre") or draft.has("edition") or {"book-title", "separated"} & draft.flags:
        return False  # 『書名』 alone is a book: what follows is its publisher
    if seg.in_parens and "quoted-title" not in draft.flags:
        return False  # OSCOLA books: Title (Publisher 2010)
    if "," in seg.text and _is_place(seg.text.split(",")[0].strip()):
        return False
    endings = tuple(words("korean_institution_endings.txt"))
    if _has_korean(seg.text) and seg.text.endswith(endings):
        return False
    if _INSTITUTION.search(seg.text) and not _SERIAL.search(seg.text):
        return False
    tokens = re.findall(r"[\w’'-]+", seg.text.casefold())
    known = words("journal_words.txt")
    if any(t in known for t in tokens) or any(k in seg.text for k in known if not k.isascii()):
        return True
    draft.doubt("container-title")
    return not _has_korean(seg.text) and not _INSTITUTION.search(seg.text)


def _is_site_or_news(draft: Draft, seg: Segment) -> bool:
    """A name beside a day-precise date or before a URL: a newspaper or a website."""
    if draft.has("genre"):
        return False
    issued = draft.first("issued")
    precise = issued is not None and len(issued.value.parts) >= 3
    return (precise or draft.has("URL")) and not draft.has("publisher")
