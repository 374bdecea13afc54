"""The trained labeller: tokens, features, the shipped model, confidence and the CLI options."""

from __future__ import annotations

import subprocess
import sys

import pytest

from citekit.parse import parse_reference
from citekit.parse.assemble import parse_draft
from citekit.parse.features import sequence_features
from citekit.parse.features.depth import features as depth_features
from citekit.parse.features.lexicon import features as lexicon_features
from citekit.parse.model.combine import uncertainty_warning
from citekit.parse.model.labeller import available
from citekit.parse.model.rulemap import rule_fields
from citekit.parse.model.spans import field_spans
from citekit.parse.model.tokens import tokenise

needs_model = pytest.mark.skipif(not available(), reason="no trained model shipped")


def _texts(text: str) -> list[str]:
    return [t.text for t in tokenise(text)]


def test_tokens_keep_offsets_and_split_scripts() -> None:
    text = "김민지, 「제목」, 『학보』 제12권 2호 (2020). https://ex.kr/a/1."
    tokens = tokenise(text)
    assert all(text[t.start:t.end] == t.text for t in tokens)
    assert _texts(text)[:4] == ["김민지", ",", "「", "제목"]
    assert "https://ex.kr/a/1" in _texts(text) and _texts(text)[-1] == "."
    assert _texts("제12권")[:3] == ["제", "12", "권"]
    assert _texts("高木健二著『港町』") == ["高木健二", "著", "『", "港町", "』"]


def test_quote_depth_sees_nested_quotes() -> None:
    tokens = tokenise('"“Cut” here" after')
    feats = depth_features(tokens)
    inside = [i for i, f in enumerate(feats) if "quote-depth=2" in f]
    assert [tokens[i].text for i in inside] == ["Cut"]
    assert not any(f.startswith("in-quote") for f in feats[-1])
    apostrophe = depth_features(tokenise("Korea's Place"))
    assert not any("opens-quote" in f for f in apostrophe)


def test_lexicon_marks_outlets_and_months() -> None:
    tokens = tokenise("연합뉴스, 3 March 2020")
    feats = lexicon_features(tokens)
    assert "in-outlet" in feats[0]
    assert "in-month" in feats[3]
    assert not any("in-outlet" in f for f in feats[1:])


def test_rule_claims_become_token_features() -> None:
    text = "Kim, J. (2020). A title. Journal, 3(2), 1-9. https://doi.org/10.1/x"
    rule = parse_draft(text, "x")
    tokens = tokenise(rule.text)
    fields = rule_fields(rule, tokens)
    assert fields[0] == "author"
    assert fields[_texts(text).index("2020")] == "issued"
    feats = sequence_features(rule.text, tokens, fields)
    assert "rule=author" in feats[0] and "1:rule=author" in feats[0]
    assert all(not any(f.startswith("rule=") for f in fs)
               for fs in sequence_features(rule.text, tokens, None))


def test_spans_join_names_across_separators_only() -> None:
    tokens = tokenise("Kim, & Lee. Title. Journal")
    labels = ["author", "author", "author", "author", "O", "title", "O", "container-title"]
    spans = field_spans(tokens, labels, [0.9, 0.8, 0.99, 0.7, 1, 0.5, 1, 0.95])
    assert [(s.field, s.start, s.end) for s in spans] == [
        ("author", 0, 10), ("title", 12, 17), ("container-title", 19, 26)]
    assert spans[0].confidence == 0.7


@needs_model
def test_parse_carries_field_confidence() -> None:
    result = parse_reference("高木健二『港町の近代史』(北浜書房)")  # no year: the model reads it
    custom = result.item["custom"]
    scores = custom["parse-field-confidence"]
    assert {"author", "title"} <= set(scores)
    assert all(0.0 <= v <= 1.0 for v in scores.values())
    assert custom["parse-confidence"] == min(scores.values())
    assert set(custom.get("parse-uncertain", [])) == {k for k, v in scores.items() if v < 0.6}


def test_doubtful_fields_are_named_in_a_warning() -> None:
    item = {"custom": {"parse-uncertain": ["container-title", "type"],
                       "parse-field-confidence": {"container-title": 0.41, "title": 0.9}}}
    warning = uncertainty_warning(item)
    assert warning.severity == "warning" and warning.rule == "parse-uncertain"
    assert "container-title (0.41)" in warning.message and "type" in warning.message
    assert "title" not in warning.message.replace("container-title", "")
    assert uncertainty_warning({"custom": {"parse-confidence": 1.0}}) is None


@needs_model
@pytest.mark.parametrize("raw", ["zq 19 // ~~ wibble 44 ;; plonk",
                                 "윤가람. (2020). 도서관 이용의 결정요인. 도서관정보연구, 31(2), 45-67."])
def test_cli_warns_if_and_only_if_fields_are_doubtful(raw: str) -> None:
    doubtful = bool(parse_reference(raw).item.get("custom", {}).get("parse-uncertain"))
    done = _cli("parse", "-", "--to", "jsonl", stdin=raw + "\n")
    assert ("<stdin>:1" in done.stderr and "parse-uncertain" in done.stderr) == doubtful


@needs_model
def test_model_is_deterministic() -> None:
    raw = "Alice Fenwick and Tomas Berger, Rivers of Capital (Harbour Press 2011)"
    assert parse_reference(raw).item == parse_reference(raw).item


def _cli(*args: str, stdin: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "citekit", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


@needs_model
def test_min_confidence_fails_with_file_and_line(tmp_path) -> None:
    refs = tmp_path / "refs.txt"
    refs.write_text("Kim, J. (2020). A title. Journal of Things, 3(2), 1-9.\n\n"
                    "zq 19 // ~~ wibble 44 ;; plonk\n", encoding="utf-8")
    strict = subprocess.run([sys.executable, "-m", "citekit", "parse", str(refs),
                             "--min-confidence", "0.5"], capture_output=True, text=True,
                            timeout=120)
    assert strict.returncode == 1
    assert "refs.txt:3" in strict.stderr and "refs.txt:1:" not in strict.stderr
    assert "parse-confidence" in strict.stderr
    lax = subprocess.run([sys.executable, "-m", "citekit", "parse", str(refs),
                          "--min-confidence", "0"], capture_output=True, text=True, timeout=120)
    assert lax.returncode == 0 and "--min-confidence" not in lax.stderr


def test_min_confidence_must_be_a_share() -> None:
    done = _cli("parse", "-", "--min-confidence", "2", stdin="x\n")
    assert done.returncode == 2 and "from 0 to 1" in done.stderr
