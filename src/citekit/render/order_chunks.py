"""Pandoc's bibliography order of many items from sort-key runs of bounded size.

Pandoc's memory grows with the items of a run, and one sort-key run (``order.key_run``)
holds every item. For many items citekit instead guesses the order, cuts the guess into
runs of at most ``KEY_CHUNK`` items, each sharing its last item with the next run, and
lets pandoc sort each run (its items in input order, so that ties break as in one run).
When every shared item comes out last in the run before it and first in the run after
it, each run's items sort between the shared items around them, so the runs' orders
joined are exactly pandoc's order of all the items, however rough the guess was.

The first guess comes from the items' names, years and titles; if a shared item is out
of place, the second comes from the key values the first runs printed, and two runs whose
shared item is still out of place are sorted again as one. Should that take a run of more
than twice ``KEY_CHUNK`` items, the caller makes one whole run.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from functools import partial

from .. import cores, rx
from ..model import CSLItem
from .dashes import LEAD_ROLES
from .styles import Style

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without importing typing
if TYPE_CHECKING:  # (empty_keys loads ElementTree: only renders of many items need it)
    from xml.etree.ElementTree import Element

    from .empty_keys import Analysis

KEY_CHUNK = 250
"""Most items per sort-key run: pandoc's memory grows with a run's items, and the
long-lived pandoc processes that serve many runs (``engine.run``) make small runs cheap."""
_KEY_MARK = rx.compile(r"\u00a7k[0-9]+\u00a7")
_SCRIPT_RANKS = (  # the Unicode collation's script order, roughly: enough for a guess
    (0x0000, 0x036F, 1),  # Latin (and digits, which sort first within it)
    (0x0370, 0x03FF, 2),  # Greek
    (0x0400, 0x052F, 3),  # Cyrillic
    (0x1100, 0x11FF, 5),  # Hangul jamo (NFKD splits syllables into them)
    (0x3040, 0x30FF, 6),  # kana
    (0x3400, 0x9FFF, 7),  # CJK ideographs
    (0xF900, 0xFAFF, 7),
    (0x20000, 0x3FFFF, 7),
)

_ASCII_WORD = rx.compile(r"[a-z0-9]+")
_MARKUP = rx.compile(r"<[^>]+>")
_LATIN = chr(1)  # the rank of Latin letters and digits in _SCRIPT_RANKS

KeyRun = Callable[[list[CSLItem]], tuple[list[str], dict[str, str]]]
Guess = tuple[str, ...]


def collation_guess(text: str) -> Guess:
    """A sort key that orders text roughly as pandoc's citeproc does: word by word
    (punctuation separates words, hyphens join them), case and accents ignored,
    scripts in the Unicode collation's order; markup (``<span class="nocase">``) left
    out, as pandoc reads it."""
    if "<" in text:
        text = _MARKUP.sub("", text)
    if text.isascii():  # most keys: what unicode_guess gives, much faster
        words = _ASCII_WORD.findall(text.replace("-", "").casefold())
        return tuple(_LATIN + _LATIN.join(word) for word in words)
    return unicode_guess(text)


def unicode_guess(text: str) -> Guess:
    """``collation_guess`` of any text."""
    folded = unicodedata.normalize("NFKD", text.replace("-", "")).casefold()
    words = "".join(
        ch if unicodedata.category(ch)[0] in "LN" else " "
        for ch in folded
        if unicodedata.category(ch) != "Mn"
    ).split()
    # each character as two: its script's rank, then itself (strings compare as the pairs)
    return tuple("".join(chr(_script_rank(ord(ch))) + ch for ch in word) for word in words)


def _script_rank(point: int) -> int:
    for low, high, rank in _SCRIPT_RANKS:
        if low <= point <= high:
            return rank
    return 4


def _lead(item: CSLItem, initials: bool) -> str:
    for role in LEAD_ROLES:
        names = item.get(role)
        if isinstance(names, list) and names:
            return " ".join(_name(name, initials) for name in names if isinstance(name, dict))
    return ""


def _name(name: dict, initials: bool) -> str:
    given = str(name.get("given") or "")
    if initials:
        from .order import initials_of

        given = initials_of(given)
    return " ".join((str(name.get("family") or ""), given, str(name.get("literal") or "")))


def item_guess(item: CSLItem, initials: bool = False) -> tuple:
    """The first guess at an item's place: lead names (else title; given names as
    initials where the style sorts on them), date, title."""
    issued = item.get("issued")
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    date = "".join(str(part).zfill(2) for part in parts[0][:3]) if parts and parts[0] else ""
    title = str(item.get("title") or "")
    return collation_guess(_lead(item, initials) or title), date, collation_guess(title)


def style_guess(style: Style) -> Callable[[CSLItem], tuple] | None:
    """A first guess that follows the style's own sort keys, where their macros allow:
    the fixed text a macro prints for the item's type (OSCOLA's secondary sources before
    its cases), a key that renders nothing after those that do (``empty_keys.py``),
    names, dates and titles read as ``item_guess`` reads them; None without a sort."""
    from .empty_keys import Analysis, fixed_text
    from .styles import CSL, _root

    root = _root(style.path)
    sort = root.find(f"{CSL}bibliography/{CSL}sort")
    if sort is None:
        return None
    analysis = Analysis({m.get("name") or "": m for m in root.iterfind(f"{CSL}macro")})
    particles = root.get("demote-non-dropping-particle") == "never"
    readers: dict[str, Callable[[CSLItem], str]] = {}  # a key used twice is read once
    keys = []
    for key in sort.iterfind(f"{CSL}key"):
        name = key.get("macro")
        if name:
            body = list(analysis.macros.get(name, []))
            reader = partial(_macro_text, analysis, body, fixed_text(analysis, body), particles)
        else:
            name = "variable " + (key.get("variable") or "")
            reader = partial(_variable_text, key.get("variable") or "")
        readers.setdefault(name, reader)
        keys.append(name)

    def guess(item: CSLItem) -> tuple:
        texts = {name: reader(item) for name, reader in readers.items()}
        # each text read once (a title can be a key and a name key's substitute); an
        # empty key after those that print something, as the key runs sort them
        guesses = {text: (0, collation_guess(text)) if text else (1, ()) for text in
                   set(texts.values())}
        return tuple(guesses[texts[name]] for name in keys)

    return guess


def _macro_text(analysis: Analysis, body: list[Element], fixed: bool, particles: bool,
                item: CSLItem) -> str:
    """A macro key's text, roughly."""
    from .empty_keys import _constant, rough_text

    if fixed:
        return _constant(analysis, body, item)
    return rough_text(analysis, body, item, particles=particles)


