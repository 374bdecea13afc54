"""Seeded generators of hostile inputs, shared by the fast fuzz tests and ``benchmarks/fuzz.py``.

Three families: reference strings for the parser (digits of every script, brackets,
legal forms, markup), malformed structured files per reader (CSL-JSON, CSL-YAML,
BibTeX, RIS: wrong types, huge numbers, NaN, surrogates, deep nesting, alias bombs,
byte-level damage), and mutated texts of any kind for ``citekit.read``. Every generator
takes a ``random.Random``, so a seed reproduces a case exactly.
"""

from __future__ import annotations

import json
import random

# Digits that are not ASCII: fullwidth, Arabic-Indic, Devanagari, Thai, mathematical
# (all decimal), and superscripts, subscripts, circled and Roman numerals (not decimal,
# though ``str.isdigit`` says so for most of them).
FOREIGN_DIGITS = (
    "０１２３４５６７８９", "٠١٢٣٤٥٦٧٨٩", "०१२३४५६७८९", "๐๑๒๓๔๕๖๗๘๙", "𝟎𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖𝟗",
    "𝟶𝟷𝟸𝟹𝟺𝟻𝟼𝟽𝟾𝟿", "⁰¹²³⁴⁵⁶⁷⁸⁹", "₀₁₂₃₄₅₆₇₈₉", "①②③④⑤⑥⑦⑧⑨", "ⅠⅡⅢⅣⅤ", "¼½¾",
)
TOKENS = (
    "Smith, J. ", "Hong Gil-dong", "홍길동", "김철수 외", "et al. ", "and ", "& ", "(ed.) ",
    "(2020). ", "2020. ", "[2020] ", "(2020) ", "2023. 2. 7. ", "February 7, 2023", "7 Feb 2023",
    "2023년 2월 7일", "令和5年", "Title of a Work. ", "「제목」", "『책』", "《신문》", "“Quoted”, ",
    "Journal of Things ", "vol. ", "no. ", "pp. ", "p. ", "12(3), ", "45–67. ", ": 1-2", " v ",
    "AC ", "UKSC ", "EWCA Civ ", "[2001] ", "Act 1998, ", "s 3", "art 8", "제2조", "대법원 ",
    "선고 ", "판결", "헌법재판소 ", "UN Doc A/RES/", "S/RES/", "http://", "https://example.org/",
    "doi:10.", "10.1234/abc", "accessed ", "검색일: ", "retrieved ", "<i>", "</i>", "<b>",
    "&amp;", "\\emph{", "}", "{", "$", "London: ", "Press", "서울: ", "박영사", ", ", ". ", "; ",
    ": ", "(", ")", "[", "]", "\"", "'", "“", "”", "‘", "’", "«", "»", "-", "–", "—", "/",
    "?", "!", "%", "#", "*", "\t", " ", "  ", "\u00a0", "\u200b", "\u00ad", "\ufeff",
    "\u0301", "ㄱ", "ᄀ", "ᅡ", "é", "İ", "ß", "Ω", "漢", "か", "カ", "ー", "\ud800", "\udfff",
)


def digit_run(rng: random.Random, length: int | None = None) -> str:
    """A run of digits, mixing scripts (or one script) at random."""
    length = length or rng.randint(1, 6)
    scripts = [rng.choice(FOREIGN_DIGITS + ("0123456789",) * 3)]
    if rng.random() < 0.3:
        scripts.append(rng.choice(FOREIGN_DIGITS))
    return "".join(rng.choice(rng.choice(scripts)) for _ in range(length))


def parser_string(rng: random.Random) -> str:
    """One hostile reference string (up to a few hundred characters, now and then longer)."""
    pieces = []
    for _ in range(rng.randint(1, 40)):
        roll = rng.random()
        if roll < 0.25:
            pieces.append(digit_run(rng))
        elif roll < 0.3:
            pieces.append(chr(rng.randint(0x20, 0x2FFFF)))
        else:
            pieces.append(rng.choice(TOKENS))
    text = "".join(pieces)
    if rng.random() < 0.02:
        text = text * rng.randint(10, 60)
    return text


