"""The author zone: where the list of names at the start of a reference ends."""

from __future__ import annotations

import re

from ... import rx
from ..data import table, words
from ..draft import MASK, Draft
from ..normalise.names import is_particle
from .words import is_initial, last_word

_STOP = rx.compile(r"\x00|:\s|\.(?=\s|$|\x00)|\(\s*(?:eds?|éds?|hrsg|coord|dir)\b", re.IGNORECASE)
_NAME_TOKEN = rx.compile(r"^(?:[A-Z\u00c0-\u024f][\w’'\-.]*|[\uac00-\ud7a3]+|van|von|de|der|den|"
                         r"del|della|di|da|du|la|le|dos|das|ten|ter|and|&|et|al\.?|others|외|등)[,;]?$")
_VANCOUVER = rx.compile(r"\b[A-Z][\w’'-]+\s+[A-Z]{1,3},")
_FUNCTION_WORD = rx.compile(r"^(?:The|A|An|In|On|Of|For|How|What|Why|Towards?)$")
_EDITOR_ASIDE = rx.compile(r"\s*\((?i:eds?|hrsg|dir|coord|éds?)\.?\)")
_FACTS_AT_END = rx.compile(r"\([^()]*\b(?:1[5-9]|20)\d\d\)[\s.]*$")
_INVERTED_WITH_GIVEN = rx.compile(
    r"(?:^|[,;&]\s|\band\s)[\w’'-]+, [A-Z][a-z]+(?:\s[A-Z]\.)*\s[A-Z]$")
_LIST_WORDS = frozenset({"and", "et", "al", "others", "eds", "ed", "u", "y", "e", "und", "editor",
                         "editors"})
_ASIDE = rx.compile(r"\(\s*(?:[A-Z][\w.’'-]*\s?){1,4}\s*\)|\((?i:eds?|éds?|hrsg|dir|coord)\.?\)"
                    r"|\(\s*[\u30a0-\u30ff・ ]+\)")  # a katakana reading: (タカハシ ナオコ)
# a given-first name of two to four words: Maria Lopez, Samuel Ortiz Bell, Kyung-ah Moon
_GIVEN_FIRST = r"[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|van|von|de|der|da|di|du|le|la)){1,3}"
_ABBREVIATIONS_THEN_CLAIM = rx.compile(r"(?:\s*[A-Z][a-z]{0,7}\.)*\s*\x00")  # Chem. Soc. 2018
_INITIAL_NAME = r"(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)*)[A-Z][\w’'-]+"
_INITIALS_FIRST_LIST = rx.compile(
    rf"{_INITIAL_NAME}(?:(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*){_INITIAL_NAME})*(?=,\s)")
_CAPITALS_NAME = rx.compile(r"\s*[A-ZÀ-Þ][A-ZÀ-Þ'’-]+,\s+[A-ZÀ-Þ][a-zà-ÿ]")
_ELIDED_ARTICLE = rx.compile(r"[Ll][’'][a-zà-ÿ]")
_JOINED_LIST = rx.compile(rf"^\s*{_GIVEN_FIRST}\s+(?:and|&)\s+{_GIVEN_FIRST}\s*$")


def _continues_after_initial(text: str, pos: int) -> bool:
    """After ``J.``: do the next words carry on a name (``J. R. Shealy,``) or start a title?

    A name goes on with more initials, then at most one surname (particles aside), then a
    separator: a comma, ``and``, a period, or a claimed span.
    """
    surnames = 0
    tokens = text[pos + 1 : pos + 80].split()
    for i, token in enumerate(tokens[:6]):
        if MASK in token:
            return i > 0
        bare = token.rstrip(",;.")
        if bare in ("and", "&", "und", "et", "y", "e"):
            if surnames and _INVERTED_WITH_GIVEN.search(text[max(0, pos - 80) : pos]):
                return False  # Mintz, Sidney W. Sweetness and Power: a title, not two names
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            return bool(nxt) and (nxt[:1].isupper() or MASK in nxt or nxt.startswith("al"))
        if not _NAME_TOKEN.match(token):
            return False
        if not is_initial(bare) and not is_particle(bare):
            surnames += 1
            before = text[max(0, pos - 16) : pos]
            last_author = re.search(r"(?:\band|&)\s+(?:[A-Z][.-]?\s*)+$", before) is not None
            ends = (",", ";", ".") if last_author else (",", ";")
            if surnames > 2 or (surnames == 2 and not token.endswith(ends)):
                return False
        if token.endswith((",", ";")):
            return True
        if token.endswith(".") and not is_initial(bare):
            return True
    return False


