"""The JSON document for items cited once is the one pandoc's Markdown reader makes."""

from __future__ import annotations

import importlib
import json
import subprocess

import pytest

cites_json = importlib.import_module("citekit.render.cites_json")
pandoc = importlib.import_module("citekit.render.pandoc")


def read_markdown(header: dict, body: str) -> dict:
    document = "---\n" + json.dumps(header) + "\n---\n\n" + body + "\n"
    done = subprocess.run(
        [pandoc.pandoc_path(), "--from=markdown", "--to=json"],
        input=document.encode("utf-8"), capture_output=True, check=True,
    )
    return json.loads(done.stdout)


@pytest.mark.parametrize("header", [
    {}, {"suppress-bibliography": True}, {"suppress-bibliography": True, "lang": "en-GB"},
    {"lang": "ko"}, {"nocite": "@*"}, {"nocite": "@*", "lang": "en-GB"},
])
@pytest.mark.parametrize("guard", ["", cites_json.NOTE_GUARD])
def test_the_json_document_is_what_pandoc_reads_from_the_markdown(header, guard):
    ids = ["citekit-item-1", "citekit-item-2", "citekit-item-10", "citekit-item-3"]
    body = cites_json.cites_markdown(ids, guard)
    written = cites_json.json_document(header, body, ids)
    assert written is not None
    assert json.loads(written) == read_markdown(header, body)


@pytest.mark.parametrize("header,body", [
    ({"lang": "en-US"}, "[@{citekit-item-1}; @{citekit-item-2}]\n\n[@{citekit-item-2}]"),
    ({"lang": "en-US"}, "[see @{citekit-item-1}]\n\n[@{citekit-item-2}]"),
    ({"citekit-order": ["a", "b"]}, "[@{citekit-item-1}]\n\n[@{citekit-item-2}]"),
    ({"lang": "en US"}, "[@{citekit-item-1}]\n\n[@{citekit-item-2}]"),
    ({}, None),
    ({"nocite": "@citekit-item-1"}, "[@{citekit-item-1}]\n\n[@{citekit-item-2}]"),
])
def test_anything_else_stays_markdown(header, body):
    ids = ["citekit-item-1", "citekit-item-2"]
    assert cites_json.json_document(header, body, ids) is None
