"""Preparing items for pandoc's citeproc so that it renders them as the reference processor does."""

from __future__ import annotations

import copy
import re
from functools import lru_cache

from .. import rx
from ..formats.csl_types import safe_items
from ..model import NAME_FIELDS, CSLItem
from ..packagedata import data_lines

TITLE_FIELDS = ("title", "container-title", "collection-title", "title-short")
_WORD = rx.compile(r"(?<![\w<>/=\"'])([a-z]+)(?![\w>])")
_SENTENCE_BREAK = rx.compile(r"[:?!.\u2014]\s*$")
TWIN_PREFIX = "citekit-twin-"
_ITEM_NUMBER = rx.compile(r"^item [0-9]+: ")  # the id says which item
_LATIN = rx.compile(r"[A-Za-z\u00c0-\u024f]")


@lru_cache(maxsize=1)
def title_minor_words() -> frozenset[str]:
    """Words kept lower case inside a title-cased English title (from ``title_words.txt``)."""
    return frozenset(data_lines("citekit.render", "title_words.txt"))


def _is_english(item: CSLItem) -> bool:
    language = str(item.get("language") or "en").lower()
    return language.startswith("en")


def protect_minor_words(title: str) -> str:
    """Wrap lower-case minor words (not the first, not after a colon) in a nocase span."""
    minor = title_minor_words()

    def wrap(match: re.Match[str]) -> str:
        word = match.group(1)
        before = title[: match.start()]
        if word not in minor or not before.strip() or _SENTENCE_BREAK.search(before):
            return word
        return f'<span class="nocase">{word}</span>'

    return _WORD.sub(wrap, title)


TITLE_QUOTES = {
    "‘": "\u201b",
    "’": "\u2032",
    "“": "\u201f",
    "”": "\u2033",
    "end’": "\u2035",
    "end”": "\u2036",
}
"""A title's own quotation marks (typographic, and straight double ones, which citeproc-js
also reads as quotation marks), hidden from pandoc's citeproc (which would
make a headline's single quotes double at the outer level and move a comma inside them):
citekit's Lua writer puts them back as published at the outer level and as the
alternate of the style's quotes inside them (OSCOLA ‘… “빅스텝” …’), as citeproc-js
does; the codes are quotation-like punctuation, so sorting is unchanged. A closing mark
that ends the title has its own code, so that the writer can move
the style's following period or comma inside it where the locale says so (en-US)."""
_SINGLE_PAIR = rx.compile(r"‘((?:[^‘’]|’(?=\w))*)’(?!\w)")
_DOUBLE_PAIR = rx.compile(r"“([^“”]*)”|\"([^\"]*)\"")
_MARKUP = rx.compile(r"(</?(?:span|i|b|sup|sub|sc)\b[^<>]*>)")
_SUBSTITUTES = rx.compile("[\u201b\u2032\u201f\u2033\u2035\u2036]")


def hide_title_quotes(title: str) -> str:
    """``‘北 인권’ 안보리`` with its quotation marks replaced by the codes above
    (apostrophes, as in ``Korea’s``, are not quotation marks and stay)."""
    if _SUBSTITUTES.search(title):  # primes of its own (37°33′): leave it to pandoc
        return title
    pieces = _MARKUP.split(title)  # CSL's HTML-like markup keeps its attribute quotes
    last = max(i for i in range(0, len(pieces), 2) if pieces[i].strip() or i == 0)
    return "".join(
        piece if index % 2 else _hide_quotes(piece, ends=index == last)
        for index, piece in enumerate(pieces)
    )


def _quoted(title: str) -> bool:
    """Whether ``title`` holds a quotation mark outside its markup (the nocase spans
    ``protect_minor_words`` adds carry straight quotes of their own)."""
    if "‘" in title or "“" in title:
        return True
    return '"' in title and '"' in _MARKUP.sub("", title)


def _hide_quotes(text: str, *, ends: bool) -> str:
    """One run of text between markup; ``ends``: it is the end of the title."""
    limit = len(text.rstrip()) if ends else -1

    def single(match: re.Match[str]) -> str:
        close = "end’" if match.end() == limit else "’"
        return TITLE_QUOTES["‘"] + match.group(1) + TITLE_QUOTES[close]

    def double(match: re.Match[str]) -> str:
        close = "end”" if match.end() == limit else "”"
        inner = match.group(1) if match.group(1) is not None else match.group(2)
        return TITLE_QUOTES["“"] + inner + TITLE_QUOTES[close]

    return _DOUBLE_PAIR.sub(double, _SINGLE_PAIR.sub(single, text))