# Values that break a reader or a renderer when they sit where another type is expected.
HOSTILE_VALUES: tuple[object, ...] = (
    None, True, False, 0, -1, 1.5, 9.0, 1e308, -1e308, float("nan"), float("inf"),
    10**25, "", " ", "x" * 3000, [], {}, [[]], [None], [1.5], [{}], {"a": []}, {"date-parts": 5},
    {"date-parts": [[10**20]]}, {"date-parts": [["abc"]]}, {"date-parts": [[2020.5]]},
    {"date-parts": [[2020, 99, 99]]}, {"date-parts": [[]]}, {"date-parts": []},
    {"raw": 5}, {"literal": []}, [{"family": 1.5}], [{"family": None}], [{"given": []}],
    ["Hong J"], "Hong J", "2023-02-30", "2023-13-45", "²⁰²⁰", "２０２３-０２-０７", "x\ud800y",
    "\udfff", {"custom": 1}, [[[[[]]]]], "<b>bold", "{\\emph{x}}",
)
CSL_FIELDS = (
    "id", "type", "title", "TITLE", "Title", "container-title", "author", "editor", "issued",
    "accessed", "ISSUED", "page", "volume", "issue", "number", "edition", "URL", "DOI",
    "language", "note", "custom", "publisher", "genre", "citation-key", "unknown-field",
    "event-date", "original-date", "collection-number",
)
GOOD_ITEM = {
    "id": "good", "type": "article-journal", "title": "A good title",
    "author": [{"family": "Hong", "given": "Gil-dong"}], "issued": {"date-parts": [[2020, 5]]},
    "container-title": "Journal", "volume": "3", "page": "1-10",
}


def _bad_item(rng: random.Random, number: int) -> dict:
    item: dict = {"id": f"x{number}", "type": "book", "title": f"Item {number}"}
    for _ in range(rng.randint(1, 4)):
        item[rng.choice(CSL_FIELDS)] = rng.choice(HOSTILE_VALUES)
    if rng.random() < 0.2:
        item["id"] = rng.choice((None, "", "dup", "dup", 5, "item1", "item2", True, 1.5))
    return item


def _deep(depth: int) -> object:
    value: object = "x"
    for _ in range(depth):
        value = [value]
    return value


def csl_json_file(rng: random.Random) -> str:
    """A malformed CSL-JSON file (the last item is always a good one)."""
    items = [_bad_item(rng, n) for n in range(rng.randint(1, 4))] + [dict(GOOD_ITEM)]
    if rng.random() < 0.1:
        items[0]["note"] = _deep(rng.choice((40, 200, 5000)))
    try:
        text = json.dumps(items, ensure_ascii=rng.random() < 0.5)
    except (ValueError, RecursionError):
        text = json.dumps([GOOD_ITEM])
    roll = rng.random()
    if roll < 0.05:
        text = text.replace("1e+308", "1" + "9" * rng.choice((400, 4301, 5000)))
        text = text.replace('"Item 0"', "9" * rng.choice((4300, 4301, 6000)))
    elif roll < 0.1:
        text = "[" * rng.choice((100, 5000, 100000))
    return _damage(rng, text) if rng.random() < 0.15 else text


def _yaml_scalar(value: object) -> str:
    if isinstance(value, float) and value != value:
        return ".nan"
    if isinstance(value, str):
        return json.dumps(value)
    return json.dumps(value, allow_nan=True).replace("Infinity", ".inf").replace("NaN", ".nan")


YAML_SNIPPETS = (
    "accessed: 2023-02-30", "accessed: 2023-02-07", "issued: 2023-13-01", "issued: 99999-01-01",
    "title: !!binary aGVsbG8=", "author: &x [*x]", "author: &x {a: *x}", "accessed: [{year: abc}]",
    "accessed: [{year: 2020, month: x}]", "issued: [{}]", "issued: []", "id: null", "id: ~",
    "id: ''", "id: 5", "id: 1.5", "id: [1]", "id: {a: 1}", "title: .nan", "volume: .inf",
    "page: 1.5", "title: !!set {a, b}", "title: !!omap [a: 1]", "title: !!float abc",
    "volume: 0x1F", "volume: 0o17", "volume: 1_000", "volume: " + "9" * 4301, "? [a]\n  : b",
    "title: !custom x", "title: |\n    multi\n    line", "title: >-\n    folded", "title: '\\ud800'",
    'title: "\\ud800"', "title: \"\\x00\"", "<<: {title: merged}", "title: &t x\n  note: *t",
)


