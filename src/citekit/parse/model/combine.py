"""The hook that joins the trained labeller and the rules into one parse.

The rule parser runs first (its finders are certain about URLs, DOIs, access dates and legal
citations); the model labels every token, seeing what the rules claimed, and its spans go
through the rules' normalisers. Forms the rules are certain of win; each field keeps the
model's confidence, and doubtful fields are listed in ``custom["parse-uncertain"]``.
"""

from __future__ import annotations

from pathlib import Path

from ...diagnostics import Diagnostic
from ...lang.tags import item_language
from ...model import CSLItem
from .. import ParseResult
from ..normalise.kind import infer_type
from .item import build_item
from .labeller import classify_type, label
from .rulemap import rule_fields
from .spans import field_spans
from .tokens import tokenise

UNCERTAIN_BELOW = 0.6
"""A field whose tokens' lowest marginal is below this is listed as uncertain."""
_CERTAIN = ("URL", "DOI", "accessed")  # the finders' forms leave no doubt
_RULE_TYPES = ("legal_case", "legislation", "patent")
_KEPT_CUSTOM = ("locator", "title-translation", "et-al")
# the fields item_language reads: when they equal the rules', so does the language
_LANGUAGE_FROM = ("title", "container-title", "collection-title", "publisher", "author",
                  "editor", "translator")
_ARBITRATED = ("author", "editor", "translator", "title", "container-title", "collection-title",
               "publisher", "publisher-place", "issued", "volume", "issue", "page", "genre",
               "number", "edition")


def combine(rule: ParseResult, item_id: str, *, with_rules: bool = True,
            directory: Path | None = None) -> ParseResult:
    """The model's parse of ``rule.text``, with the rules' certain fields."""
    if rule.item.get("type") in _RULE_TYPES or not rule.text.strip():
        return rule
    text = rule.text
    tokens = tokenise(text)
    fields = rule_fields(rule, tokens) if with_rules else None
    labels, marginals = label(text, tokens, fields, directory)
    item, confidence = build_item(text, field_spans(tokens, labels, marginals), item_id)
    if "title" not in item and "author" not in item:
        return rule
    if with_rules:
        for key in _CERTAIN:
            if key in rule.item:
                item[key] = rule.item[key]
                confidence[key] = 1.0
            elif key in item and key != "accessed":
                del item[key]
        _arbitrate(item, confidence, rule.item)
        kept = {k: v for k, v in rule.item.get("custom", {}).items() if k in _KEPT_CUSTOM}
        if kept:
            item["custom"] = {**kept, **item.get("custom", {})}
    rule_type = rule.item.get("type") if with_rules else None
    typed = classify_type(item, rule_type, text, directory)
    if typed:
        item["type"], confidence["type"] = typed
    else:
        item["type"] = infer_type(item, genre=None, after_in=False)
    same = all(item.get(k) == rule.item.get(k) for k in _LANGUAGE_FROM)
    language = rule.item.get("language") if same else item_language(item)
    if language:
        item["language"] = language
    _record_confidence(item, confidence)
    diagnostics = [d for d in rule.diagnostics if d.rule != "parse-failed"]
    doubtful = item["custom"].get("parse-uncertain")
    if doubtful:
        scores = item["custom"]["parse-field-confidence"]
        listed = ", ".join(f"{k} ({scores[k]:.2f})" for k in doubtful)
        diagnostics.append(Diagnostic(
            "parse-uncertain", "warning", f"fields read with low confidence: {listed}"))
    if "title" not in item and "author" not in item:
        diagnostics.append(Diagnostic(
            "parse-failed", "error", "could not find a title or an author in this reference"))
    return ParseResult(item, diagnostics, text=text, claims=rule.claims)


def _arbitrate(item: CSLItem, confidence: dict[str, float], rules: CSLItem) -> None:
    """Where the model is unsure, or silent, the rules' reading of a field stands."""
    for key in _ARBITRATED:
        if key not in rules or rules[key] == item.get(key):
            continue
        if key not in item or confidence.get(key, 0.0) < UNCERTAIN_BELOW:
            item[key] = rules[key]
            confidence[key] = max(confidence.get(key, 0.0), UNCERTAIN_BELOW)


def _record_confidence(item: CSLItem, confidence: dict[str, float]) -> None:
    custom = item.setdefault("custom", {})
    doubtful = sorted(k for k, v in confidence.items() if v < UNCERTAIN_BELOW and k in item)
    if doubtful:
        custom["parse-uncertain"] = doubtful
    scores = [v for k, v in confidence.items() if k in item]
    custom["parse-confidence"] = round(min(scores), 2) if scores else 0.0
    custom["parse-field-confidence"] = {k: round(v, 2) for k, v in sorted(confidence.items())
                                        if k in item}