def author_zone(draft: Draft, start: int = 0) -> tuple[int, int] | None:
    """(start, end) of the author names from ``start``, or None when the string starts otherwise."""
    text = draft.masked
    start += len(text[start:]) - len(text[start:].lstrip())
    if start >= len(text) or text[start] == MASK:
        return None
    gap = _name_before_gap(draft, start)
    if gap:
        return start, gap  # J. An  Title of the paper (a database line)
    vancouver = None
    for m in _STOP.finditer(text, start):
        if m.group(0).startswith("("):
            close = text.find(")", m.end(), m.end() + 12)
            return _checked(draft, start, close + 1 if close > 0 else m.start())
        if m.group(0) != ".":
            return _checked(draft, start, m.start())
        if text[max(0, m.start() - 2) : m.start()] == "..":
            continue  # "Kang, D., ... Yoon, S.": names were left out, the list goes on
        word = last_word(text[max(start, m.start() - 30) : m.start()])
        if vancouver is None:
            vancouver = bool(_VANCOUVER.search(text[start : m.start() + 1]))
        if is_initial(word) and not vancouver and _continues_after_initial(text, m.start()):
            continue
        if word.casefold() in ("jr", "sr", "st") or (is_initial(word) and not vancouver and
                                                       _next_is_name_part(text, m.end())):
            continue
        if _CAPITALS_NAME.match(text, m.end()) and _CAPITALS_NAME.match(text, start):
            continue  # JOUET, Emmanuelle. GREACEN, Tim. Title (family names in capitals)
        role = _EDITOR_ASIDE.match(text, m.end())
        return _checked(draft, start, role.end() if role else m.start() + 1)
    korean = _korean_list_end(draft, text[start:].split(","))  # 배수경, 제목 (출판사)
    if korean is not None:
        return start, start + korean
    return _checked(draft, start, len(text)) if _INITIALS_FIRST_LIST.match(text, start) else None


def _name_before_gap(draft: Draft, start: int) -> int | None:
    """The end of one short name set off from the title by a run of spaces."""
    for end in sorted(int(flag[4:]) for flag in draft.flags if flag.startswith("gap:")):
        if end > start:
            name = draft.masked[start:end]
            tokens = name.split()
            if 2 <= len(tokens) <= 4 and MASK not in name and any(is_initial(t.rstrip("."))
                                                                   for t in tokens) \
                    and all(_NAME_TOKEN.match(t) for t in tokens):
                return end
    return None


def _next_is_name_part(text: str, pos: int) -> bool:
    """``Smith, J. R., Jones``: the initial is followed by more initials or a comma."""
    nxt = text[pos : pos + 8].lstrip()
    return bool(re.match(r"^(?:[A-Z]\.|[,;]|-[A-Z])", nxt))


def _checked(draft: Draft, start: int, end: int) -> tuple[int, int] | None:
    """The zone if it reads like names, else its longest comma-separated prefix that does."""
    zone = draft.masked[start:end]
    chunks = zone.split(",")
    korean = _korean_list_end(draft, chunks)
    if korean is not None:
        return start, start + korean  # 이승우, 전쟁, 굶주린 일본 (마인드탭)
    joined = _given_first_list_end(chunks) if _facts_in_parentheses(draft) else None
    if joined is not None and joined < len(chunks) - 1:
        cut = start + sum(len(c) + 1 for c in chunks[: joined + 1]) - 1
        return start, cut  # Maria Lopez and Tom Baker, Rivers of Empire: ...
    if len(chunks) > 1 and _is_organisation(chunks[0]) and not _is_organisation(chunks[1]):
        return start, start + len(chunks[0])  # Amnesty International, North Korea: ...
    if _reads_like_names(zone):
        if _note_with_subtitle(draft, zone, end):
            return start, start + len(zone.split(",")[0])
        then_claimed = _ABBREVIATIONS_THEN_CLAIM.match(draft.masked, end) is not None
        return start, _drop_title_chunk(zone, start, end, then_claimed=then_claimed)
    first = zone.split(",")[0]
    if _is_organisation(first) or _before_apa_year(draft, start, end):
        return start, start + len(first)
    cut, pos = None, start
    for chunk in zone.split(","):
        if not _reads_like_names(chunk, part=True):
            break
        pos += len(chunk) + 1
        cut = pos - 1
    if cut and cut > start and _reads_like_names(draft.masked[start:cut]):
        draft.doubt("author")
        return start, cut
    initials = _INITIALS_FIRST_LIST.match(draft.masked, start, end)  # J. Fortes and B. Wah,
    return (start, initials.end()) if initials else None


