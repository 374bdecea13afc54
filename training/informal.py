"""Informal reference forms no CSL style prints, written as templates over an item's fields.

A template is text with ``{field}`` slots; ``⟦…⟧`` is a part kept only when every slot in
it has a value. Slot values are written per item (names, dates, numbers in one of the
variants researchers use); literal text between slots is punctuation, labels and residue.
"""

from __future__ import annotations

import random
import re

from .facts import rows
from .forms import MONTHS, NAME_FORMS, date_text, name_text, romanise
from .labelled import Pieces, join_names

_SLOT = re.compile(r"\{([a-zA-Z-]+)\}")
_OPTIONAL = re.compile(r"⟦([^⟦⟧]*)⟧")



def templates() -> dict[str, list[str]]:
    """The templates of ``vocab/templates.tsv`` by CSL type."""
    out: dict[str, list[str]] = {}
    for kind, template in rows("templates.tsv"):
        out.setdefault(kind, []).append(template)
    return out


_COURTS_EN = {"대법원": "Supreme Court", "헌법재판소": "Constitutional Court",
              "서울고등법원": "Seoul High Court",
              "서울중앙지방법원": "Seoul Central District Court",
              "대전지방법원": "Daejeon District Court", "부산고등법원": "Busan High Court"}
_CODES_EN = {"다": "Da", "도": "Do", "두": "Du", "누": "Nu", "헌바": "Hun-Ba", "헌마": "Hun-Ma",
             "가합": "Gahap", "나": "Na", "노": "No"}
_ORDINAL = {2: "2nd", 3: "3rd", 4: "4th", 5: "5th"}


def _names(names: list[dict], rng: random.Random, *, joiner: str, last: str | None = None,
           form: str | None = None) -> str:
    form = form or rng.choice(NAME_FORMS)
    written = [name_text(n, form, rng, first=i == 0) for i, n in enumerate(names)]
    if len(written) > 1 and last is not None:
        return joiner.join(written[:-1]) + last + written[-1]
    return joiner.join(written)


def slots(it: dict, rng: random.Random) -> dict[str, tuple[str, str]]:
    """Every slot this item can fill: slot name -> (text, field)."""
    v: dict[str, tuple[str, str]] = {}
    lang = it["language"]
    for role in ("author", "editor", "translator"):
        names = it.get(role)
        if not names:
            continue
        native = all(n.get("script") in ("ko", "ja", "zh") or "literal" in n for n in names)
        if lang == "en" and not native:
            v[role] = (_names(names, rng, joiner=", ", last=rng.choice([", and ", " and ", ", & ",
                                                                           " & "])), role)
        elif native and names[0].get("script") == "ko":
            text = _names(names[:3], rng, joiner=rng.choice([", ", "·", ", ", " "]))
            if len(names) > 3:
                text += rng.choice([" 외", " 외 3인", " 등", " et al."])
            v[role] = (text, role)
        else:
            v[role] = (_names(names, rng, joiner=rng.choice([", ", "・", "、", ", "])), role)
        if role == "author":
            form = rng.choice(["inverted", "initials", "given"])
            v["author-and"] = (_names(names, rng, joiner=", ", last=" and ",
                                      form="given" if rng.random() < .7 else form), role)
            v["author-amp"] = (_names(names, rng, joiner=", ", last=", & ", form=form), role)
            if names[0].get("script") == "ko":
                v["author-and"] = (_names(names, rng, joiner=", ", last=rng.choice(
                    [" and ", ", ", " & "])), role)
                v["author-amp"] = (_names(names, rng, joiner=", ", last=", & "), role)
                first = names[0]
                rom = romanise(first)
                v["roman"] = (" ".join(rom["given"]) + " " + rom["family"], role)
                v["author"] = (name_text(first, "", rng), role) if rng.random() < .5 else v[role]
    for field in ("issued", "accessed"):
        parts = it.get(field)
        if not parts:
            continue
        full = parts + [rng.randint(1, 12), rng.randint(1, 28)][len(parts) - 1:] \
            if len(parts) < 3 else parts
        y, m, d = full
        v[f"{field}-y"] = (str(y), field)
        v[f"{field}-en"] = (rng.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{d} {MONTHS[m - 1]} {y}"]),
                            field)
        v[f"{field}-dmy"] = (f"{d} {MONTHS[m - 1]} {y}", field)
        v[f"{field}-us"] = (rng.choice([f"{m}/{d}/{y}", f"{MONTHS[m - 1]} {d}, {y}"]), field)
        v[f"{field}-ko"] = (rng.choice([f"{y}년 {m}월 {d}일", f"{y}. {m}. {d}."]), field)
        v[f"{field}-dots"] = (rng.choice([f"{y}.{m:02d}.{d:02d}", f"{y}. {m}. {d}.",
                                          f"{y}.{m}.{d}", f"{y}.{m:02d}.{d:02d}."]), field)
        v[f"{field}-slash"] = (f"{y}/{m:02d}/{d:02d}", field)
        v[f"{field}-ja"] = (f"{y}年{m}月{d}日", field)
        v[f"{field}-apa"] = (rng.choice([f"{y}, {MONTHS[m - 1]} {d}", date_text(full, rng, lang)]),
                             field)
    for field in ("title", "container-title", "collection-title", "publisher", "publisher-place",
                  "volume", "issue", "URL", "DOI", "genre", "number", "authority"):
        if it.get(field):
            v[field] = (it[field], field)
    if "title" in v and it["type"] == "article-newspaper" and rng.random() < 0.2:
        inner = rng.choice(["“{}”라고 말했다", "\"{}\"", "‘{}’", "'{}'"])
        v["title"] = (inner.format(it["title"].split(",")[0].strip('"“”')), "title")
    if it.get("page"):
        page = it["page"].replace("-", rng.choice(["-", "–", "-", "~"]))
        v["page"] = (page, "page")
        v["firstpage"] = (page.split("-")[0].split("–")[0].split("~")[0], "page")
    if it.get("edition"):
        v["edition-en"] = (_ORDINAL.get(int(it["edition"]), "2nd"), "edition")
    if rng.random() < 0.5:
        v["ISBN"] = (f"978-{rng.choice(['89', '4', '7', '0', '1'])}-{rng.randint(1000, 9999)}-"
                     f"{rng.randint(100, 999)}-{rng.randint(0, 9)}", "ISBN")
    if it.get("authority") in _COURTS_EN:
        v["authority-en"] = (_COURTS_EN[it["authority"]], "authority")
        number = it["number"]
        for code, roman in _CODES_EN.items():
            number = re.sub(rf"(?<=\d){code}(?=\d)", roman, number)
        v["number-en"] = (number, "number")
    return v


