"""Title, container, publisher and place from the segments left after authors and finders.

The unclaimed text after the author zone is cut into segments at claimed spans and at
sentence-ending periods. The first segment is the title (unless a quoted title was found),
and each later one is read by its form: ``In ...`` is a container, ``Place: Publisher`` a
publisher, a segment just before volume or pages a journal, and so on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..data import words
from ..draft import MASK, Draft
from ..normalise.text import clean
from .words import runs_into_numbers, sentence_ends

_IN = re.compile(r"^(?:(?:in|en|dans|im)\s*:?\s+)+(?=\S)", re.IGNORECASE)
_EDITORS_BEFORE = re.compile(
    r"^(?P<eds>.+?)\s*(?:\(\s*(?:eds?|hrsg|coord|dir)\.?\s*\)|,\s*(?:editors?|eds?\.))\s*,?\s*"
    r"(?P<rest>.*)$", re.IGNORECASE)
_EDITORS_AFTER = re.compile(r"^(?P<rest>.*?),?\s*\b(?:ed\.|eds\.|edited\s+by)\s+(?P<eds>.+)$",
                            re.IGNORECASE)
_EDITED_BY = re.compile(
    r"^\s*(?:edited|ed\.|eds\.|trans(?:lated)?\.?|trad\.|tr\.)\s*(?:by\s+|par\s+)?", re.IGNORECASE
)
_PLACE_PUBLISHER = re.compile(
    r"^(?P<place>[A-Z\u00c0-\u024f\uac00-\ud7a3][\w .’'\-]{1,40}?(?:,\s*[A-Z][\w.]{1,15})?)\s*:\s*"
    r"(?P<pub>[^:]{2,100})$"
)
_SERIES = re.compile(r"^(?P<title>\D{2,80}?)\s+(?P<number>\d{1,4})$")
_PLACE = re.compile(
    r"^[A-Z\u00c0-\u024f][\w\-’']+(?:\s[A-Z][\w\-’']+)?(?:,\s*[A-Z][\w.]+(?:\s[A-Z]\w+)?)?$"
)
_INSTITUTION = re.compile(r"\b(?:institute|institution|laboratory|department|university|school|"
                          r"agency|ministry|office|council|corporation|inc|ltd|research\s+center)\b",
                          re.IGNORECASE)
_JOURNAL_FIELDS = ("volume", "issue", "page")
_QUESTION = re.compile(r"(?<=\?)\s+(?=[A-Z])")
_PAREN_GROUP = re.compile(r"\s\((?=[^()]*[:\x00][^()]*\))")
_ROLE_OR_IN = re.compile(
    r",\s+(?=(?:[Ii]n:?\s+[A-Z\d]|(?:ed|eds|trans|edited by|translated by)\.?\s))"
)
_COMMA = re.compile(r",\s+(?=[A-Z\d\uac00-\ud7a3])")
_IGNORED = re.compile(r"^(?:to appear|in press|forthcoming|submitted|unpublished|available"
                      r"(?: online)?|online|quoted in\b.*|also in\b.*|see\b.*)$", re.IGNORECASE)
_SERIAL = re.compile(r"\b(?:journal|review|transactions|proceedings|letters|bulletin|annals)\b",
                     re.IGNORECASE)
_TRAILING_VOLUME = re.compile(r"\s+(\d{1,4})$")


@dataclass
class Segment:
    """A stretch of unclaimed text between separators."""

    start: int
    end: int
    text: str
    followed_by: str | None  # the field claimed right after it, if any


def _segments(draft: Draft, start: int, *, commas: bool) -> list[Segment]:
    text = draft.masked
    lenient_after = start if draft.has("title") else _title_end(text, start)
    cuts = {start, len(text), *sentence_ends(text, start, lenient_after=lenient_after)}
    cuts.update(m.start() for m in _QUESTION.finditer(text, start)
                if runs_into_numbers(text, m.end(), 200, one_sentence=True))
    cuts.update(m.start() for m in _ROLE_OR_IN.finditer(text, start))
    cuts.update(m.start() for m in _PAREN_GROUP.finditer(text, start))
    if commas:
        cuts.update(m.start() for m in _COMMA.finditer(text, start))
    ordered = sorted(cuts)
    claims = sorted((c for c in draft.claims if c.field != "junk"), key=lambda c: c.start)
    segments = []
    for a, b in zip(ordered, ordered[1:], strict=False):
        for run_start, run_end in _runs(text, a, b):
            body = clean(draft.raw[run_start:run_end])
            if sum(ch.isalpha() for ch in body) < 2 or _IGNORED.match(body):
                continue
            gap = text[run_end : run_end + 4]
            after = None
            if gap[:1] == MASK or gap.strip(" ,.:;(")[:1] == MASK:
                after = next((c.field for c in claims if c.start >= run_end), None)
            segments.append(Segment(run_start, run_end, body, after))
    return segments


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


def _is_publisher(text: str) -> bool:
    tokens = re.findall(r"[\w’']+", text.casefold())
    known = words("publisher_words.txt")
    return any(t in known for t in tokens) or any(k in text for k in ("출판", "출판사", "북스"))


def _has_korean(text: str) -> bool:
    return bool(re.search(r"[\uac00-\ud7a3]", text))


def label_segments(draft: Draft, start: int) -> dict[str, object]:
    """Fields found in the segments after ``start`` (where the author zone ends)."""
    out: dict[str, object] = {}
    pending: list[Segment] = []
    commas = draft.masked[start : start + 40].lstrip(" )\x00")[:1] == ","
    for seg in _segments(draft, start, commas=commas):
        text = seg.text
        if "title" not in out and not draft.has("title"):
            out["title"] = text
            if seg.followed_by in _JOURNAL_FIELDS and not draft.has("container-title"):
                _split_container_from_title(text, out)
            continue
        if _EDITED_BY.match(text):
            out.setdefault("editor-text", _EDITED_BY.sub("", text))
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
        if place and seg.followed_by not in _JOURNAL_FIELDS and "publisher" not in out:
            out["publisher-place"] = clean(place.group("place"))
            out["publisher"] = clean(place.group("pub"))
            continue
        if seg.followed_by in _JOURNAL_FIELDS and "container-title" not in out \
                and "book-title" not in draft.flags \
                and not draft.has("container-title"):
            out["container-title"] = text
            continue
        series = _SERIES.match(text)
        if series and "collection-title" not in out and "," not in text:
            out["collection-title"] = clean(series.group("title"))
            out["collection-number"] = series.group("number")
            continue
        pending.append(seg)
    _resolve(draft, pending, out)
    return out


def _split_container_from_title(text: str, out: dict[str, object]) -> None:
    """``Title of Paper, Journal Name, 5 (3), 1-9``: the journal hides after the last comma."""
    head, sep, tail = text.rpartition(", ")
    tokens = tail.split()
    if sep and head and 1 <= len(tokens) <= 8 and tail[:1].isupper() and ":" not in tail:
        out["title"], out["container-title"] = head, tail


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


def _resolve(draft: Draft, pending: list[Segment], out: dict[str, object]) -> None:
    """Give leftover segments to container, publisher or place by what the item has so far."""
    journal = draft.has(*_JOURNAL_FIELDS) and "book-title" not in draft.flags
    after_place = False
    for i, seg in enumerate(pending):
        text = seg.text
        if after_place and "publisher" not in out:
            out["publisher"] = text
            after_place = False
            continue
        known_place = text.casefold() in words("place_names.txt")
        if not journal and (i + 1 < len(pending) or known_place) and _is_place(text) \
                and "publisher-place" not in out:
            out["publisher-place"] = text
            after_place = True
            continue
        has_container = "container-title" in out or draft.has("container-title")
        if "publisher" not in out and _is_publisher(text):
            _publisher_and_place(text, out)
        elif not has_container and "publisher" not in out and _is_container(draft, seg, journal):
            out["container-title"] = text
        elif "publisher" not in out and not (has_container and journal):
            _publisher_and_place(text, out)
        elif "publisher-place" not in out and _is_place(text):
            out["publisher-place"] = text
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


def _is_place(text: str) -> bool:
    if text in words("korean_places.txt") or text.casefold().strip(".") in words("place_names.txt"):
        return True
    return bool(_PLACE.match(text)) and not _INSTITUTION.search(text) and not _is_publisher(text)


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
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if len(parts) > 1:
        places = [p for p in parts if _is_place(p) and not _is_publisher(p)]
        rest = [p for p in parts if p not in places]
        if places and rest:
            out["publisher"] = ", ".join(rest)
            out.setdefault("publisher-place", ", ".join(places))
            return
    out["publisher"] = text


def _is_container(draft: Draft, seg: Segment, journal: bool) -> bool:
    """Journal numbers, a journal-like name, a site or newspaper: a container, not a publisher."""
    if journal or _is_site_or_news(draft, seg):
        return True
    if draft.has("genre") or draft.has("edition"):
        return False
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
    return not _has_korean(seg.text) and not _INSTITUTION.search(seg.text)


def _is_site_or_news(draft: Draft, seg: Segment) -> bool:
    """A name beside a day-precise date or before a URL: a newspaper or a website."""
    if draft.has("genre"):
        return False
    issued = draft.first("issued")
    precise = issued is not None and len(issued.value.parts) >= 3
    return (precise or draft.has("URL")) and not draft.has("publisher")