def _variable_text(name: str, item: CSLItem) -> str:
    """A variable key's text (a missing one sorts last in pandoc, as an empty guess does)."""
    from .empty_keys import plain_value

    return plain_value(item.get(name))


def keys_guess(printed: str, kinds: list[str]) -> tuple:
    """The second guess, from an item's printed keys, placed where pandoc puts empty
    keys: an empty macro key first, an empty variable last."""
    values = [value.strip() for value in _KEY_MARK.split(printed)[1:]]
    return tuple(
        ((kind == "macro") == bool(value), collation_guess(value))
        for value, kind in zip(values, kinds, strict=False)
    )


def run_starts(count: int, size: int) -> range:
    """Where the runs of ``count`` ordered items start: each run holds at most ``size``
    items and starts with the last item of the run before it (one run for one item)."""
    return range(0, max(1, count - 1), max(1, size - 1))


Run = tuple[list[CSLItem], list[str]]
"""A run's items (in input order) and pandoc's order of their ids."""


def in_place(left: list[str], right: list[str], shared: str) -> bool:
    """Whether the item two runs share comes last in the one and first in the other."""
    return bool(left) and bool(right) and left[-1] == shared and right[0] == shared


def joined(
    runs: list[Run], shared: list[str], rerun: Callable[[list[CSLItem]], list[str]], limit: int
) -> list[str] | None:
    """The runs' orders joined, once every shared item is in place. Two runs whose
    shared item is not are sorted again as one (``rerun``, in input order), if that
    holds at most ``limit`` items, and the boundary before them is checked again;
    None where a merge would be larger."""
    runs, shared = list(runs), list(shared)
    index = 0
    while index < len(shared):
        (left_items, left), (right_items, right) = runs[index], runs[index + 1]
        if in_place(left, right, shared[index]):
            index += 1
            continue
        seen = {item["id"] for item in left_items}
        merged = left_items + [item for item in right_items if item["id"] not in seen]
        if len(merged) > limit:
            return None
        runs[index : index + 2] = [(merged, rerun(merged))]
        del shared[index]
        index = max(0, index - 1)
    order = list(runs[0][1])
    for _, ids in runs[1:]:
        order.extend(ids[1:])
    return order


def sorted_in_runs(
    items: list[CSLItem],
    guess: Callable[[CSLItem], object],
    key_run: KeyRun,
    size: int,
    limit: int,
) -> tuple[list[str] | None, dict[str, str]]:
    """Pandoc's order of ``items`` if the runs along ``guess`` prove it (else None),
    and every item's printed keys. Runs that fail to join are merged up to ``limit``
    items (``joined``)."""
    rank = {item["id"]: index for index, item in enumerate(items)}

    def in_input_order(run: list[CSLItem]) -> list[CSLItem]:
        return sorted(run, key=lambda item: rank[item["id"]])

    keys: dict[str, str] = {}

    def rerun(run: list[CSLItem]) -> list[str]:
        ids, printed = key_run(in_input_order(run))
        keys.update(printed)
        return ids

    ordered = sorted(items, key=guess)
    starts = run_starts(len(ordered), size)
    runs = [in_input_order(ordered[start : start + size]) for start in starts]
    found = cores.map_threads(rerun, runs)
    shared = [ordered[start]["id"] for start in starts[1:]]
    return joined(list(zip(runs, found, strict=True)), shared, rerun, limit), keys


def bounded_order(
    items: list[CSLItem],
    key_run: KeyRun,
    kinds: list[str],
    size: int,
    initials: bool = False,
    *,
    again: bool = True,
    guess: Callable[[CSLItem], object] | None = None,
) -> tuple[list[str], dict[str, str]] | None:
    """Pandoc's order of ``items`` and their printed keys from runs of at most ``size``
    items (two runs merged where the guess was wrong across them), or None if neither
    guess is proven. Without ``again`` (runs that print no keys give nothing to guess
    from) the first guess is the only one, and its runs may merge up to twice ``size``.
    ``key_run`` is one sort-key run; ``kinds``, "macro" or "variable" for each key.
    ``guess``: the first guess (else ``item_guess``)."""
    first = guess or partial(item_guess, initials=initials)
    limit = size if again else 2 * size
    order, printed = sorted_in_runs(items, first, key_run, size, limit=limit)
    if order is None and again and len(printed) == len(items):
        by_keys = {ident: keys_guess(text, kinds) for ident, text in printed.items()}
        order, printed = sorted_in_runs(
            items, lambda item: by_keys[item["id"]], key_run, size, limit=2 * size
        )
    return (order, printed) if order is not None else None


def style_key_run(style: Style, locale: str | None, text: str | None = None) -> KeyRun:
    """One sort-key run of ``style`` (its key style, or the style ``text``) over the
    items given, each cited once."""
    from .order import key_run

    return lambda items: key_run(items, style, None, locale, text)
