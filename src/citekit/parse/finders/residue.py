"""Copy-paste residue that is no part of any field: search-result tags (``[PDF]``), pointers
(``☞``), ``출처:`` lines, index marks (``(KCI 우수등재)``),
e-mail addresses, page counts (``256pp.``, ``375페이지``); ISBNs are kept as ``ISBN``."""

from __future__ import annotations

import re

from ... import rx
from ..draft import Draft

# (pattern, lower-cased strings one of which must occur for the pattern to be tried)
_JUNK = [(rx.compile(pattern, re.IGNORECASE), needs) for pattern, needs in (
    (r"^\s*\[(?:PDF|HTML|DOC|DOCX|HWP|BOOK|CITATION|인용|도서|논문)\]", ("[",)),
    (r"[☞▶►■●◆◇□○•※]", tuple("☞▶►■●◆◇□○•※")),
    (r"\s*(?:출처|source)\s*[:：]\s*[^\x00]*$", ("출처", "source")),
    (r"\s*\((?:KCI|SCOPUS|SCIE?|SSCI|A&HCI|ESCI)(?:\s*(?:우수)?\s*(?:등재(?:후보)?|indexed))?\)",
     ("(kci", "(sc", "(ss", "(a&", "(es")),
    (r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", ("@",)),
    (r"(?:Paperback|Hardcover|양장본?|반양장|무선)\s*:?\s*(?=\d)",
     ("paperback", "hardcover", "양장", "무선")),
    (r"(?<!\S)\d{2,4}\s?(?:pp\.|pages\b|페이지|쪽수)", ("pp.", "pages", "페이지", "쪽수")),
)]
_ISBN = rx.compile(
    r"[(\[]?\s*ISBN(?:-1[03])?\s*[:：]?\s*((?:97[89][-\s]?)?(?:\d[-\s]?){9}[\dXx])\s*[)\]]?")


def find_residue(draft: Draft) -> None:
    """Claim residue as junk and an ISBN as ``ISBN`` (digits and X only)."""
    lower = draft.masked.lower()
    if "isbn" in lower:
        for m in _ISBN.finditer(draft.masked):
            draft.claim("ISBN", m.start(), m.end(), re.sub(r"[-\s]", "", m.group(1)))
    for pattern, needs in _JUNK:
        if not any(map(lower.__contains__, needs)):
            continue
        for m in pattern.finditer(draft.masked):
            if m.end() > m.start() and "\x00" not in m.group(0):
                draft.claim("junk", m.start(), m.end())
