"""Rebuild the training corpus and the shipped model in one command.

    python -m training.build --seed 1 [--size 30000] [--out DIR]

Writes ``fields.crfsuite`` (token labeller, with the rule parser's claims as features) and
``type.crfsuite`` (the CSL type) into ``src/citekit/parse/model/`` unless ``--out`` is given,
plus ``fields-only.crfsuite`` (the labeller without rule features, for ``training.evaluate``)
and the corpus as ``corpus.jsonl`` into ``training/out/``. The same seed gives the same files.
"""

from __future__ import annotations

import argparse
import pickle
import time
from pathlib import Path

from citekit.parse.assemble import parse_draft
from citekit.parse.features import sequence_features
from citekit.parse.model.item import build_item
from citekit.parse.model.labeller import FIELDS_MODEL, TYPE_MODEL, type_features
from citekit.parse.model.rulemap import rule_fields
from citekit.parse.model.spans import field_spans

from .corpus import Example, build_corpus, write_jsonl

ROOT = Path(__file__).resolve().parent
SHIPPED = ROOT.parent / "src" / "citekit" / "parse" / "model"
OUT = ROOT / "out"


def train(sequences, path: Path, *, iterations: int, c1: float = 0.05, c2: float = 0.01) -> None:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for features, labels in sequences:
        trainer.append(features, labels)
    trainer.set_params({"c1": c1, "c2": c2, "max_iterations": iterations,
                        "feature.possible_transitions": True, "feature.minfreq": 2})
    trainer.train(str(path))


def prepare(examples: list[Example], without_rules: bool = True):
    """(features with rules, features without, type features, example) per example."""
    for ex in examples:
        rule = parse_draft(ex.text, "x")
        if rule.text != ex.text:  # the parser's own clean-up changed it (`` and '' quotes)
            continue
        fields = rule_fields(rule, ex.tokens)
        with_rules = sequence_features(ex.text, ex.tokens, fields)
        without = sequence_features(ex.text, ex.tokens, None) if without_rules else None
        spans = field_spans(ex.tokens, ex.labels, [1.0] * len(ex.labels))
        item, _ = build_item(ex.text, spans, "x")
        yield with_rules, without, type_features(item, rule.item.get("type"), ex.text), ex


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--size", type=int, default=20000)
    parser.add_argument("--iterations", type=int, default=60)
    parser.add_argument("--out", type=Path, default=None, help="model folder (default: shipped)")
    parser.add_argument("--reuse-corpus", action="store_true",
                        help="reuse the corpus of an earlier run with the same seed and size")
    parser.add_argument("--no-model-only", action="store_true",
                        help="skip the labeller without rule features")
    args = parser.parse_args(argv)
    started = time.time()
    target = args.out or SHIPPED
    target.mkdir(parents=True, exist_ok=True)
    work = args.out or OUT
    work.mkdir(parents=True, exist_ok=True)
    cached = work / f"corpus-{args.seed}-{args.size}.pickle"
    if args.reuse_corpus and cached.is_file():
        examples = pickle.loads(cached.read_bytes())
    else:
        examples = build_corpus(args.seed, args.size)
        OUT.mkdir(parents=True, exist_ok=True)
        cached.write_bytes(pickle.dumps(examples))
    write_jsonl(examples, work / "corpus.jsonl")
    print(f"corpus: {len(examples)} strings in {time.time() - started:.0f} s")
    prepared = list(prepare(examples, not args.no_model_only))
    print(f"features: {time.time() - started:.0f} s")
    train(((w, ex.labels) for w, _, _, ex in prepared), target / FIELDS_MODEL,
          iterations=args.iterations)
    print(f"fields model: {time.time() - started:.0f} s")
    train((([t], [ex.type]) for _, _, t, ex in prepared), target / TYPE_MODEL,
          iterations=args.iterations)
    if not args.no_model_only:
        train(((wo, ex.labels) for _, wo, _, ex in prepared), work / "fields-only.crfsuite",
              iterations=args.iterations)
    print(f"done in {time.time() - started:.0f} s")


if __name__ == "__main__":
    main()
