"""Presenting multilingual items the way a style wants them (script, romanization).

``present`` returns prepared copies: the romanized, translated and English forms are
recorded under ``custom`` (``title-romanized``, ``title-translation``, ``title-original``,
``container-title-romanized``, ``container-title-english``, ``author-romanized`` ...) so
nothing is lost, and the shown fields follow the style's policy file in top-level ``styles/``.
"""

from __future__ import annotations

from .. import rx
from ..model import NAME_FIELDS, CSLItem, custom
from .detect import release_model, script_language
from .names import romanize_given, romanize_name, romanize_surname, split_name
from .outlets import english_outlet
from .policy import SCRIPTS, Policy, load_policy
from .romanize import romanize
from .tags import field_languages, item_language

_TRANSLATION = rx.compile(r"^(?P<title>.*\S)\s*\[(?P<translation>[^\[\]]*[A-Za-z][^\[\]]*)\]\s*$")


def present(
    items: list[CSLItem], *, style: str, script: str | None = None,
    romanization: str | None = None, record: bool = True,
) -> list[CSLItem]:
    """Return copies of ``items`` prepared for ``style``'s multilingual policy. With
    ``record=False`` (the renderer's own use) romanized forms that are not shown are not
    worked out (and so not recorded under ``custom``)."""
    policy = load_policy(style)
    script = script or policy.script
    if script not in SCRIPTS:
        raise ValueError(f"unknown script {script!r} (choose from {', '.join(SCRIPTS)})")
    system = romanization or policy.romanization
    forms = record or script != "original"
    presented = [present_item(item, policy, script=script, system=system, forms=forms)
                 for item in items]
    release_model()  # the items to render do not need its pages
    return presented


def split_translation(title: str) -> tuple[str, str | None]:
    """``("원제", "Translation")`` from ``"원제 [Translation]"``; a Latin title is left whole."""
    match = _TRANSLATION.match(title)
    if match and script_language(match["title"]):
        return match["title"], match["translation"].strip()
    return title, None


def present_item(
    item: CSLItem, policy: Policy, *, script: str, system: str, forms: bool = True
) -> CSLItem:
    """One item prepared: language tagged, forms recorded under ``custom`` (romanized ones
    only with ``forms``), fields shown. The copy shares the item's nested values: fields and
    ``custom`` entries are replaced, never changed in place (a deep copy of every item
    would double a long list's memory)."""
    item = dict(item)
    if isinstance(item.get("custom"), dict):
        item["custom"] = dict(item["custom"])
    extras = custom(item)
    languages = field_languages(item)
    language = item_language(item)
    if language and not item.get("language"):
        item["language"] = language
    if languages:
        extras["field-languages"] = languages
    korean = {field: lang == "ko" and forms for field, lang in languages.items()}
    if isinstance(item.get("title"), str):
        _present_title(item, policy, script, system, korean.get("title", False))
    if isinstance(item.get("container-title"), str):
        _present_container(item, script, system, korean.get("container-title", False))
    for field in policy.romanize_fields:
        if korean.get(field) and isinstance(item.get(field), str):
            _present_text(item, field, script, system)
    for field in NAME_FIELDS:
        if korean.get(field) and isinstance(item.get(field), list):
            _present_names(item, field, policy, script, system)
    if not extras:
        del item["custom"]
    return item


def _present_title(
    item: CSLItem, policy: Policy, script: str, system: str, korean: bool
) -> None:
    extras = custom(item)
    title, translation = split_translation(item["title"])
    translation = extras.get("title-translation") or translation
    if translation:
        extras["title-translation"] = translation
    romanized = None
    if korean:
        romanized = extras.get("title-romanized") or romanize(title, system=system)
        extras["title-romanized"] = romanized
    shown = title
    if romanized and script == "romanized":
        shown = romanized
    elif romanized and script == "both":
        shown = f"{romanized} ({title})"
    if translation and policy.translation and script_language(title):
        shown = f"{shown} [{translation}]"
    if shown != item["title"]:
        extras.setdefault("title-original", item["title"])
        item["title"] = shown


def _present_container(item: CSLItem, script: str, system: str, korean: bool) -> None:
    extras = custom(item)
    name = item["container-title"]
    english = english_outlet(name)
    if english and english != name:
        extras["container-title-english"] = english
    romanized = romanize(name, system=system) if korean else None
    if romanized:
        extras["container-title-romanized"] = romanized
    if script == "original":
        return
    shown = english or romanized or name  # a known outlet's usual Latin name, in every style
    if script == "both" and korean and shown != name:
        shown = f"{shown} ({name})"
    if shown != name:
        extras.setdefault("container-title-original", name)
        item["container-title"] = shown


def _present_text(item: CSLItem, field: str, script: str, system: str) -> None:
    """A Korean publisher, place, series or event: romanized (with ``both``: romanized
    (original)); the forms recorded under ``custom``."""
    extras = custom(item)
    text = item[field]
    romanized = extras.get(f"{field}-romanized") or romanize(text, system=system)
    extras[f"{field}-romanized"] = romanized
    if script == "original" or romanized == text:
        return
    extras.setdefault(f"{field}-original", text)
    item[field] = romanized if script == "romanized" else f"{romanized} ({text})"


_KOREAN_SCRIPT = rx.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f\u3400-\u9fff]")


def unromanized(items: list[CSLItem], *, style: str, script: str | None = None) -> list[str]:
    """Messages for presented items whose Korean fields are still in Hangul or Hanja
    although the script asked for is ``romanized``: what ``present`` could not romanize."""
    policy = load_policy(style)
    if (script or policy.script) != "romanized":
        return []
    fields = ("title", "container-title", *policy.romanize_fields)
    problems = []
    for item in items:
        languages = (item.get("custom") or {}).get("field-languages") or {}
        for field in fields:
            value = item.get(field)
            korean = languages.get(field) == "ko" and isinstance(value, str)
            if korean and _KOREAN_SCRIPT.search(value):
                problems.append(
                    f"{item.get('id')}: {field} {value!r} is still in Korean script"
                    " with --script romanized"
                )
    return problems


def _romanized_name(name: dict, system: str) -> dict:
    """A CSL name with its Korean parts romanized (surname in its usual spelling)."""
    names_system = "conventional" if system == "rr" else system
    out = dict(name)
    if name.get("literal") and script_language(str(name["literal"])) == "ko":
        out["literal"] = romanize_name(str(name["literal"]), names_system)
    family = str(name.get("family") or "")
    if family and not name.get("given") and len(family) >= 3 and script_language(family) == "ko":
        _, surname, given = split_name(family)  # a whole name in one field: 김철수
        out["family"] = romanize_surname(surname, names_system)
        out["given"] = romanize_given(given, names_system)
    elif family and script_language(family) == "ko":
        out["family"] = romanize_surname(family, names_system)
    if name.get("given") and script_language(str(name["given"])) == "ko":
        out["given"] = romanize_given(str(name["given"]), names_system)
    if out != name and out.get("given"):
        out["static-ordering"] = True  # written family first: 김철수 → Kim Cheol-su
    return out


def _present_names(item: CSLItem, field: str, policy: Policy, script: str, system: str) -> None:
    extras = custom(item)
    names = item[field]
    romanized = [_romanized_name(n, system) if isinstance(n, dict) else n for n in names]
    if romanized == names:
        return
    extras[f"{field}-romanized"] = romanized
    if script != "original" and policy.romanize_names:
        extras.setdefault(f"{field}-original", names)
        item[field] = romanized
