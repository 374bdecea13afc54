"""Conference proceedings named as IEEE Xplore names them: the series, its year, then the
meeting (``in OCEANS, 2005. Proceedings of MTS/IEEE``, ``in American Control Conference,
2004. Proceedings of the 2004``): the whole name is the container, its year included."""

from __future__ import annotations

from ... import rx
from ..draft import Draft

_SERIES_YEAR_MEETING = rx.compile(
    r"\b[Ii]n (?P<name>[A-Z][\w&/’' -]{1,60}, (?:19|20)\d\d\. "
    r"(?:Proceedings of [^,]+|[^,.]*\b(?:Conference|Symposium|Workshop)\b[^,.]*))"
)


def find_series_year_proceedings(draft: Draft) -> None:
    """Claim ``in Series, YEAR. Proceedings of …`` as the container (without the ``in``)."""
    m = _SERIES_YEAR_MEETING.search(draft.masked)
    if m:
        draft.claim("container-title", m.start(), m.end(), m.group("name"))