def prepare_items(items: list[CSLItem], problems: list[str] | None = None) -> list[CSLItem]:
    """Copies of ``items`` with fields pandoc cannot read repaired or dropped (noted in
    ``problems``: one bad item never stops the run) and English titles' minor words
    protected from capitalisation."""
    prepared = []
    problems = [] if problems is None else problems
    safe, found = safe_items(items)
    problems.extend(f"{d.location.item_id or '?'}: {_ITEM_NUMBER.sub('', d.message)}"
                    for d in found)
    for item in safe:
        if _is_english(item) and any(isinstance(item.get(f), str) for f in TITLE_FIELDS):
            item = copy.copy(item)
            for field in TITLE_FIELDS:
                if isinstance(item.get(field), str):
                    item[field] = protect_minor_words(item[field])
        prepared.append(item)
    return prepared


def unspaced_names(items: list[CSLItem]) -> list[str]:
    """Full names written family-first without a space (Hangul, Hanzi): ``이지영``.

    Pandoc's citeproc adds a style's initialize-with period to such a given name, which
    it cannot shorten (``이지영.,``); citekit's Lua writer removes that period again.
    """
    found: set[str] = set()
    for item in items:
        for field in NAME_FIELDS:
            for name in item.get(field) or []:
                if not isinstance(name, dict):
                    continue
                family, given = name.get("family"), name.get("given")
                if not (isinstance(family, str) and isinstance(given, str) and family and given):
                    continue
                if not _LATIN.search(family + given):
                    found.add(family + given)
    return sorted(found)


def family_first_names(items: list[CSLItem]) -> list[list[str]]:
    """``[given, family]`` of the names marked ``static-ordering`` (written family first:
    ``Kim Sung-soo``, and Korean names romanized from Hangul by ``citekit.lang.present``).
    citeproc-js keeps such a name family first in a style that puts given names first
    (OSCOLA footnotes); pandoc ignores the flag and prints ``Sung-soo Kim``, so citekit's
    Lua writer swaps ``given family`` back."""
    found: set[tuple[str, str]] = set()
    for item in items:
        for field in NAME_FIELDS:
            for name in item.get(field) or []:
                if not isinstance(name, dict) or not name.get("static-ordering"):
                    continue
                family, given = name.get("family"), name.get("given")
                whole = isinstance(family, str) and isinstance(given, str) and family and given
                if whole and " " not in given.strip() and " " not in family.strip():
                    found.add((given, family))
    return [list(pair) for pair in sorted(found)]


ET_AL_MIN = 4
"""Name lists this long shorten to their first name and ``and others`` (OSCOLA's et-al-min)."""


def _short_names(item: CSLItem) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The family names a short cite shows (the first only, for a list shortened with
    ``and others``) and the given names of the same people."""
    names = item.get("author") or item.get("editor") or []
    people = [n for n in names if isinstance(n, dict)]
    if not people or not all(isinstance(n.get("family"), str) for n in people):
        return None
    if len(people) >= ET_AL_MIN:
        people = people[:1] + [{"family": "\u2026 others"}]
    families = tuple(n["family"] for n in people)
    return families, tuple(str(n.get("given") or "") for n in people)


def name_clash_twins(items: list[CSLItem]) -> list[CSLItem]:
    """Uncited copies of items whose short cite names (``Kim``, ``Park, Lee and Choi``)
    are the same family names as another item's, belonging to different people.

    In a note style the short form ``Kim (n 3)`` cannot tell E Kim from S Kim, and
    citeproc-js then takes the style's ``disambiguate="true"`` branch (OSCOLA adds the
    title: ``Kim, ‘…’ (n 3)``); ``박 and 최 (n 38)`` and ``박 (n 12)`` do not clash.
    Pandoc's citeproc only does so when two cites render alike, so each such item gets
    an identical twin, cited once after all real citations: its first cite renders like
    the item's, pandoc finds them ambiguous and sets the condition. citekit's Lua writer
    drops the twins' citations (ids ``citekit-twin-*``).
    """
    shorts = [_short_names(item) for item in items]
    givens: dict[tuple[str, ...], set[tuple[str, ...]]] = {}
    for short in shorts:
        if short:
            givens.setdefault(short[0], set()).add(short[1])
    twins = []
    for item, short in zip(items, shorts, strict=True):
        if short and len(givens[short[0]]) > 1:
            twin = copy.copy(item)
            twin["id"] = TWIN_PREFIX + item["id"]
            twins.append(twin)
    return twins


NUMBER_JOINER = "\ue000"
"""Joins the words of one identifier in a number variable (``SI 2020/361``): pandoc's
citeproc reads any space as a list and pluralises the label (``Nos.``, ``§§``), while
the CSL specification (and citeproc-js) only counts numbers separated by ``,``, ``&``,
``and`` or a hyphen. citekit's Lua writer turns the joiner back into a space."""
NUMBER_FIELDS = ("number", "section", "volume", "issue", "collection-number", "chapter-number")
_NUMBER_LIST = rx.compile(r"[,&\-\u2013]|\band\b")


