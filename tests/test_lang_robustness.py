"""Any text goes in, no exception comes out, and no Hangul is left in a romanization."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.lang import detect_language, hangul_reading, romanize
from citekit.lang.romanize import MODES, SYSTEMS

HANGUL = re.compile(r"[\uac00-\ud7a3]")
TEXT = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
        st.sampled_from(list("美北韓李金歷論女樂不 ,.…'\"[]()-123abcÀ")),
    ),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(TEXT, st.sampled_from(SYSTEMS), st.sampled_from(MODES))
def test_romanize_leaves_no_hangul(text: str, system: str, mode: str) -> None:
    out = romanize(text, system=system, mode=mode)
    assert not HANGUL.search(out), (text, out)


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_hangul_reading_replaces_every_hanja_and_keeps_the_rest(text: str) -> None:
    out = hangul_reading(text)
    assert not re.search(r"[\u4e00-\u9fff]", out)
    assert [ch for ch in out if not HANGUL.match(ch)] == [
        ch for ch in text if not HANGUL.match(ch) and not re.match(r"[\u4e00-\u9fff]", ch)
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_detect_language_never_fails(text: str) -> None:
    result = detect_language(text)
    assert result is None or re.fullmatch(r"[a-z]{2,3}", result)
