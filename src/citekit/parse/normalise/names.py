"""Author strings to CSL names: Western orders and separators, Korean names, organisations."""

from __future__ import annotations

import re

from ... import rx
from ...model import Name
from ..data import table, words
from .text import clean

_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_KOREAN_NAME = rx.compile(r"^[\uac00-\ud7a3]{2,5}$")
_HAN_NAME = rx.compile(r"^[\u3005\u3400-\u9fff\uf900-\ufaff]{2,6}$")
_ETAL = rx.compile(
    r"(?:,?\s*\bet\.?\s*al\b\.?|,?\s*\band\s+others\b|,?\s*\bu\.\s*a\.|\s*외\s*\d*\s*(?:인|명)?(?=$|[\s,.])"
    r"|\s*등(?=$|[\s,.]))",
    re.IGNORECASE,
)
_PARENS = rx.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_PARENS_NOT_ACRONYM = rx.compile(r"\s*[(\[](?![A-Z&]{2,10}[)\]])[^()\[\]]*[)\]]")
_AND = rx.compile(
    r"\s*(?:;|\b(?:and|And|AND|und)\b|&|\b(?:et|y|e)\s+(?=[A-Z])|(?<=\.)/(?=\s?[A-Z])|、|·)\s*"
)
_FAMILY_INITIALS_RUN = rx.compile(r"^\s*[^\s,]+,\s+[A-Z]{1,3}\.(?:\s?[A-Z]\.)*\s+[A-Z][\w’'-]+,")
_INITIALS_THEN_FAMILY = rx.compile(r"(\b[A-Z]{1,3}\.(?:\s?[A-Z]\.)*)\s+(?=[A-Z][\w’'-]+,)")
_INITIALS = rx.compile(r"^(?:[A-Z]\.?[\s-]*){1,4}$|^[A-Z]{1,3}$")
_KOREAN_GIVEN = rx.compile(r"^[A-Z][a-z]+-[a-zA-Z][a-z]+\.?$")
_ORGANISATION_WITH_AND = rx.compile(r"^[^,;&]*\b(?:for|of|on)\b[^,;&]*\band\b[^,;&]*$")
_CAPITALS_AFTER_PERIOD = rx.compile(r"(?<=[a-zà-ÿ])\.\s+(?=[A-ZÀ-Þ][A-ZÀ-Þ'’-]+,\s)")
_SUFFIX = rx.compile(r"^(?:jr|sr|ii|iii|iv)\.?$", re.IGNORECASE)
PARTICLES = words("name_particles.txt")


def split_names(text: str) -> tuple[list[Name], bool]:
    """Split an author string into CSL names; the flag says an "et al." was dropped."""
    text = clean(text, keep_final_period=True)
    et_al = bool(_ETAL.search(text))
    text = _ETAL.sub("", text)
    if _HANGUL.search(text) and not re.search(r"[A-Za-z]{2}", _PARENS.sub("", text)):
        return [korean_name(p) for p in _korean_parts(text)], et_al
    text = _PARENS.sub("", text)
    text = _CAPITALS_AFTER_PERIOD.sub("; ", text)  # JOUET, Emmanuelle. GREACEN, Tim
    if _ORGANISATION_WITH_AND.match(text) and _is_organisation(text):
        return [{"literal": text.rstrip(".")}], et_al  # Centers for Disease Control and Prevention
    if _FAMILY_INITIALS_RUN.match(text):
        text = _INITIALS_THEN_FAMILY.sub(r"\1, ", text)
    text = text.replace("...", ",").replace("…", ",")
    parts = [clean(p, keep_final_period=True) for p in _AND.split(text)]
    chunks = [c for p in parts for c in (clean(x, keep_final_period=True) for x in p.split(","))
              if c.strip(".")]
    return _pair_up(chunks), et_al


def _korean_parts(text: str) -> list[str]:
    text = _PARENS_NOT_ACRONYM.sub("", text)  # 한국과학기술정보연구원(KISTI) keeps its acronym
    parts = (clean(x) for x in re.split(r"[,，、·․;/&]|\s+(?:및|와|과)\s+", text))
    return [name for p in (_drop_role(x) for x in parts) if p for name in _spaced_names(p)]


