"""Token labels to field spans, with each field's confidence from the model's marginals."""

from __future__ import annotations

from ...records import dataclass
from .tokens import Token

OUTSIDE = "O"
_NAMES = ("author", "editor", "translator")
# text fields whose runs join across unlabelled tokens (``발사 성공...7대``: the model may leave
# a mark inside a title unlabelled) as long as no other field lies between
_TEXT = _NAMES + ("title", "container-title", "collection-title", "publisher")


@dataclass
class FieldSpan:
    field: str
    start: int
    end: int
    confidence: float  # the lowest marginal of the span's tokens for its label


def field_spans(tokens: list[Token], labels: list[str], marginals: list[float]
                ) -> list[FieldSpan]:
    """Runs of one label become spans; the first run of a field wins, except that runs of a
    name field (``Kim, & Lee``) and of the title separated only by punctuation join up."""
    runs: list[FieldSpan] = []
    for token, label, marginal in zip(tokens, labels, marginals, strict=True):
        if label == OUTSIDE:
            continue
        if runs and runs[-1].field == label and _adjacent(tokens, runs[-1], token, label):
            runs[-1].end = token.end
            runs[-1].confidence = min(runs[-1].confidence, marginal)
        else:
            runs.append(FieldSpan(label, token.start, token.end, marginal))
    joined: list[FieldSpan] = []
    for run in runs:
        if joined and joined[-1].field == run.field and run.field in _TEXT:
            joined[-1].end = run.end
            joined[-1].confidence = min(joined[-1].confidence, run.confidence)
        else:
            joined.append(run)
    out: dict[str, FieldSpan] = {}
    for run in joined:
        out.setdefault(run.field, run)
    return sorted(out.values(), key=lambda s: s.start)


def _adjacent(tokens: list[Token], run: FieldSpan, token: Token, label: str) -> bool:
    """The previous token of ``label`` is the token just before (or only marks lie between,
    for names and titles)."""
    between = [t for t in tokens if run.end <= t.start < token.start]
    if not between:
        return True
    return label in _NAMES + ("title",) and len(between) <= 2 and all(
        t.kind == "other" for t in between)
