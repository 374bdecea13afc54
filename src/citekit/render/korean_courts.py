"""Korean decisions cited in English text (docs/legal.md): the court, the docket and the
decision type in the forms the Korean courts' English pages use, for a style policy or
``--script`` that asks for romanized (or both) forms.

``romanized``: the decision is cited as one recorded in English (``2016Da12345 (Supreme
Court, 30 May 2019)`` in OSCOLA); ``both``: the Korean form, then the English court and
docket in parentheses.
"""

from __future__ import annotations

import copy
from functools import lru_cache

from .. import rx
from ..lang.romanize import capitalize, romanize
from ..model import CSLItem, custom
from ..packagedata import data_rows

_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_DOCKET = rx.compile(r"^(?P<year>[0-9]{2,4})(?P<kind>[가-힣]{1,4})(?P<serial>[0-9]{1,7})$")
_ENDINGS = (("고등법원", "High Court"), ("고법", "High Court"), ("지방법원", "District Court"),
            ("지법", "District Court"), ("행정법원", "Administrative Court"),
            ("가정법원", "Family Court"), ("법원", "Court"))
_GENRES = {"판결": "Decision", "결정": "Decision", "명령": "Order",
           "전원합의체 판결": "en banc Decision", "전원합의체 결정": "en banc Decision"}


@lru_cache(maxsize=2)
def _table(name: str) -> dict[str, str]:
    return dict(row[:2] for row in data_rows("citekit.render", name) if len(row) >= 2)


def english_court(court: str) -> str:
    """``서울고등법원`` → ``Seoul High Court``, ``수원지방법원 성남지원`` → ``Suwon District
    Court, Seongnam Branch``; the table first, then the endings."""
    court = court.strip()
    if court in _table("korean_courts.tsv"):
        return _table("korean_courts.tsv")[court]
    main, _, branch = court.partition(" ")
    for ending, english in _ENDINGS:
        if main.endswith(ending) and len(main) > len(ending):
            place = capitalize(romanize(main[: -len(ending)]))
            name = f"{place} {english}"
            if branch.endswith("지원"):
                name += f", {capitalize(romanize(branch[:-2]))} Branch"
            return name
    return capitalize(romanize(court))


def english_docket(number: str) -> str:
    """``2016다12345`` → ``2016Da12345``, ``2010헌마620`` → ``2010Hun-Ma620``."""
    match = _DOCKET.match(number.replace(" ", ""))
    if not match:
        return number
    kind = match.group("kind")
    letters = _table("korean_dockets.tsv").get(kind) or capitalize(romanize(kind))
    return f"{match.group('year')}{letters}{match.group('serial')}"


def in_english(items: list[CSLItem], script: str) -> list[CSLItem]:
    """Korean decisions given their English court and docket for ``script`` ``romanized``
    (replacing the Korean ones) or ``both`` (kept in ``custom`` for the renderer)."""
    if script not in ("romanized", "both"):
        return items
    result = []
    for item in items:
        authority = str(item.get("authority") or "")
        if item.get("type") == "legal_case" and _HANGUL.search(authority) and item.get("number"):
            item = copy.deepcopy(item)
            court, docket = english_court(authority), english_docket(str(item["number"]))
            if script == "romanized":
                item["authority"], item["number"] = court, docket
                if item.get("genre") in _GENRES:
                    item["genre"] = _GENRES[item["genre"]]
            else:
                custom(item)["english-decision"] = f"{court}, {docket}"
        result.append(item)
    return result
