"""Bibliography order: empty sort keys last, as the CSL specification (and citeproc-js) says.

Pandoc's citeproc sorts a macro sort key that renders empty *before* every value (in
OSCOLA, cases and legislation, whose author key is empty, come before treaties). citekit
renders each item's sort keys once more with a copy of the style whose bibliography
layout prints just the keys, then moves, within each run of entries that agree on the
earlier keys, the entries whose key is empty after the others. Only equality and
emptiness are used, so pandoc's own collation of the values is kept, except that the
key run sees names and titles without punctuation: citeproc-js collates with
punctuation ignored (``OECD``, ``Office for National Statistics``, ``O'Neill``), pandoc
puts ``O'Neill`` first.
"""

from __future__ import annotations

import copy
import re
import unicodedata
from functools import partial
from pathlib import Path

from .. import rx
from .prepare import initial_letters
from .styles import Style, global_initials, style_text

_SORT = rx.compile(r"<bibliography\b[^>]*>.*?<sort>(.*?)</sort>", re.S)
_KEY = rx.compile(r"<key\b([^>]*)/?>")
_LAYOUT = rx.compile(r"(<bibliography\b.*?)<layout\b[^>]*>.*?</layout>", re.S)
_CITATION_LAYOUT = rx.compile(r"(<citation\b.*?)<layout\b[^>]*>.*?</layout>", re.S)
_DISAMBIGUATION_ATTR = rx.compile(
    r"\s(?:disambiguate-add-[a-z-]+|givenname-disambiguation-rule|subsequent-author-substitute"
    r'(?:-rule)?)="[^"]*"'
)
DATE_VARIABLES = {"issued", "accessed", "event-date", "original-date", "submitted"}
MARK = "\u00a7k{}\u00a7"
_TRIVIAL_LAYOUT = '<layout><text value="k"/></layout>'
_EMPTY_KEYS_CODE = str(Path(__file__).with_name("empty_keys.py"))
"""The module that writes a quiet key style's sort (not imported unless needed)."""


def sort_keys(style: Style) -> list[tuple[str, str]]:
    """The bibliography's sort keys as ("macro"|"variable", name), in order."""
    found = _SORT.search(style_text(style))
    if not found:
        return []
    keys = []
    for attributes in _KEY.findall(found.group(1)):
        macro = re.search(r'macro="([^"]+)"', attributes)
        variable = re.search(r'variable="([^"]+)"', attributes)
        if macro:
            keys.append(("macro", macro.group(1)))
        elif variable:
            keys.append(("variable", variable.group(1)))
    return keys


def needs_fixing(style: Style) -> bool:
    """Whether any bibliography sort key is a macro (which pandoc may render empty)."""
    return any(kind == "macro" for kind, _ in sort_keys(style))


def _key_element(kind: str, name: str) -> str:
    if kind == "macro":
        return f'<text macro="{name}"/>'
    if name in DATE_VARIABLES:  # year-month-day: the printed keys sort as the dates do
        return f'<date variable="{name}" delimiter="-">{_DATE_PARTS}</date>'
    return f'<text variable="{name}"/>'


_DATE_PARTS = (
    '<date-part name="year"/><date-part name="month" form="numeric-leading-zeros"/>'
    '<date-part name="day" form="numeric-leading-zeros"/>'
)
ENTRY_MARK = "\u00a7id\u00a7"
END_MARK = "\u00a7end\u00a7"
_ENTRY = rx.compile(ENTRY_MARK + r"(.*?)" + MARK.format(0) + r"(.*?)" + END_MARK, re.S)


_IDS_LAYOUT = '<layout><text variable="id"/></layout>'
"""The layout of a key style that sorts empty keys last itself: each entry's id alone,
one paragraph each (citekit's own ids hold no spaces); a fifth cheaper than marked keys."""


