"""The hook that joins the trained labeller and the rules into one parse.

The rule parser runs first (its finders are certain about URLs, DOIs, access dates and legal
citations); the model labels every token, seeing what the rules claimed. What ships is the
design that measured best (``training/evaluate.py``): the rules' values stand, and the
model says how sure each field is: a field whose tokens the model does not read as that
field is listed in ``custom["parse-uncertain"]``. With ``correct=True`` the model also
replaces the rules' reading where it is sure and doubts theirs (kept to measure against).
"""

from __future__ import annotations

from pathlib import Path

from ... import rx
from ...diagnostics import Diagnostic
from ...lang.tags import item_language
from ...model import CSLItem
from .. import ParseResult
from ..normalise.kind import infer_type
from .item import build_item
from .labeller import classify_type, label
from .rulemap import rule_fields, rule_spans
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


_SURROGATES = rx.compile("[\ud800-\udfff]")
MAX_TOKENS = 160
"""Longer strings are left to the rules (no reference is that long; keeps each under 100 ms)."""
TRUST = 0.8
"""The model replaces the rules' reading of a field only when it is this sure of its own..."""
DOUBT = 0.5
"""...and gives the rules' reading (the tokens the rules gave the field) less than this."""


def combine(rule: ParseResult, item_id: str, *, with_rules: bool = True, gate: bool = True,
            correct: bool = False, directory: Path | None = None) -> ParseResult:
    """The rules' item with the model's confidence in each field.

    ``correct``: the model also replaces a field where it is sure and doubts the rules'
    reading, and adds fields the rules lack. ``gate`` (shipped): only references the rules
    themselves are unsure of go to the model (a third of the time of every reference, for
    most of the doubtful fields). ``with_rules=False``: the model's own item. ``correct``,
    ``gate=False`` and ``with_rules`` are for ``training.evaluate``, which measures them
    against what ships."""
    if rule.item.get("type") in _RULE_TYPES or not rule.text.strip():
        return _as_is(rule)
    if with_rules and gate and rule.item.get("custom", {}).get("parse-confidence", 0) >= 1.0:
        return _as_is(rule)
    text = _SURROGATES.sub("\ufffd", rule.text)  # the model's features are UTF-8 strings
    tokens = tokenise(text)
    if len(tokens) > MAX_TOKENS:
        return _as_is(rule)
    fields = rule_fields(rule, tokens) if with_rules else None
    wanted = frozenset(f for f, _, _ in rule_spans(rule)) if with_rules else frozenset()
    labels, marginals, probability = label(text, tokens, fields, directory, wanted)
    spans = field_spans(tokens, labels, marginals)
    model, confidence = build_item(text, spans, item_id)
    if with_rules:
        support = _support(rule, tokens, probability)
        # a field the rules lack is not added over a span the finders claimed (a locator,
        # an access date), though it may be over text the rules' labels (and their author
        # zone, a guess) gave a field
        taken = [s for s in rule_spans(rule) if s[0] in _CERTAIN] + [
            c for c in rule.claims if c[0] != "author"]
        clashing = {s.field for s in spans
                    if any(f != s.field and s.start < e and st < s.end for f, st, e in taken)}
        item, confidence = _arbitrate(model, confidence, rule.item, support, clashing, correct)
    else:
        item = model
        if "title" not in item and "author" not in item:
            return _as_is(rule)
    rule_type = rule.item.get("type") if with_rules else None
    typed = classify_type(item, rule_type, text, directory)
    if typed and rule_type:
        found, sure, for_rules = typed
        known = rule_type in _type_labels(directory)  # the model knows nothing of others
        keep = not correct or found == rule_type or sure < TRUST or for_rules >= DOUBT or (
            not known or "genre" in rule.item)  # a thesis or report word settles it
        item["type"], confidence["type"] = (rule_type, for_rules) if keep else (found, sure)
        if keep and "type" in rule.item.get("custom", {}).get("parse-uncertain", []):
            confidence["type"] = min(for_rules, UNCERTAIN_BELOW - 0.1)
    elif typed:
        item["type"], confidence["type"] = typed[:2]
    else:
        item["type"] = infer_type(item, genre=None, after_in=False)
    same = all(item.get(k) == rule.item.get(k) for k in _LANGUAGE_FROM)
    language = rule.item.get("language") if same else item_language(item)
    if language:
        item["language"] = language
    _record_confidence(item, confidence)
    diagnostics = [d for d in rule.diagnostics if d.rule != "parse-failed"]
    if "title" not in item and "author" not in item:
        diagnostics.append(Diagnostic(
            "parse-failed", "error", "could not find a title or an author in this reference"))
    return ParseResult(item, diagnostics, text=text, claims=rule.claims)


