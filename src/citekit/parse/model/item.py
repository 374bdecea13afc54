"""Field spans to a CSL item, through the rule parser's normalisers (names, dates, pages, text)."""

from __future__ import annotations

import re

from ... import rx
from ...model import CSLItem
from ..normalise.dates import parse_date
from ..normalise.names import korean_role, split_names
from ..normalise.pages import normalise_pages
from ..normalise.text import clean
from .spans import FieldSpan

_TEXT = ("title", "container-title", "collection-title", "publisher", "publisher-place",
         "genre", "number", "edition", "authority", "ISBN")
_NUMBER = rx.compile(r"^(?:vol(?:ume)?|no|nr|issue|제)\.?\s*|(?:권|호|집|巻|号|期)$", re.IGNORECASE)
_ROLE_WORDS = rx.compile(r"\s*(?:기자|특파원|지음|저|著|옮김|역|訳|译|편|엮음|編|编|主编|"
                         r"\(Eds?\.?\)|"
                         r"\(eds?\)|eds?\.)\s*$")


_HAN_NAME = rx.compile(r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff々]{2,5}$")
_HAN_LIST = rx.compile(r"^[\u3400-\u9fff\uf900-\ufaff々\s、・,，;]+$")
_KANA = rx.compile(r"[\u3040-\u30ff]")


def names(text: str, context: str = "") -> tuple[list, bool]:
    """Names of one role, role words (``기자``, ``著``, ``(Ed.)``) dropped; Chinese and
    Japanese names written in Han characters split into family and given name."""
    bare = _ROLE_WORDS.sub("", clean(text, keep_final_period=True))
    if _HAN_LIST.match(bare):
        japanese = bool(_KANA.search(context))
        parts = [p for p in re.split(r"[、・,，;]\s*|\s{2,}", bare) if p.strip()]
        return [han_name(p.strip(), japanese) for p in parts], False
    found, et_al = split_names(bare or text)
    return found, et_al


def han_name(text: str, japanese: bool) -> dict:
    """``山田 太郎`` and ``山田太郎`` (Japanese: two-character family name), ``王伟`` (Chinese:
    one); other lengths or forms stay whole as the family name."""
    if " " in text:
        family, _, given = text.partition(" ")
        return {"family": family, "given": given.strip()}
    if not _HAN_NAME.match(text):
        return {"family": text}
    cut = 2 if japanese and len(text) >= 3 else 1
    return {"family": text[:cut], "given": text[cut:]}


def build_item(text: str, spans: list[FieldSpan], item_id: str) -> tuple[CSLItem, dict]:
    """The item and ``{field: confidence}`` for each field it has."""
    item: CSLItem = {"id": item_id}
    confidence: dict[str, float] = {}
    for span in spans:
        value = text[span.start:span.end]
        field = span.field
        if field in ("author", "editor", "translator"):
            role = korean_role(clean(value)) if field == "author" else None
            found, et_al = names(value, text)
            field = role if role in ("editor", "translator") else field
            if found and field not in item:
                item[field] = found
                if et_al:
                    item.setdefault("custom", {})["et-al"] = True
        elif field in ("issued", "accessed"):
            date = parse_date(value)
            if date is None:
                continue
            item[field] = date.csl()
        elif field == "page":
            item[field] = normalise_pages(clean(value))
        elif field in ("volume", "issue"):
            item[field] = _NUMBER.sub("", clean(value)).strip()
        elif field in ("URL", "DOI"):
            item[field] = value.strip().rstrip(".,;")
            if field == "DOI":
                item[field] = re.sub(r"^(?:doi:\s*|https?://(?:dx\.)?doi\.org/)", "",
                                     item[field], flags=re.IGNORECASE)
        elif field in _TEXT:
            item[field] = clean(value)
        else:
            continue
        confidence[field] = span.confidence
    return {k: v for k, v in item.items() if v not in ("", None, [])}, confidence
