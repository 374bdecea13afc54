"""The public Python API: thin, typed functions over the pipeline."""

from __future__ import annotations

import builtins
from collections.abc import Iterable

from .errors import UsageError
from .model import CSLItem

TYPE_CHECKING = False
if TYPE_CHECKING:  # the heavy parts are imported where they are used
    from .documents import cite_document as cite  # noqa: F401
    from .formats import WriteResult
    from .pipeline import Loaded
    from .render import Cluster, Rendered
    from .verify import Completed


def parse(reference: str, *, item_id: str = "item1") -> CSLItem:
    """Parse one informal reference string into a CSL-JSON item."""
    if not isinstance(reference, str):
        raise UsageError(f"parse() takes a string, not {type(reference).__name__}")
    from .parse import parse_reference
    from .sources import to_nfc

    return parse_reference(to_nfc(reference), item_id=item_id).item


def read(source: str, *, text: str | None = None) -> Loaded:
    """Read items from a file path (``-`` for stdin), or from ``text`` named ``source``."""
    from .pipeline import load, load_text

    if text is not None:
        return load_text(text, source)
    return load(source)


def _items(items: Iterable[CSLItem]) -> builtins.list[CSLItem]:
    """The items as a list; something other than a CSL item (a dict) is a ``UsageError``."""
    listed = builtins.list(items)
    for number, item in enumerate(listed, start=1):
        if not isinstance(item, dict):
            raise UsageError(f"item {number} is a {type(item).__name__}, not a CSL item (a dict)")
    return listed


def render(
    items: Iterable[CSLItem],
    *,
    style: str = "oscola",
    mode: str = "bibliography",
    to: str = "text",
    locale: str | None = None,
    script: str | None = None,
    romanization: str | None = None,
    clusters: list[Cluster] | str | None = None,
    tables: tuple[str, ...] | None = None,
) -> Rendered:
    """Render items, presented for the style's multilingual policy, with pandoc's citeproc.

    With ``clusters`` (citation clusters, or Markdown with ``[@key, p 4]`` citations) the
    output is those citations in order: footnotes with ``mode="notes"``, else in-text.
    With ``tables`` (``cases``, ``legislation``, ``secondary``) the bibliography is split
    into OSCOLA's Table of Cases, Table of Legislation and Bibliography, with headings.
    """
    from .lang import present
    from .lang.policy import load_policy
    from .lang.present import unromanized
    from .render import render as render_items
    from .render import render_citations
    from .render.adjust import for_style
    from .render.korean_courts import in_english

    prepared = present(_items(items), style=style, script=script, romanization=romanization,
                       record=False)  # only the forms shown are worked out
    prepared = in_english(prepared, script or load_policy(style).script)
    prepared = for_style(prepared, style=style, locale=locale)
    if tables:
        from .render.tables import render_tables

        rendered = render_tables(prepared, style=style, to=to, locale=locale, which=tables)
    elif clusters is not None:
        cited_as = "notes" if mode == "notes" else "citations"
        rendered = render_citations(
            prepared, clusters, style=style, to=to, locale=locale, mode=cited_as
        )
    else:
        rendered = render_items(prepared, style=style, mode=mode, to=to, locale=locale)
    rendered.problems = unromanized(prepared, style=style, script=script) + rendered.problems
    return rendered


def format(
    items: Iterable[CSLItem],
    *,
    style: str = "oscola",
    mode: str = "bibliography",
    to: str = "text",
    locale: str | None = None,
    script: str | None = None,
    romanization: str | None = None,
) -> str:
    """Render items and return the whole output as text (any format but ``docx``).

    For Word output use ``render(..., to="docx").output``, which is bytes.
    """
    if to == "docx":
        raise UsageError("format() returns text; use render(items, to='docx').output for Word")
    output = render(
        items,
        style=style,
        mode=mode,
        to=to,
        locale=locale,
        script=script,
        romanization=romanization,
    ).output
    return output if isinstance(output, str) else output.decode("utf-8")


def write(
    items: Iterable[CSLItem], to: str, path: str | None = None, *, latex: bool = False
) -> WriteResult:
    """Write items as ``csl-json``, ``csl-yaml``, ``biblatex``, ``bibtex`` or ``ris``.

    The text is in ``.text``; ``.diagnostics`` names, per item, the fields ``to`` cannot
    hold. With ``path`` the text is also written there atomically. ``latex`` writes
    accented letters in BibTeX/BibLaTeX as LaTeX commands (Korean stays UTF-8).
    """
    from .fileio import write_atomic
    from .formats import write_library

    result = write_library(_items(items), to, latex=latex)
    if path is not None:
        write_atomic(path, result.text)
    return result


def complete(items: Iterable[CSLItem], *, fix: bool = False, **settings: object) -> Completed:
    """Fill items' missing fields from their DOI, ISBN and cited page (``citekit.verify``).

    With ``fix`` slips (a typo in a headline, a wrong day) are corrected too. ``settings``
    are ``citekit.verify.Verifier`` fields: ``offline``, ``timeout``, ``cache``, ``mailto``,
    ``allow_private``, ``endpoints``. Returns copies; each filled or corrected value records
    its source and time under ``custom.verified``.
    """
    from .verify import complete as complete_items

    return complete_items(items, fix=fix, **settings)  # type: ignore[arg-type]


def __getattr__(name: str) -> object:
    """``cite``: ``citekit.documents.cite_document``, which renders a Markdown document's
    pandoc citations with the bibliography appended (imported on first use)."""
    if name == "cite":
        from .documents import cite_document

        return cite_document
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