def join_identifiers(items: list[CSLItem]) -> list[CSLItem]:
    """Items as ``citekit.render`` hands them to pandoc, for its Lua writer to undo: the
    single-identifier number fields with their spaces joined (see above), and titles'
    own quotation marks hidden (``hide_title_quotes``)."""
    joined = []
    for item in items:
        quoted = [f for f in TITLE_FIELDS if isinstance(item.get(f), str) and _quoted(item[f])]
        if quoted:
            item = copy.copy(item)
            for field in quoted:
                item[field] = hide_title_quotes(item[field])
        fields = [
            f
            for f in NUMBER_FIELDS
            if isinstance(value := item.get(f), str)
            and " " in value.strip()
            and not _NUMBER_LIST.search(value)
        ]
        if fields:
            item = copy.copy(item)
            for field in fields:
                item[field] = re.sub(r"\s+", NUMBER_JOINER, item[field].strip())
        joined.append(item)
    return joined


def suffixes_without_periods(items: list[CSLItem]) -> list[CSLItem]:
    """Items whose name suffixes lose their periods (``Jr.`` → ``Jr``), as citeproc-js
    prints them in a style whose initials take no period (OSCOLA: no full stops in
    abbreviations)."""
    fixed = []
    for item in items:
        if any(
            isinstance(name, dict) and "." in str(name.get("suffix") or "")
            for field in NAME_FIELDS
            for name in item.get(field) or []
        ):
            item = copy.copy(item)
            for field in NAME_FIELDS:
                if isinstance(item.get(field), list):
                    item[field] = [
                        {**name, "suffix": name["suffix"].replace(".", "")}
                        if isinstance(name, dict) and isinstance(name.get("suffix"), str)
                        else name
                        for name in item[field]
                    ]
        fixed.append(item)
    return fixed


_INITIAL = rx.compile(r"(?:^|(?<=[\s.])|(?<=-)(?=[A-Z\u00c0-\u00de]))([^\s.\-])")
LEGAL_TYPES = frozenset({"legal_case", "legislation", "bill", "hearing", "regulation", "treaty"})
_FULL_NAME_FIELDS = frozenset({"recipient"})


def initial_letters(given: str) -> str:
    """``Jean-Paul`` → ``J-P``, ``Jae-won`` → ``J``, ``Martin Luther`` → ``M L``: a given
    name reduced to the initials a style prints (a hyphen starts an initial only before a
    capital, as in citeproc-js). Given names in unspaced scripts (Hangul) are kept."""
    if not _LATIN.search(given):
        return given
    initials = []
    for match in _INITIAL.finditer(given.strip()):
        joined = match.start() > 0 and given.strip()[match.start() - 1] == "-"
        initials.append(("-" if joined else " ") + match.group(1))
    return "".join(initials).strip()


def initialised_names(items: list[CSLItem]) -> list[CSLItem]:
    """Items whose Latin given names are reduced to their initials, for a style that
    prints nothing else (APA): pandoc's citeproc then sees ``Lee, J.`` (Jae-won) and
    ``Lee, J.`` (Ji-hoon) as the same name, as citeproc-js does, so both get the initials
    that tell them from ``Lee, M.`` (APA 7, 8.20) and sort by date, not by full given
    name. Legal items and letter recipients, which the style may print in full, keep
    theirs."""
    result = []
    for item in items:
        if item.get("type") not in LEGAL_TYPES:
            item = copy.copy(item)
            for field in NAME_FIELDS:
                names = item.get(field)
                if field in _FULL_NAME_FIELDS or not isinstance(names, list):
                    continue
                item[field] = [
                    {**name, "given": initial_letters(name["given"])}
                    if isinstance(name, dict) and isinstance(name.get("given"), str)
                    else name
                    for name in names
                ]
        result.append(item)
    return result
