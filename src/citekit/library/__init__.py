"""A local reference library: items kept across projects in one SQLite file.

::

    from citekit.library import open_library, items
    with open_library() as lib:                 # $CITEKIT_LIBRARY or the user data dir
        import_file(lib, "thesis.bib", tags=["thesis"])
        hits = lib.search("napbuk")            # romanized queries find Hangul titles
    refs = items(tag="thesis", year="2020-2023")   # CSL-JSON for format/check/links/cite
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from .. import _import_on_first_use
from ..errors import UsageError
from ..model import CSLItem

TYPE_CHECKING = False
if TYPE_CHECKING:
    from .dedupe import Candidate, apply_merges, find_duplicates, same_work
    from .importer import ImportReport, import_file, import_items
    from .paths import ENV_VAR, default_path
    from .sqlite_store import SQLiteStore
    from .store import Filters, Provenance, Store, StoredItem

_HOMES = {
    "Candidate": "dedupe",
    "apply_merges": "dedupe",
    "find_duplicates": "dedupe",
    "same_work": "dedupe",
    "ImportReport": "importer",
    "import_file": "importer",
    "import_items": "importer",
    "ENV_VAR": "paths",
    "default_path": "paths",
    "SQLiteStore": "sqlite_store",
    "Filters": "store",
    "Provenance": "store",
    "Store": "store",
    "StoredItem": "store",
}
"""Names imported on first use (``citekit format`` registers ``--library`` without loading
the store, de-duplication and their imports)."""

__all__ = [
    "ENV_VAR",
    "Candidate",
    "Filters",
    "ImportReport",
    "Provenance",
    "SQLiteStore",
    "Store",
    "StoredItem",
    "apply_merges",
    "default_path",
    "filters",
    "find_duplicates",
    "import_file",
    "import_items",
    "items",
    "open_library",
    "same_work",
]

_import_on_first_use(__name__, _HOMES)


@contextmanager
def open_library(path: str | Path | None = None) -> Iterator[Store]:
    """Open (creating or upgrading if needed) the library at ``path`` or the default."""
    from .paths import default_path
    from .sqlite_store import SQLiteStore

    store = SQLiteStore(path or default_path())
    try:
        yield store
    finally:
        store.close()


def filters(
    *,
    tag: str | list[str] | tuple[str, ...] | None = None,
    type: str | None = None,
    year: str | int | None = None,
    language: str | None = None,
) -> Filters:
    """Filters from user values; ``year`` is ``2023``, ``2020-2023``, ``2020-`` or ``-2019``."""
    tags = (tag,) if isinstance(tag, str) else tuple(tag or ())
    year_from = year_to = None
    if year is not None and str(year).strip():
        text = str(year).strip()
        low, sep, high = text.partition("-") if not text.startswith("-") else ("", "-", text[1:])
        try:
            year_from = int(low) if low else None
            year_to = int(high) if high else (year_from if not sep else None)
        except ValueError as exc:
            raise UsageError(f"--year wants 2023, 2020-2023, 2020- or -2019, not {text!r}") from exc
    from .store import Filters

    return Filters(tags=tags, type=type, year_from=year_from, year_to=year_to, language=language)


def items(
    path: str | Path | None = None,
    *,
    tag: str | list[str] | tuple[str, ...] | None = None,
    type: str | None = None,
    year: str | int | None = None,
    language: str | None = None,
) -> list[CSLItem]:
    """CSL-JSON items of the library (``path`` or the default) matching the filters."""
    chosen = filters(tag=tag, type=type, year=year, language=language)
    with open_library(path) as store:
        return [stored.item for stored in store.select(chosen)]