def _spaced_names(part: str) -> list[str]:
    """``김철수 이영희`` is two names; ``홍 길동`` is one, spaced after the family name."""
    tokens = part.split()
    if len(tokens) > 1 and all(_KOREAN_NAME.match(t) and len(t) <= 4 and _has_surname(t)
                               for t in tokens):
        return tokens
    return [part]


def _has_surname(name: str) -> bool:
    """The name starts with a Korean family name (one syllable, or a two-syllable one)."""
    return name[:1] in words("korean_surnames.txt") or (
        len(name) >= 3 and name[:2] in words("korean_double_surnames.txt"))


def korean_role(text: str) -> str | None:
    """``편``, ``엮음`` (editor), ``역``, ``옮김`` (translator) after the names, else None."""
    last = text.split()[-1] if text.split() else ""
    role = table("korean_name_roles.tsv").get(last) or table("cjk_name_roles.tsv").get(last)
    return role if role != "author" else None


def _drop_role(part: str) -> str:
    words_ = part.split()
    if len(words_) > 1 and words_[-1] in table("korean_name_roles.tsv"):
        return " ".join(words_[:-1])
    return part


def korean_name(text: str) -> Name:
    """``홍길동`` → family 홍, given 길동; two-syllable surnames kept; organisations literal."""
    compact = text.replace(" ", "").rstrip(".")
    if not _KOREAN_NAME.match(compact) or _is_korean_organisation(compact) \
            or (len(compact) >= 3 and not _has_surname(compact)):
        return {"literal": text.rstrip(".")}
    double = len(compact) >= 3 and compact[:2] in words("korean_double_surnames.txt")
    family_len = 2 if double else 1
    return {"family": compact[:family_len], "given": compact[family_len:]}


def han_name(text: str) -> Name:
    """``杨晓彤`` → 杨 / 晓彤, ``坂本幸`` → 坂本 / 幸, ``野畑理佳`` → 野畑 / 理佳.

    A Han name written without a space: a known Japanese family name (two or three
    characters) or a Chinese compound one is kept whole; otherwise a name of two or three
    characters has a one-character family name (Chinese and Korean names) and a longer one a
    two-character family name (most Japanese ones)."""
    for size in (3, 2):
        head = text[:size]
        if len(text) > size and (head in words("japanese_surnames.txt")
                                 or head in words("chinese_compound_surnames.txt")):
            return {"family": head, "given": text[size:]}
    size = 1 if len(text) <= 3 else 2
    return {"family": text[:size], "given": text[size:]}


def romanised_korean_order(names: list[Name], listname: str = "korean_surnames_romanised.txt"
                            ) -> list[Name]:
    """``Lee Yunmi`` in a Korean reference: a romanised Korean surname written first, before a
    one-word given name that is no surname, is the family name (``Hyuncheul Lim`` stays).
    With ``japanese_surnames_romanised.txt``, the same for ``Tanaka Hiroshi``."""
    known = words(listname)
    out = []
    for name in names:
        given, family = name.get("given", ""), name.get("family", "")
        if " " not in given and "." not in given and given.casefold() in known \
                and family.casefold() not in known and family[:1].isupper() and family.isalpha() \
                and len(family) > 2 and "suffix" not in name:
            name = {"family": given, "given": family}
        out.append(name)
    return out


def is_particle(token: str) -> bool:
    """``van``, ``de``, ``Al``: a particle that may start a family name (``DA`` is initials)."""
    return token.lower() in PARTICLES and not (token.isupper() and len(token) > 1)


def _is_korean_organisation(name: str) -> bool:
    if len(name) == 3:
        return name.endswith(("부", "처", "청"))  # 통일부, 법제처, 경찰청
    if len(name) < 3:
        return False
    suffixes = words("korean_organisation_suffixes.txt")
    return any(name.endswith(s) for s in suffixes) or len(name) > 4


def _is_initials(chunk: str) -> bool:
    return bool(_INITIALS.match(chunk.strip()))


def _is_given_like(chunk: str) -> bool:
    """Initials or one to three capitalised given names (no surname-looking pattern)."""
    tokens = chunk.split()
    if _is_initials(chunk):
        return True
    return 1 <= len(tokens) <= 3 and all(t[:1].isupper() for t in tokens)


