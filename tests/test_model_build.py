"""The corpus and model rebuild byte for byte from the same seed (a tiny corpus here; the
full check is ``benchmarks/parse_rebuild.py``)."""

from __future__ import annotations

from training.build import main
from training.corpus import build_corpus

FILES = ("fields.crfsuite", "type.crfsuite", "fields-only.crfsuite")


def test_same_seed_same_model(tmp_path) -> None:
    for name in ("a", "b"):
        main(["--seed", "3", "--size", "30", "--iterations", "8", "--out", str(tmp_path / name)])
    for name in FILES:
        first = (tmp_path / "a" / name).read_bytes()
        assert first and first == (tmp_path / "b" / name).read_bytes(), name


def test_corpus_depends_on_the_seed() -> None:
    first = [e.text for e in build_corpus(4, 12, styled_share=0.0)]
    assert first == [e.text for e in build_corpus(4, 12, styled_share=0.0)]
    assert first != [e.text for e in build_corpus(5, 12, styled_share=0.0)]
    assert len(first) == 12
