"""The trained CRF labeller: loads the shipped model files once, on first use (no network)."""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path

from ... import rx
from ...packagedata import package_folder
from ..features import sequence_features
from .spans import OUTSIDE
from .tokens import Token

_LOCK = threading.Lock()  # a crfsuite tagger keeps its last sequence: one caller at a time
FIELDS_MODEL = "fields.crfsuite"
TYPE_MODEL = "type.crfsuite"


def _model_dir() -> Path:
    return Path(str(package_folder(__package__)))  # crfsuite opens the file by name


def available(directory: Path | None = None) -> bool:
    return _shipped() if directory is None else (directory / FIELDS_MODEL).is_file()


@cache
def _shipped() -> bool:
    """Whether the package's own model is there (looked at once: the package does not change)."""
    return (_model_dir() / FIELDS_MODEL).is_file()


@cache
def tagger(path: str):
    """A crfsuite tagger for the model file at ``path`` (opened once per process)."""
    import pycrfsuite

    opened = pycrfsuite.Tagger()
    opened.open(path)
    return opened


def model_path(name: str, directory: Path | None = None) -> str:
    return str((directory or _model_dir()) / name)


def label(text: str, tokens: list[Token], rule_fields: list[str] | None,
          directory: Path | None = None, wanted: frozenset[str] = frozenset()):
    """Each token's label, its marginal probability, and a function giving the marginal of
    each ``wanted`` label at any token."""
    if not tokens:
        return [], [], lambda _label, _index: 0.0
    use = tagger(model_path(FIELDS_MODEL, directory))
    features = sequence_features(text, tokens, rule_fields)
    known = _labels(model_path(FIELDS_MODEL, directory))
    with _LOCK:
        labels = use.tag(features)
        marginals = [use.marginal(lab, i) for i, lab in enumerate(labels)]
        table = {name: [use.marginal(name, i) for i in range(len(tokens))]
                 for name in wanted if name in known}

    def probability(name: str, index: int) -> float:
        return table[name][index] if name in table else 0.0

    return labels, marginals, probability


@cache
def _labels(path: str) -> tuple[str, ...]:
    return tuple(tagger(path).labels())


_SURROGATES = rx.compile("[\ud800-\udfff]")


def type_features(item: dict, rule_type: str | None, text: str) -> list[str]:
    """Features of the whole reference for the type classifier."""
    feats = [f"has={k}" for k in sorted(item) if k not in ("id", "custom")]
    if rule_type:
        feats.append(f"rule-type={rule_type}")
    for field in ("container-title", "publisher", "genre", "collection-title"):
        value = item.get(field)
        if isinstance(value, str):
            feats += [f"{field}:{w}" for w in value.casefold().split()[:6]]
            feats.append(f"{field}-end:{value[-2:]}")
    authors = item.get("author") or []
    if authors and "literal" in authors[0]:
        feats.append("author-literal")
        feats += [f"author:{w}" for w in authors[0]["literal"].casefold().split()[:4]]
    issued = item.get("issued", {}).get("date-parts", [[]])[0]
    feats.append(f"date-precision={len(issued)}")
    url = item.get("URL", "")
    if url:
        host = url.split("//")[-1].split("/")[0].removeprefix("www.")
        feats.append(f"host={host}")
        feats.append(f"tld={host.rsplit('.', 1)[-1]}")
    for word in ("기자", "판결", "선고", "법률", "학위", "thesis", "report", "보고서", "ed.", "편",
                 "in", "vol.", "pp.", "권", "호", "面", "著", "『", "「", "<"):
        if word in text.casefold().split() or (not word.isascii() and word in text):
            feats.append(f"word={word}")
    return [_SURROGATES.sub("\ufffd", feat) for feat in feats]  # crfsuite takes UTF-8 only


def classify_type(item: dict, rule_type: str | None, text: str,
                  directory: Path | None = None) -> tuple[str, float, float] | None:
    """The type, its probability, and the probability of the rules' type."""
    path = model_path(TYPE_MODEL, directory)
    if not Path(path).is_file():
        return None
    use = tagger(path)
    features = [type_features(item, rule_type, text)]
    with _LOCK:
        found = use.tag(features)[0]
        rules = use.marginal(rule_type, 0) if rule_type in _labels(path) else 0.0
        return found, use.marginal(found, 0), rules


__all__ = ["OUTSIDE", "available", "classify_type", "label", "type_features"]
