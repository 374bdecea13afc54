"""What the library indexes about an item: filter columns and searchable text."""

from __future__ import annotations

from ..lang import detect_language
from ..model import NAME_FIELDS, CSLItem
from ..records import dataclass
from .keys import first_author, year
from .romanizer import has_hangul, read_hanja

TITLE_FIELDS = ("title", "title-short", "original-title", "collection-title")
CONTAINER_FIELDS = ("container-title", "container-title-short", "publisher", "event-title")
NOTE_FIELDS = ("note", "abstract", "keyword", "annote")


@dataclass(frozen=True)
class Columns:
    """The indexed columns of an item (filters, sorting and display)."""

    type: str
    year: int | None
    language: str | None
    title: str
    first_author: str


@dataclass(frozen=True)
class SearchText:
    """The text a search looks through, one string per field group."""

    title: str
    names: str
    container: str
    notes: str
    korean_names: tuple[str, ...] = ()
    """Hangul names written whole, family first (김철수), to index in every romanization."""

    def all(self) -> str:
        """Every field group in one string."""
        return " ".join((self.title, self.names, self.container, self.notes))


def _strings(item: CSLItem, fields: tuple[str, ...]) -> list[str]:
    return [str(item[f]) for f in fields if isinstance(item.get(f), (str, int))]


def _custom_strings(item: CSLItem) -> list[str]:
    value = item.get("custom")
    if not isinstance(value, dict):
        return []
    return [v for k, v in value.items() if isinstance(v, str) and "title" in k]


def language(item: CSLItem) -> str | None:
    """The item's ``language`` primary subtag, else the script of its title (ko, ja, zh)."""
    declared = item.get("language")
    if isinstance(declared, str) and declared.strip():
        return declared.strip().split("-")[0].lower()
    title = item.get("title")
    if isinstance(title, str) and any(ord(ch) >= 0x2E80 for ch in title):
        return detect_language(title)
    return None


def columns(item: CSLItem) -> Columns:
    """The filter and display columns of ``item``."""
    title = item.get("title")
    return Columns(
        type=str(item.get("type") or "document"),
        year=year(item),
        language=language(item),
        title=title if isinstance(title, str) else "",
        first_author=first_author(item),
    )


def names(item: CSLItem) -> list[str]:
    """Every name on the item, as written (``given family`` or the literal)."""
    found: list[str] = []
    for role in NAME_FIELDS:
        for name in item.get(role) or []:
            if isinstance(name, dict):
                parts = [name.get("given"), name.get("family"), name.get("literal")]
                found.append(" ".join(str(p) for p in parts if p))
    return found


def _with_reading(text: str) -> str:
    """``text``, followed by its Hangul reading when it holds Hanja (北 is found by 북)."""
    reading = read_hanja(text)
    return f"{text} {reading}" if reading else text


def search_text(item: CSLItem) -> SearchText:
    """The searchable text of ``item`` by field group."""
    return SearchText(
        title=_with_reading(" ".join(_strings(item, TITLE_FIELDS) + _custom_strings(item))),
        names=_with_reading(" ".join(names(item))),
        container=_with_reading(" ".join(_strings(item, CONTAINER_FIELDS))),
        notes=" ".join(_strings(item, NOTE_FIELDS)),
        korean_names=tuple(korean_names(item)),
    )


def korean_names(item: CSLItem) -> list[str]:
    """Names in Hangul (family then given, or a literal), Hanja names read first."""
    found = []
    for role in NAME_FIELDS:
        for name in item.get(role) or []:
            if not isinstance(name, dict):
                continue
            whole = str(name.get("literal") or "") or (
                str(name.get("family") or "") + str(name.get("given") or "")
            )
            whole = read_hanja(whole) or whole
            if has_hangul(whole) and " " not in whole.strip():
                found.append(whole.strip())
    return found
