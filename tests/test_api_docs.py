"""The examples in docs/api.md run, from the repository root, and print what they show."""

from __future__ import annotations

import doctest

import pytest
from conftest import ROOT

API_DOC = ROOT / "docs" / "api.md"


def test_api_examples_run(monkeypatch: pytest.MonkeyPatch) -> None:
    text = API_DOC.read_text("utf-8")
    monkeypatch.chdir(ROOT)
    test = doctest.DocTestParser().get_doctest(text, {}, "api.md", str(API_DOC), 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    messages: list[str] = []
    runner.run(test, out=messages.append)
    assert runner.failures == 0, "".join(messages)
    assert runner.tries >= 15