def fill(template: str, v: dict[str, tuple[str, str]]) -> Pieces | None:
    """The template with the item's slots, as labelled pieces (None: a slot is missing)."""
    template = _OPTIONAL.sub(
        lambda m: m.group(1) if all(s in v for s in _SLOT.findall(m.group(1))) else "", template)
    pieces: Pieces = []
    at = 0
    for slot in _SLOT.finditer(template):
        if slot.group(1) not in v:
            return None
        pieces.append((template[at:slot.start()], None))
        pieces.append(v[slot.group(1)])
        at = slot.end()
    pieces.append((template[at:], None))
    return join_names([p for p in pieces if p[0]])


_RESIDUE_BEFORE = ("[PDF] ", "☞ ", "- ", "1. ", "* ", "출처: ", "• ", "[1] ", "[HTML] ", "{n} ",
                   "{n}. ", "[{n}] ", "({n}) ")
_RESIDUE_AFTER = (" (KCI 우수등재)", " (KCI등재)", " [PDF]", " 바로가기", " [원문보기]",
                  " (제1저자)", " PDF", " 인용 12회", " *", " *†", " [Google Scholar]",
                  " [CrossRef]")


def roughen(pieces: Pieces, rng: random.Random) -> Pieces:
    """Copy-paste residue, doubled spaces, dropped final punctuation, straight quotes."""
    out = list(pieces)
    if rng.random() < 0.2:
        out.insert(0, (rng.choice(_RESIDUE_BEFORE).replace("{n}", str(rng.randint(1, 99))),
                       "note"))
    if rng.random() < 0.08:
        out.append((rng.choice(_RESIDUE_AFTER), "note"))
    if rng.random() < 0.2 and out[-1][1] is None and out[-1][0] in (".", ")."):
        out[-1] = (out[-1][0][:-1], None)
        out = [p for p in out if p[0]]
    if rng.random() < 0.1:
        out = [(t.replace(" ", "  ") if f is None else t, f) for t, f in out]
    if rng.random() < 0.15:
        table = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
        out = [(t.translate(table) if f is None else t, f) for t, f in out]
    return out


def informal_examples(rng: random.Random, count: int) -> list[tuple[Pieces, str]]:
    """``count`` informal examples (pieces, CSL type)."""
    from .facts import item as random_item

    out: list[tuple[Pieces, str]] = []
    index = 10_000_000
    while len(out) < count:
        it = random_item(rng, index)
        index += 1
        v = slots(it, rng)
        choices = templates()[it["type"]]
        for _ in range(4):
            pieces = fill(rng.choice(choices), v)
            if pieces:
                out.append((roughen(pieces, rng), it["type"]))
                break
    return out
