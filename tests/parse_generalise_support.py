"""Compare parsed items with hand-labelled expectations the way the dev scorer does.

Expectations are written compactly: ``author`` as ``"Family|G; Other|H"`` (``=Name`` for a
literal), dates as a year or ``[y, m, d]``. Only the scorer's main fields are compared, each
normalised as ``../shared/parse-dev/README.md`` ("How the scorer compares") describes.

Run ``python tests/parse_generalise_support.py [en|ko|heldout|fresh|humanities|cs] [-v]`` for per-field accuracy
over the ``test_parse_generalise_*`` cases (``-v`` lists the wrong fields).
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from pathlib import Path
from urllib.parse import unquote

import pytest

from citekit.parse import parse_reference

FIELDS = (
    "author",
    "title",
    "container-title",
    "issued",
    "issued-date",
    "volume",
    "issue",
    "page",
    "publisher",
    "URL",
    "DOI",
    "type",
    "accessed",
)
PARTICLES = {
    "van",
    "von",
    "de",
    "der",
    "den",
    "du",
    "da",
    "di",
    "del",
    "della",
    "des",
    "la",
    "le",
    "ten",
    "ter",
    "zu",
    "dos",
}
DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2212~"), "-")


def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


def _trim(text: str) -> str:
    """Case-folded, whitespace collapsed, punctuation and symbols stripped at both ends."""
    text = _fold(text)
    edge = lambda ch: unicodedata.category(ch)[0] in "PSZ"  # noqa: E731
    start, end = 0, len(text)
    while start < end and edge(text[start]):
        start += 1
    while end > start and edge(text[end - 1]):
        end -= 1
    return text[start:end]


def _family(name: str) -> str:
    words = _fold(name).split()
    while len(words) > 1 and words[0] in PARTICLES:
        words = words[1:]
    return "".join(ch for ch in " ".join(words) if ch.isalnum())


def _authors(names: list[dict]) -> list[tuple[str, str]]:
    keys = []
    for name in names:
        if "literal" in name:
            keys.append((_trim(name["literal"]), ""))
        else:
            keys.append((_family(name.get("family", "")), _fold(name.get("given", ""))[:1]))
    return keys


def expected_authors(spec: str) -> list[dict]:
    """``"Family|G; =Org"`` as CSL names."""
    names: list[dict] = []
    for part in spec.split(";"):
        part = part.strip()
        if part.startswith("="):
            names.append({"literal": part[1:]})
        else:
            family, _, given = part.partition("|")
            names.append({"family": family, **({"given": given} if given else {})})
    return names


def _date(value) -> list[int] | None:
    if value is None:
        return None
    if isinstance(value, int):
        return [value]
    if isinstance(value, list):
        return list(value)
    parts = value.get("date-parts") or [[]]
    return [int(p) for p in parts[0]] if parts[0] else None


def _url(value: str) -> str:
    value = unquote(value.strip())
    scheme, sep, rest = value.partition("://")
    host, slash, path = rest.partition("/")
    return (scheme.lower() + sep + host.lower() + slash + path).rstrip("/.,;")


def _doi(value: str) -> str:
    value = value.strip().casefold()
    for prefix in (
        "https://doi.org/",
        "http://doi.org/",
        "https://dx.doi.org/",
        "http://dx.doi.org/",
        "doi:",
    ):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    return value.strip().rstrip(".")


def _number(value: str) -> str:
    value = _fold(str(value)).replace(" ", "")
    for prefix in ("vol.", "no.", "pp.", "p."):
        if value.startswith(prefix):
            value = value[len(prefix) :]
    return value.translate(DASHES)


def key(item: dict, name: str):
    """One field of a CSL item (or an expectation) in the scorer's normal form."""
    if name == "issued-date":
        date = _date(item.get("issued"))
        return date
    value = item.get(name)
    if value is None or value == "" or value == []:
        return None
    if name == "author":
        return _authors(expected_authors(value) if isinstance(value, str) else value)
    if name == "issued":
        return (_date(value) or [None])[0]
    if name == "accessed":
        return _date(value)
    if name in ("volume", "issue", "page"):
        return _number(value)
    if name == "URL":
        return _url(value)
    if name == "DOI":
        return _doi(value)
    if name == "type":
        return value
    return _trim(str(value))


def wrong_fields(raw: str, expected: dict) -> dict[str, tuple]:
    """Fields whose parsed value differs from ``expected``: name -> (got, wanted)."""
    item = parse_reference(raw, item_id="g").item
    wrong = {}
    for name in FIELDS:
        if name == "issued-date" and len(_date(expected.get("issued")) or []) < 2:
            continue
        got, wanted = key(item, name), key(expected, name)
        if got != wanted:
            wrong[name] = (got, wanted)
    return wrong


def _load_cases(only: str = "") -> list[tuple[str, dict]]:
    cases = []
    for path in sorted(Path(__file__).parent.glob(f"test_parse_generalise_{only or ''}*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        cases += [(raw, expected) for raw, expected in module.CASES]
    return cases


def labelled_params(
    cases: list[tuple[str, dict]], known_wrong: dict[int, str] | None = None
) -> list:
    """``(raw, expected)`` pairs for ``parametrize``; known misses become strict xfails naming
    the fields still wrong, so a fix that makes one pass is noticed."""
    known_wrong = known_wrong or {}
    return [
        pytest.param(raw, expected, marks=pytest.mark.xfail(strict=True, reason=known_wrong[i]))
        if i in known_wrong
        else (raw, expected)
        for i, (raw, expected) in enumerate(cases)
    ]


def report() -> None:
    """Per-field accuracy (cases where the field is right, of those where either side has it)."""
    names = [a for a in sys.argv[1:] if not a.startswith("-")]
    cases = _load_cases(names[0] if names else "")
    seen = dict.fromkeys(FIELDS, 0)
    right = dict.fromkeys(FIELDS, 0)
    full = 0
    for raw, expected in cases:
        item = parse_reference(raw, item_id="g").item
        wrong = wrong_fields(raw, expected)
        full += not wrong
        for name in FIELDS:
            if key(item, name) is None and key(expected, name) is None:
                continue
            if name == "issued-date" and len(_date(expected.get("issued")) or []) < 2:
                continue
            seen[name] += 1
            right[name] += name not in wrong
        if wrong and "-v" in sys.argv:
            print(raw, {k: v for k, v in wrong.items()}, sep="\n  ")
    print(f"{len(cases)} cases, fully right {full} ({full / len(cases):.1%})")
    total_seen, total_right = sum(seen.values()), sum(right.values())
    for name in FIELDS:
        if seen[name]:
            print(f"  {name:16} {right[name]:4}/{seen[name]:<4} {right[name] / seen[name]:.3f}")
    print(f"  {'all fields':16} {total_right:4}/{total_seen:<4} {total_right / total_seen:.3f}")


if __name__ == "__main__":
    report()
