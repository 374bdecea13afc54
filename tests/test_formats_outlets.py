"""BibLaTeX @online: the organization is the outlet (the publisher styles print), as pandoc's
and Better BibTeX's mappings read it; it is written back as the organization."""

from __future__ import annotations

from citekit.formats import read_library, write_library

ONLINE = """@online{hong2023,
  author = {Hong, J},
  title = {North Korea and Human Rights},
  organization = {세계일보},
  date = {2023-02-07},
  url = {https://www.segye.com/a},
}
@online{both,
  title = {T}, organization = {OHCHR}, publisher = {United Nations}, date = {2020},
}
@manual{manual, title = {M}, organization = {UN}, date = {2020}}
"""


def test_online_organization_is_the_outlet_and_round_trips() -> None:
    items = read_library(ONLINE, "refs.bib").items
    assert items[0]["publisher"] == "세계일보" and "authority" not in items[0]
    assert (items[1]["publisher"], items[1]["authority"]) == ("United Nations", "OHCHR")
    assert items[2]["authority"] == "UN"  # not an @online entry: unchanged
    text = write_library(items, "biblatex").text
    assert "organization = {세계일보}" in text and "publisher = {세계일보}" not in text
    assert read_library(text, "again.bib").items == items


def test_the_outlet_is_rendered_by_apa() -> None:
    from citekit import format as render

    items = read_library(ONLINE, "refs.bib").items[:1]
    assert "세계일보" in render(items, style="apa")  # as authority it was left out
