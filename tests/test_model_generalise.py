"""The labeller's own generalisation batch (``model_generalise_cases.py``), compared the way the
dev scorer compares; known misses are strict xfails naming the fields still wrong.

Scored before anyone looked at the output: the rules alone got 8 of 24 fully right (fields
0.720); a first trained model with the rules 17 of 24 (0.911) when the model's reading won
wherever it was confident. The shipped, more conservative combination (the model corrects
the rules only where it is sure and doubts their reading, so the rules' tuned forms stay
right) got 11 of 24 (0.863; the rules 9 of 24, 0.726, after one expectation was corrected
to the dev convention that a DOI link also gives ``URL``); the shipped default, which also
leaves references the rules are sure of to the rules, gets 10 of 24.
"""

from __future__ import annotations

import pytest
from model_generalise_cases import CASES
from parse_generalise_support import labelled_params, wrong_fields

from citekit.parse.model.labeller import available

KNOWN_WRONG: dict[int, str] = {
    0: "author, title", 2: "author", 3: "title, type", 4: "container-title, title, type",
    5: "title", 6: "title", 7: "title, type", 8: "container-title, volume",
    9: "author, publisher, title, type", 10: "type", 14: "type",
    16: "container-title, issue, type", 20: "container-title, type",
    21: "author, container-title, issue",
}

pytestmark = pytest.mark.skipif(not available(), reason="no trained model shipped")


@pytest.mark.parametrize(("raw", "expected"), labelled_params(CASES, KNOWN_WRONG))
def test_reference_parses_to_the_labelled_fields(raw: str, expected: dict) -> None:
    assert wrong_fields(raw, expected) == {}


def test_most_of_the_batch_is_right() -> None:
    assert len(CASES) - len(KNOWN_WRONG) >= len(CASES) // 3
