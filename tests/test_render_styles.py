"""Style resolution: ids, dependent styles, .csl paths, locales, clear errors."""

from __future__ import annotations

import importlib
import shutil

import pytest
from seed_items import example_items

from citekit.errors import StyleError

engine = importlib.import_module("citekit.render")
styles = importlib.import_module("citekit.render.styles")


def test_dependent_style_resolves_to_its_parent():
    dependent = styles.styles_dir() / "dependent" / "accounting-forum.csl"
    assert 'styles/apa"' in dependent.read_text(encoding="utf-8")
    resolved = styles.resolve_style("accounting-forum")
    assert resolved.path.name == "apa.csl" and resolved.id == "accounting-forum"
    apa = engine.render(example_items(), style="apa", mode="citations").entries
    assert engine.render(example_items(), style="accounting-forum", mode="citations").entries == apa


def test_csl_path_and_missing_path(tmp_path):
    copy = tmp_path / "my-style.csl"
    shutil.copy(styles.styles_dir() / "oscola.csl", copy)
    resolved = styles.resolve_style(str(copy))
    assert resolved.note and resolved.path == copy
    with pytest.raises(StyleError, match="style file not found"):
        styles.resolve_style(str(tmp_path / "absent.csl"))


def test_not_a_style_file(tmp_path):
    bogus = tmp_path / "bogus.csl"
    bogus.write_text("<html></html>", encoding="utf-8")
    with pytest.raises(StyleError, match="not a CSL style"):
        styles.resolve_style(str(bogus))


def test_unknown_style_lists_close_ids():
    with pytest.raises(StyleError) as error:
        styles.resolve_style("oscola-noibid")
    assert "did you mean" in str(error.value) and "oscola-no-ibid" in str(error.value)


def test_locale_option_changes_terms():
    item = example_items()[0] | {
        "accessed": {"date-parts": [[2023, 2, 8]]},
        "URL": "https://x.kr/a",
    }
    english = engine.render([item], style="oscola").entries[0].text
    german = engine.render([item], style="oscola", locale="de-DE").entries[0].text
    assert "accessed 8 February 2023" in english
    assert "accessed" not in german and "Februar" in german