def _pair_up(chunks: list[str]) -> list[Name]:
    """Names from comma-separated chunks: ``Family, Given`` pairs or whole names."""
    suffixes: dict[int, str] = {}  # a "Jr." goes with the name made from the chunk before it
    kept: list[str] = []
    for chunk in chunks:
        words_ = chunk.split()
        if _SUFFIX.match(chunk):
            suffixes[len(kept) - 1] = chunk
            continue
        if len(words_) > 1 and _SUFFIX.match(words_[-1]):  # Wimsatt Jr.
            suffixes[len(kept)] = words_[-1]
            chunk = " ".join(words_[:-1])
        kept.append(chunk)
    names: list[Name] = []
    i = 0
    while i < len(kept):
        chunk = kept[i]
        nxt = kept[i + 1] if i + 1 < len(kept) else None
        used = 1
        if _is_organisation(chunk):
            last = chunk.split()[-1]
            name: Name = {"literal": chunk.rstrip(".") if len(last) > 4 else chunk}
        elif len([t for t in chunk.split() if not is_particle(t)]) == 1 and nxt \
                and _is_given_like(nxt) and (not _looks_full(nxt) or len(kept) == 2):
            name, used = _family_given(chunk, nxt), 2
        else:
            name = full_name(chunk)
        suffix = suffixes.get(i) or suffixes.get(i + used - 1)
        if suffix and "family" in name:
            name["suffix"] = suffix
        names.append(name)
        i += used
    return names


def _looks_full(chunk: str) -> bool:
    """``I. Stavness``: initials then a surname, i.e. a whole name on its own."""
    tokens = chunk.split()
    return len(tokens) >= 2 and _is_initials(" ".join(tokens[:-1])) and len(tokens[-1]) > 2 \
        and not _is_initials(tokens[-1])


def _is_organisation(chunk: str) -> bool:
    if _HANGUL.search(chunk) and re.search(r"[A-Za-z]", chunk):
        return True  # KBS 뉴스
    tokens = re.findall(r"[\w’'-]+", chunk.casefold())
    if any(t in words("organisation_words.txt") for t in tokens):
        return True
    return bool(re.search(r"\d", chunk)) or len(tokens) > 4


def _family_given(family: str, given: str) -> Name:
    family = family.rstrip(".")
    last = given.split()[-1] if given.split() else ""
    if len(last.rstrip(".")) > 2 and "." not in last[:-1]:
        given = given.rstrip(".")  # a sentence period, not an initial's
    return {"family": family, "given": given} if given else {"family": family}


def full_name(chunk: str) -> Name:
    """One name written whole: ``R. W. MacCormack``, ``Kim E``, ``DULONG R.``, ``Harry Heffes``."""
    tokens = chunk.split()
    if len(tokens) > 1 and tokens[-1] in table("cjk_name_roles.tsv"):
        tokens = tokens[:-1]  # 李剑 记者, 梅田望夫 著
        chunk = " ".join(tokens)
    if all(_HAN_NAME.match(t) or len(t) == 1 and _HAN_NAME.match(t * 2) for t in tokens):
        if len(tokens) == 2:  # 高橋 直子: family name first
            return {"family": tokens[0], "given": tokens[1]}
        if len(tokens) == 1:
            return han_name(tokens[0])
    if len(tokens) == 1:
        return _family_given(chunk, "") if not _HANGUL.search(chunk) else korean_name(chunk)
    if len(tokens) == 2 and _KOREAN_GIVEN.match(tokens[1]) \
            and tokens[0].casefold() in words("korean_surnames_romanised.txt"):
        return _family_given(tokens[0], tokens[1])  # Kim Sung-soo: family name first
    if _is_initials(tokens[-1]) and not _is_initials(tokens[0]):
        # Vancouver and "FAMILY G." order: the initials come last
        given = tokens[-1] if "." in tokens[-1][:-1] else tokens[-1].rstrip(".")
        return _family_given(" ".join(tokens[:-1]), given)
    if tokens[0].isalpha() and tokens[0].isupper() and len(tokens[0]) > 2 \
            and not tokens[-1].isupper():
        upper = next(i for i, t in enumerate(tokens) if not t.isupper())  # GARCÍA MÁRQUEZ Ana
        return _family_given(" ".join(tokens[:upper]), " ".join(tokens[upper:]))
    cut = len(tokens) - 1
    while cut > 1 and is_particle(tokens[cut - 1]):
        cut -= 1
    return _family_given(" ".join(tokens[cut:]), " ".join(tokens[:cut]))
