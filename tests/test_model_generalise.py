"""The labeller's own generalisation batch (``model_generalise_cases.py``), compared the way the
dev scorer compares; known misses are strict xfails naming the fields still wrong.

Scored before anyone looked at the output: the rules alone got 8 of 24 fully right (fields
0.720); a first trained model with the rules 17 of 24 (0.911) when the model's reading won
wherever it was confident. The shipped, more conservative combination (the model corrects
the rules only where it is sure and doubts their reading, so the rules' tuned forms stay
right) got 11 of 24 (0.863; the rules 9 of 24, 0.726, after one expectation was corrected
to the dev convention that a DOI link also gives ``URL``). After the rule classes of issue
#12 were fixed, the rules alone got 18 of 24 and the corrections lost on both shared sets,
so what ships keeps the rules' values (``model/combine.py``): 18 of 24.
"""

from __future__ import annotations

import pytest
from model_generalise_cases import CASES
from parse_generalise_support import labelled_params, wrong_fields

from citekit.parse.model.labeller import available

KNOWN_WRONG: dict[int, str] = {
    3: "author, container-title, title, type", 12: "author, container-title, title, type",
    14: "type", 16: "container-title, issue, type", 20: "container-title, type",
    21: "container-title, issue",
}

pytestmark = pytest.mark.skipif(not available(), reason="no trained model shipped")


@pytest.mark.parametrize(("raw", "expected"), labelled_params(CASES, KNOWN_WRONG))
def test_reference_parses_to_the_labelled_fields(raw: str, expected: dict) -> None:
    assert wrong_fields(raw, expected) == {}


def test_most_of_the_batch_is_right() -> None:
    assert len(CASES) - len(KNOWN_WRONG) >= len(CASES) // 3