def _keys_layout(style: Style) -> str:
    """Each entry as ``§id§ID§k0§key0§k1§key1…§end§``."""
    return (
        f'<layout><text value="{ENTRY_MARK}"/><text variable="id"/>'
        + "".join(
            f'<text value="{MARK.format(index)}"/>{_key_element(kind, name)}'
            for index, (kind, name) in enumerate(sort_keys(style))
        )
        + f'<text value="{END_MARK}"/></layout>'
    )


def key_text(style: Style, *, quiet: bool = False) -> str | None:
    """The text of a copy of ``style`` whose bibliography entries are its sort keys
    between markers (no disambiguation, a one-word citation layout: only the
    bibliography is read). ``quiet``: entries that print only their ids, the copy
    sorting empty macro keys last itself (``empty_keys.py``), or None where it cannot.
    Kept per machine (``citekit.derived``): a few milliseconds a render, for few items."""
    from .. import derived

    build = partial(_key_text, style, quiet=quiet)
    kind = "quiet-keys" if quiet else "keys"
    return derived.from_file(kind, style.path, (__file__, _EMPTY_KEYS_CODE), build)


def _key_text(style: Style, *, quiet: bool) -> str | None:
    text = style_text(style)
    layout = _keys_layout(style)
    if quiet:
        from .empty_keys import empty_last
        from .styles import _root, serialized

        root = copy.deepcopy(_root(style.path))
        if not empty_last(root):
            return None
        text = serialized(root).decode("utf-8")
        layout = _IDS_LAYOUT
    text = _LAYOUT.sub(lambda m: m.group(1) + layout, text, 1)
    text = _CITATION_LAYOUT.sub(lambda m: m.group(1) + _TRIVIAL_LAYOUT, text, 1)
    return unused_macros_dropped(_DISAMBIGUATION_ATTR.sub("", text))


def unused_macros_dropped(text: str) -> str:
    """The style ``text`` without the macros nothing calls: pandoc's citeproc takes longer
    over each item the more macros a style has (a key run of 250 OSCOLA items, 27 of its
    34 macros unused: a tenth longer)."""
    from xml.etree import ElementTree

    from .styles import CSL, serialized

    root = ElementTree.fromstring(text.encode("utf-8"))
    macros = {macro.get("name"): macro for macro in root.iterfind(f"{CSL}macro")}
    used: set[str] = set()
    pending = [element for element in root if element.tag != f"{CSL}macro"]
    while pending:
        for element in pending.pop().iter():
            name = element.get("macro")
            if name in macros and name not in used:
                used.add(name)
                pending.append(macros[name])
    for name, macro in macros.items():
        if name not in used:
            root.remove(macro)
    return serialized(root).decode("utf-8")


def key_style(style: Style, folder: Path, text: str | None = None) -> Style:
    """A copy of ``style`` with the text ``key_text`` gives (or ``text``)."""
    path = folder / f"keys-{style.path.name}"
    path.write_text(text or key_text(style) or "", encoding="utf-8")
    return Style(id=style.id, path=path, note=style.note, locale=style.locale)


def parse_keys(text: str, count: int) -> list[str]:
    """The key values from one entry of the key style's output."""
    values = re.split(r"\u00a7k[0-9]+\u00a7", text)[1:]
    values = [value.strip() for value in values]
    return (values + [""] * count)[:count]


def empty_keys_last(ids: list[str], keys: dict[str, list[str]], kinds: list[str]) -> list[str]:
    """``ids`` (pandoc's order) with empty macro keys moved after their peers, key by key."""

    def value(ident: str, level: int) -> str:
        values = keys.get(ident)
        return values[level] if values and level < len(values) else ""

    def arrange(block: list[str], level: int) -> list[str]:
        if level >= len(kinds) or len(block) < 2:
            return block
        runs: list[list[str]] = []
        for ident in block:
            if runs and value(runs[-1][0], level) == value(ident, level):
                runs[-1].append(ident)
            else:
                runs.append([ident])
        if kinds[level] == "macro":
            runs = [r for r in runs if value(r[0], level)] + [
                r for r in runs if not value(r[0], level)
            ]
        return [ident for run in runs for ident in arrange(run, level + 1)]

    return arrange(list(ids), 0)


