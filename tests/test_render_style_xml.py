"""Style options are read as XML: quoting, comments, entities and '>' in values do not
mislead them (they did with regular expressions), and a file that is not XML is a StyleError."""

from __future__ import annotations

import pytest

from citekit.errors import StyleError
from citekit.render import styles
from citekit.render.dashes import substitute

STYLE = """<?xml version="1.0" encoding="utf-8"?>
<style xmlns='http://purl.org/net/xbiblio/csl' version='1.0'
       initialize-with='' class='note' default-locale='en-GB'>
  <!-- <citation disambiguate-add-names="false"> was the old setting -->
  <info><title>a > b</title></info>
  <citation note=">" disambiguate-add-names='true' givenname-disambiguation-rule='by-cite'>
    <layout/></citation>
  <bibliography subsequent-author-substitute="&#8212;&#8212;"><layout/></bibliography>
</style>
"""


def test_options_are_read_from_the_xml(tmp_path) -> None:
    path = tmp_path / "odd.csl"
    path.write_text(STYLE, "utf-8")
    style = styles.resolve_style(str(path))
    assert style.note and style.locale == "en-GB"
    assert styles.citation_options(style)["disambiguate-add-names"] == "true"
    assert styles.global_initials(style) == "" and styles.initials_without_periods(style)
    assert substitute(style) == "——" and styles.has_bibliography(style)
    plain = styles.without_disambiguation(style, tmp_path)
    assert styles.citation_options(plain) == {"note": ">"}
    assert styles.resolve_style(str(plain.path)).note


def test_a_file_that_is_not_xml_is_a_style_error(tmp_path) -> None:
    path = tmp_path / "broken.csl"
    path.write_text("<style class='note'", "utf-8")
    with pytest.raises(StyleError, match="not a CSL style"):
        styles.resolve_style(str(path))
