"""The training corpus: labelled strings from the CSL styles and the informal templates,
cleaned as the parser cleans its input and cut into labelled tokens."""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass

from citekit.parse.model.tokens import Token, tokenise

from .csl_render import styled_examples
from .informal import informal_examples, roughen
from .labelled import Pieces

_SPACES = re.compile(r"\s+")


@dataclass
class Example:
    text: str
    tokens: list[Token]
    labels: list[str]
    type: str


def squeezed(pieces: Pieces) -> tuple[str, list[str | None]]:
    """The string with whitespace runs collapsed and trimmed, and a label per character."""
    chars: list[str] = []
    owners: list[str | None] = []
    for text, field in pieces:
        for char in text:
            if char.isspace():
                if not chars or chars[-1] == " ":
                    continue
                char = " "
            chars.append(char)
            owners.append(field)
    while chars and chars[-1] == " ":
        chars.pop()
        owners.pop()
    return "".join(chars), owners


def example(pieces: Pieces, kind: str) -> Example:
    text, owners = squeezed(pieces)
    tokens = tokenise(text)
    labels = []
    for token in tokens:
        counts: dict[str, int] = {}
        for owner in owners[token.start:token.end]:
            counts[owner or "O"] = counts.get(owner or "O", 0) + 1
        labels.append(max(sorted(counts), key=lambda k: counts[k]))
    return Example(text, tokens, labels, kind)


def build_corpus(seed: int, size: int, styled_share: float = 0.4) -> list[Example]:
    """``size`` examples: about ``styled_share`` from CSL styles, the rest informal."""
    rng = random.Random(seed)
    styled = [(roughen(p, rng) if rng.random() < 0.3 else p, t)
              for p, t in styled_examples(rng, int(size * styled_share))]
    informal = informal_examples(rng, size - len(styled))
    examples = [example(p, t) for p, t in styled + informal]
    random.Random(seed + 1).shuffle(examples)
    return [e for e in examples if e.tokens]


def write_jsonl(examples: list[Example], path) -> None:
    with open(path, "w", encoding="utf-8") as out:
        for ex in examples:
            spans = []
            for token, lab in zip(ex.tokens, ex.labels, strict=True):
                spans.append([token.text, lab])
            out.write(json.dumps({"text": ex.text, "type": ex.type, "tokens": spans},
                                 ensure_ascii=False) + "\n")