_HANGUL = rx.compile(r"[\uac00-\ud7a3]")
_LATIN_WORD = rx.compile(r"[A-Za-z]{2}")
_PARTICLE_END = rx.compile(r"(?:의|와|과|을|를|및)$")


def _korean_list_end(draft: Draft, chunks: list[str]) -> int | None:
    """Where a comma-separated list of Korean names ends and the title begins (an offset in
    the zone), or None when every chunk is a name or the zone is not Korean. After the first
    name, in a reference whose facts close it in parentheses, only full names of three or four
    syllables go on the list (``전쟁`` could be a name, but there it is the title's start)."""
    zone = ",".join(chunks)
    if len(chunks) < 2 or not _HANGUL.search(zone) or _LATIN_WORD.search(_PAREN_TEXT.sub("", zone)):
        return None
    strict = draft.raw.rstrip(" .").endswith(")")
    pos = 0
    for i, chunk in enumerate(chunks):
        if not _korean_names_chunk(chunk, strict=strict and i > 0):
            return pos - 1 if i else None
        pos += len(chunk) + 1
    return None


_PAREN_TEXT = rx.compile(r"\([^()]*\)")


def _korean_names_chunk(chunk: str, *, strict: bool) -> bool:
    """``김철수``, ``홍 길동``, ``김경호·이영호 책임편집``, ``한국개발연구원``, ``안대회 외``."""
    text = _PAREN_TEXT.sub("", chunk).strip(" .\x00")
    tokens = [t for t in re.split(r"[\s·․・&]+", text) if t]
    roles = table("korean_name_roles.tsv")
    while tokens and (tokens[-1] in roles or tokens[-1] in ("외", "등")):
        tokens.pop()
    if len(tokens) == 2 and len(tokens[0]) == 1:
        tokens = [tokens[0] + tokens[1]]  # 홍 길동
    if not tokens:
        return False
    for token in tokens:
        if not re.fullmatch(r"[\uac00-\ud7a3]{2,12}", token) or _PARTICLE_END.search(token):
            return False
        if token.endswith(tuple(words("korean_organisation_suffixes.txt"))) and len(token) > 4:
            continue  # an organisation
        surname = token[:1] in words("korean_surnames.txt") or \
            token[:2] in words("korean_double_surnames.txt")
        if not surname or len(token) > 5 or (strict and len(token) < 3):
            return False
    return True


def _facts_in_parentheses(draft: Draft) -> bool:
    """A note or OSCOLA reference: the facts close it in parentheses (``(Verso 2008)``) or
    the year stands in brackets before a journal citation (``(2017) 58 HILJ 211``)."""
    issued = draft.first("issued")
    return (draft.raw.rstrip(" .").endswith(")") and _FACTS_AT_END.search(draft.raw) is not None) \
        or (issued is not None and draft.raw[issued.start] in "([" and draft.has("page"))


def _given_first_list_end(chunks: list[str]) -> int | None:
    """``Anne Weller, Paul Ng and Sunil Rao, Title``: in a list of given-first names the chunk
    that joins the last two with "and" ends it (the index of that chunk), when every chunk up
    to it is one name. Inverted lists (``Smith, John and Jones, Mary``) have one word a side."""
    for i, chunk in enumerate(chunks):
        if _JOINED_LIST.match(chunk):
            return i
        if not re.fullmatch(rf"\s*{_GIVEN_FIRST}\s*", chunk):
            return None
    return None