_TAG = rx.compile(r"<[^>]+>")
_LATIN = rx.compile(r"[A-Za-z\u00c0-\u024f]")
COLLATED_FIELDS = ("title", "container-title", "collection-title", "title-short")
NAME_PARTS = ("family", "given", "literal", "non-dropping-particle", "dropping-particle")


def _letters(text: str) -> str:
    """``text`` without markup and punctuation (what citeproc-js's collation compares; it
    keeps spaces: ``Smith v Jones`` before ``Smith-Jones``); the text itself if nothing
    would be left."""
    bare = "".join(ch for ch in _TAG.sub("", text) if unicodedata.category(ch)[0] != "P")
    return bare or text


def initials_of(given: str) -> str:
    """``Jean-Paul`` → ``J P``, ``Soo-jin`` → ``S``: the letters a style's initialised sort
    key keeps (``prepare.initial_letters``, with hyphens as spaces)."""
    if not _LATIN.search(given):
        return given
    return initial_letters(given).replace("-", " ").strip()


def collation_copies(items: list, *, initials: bool = False) -> list:
    """Copies of ``items`` whose titles and name parts are reduced to ``_letters``;
    with ``initials``, given names become initials, as a style that initialises them
    renders its name sort key (citeproc-js sorts on that key: ``Kim, S.`` 2020 before
    ``Kim, S.`` 2023, whatever the full given names; pandoc sorts on the full names)."""
    from ..model import NAME_FIELDS

    copies = []
    for item in items:
        item = copy.copy(item)
        for field in COLLATED_FIELDS:
            if isinstance(item.get(field), str):
                item[field] = _letters(item[field])
        for field in NAME_FIELDS:
            if isinstance(item.get(field), list):
                item[field] = [
                    {
                        k: _letters(initials_of(v) if initials and k == "given" else v)
                        if k in NAME_PARTS and isinstance(v, str)
                        else v
                        for k, v in name.items()
                    }
                    if isinstance(name, dict)
                    else name
                    for name in item[field]
                ]
        copies.append(item)
    return copies


_CONDITION_VARIABLES = ("variable", "is-numeric", "is-uncertain-date")
ALWAYS_KEPT = frozenset({"id", "type", "language", "note"})
"""Item fields the key run keeps whatever the keys use: the id, the type (conditions),
the language (pandoc title-cases English items only) and the note (which pandoc's
citeproc reads for extra variables)."""
_SHORT_ALIASES = {"title": ("shortTitle",), "container-title": ("journalAbbreviation",)}


def sort_variables(style: Style) -> frozenset[str]:
    """Every CSL variable the bibliography's sort keys can read: those named by the keys
    and by the macros they call, transitively (text, names with their substitutes, dates,
    numbers, labels, conditions), with each one's short form."""
    from .styles import CSL, _root

    root = _root(style.path)
    macros = {m.get("name"): m for m in root.iterfind(f"{CSL}macro")}
    sort = root.find(f"{CSL}bibliography/{CSL}sort")
    found: set[str] = set()
    pending = list(sort) if sort is not None else []
    seen: set[str] = set()
    while pending:
        node = pending.pop()
        for element in node.iter():
            if not isinstance(element.tag, str):
                continue
            for attribute in ("variable", *_CONDITION_VARIABLES):
                found.update((element.get(attribute) or "").split())
            name = element.get("macro")
            if name and name not in seen and name in macros:
                seen.add(name)
                pending.append(macros[name])
    for name in list(found):
        found.add(f"{name}-short")
        found.update(_SHORT_ALIASES.get(name, ()))
    return frozenset(found)


