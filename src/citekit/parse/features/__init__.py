"""Token features for the sequence labeller, one small module per kind (AnyStyle's way):

- ``shape``: the token's form (case, digits, length, year-like);
- ``script``: Hangul, Han, kana, Latin, digits, punctuation;
- ``punct``: the punctuation mark itself and the marks around the token;
- ``depth``: bracket and quote depth, and which quote encloses the token;
- ``position``: where in the reference the token sits;
- ``lexicon``: word lists from ``parse/data`` (names, outlets, months, publishers, legal words);
- ``rules``: the field the rule parser gave the token, so the model learns when it is right.

``sequence_features`` joins them and adds the neighbours' main features.
"""

from __future__ import annotations

from ..model.tokens import Token
from . import depth, lexicon, position, punct, rules, script, shape


def sequence_features(text: str, tokens: list[Token], rule_fields: list[str] | None
                      ) -> list[list[str]]:
    """One list of feature strings per token."""
    core = [shape.core(t) for t in tokens]
    own = [shape.features(t, c) + script.features(t) for t, c in zip(tokens, core, strict=True)]
    for index, found in enumerate(punct.features(text, tokens)):
        own[index] += found
    for index, found in enumerate(depth.features(tokens)):
        own[index] += found
    for index, found in enumerate(position.features(tokens)):
        own[index] += found
    for index, found in enumerate(lexicon.features(tokens)):
        own[index] += found
    if rule_fields is not None:
        for index, found in enumerate(rules.features(rule_fields)):
            own[index] += found
    out = []
    count = len(tokens)
    for index in range(count):
        feats = list(own[index])
        for offset in (-2, -1, 1, 2):
            other = index + offset
            if 0 <= other < count:
                feats += [f"{offset}:{c}" for c in core[other]]
            else:
                feats.append(f"{offset}:edge")
        if rule_fields is not None:
            for offset in (-1, 1):
                other = index + offset
                if 0 <= other < count:
                    feats.append(f"{offset}:rule={rule_fields[other]}")
        out.append(feats)
    return out