def _note_with_subtitle(draft: Draft, zone: str, end: int) -> bool:
    """``Ewan McKendrick, Contract Law: Text (OUP 2020)``: in a note or OSCOLA reference,
    whose facts close it in parentheses and whose authors are joined by "and", a zone cut at a
    subtitle's colon holds one name and the start of the title."""
    chunks = zone.split(",")
    if len(chunks) != 2 or draft.masked[end : end + 1] != ":" or " and " in zone:
        return False
    first = chunks[0].split()
    given_first = 2 <= len(first) <= 4 and all(t[:1].isupper() for t in first)
    return given_first and draft.raw.rstrip(" .").endswith(")") and \
        _FACTS_AT_END.search(draft.raw) is not None


def _drop_title_chunk(zone: str, start: int, end: int, *, then_claimed: bool = False) -> int:
    """``K. Chandy and J. Misra, Parallel Program Design``: in a list written with initials, a
    last chunk of several capitalised words with no initial is the title's start, not a name."""
    chunks = zone.rstrip(" ,").split(",")
    if len(chunks) < 2:
        return end
    last = chunks[-1].split()
    earlier = " ".join(chunks[:-1]).split()
    words_ = [t for t in last if t not in ("and", "&")]
    plain = not any(is_initial(t.rstrip(".")) for t in words_)
    initials = any(is_initial(t.rstrip(".,")) for t in earlier)
    cut = start + len(zone.rstrip(" ,")) - len(chunks[-1]) - 1
    if len(words_) >= 3 and plain and initials and not zone.rstrip().endswith("."):
        return cut
    # E. Garnett, P. Yang, Nano Lett. 2010, 10, 1082 (chemistry: the journal, then the year)
    abbreviated = then_claimed and words_ and words_[-1].endswith(".") and len(words_[-1]) > 3 \
        and words_[-1].rstrip(".").casefold() not in ("jr", "sr", "st")
    if 1 <= len(words_) <= 3 and plain and abbreviated and all(
            any(is_initial(t.rstrip(".,")) for t in chunk.split()) for chunk in chunks[:-1]):
        return cut
    return end


def _before_apa_year(draft: Draft, start: int, end: int) -> bool:
    """``Korea Centers for Disease Control. (2021).``: whatever stands before an APA year in
    parentheses is the author, here an organisation."""
    zone = draft.masked[start:end].strip()
    issued = draft.first("issued")
    return issued is not None and draft.raw[issued.start] == "(" and \
        not draft.masked[end : issued.start].strip(" .") and "," not in zone \
        and 1 < len(zone.split()) <= 8 and zone[:1].isupper()


def _is_organisation(chunk: str) -> bool:
    """``Ministry of Justice``, ``BP4NTA``: an organisation named as the author."""
    tokens = chunk.split()
    if not tokens:
        return False
    if len(tokens) == 1:
        return bool(re.fullmatch(r"[A-Z][A-Z\d&-]{2,}", tokens[0])) and bool(
            re.search(r"[\d&]", tokens[0]))
    known = words("organisation_words.txt")
    return len(tokens) <= 10 and tokens[0][:1].isupper() \
        and any(t.casefold().strip(",.") in known for t in tokens)


def _reads_like_names(zone: str, *, part: bool = False) -> bool:
    zone = _ASIDE.sub("", zone)
    tokens = zone.split()
    if not tokens or len(tokens) > 40 or (part and len(tokens) > 4):
        return False
    korean = re.search(r"[\uac00-\ud7a3]", zone)
    if any(_not_a_name_word(t) for t in tokens) or ("(" in zone and not korean):
        return False
    if not re.search(r"[,;&]| and ", zone) and len(tokens) > 4:
        return False
    return not (re.search(r"\d", zone) and not korean)


def _not_a_name_word(token: str) -> bool:
    """Lower-case words (other than particles and list words) and title words are not names."""
    bare = token.rstrip(",;.")
    if _ELIDED_ARTICLE.match(token):
        return True  # L’artiste: a French article, elided before a noun
    if token[:1].islower():
        return not is_particle(bare) and bare not in _LIST_WORDS
    return bool(_FUNCTION_WORD.match(token))