def key_fields(items: list, style: Style) -> list:
    """Copies of ``items`` with only the fields the sort keys can read: the key run's
    output is the same and pandoc reads and holds less."""
    kept = sort_variables(style) | ALWAYS_KEPT
    return [{k: v for k, v in item.items() if k in kept} for item in items]


def initials_sorted(style: Style) -> bool:
    """Whether the style initialises every given name (a global ``initialize-with``), and
    so sorts its bibliography on initials."""
    return global_initials(style) is not None


def fixed_order(items: list, style: Style, body: str | None, locale: str | None) -> list[str]:
    """The bibliography's ids in pandoc's order with empty macro keys moved last (just
    pandoc's order for a style without macro keys).

    A pandoc run with the key style: its entries come in pandoc's sort order (same keys,
    same registration) and carry each item's key values. Many items cited once each
    (``body`` None) are sorted in runs of bounded size instead (``order_chunks.py``).
    """
    from .order_chunks import KEY_CHUNK, bounded_order, style_guess, style_key_run

    if body is None and len(items) > KEY_CHUNK:
        kinds = [kind for kind, _ in sort_keys(style)]
        initials = initials_sorted(style)
        quiet = key_text(style, quiet=True)
        if quiet:  # pandoc's order is the order: no keys to print, one guess, the style's
            run = style_key_run(style, locale, quiet)
            guess = style_guess(style)
            found = bounded_order(
                items, run, kinds, KEY_CHUNK, initials, again=False, guess=guess
            )
            if found is not None:
                return found[0]
        run = style_key_run(style, locale)
        found = bounded_order(items, run, kinds, KEY_CHUNK, initials)
        if found is not None:
            return order_from_keys(style, *found)
    return order_from_keys(style, *key_run(items, style, body, locale))


def key_run(
    items: list, style: Style, body: str | None, locale: str | None, text: str | None = None
) -> tuple[list[str], dict[str, str]]:
    """One pandoc run of the key style (or of the style ``text``, ``key_text``) over
    ``items``: their ids in pandoc's order and each one's printed keys (none from a quiet
    key style, whose entries are their ids). Pandoc's own plain writer prints them (each
    entry marked with its id), which costs about a third less than citekit's Lua writer."""
    import tempfile

    from .pandoc import items_json, markdown_document, plain_run

    with tempfile.TemporaryDirectory(prefix="citekit-keys-") as folder:
        keyed = key_style(style, Path(folder), text)
        refs = Path(folder) / "items.json"
        copies = collation_copies(key_fields(items, style), initials=initials_sorted(style))
        refs.write_text(items_json(copies), encoding="utf-8")
        header: dict = {"nocite": "@*"} if body is None else {}
        if locale or style.locale:
            header["lang"] = locale or style.locale
        done = plain_run("markdown", refs, keyed.path, markdown_document(header, body), keyed)
    printed = done.stdout.decode("utf-8")
    if ENTRY_MARK not in printed:  # a quiet key style: each entry is an id
        return printed.split(), {}
    found = _ENTRY.findall(printed)
    return [ident for ident, _ in found], {ident: MARK.format(0) + keys for ident, keys in found}


def order_from_keys(style: Style, ids: list[str], texts: dict[str, str]) -> list[str]:
    """The fixed order from pandoc's order ``ids`` and each item's printed keys."""
    kinds = [kind for kind, _ in sort_keys(style)]
    keys = {ident: parse_keys(text, len(kinds)) for ident, text in texts.items()}
    return empty_keys_last(ids, keys, kinds)


def reorder(result: dict, order: list[str]) -> dict:
    """The writer's result with its entries in ``order`` (ids not in it keep their place
    at the end)."""
    rank = {ident: index for index, ident in enumerate(order)}
    entries = sorted(result["entries"], key=lambda e: rank.get(e["ids"][0], len(rank)))
    return {**result, "entries": entries}