def _type_labels(directory: Path | None) -> frozenset[str]:
    from .labeller import TYPE_MODEL, model_path, tagger

    return frozenset(tagger(model_path(TYPE_MODEL, directory)).labels())


def _support(rule: ParseResult, tokens, probability) -> dict[str, float]:
    """For each field the rules located, the model's mean probability that those tokens are
    that field."""
    support: dict[str, float] = {}
    for field, start, end in rule_spans(rule):
        inside = [i for i, t in enumerate(tokens) if start <= t.start < end and t.kind != "other"]
        if inside and field not in support:
            name = field if field in rule.item else next(
                (r for r in ("editor", "translator") if r in rule.item), field)
            support[name] = sum(probability(field, i) for i in inside) / len(inside)
    return support


def uncertainty_warning(item: CSLItem) -> Diagnostic | None:
    """A warning naming the fields in ``custom["parse-uncertain"]`` (None when there are none)."""
    custom = item.get("custom") or {}
    doubtful = custom.get("parse-uncertain")
    if not doubtful:
        return None
    scores = custom.get("parse-field-confidence", {})
    listed = ", ".join(f"{k} ({scores[k]:.2f})" if k in scores else k for k in doubtful)
    return Diagnostic("parse-uncertain", "warning", f"fields read with low confidence: {listed}")


def _as_is(rule: ParseResult) -> ParseResult:
    """The rules' own result."""
    return rule


def _arbitrate(model: CSLItem, confidence: dict[str, float], rules: CSLItem,
               support: dict[str, float], clashing: set[str], correct: bool
               ) -> tuple[CSLItem, dict[str, float]]:
    """Start from the rules' item and score each field by the model's support for it. With
    ``correct``, take the model's reading of a field where the rules have none and the model
    is sure (and its span is not the rules' span of another field), or where the model is
    sure and doubts the rules' reading. Fields the rules decided by a fallback stay
    uncertain."""
    item: CSLItem = {k: v for k, v in rules.items() if k != "custom"}
    kept = {k: v for k, v in rules.get("custom", {}).items() if k in _KEPT_CUSTOM}
    if kept or "custom" in model:
        item["custom"] = {**kept, **model.get("custom", {})}
    scores: dict[str, float] = {}
    doubted = set(rules.get("custom", {}).get("parse-uncertain", []))
    for key in _CERTAIN:
        if key in item:
            scores[key] = 1.0
    for key in _ARBITRATED:
        mine, sure = model.get(key), confidence.get(key, 0.0)
        if key not in rules:
            if correct and mine is not None and sure >= TRUST and key not in clashing:
                item[key], scores[key] = mine, sure
            continue
        belief = support.get(key, UNCERTAIN_BELOW)
        if correct and mine is not None and mine != rules[key] and sure >= TRUST \
                and belief < DOUBT:
            item[key], scores[key] = mine, sure
        else:
            scores[key] = max(belief, sure) if mine == rules[key] else belief
            if key in doubted:
                scores[key] = min(scores[key], UNCERTAIN_BELOW - 0.1)
    if correct and "ISBN" in model and "ISBN" not in item:
        item["ISBN"], scores["ISBN"] = model["ISBN"], confidence.get("ISBN", 0.0)
    return item, scores


def _record_confidence(item: CSLItem, confidence: dict[str, float]) -> None:
    custom = item.setdefault("custom", {})
    doubtful = sorted(k for k, v in confidence.items() if v < UNCERTAIN_BELOW and k in item)
    if doubtful:
        custom["parse-uncertain"] = doubtful
    scores = [v for k, v in confidence.items() if k in item]
    custom["parse-confidence"] = round(min(scores), 2) if scores else 0.0
    custom["parse-field-confidence"] = {k: round(v, 2) for k, v in sorted(confidence.items())
                                        if k in item}
