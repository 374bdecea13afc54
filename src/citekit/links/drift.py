"""Content drift: does the page title still resemble the title that was cited?"""

from __future__ import annotations

import unicodedata

from .. import rx

THRESHOLD = 0.5  # share of the cited title's tokens the page title must contain
_WORD = rx.compile(r"\w+")
_CJK = rx.compile(
    r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]"
)


def tokens(title: str) -> set[str]:
    """Casefolded words; runs of Hangul, Kana or Han become character bigrams."""
    text = unicodedata.normalize("NFKC", title).casefold()
    found: set[str] = set()
    for word in _WORD.findall(text):
        if _CJK.search(word) and len(word) > 1:
            found.update(word[i : i + 2] for i in range(len(word) - 1))
        else:
            found.add(word)
    return found


def similarity(cited: str, page_title: str) -> float:
    """Share of the cited title's tokens found in the page title (1.0 when nothing is cited)."""
    wanted = tokens(cited)
    if not wanted:
        return 1.0
    return len(wanted & tokens(page_title)) / len(wanted)


def drift_reason(
    cited: str | None, page_title: str | None, headings: list[str] | None = None
) -> str | None:
    """Why the page no longer matches the citation, or None when it still does (or cannot say).

    The title or any of the first headings may carry the cited title: many sites put only
    their own name in ``<title>``.
    """
    if not cited or not page_title:
        return None
    score = max(similarity(cited, text) for text in [page_title, *(headings or [])])
    if score >= THRESHOLD:
        return None
    return f"the page title {page_title!r} shares {score:.0%} of the cited title {cited!r}"