def csl_yaml_file(rng: random.Random) -> str:
    """A malformed CSL-YAML file (``references:`` list, now and then front matter)."""
    lines = ["references:"]
    for number in range(rng.randint(1, 4)):
        lines.append(f"- id: x{number}")
        lines.append("  type: book")
        for _ in range(rng.randint(1, 3)):
            if rng.random() < 0.6:
                snippet = rng.choice(YAML_SNIPPETS)
            else:
                snippet = f"{rng.choice(CSL_FIELDS)}: {_yaml_scalar(rng.choice(HOSTILE_VALUES))}"
            lines.append("  " + snippet.replace("\n", "\n  "))
    lines += ["- id: good", "  type: book", "  title: A good title"]
    text = "\n".join(lines) + "\n"
    roll = rng.random()
    if roll < 0.05:
        text = laughs(rng.randint(6, 9)) + text
    elif roll < 0.1:
        text = "---\n" + text + "---\n\nBody text.\n"
    elif roll < 0.13:
        text = "references:\n- title: " + "[" * rng.choice((100, 2000, 50000)) + "\n"
    return _damage(rng, text) if rng.random() < 0.15 else text


def laughs(levels: int = 9) -> str:
    """A "billion laughs" CSL-YAML head: each level holds nine aliases of the one before."""
    lines = ["references:", '- id: lol', '  title: &l0 ["lol","lol","lol","lol","lol","lol"]']
    for level in range(1, levels + 1):
        lines.append(f"  note{level}: &l{level} [" + ",".join([f"*l{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


BIB_VALUES = (
    "{²⁰²⁰}", "{２０２０}", "{2020}", "2020", "{-}", "{99999999999999999999}", "{0}", "{}",
    "{\\emph{x}}", "{" + "{" * 200 + "x" + "}" * 200 + "}", "{" + "\\textbf{" * 300 + "x" + "}" * 301,
    "{\\\"o}", "{\\c{c}}", "{$x^2$}", "{$$}", "{\\}", "{\\unknowncommand}", "{x % comment}",
    "\"quoted {nested} value\"", "{Feb}", "{13}", "{32}", "{mar}", "{\\ud800}", "{\ud800}", "{a # b}",
    "{Hong, J and Kim, Y and }", "{and and and}", "{{Org, Inc.}}", "{von der Hong, Jr., J}",
)
BIB_FIELDS = ("title", "year", "month", "day", "date", "author", "editor", "journal", "pages",
              "volume", "number", "urldate", "doi", "url", "crossref", "booktitle", "edition")


def bibtex_file(rng: random.Random) -> str:
    """A malformed BibTeX/BibLaTeX file (the last entry is always a good one)."""
    entries = []
    for number in range(rng.randint(1, 4)):
        key = rng.choice((f"k{number}", "", "dup", "dup", "a b", "ü", "1"))
        kind = rng.choice(("article", "book", "misc", "inproceedings", "unknowntype", ""))
        fields = [f"  {rng.choice(BIB_FIELDS)} = {rng.choice(BIB_VALUES)}"
                  for _ in range(rng.randint(1, 5))]
        entries.append(f"@{kind}{{{key},\n" + ",\n".join(fields) + "\n}\n")
    entries.append("@article{good,\n  title = {A good title},\n  author = {Hong, Gil-dong},\n"
                   "  journal = {Journal},\n  year = {2020}\n}\n")
    text = "\n".join(entries)
    if rng.random() < 0.05:
        text = "@string{s = {x}}\n@article{deep, title = " + "{" * 5000 + "\n" + text
    return _damage(rng, text) if rng.random() < 0.15 else text


RIS_TAGS = ("TY", "AU", "A1", "TI", "T1", "PY", "Y1", "DA", "SP", "EP", "VL", "IS", "JO", "T2",
            "DO", "UR", "ID", "N1", "KW", "ER", "XX", "  ", "Y2")
RIS_VALUES = ("JOUR", "BOOK", "NONSENSE", "", "2020", "2020/02/30", "²⁰²⁰", "２０２０", "99999",
              "2020///", "-", "Hong, J", "x" * 3000, "\ud800", "1.5", "NaN", "10.1/x", "1" * 5000)


def ris_file(rng: random.Random) -> str:
    """A malformed RIS file (the last record is always a good one)."""
    records = []
    for _ in range(rng.randint(1, 4)):
        lines = [f"TY  - {rng.choice(('JOUR', 'BOOK', 'GEN', 'NONSENSE', ''))}"]
        for _ in range(rng.randint(1, 6)):
            lines.append(f"{rng.choice(RIS_TAGS)}  - {rng.choice(RIS_VALUES)}")
        if rng.random() < 0.8:
            lines.append("ER  - ")
        records.append("\n".join(lines))
    records.append("TY  - JOUR\nTI  - A good title\nAU  - Hong, Gil-dong\nPY  - 2020\nER  - ")
    text = "\n".join(records) + "\n"
    return _damage(rng, text) if rng.random() < 0.15 else text


READERS = {
    "csl-json": csl_json_file,
    "csl-yaml": csl_yaml_file,
    "bibtex": bibtex_file,
    "ris": ris_file,
}


def _damage(rng: random.Random, text: str) -> str:
    """Byte-level damage: cut, duplicate, delete or insert a slice, or swap characters."""
    if not text:
        return text
    for _ in range(rng.randint(1, 3)):
        if not text:
            break
        at = rng.randrange(len(text))
        roll = rng.random()
        if roll < 0.25:
            text = text[:at]
        elif roll < 0.5:
            text = text[:at] + text[at:at + rng.randint(1, 80)] * rng.randint(2, 5) + text[at:]
        elif roll < 0.75:
            text = text[:at] + text[at + rng.randint(1, 40):]
        else:
            text = text[:at] + rng.choice(TOKENS + ("\x00", "\x1b", "\r", "\n- ", ": ", "@")) + text[at:]
    return text or "x"


def mutated_text(rng: random.Random) -> str:
    """Any text a user might feed ``citekit.read``: a damaged file of any format or a list."""
    roll = rng.random()
    if roll < 0.6:
        text = rng.choice(list(READERS.values()))(rng)
    else:
        text = "\n".join(parser_string(rng) for _ in range(rng.randint(1, 8)))
    return _damage(rng, text)


# What every item written as CSL-JSON must be, checked without the schema (so always).
_DATE_FIELDS = ("accessed", "available-date", "event-date", "issued", "original-date",
                "submitted")


def csl_json_problems(text: str) -> list[str]:
    """Why ``text`` is not valid CSL-JSON output (empty when it is): strict JSON (no NaN),
    UTF-8 encodable, a list of objects with unique non-empty text ids and a text type, names
    as lists of objects of text, date-parts as whole numbers."""
    def refuse(constant: str) -> None:
        raise ValueError(f"{constant} is not JSON")

    try:
        text.encode("utf-8")
        data = json.loads(text, parse_constant=refuse)
    except ValueError as exc:
        return [f"not strict JSON / UTF-8: {exc}"]
    if not isinstance(data, list):
        return ["not a list"]
    found: list[str] = []
    ids: set[str] = set()
    for number, item in enumerate(data, start=1):
        if not isinstance(item, dict):
            found.append(f"item {number} is not an object")
            continue
        given = item.get("id")
        if not isinstance(given, str) or not given.strip():
            found.append(f"item {number}: id {given!r}")
        elif given in ids:
            found.append(f"item {number}: duplicate id {given!r}")
        ids.add(str(given))
        if not isinstance(item.get("type"), str):
            found.append(f"item {number}: type {item.get('type')!r}")
        for field, value in item.items():
            if isinstance(value, float):
                found.append(f"item {number}: {field} is a fraction {value!r}")
            if field in ("author", "editor", "translator") and not (
                isinstance(value, list)
                and all(isinstance(n, dict) and all(isinstance(p, (str, bool)) for p in n.values())
                        for n in value)):
                found.append(f"item {number}: {field} is not a list of names")
            if field.lower() in _DATE_FIELDS and isinstance(value, dict) and "date-parts" in value:
                parts = value["date-parts"]
                if not (isinstance(parts, list) and all(
                        isinstance(row, list) and all(
                            isinstance(p, int) and not isinstance(p, bool)
                            or isinstance(p, str) and p.lstrip("-").isascii()
                            and p.lstrip("-").isdigit() for p in row) for row in parts)):
                    found.append(f"item {number}: {field} date-parts {parts!r}")
    return found
