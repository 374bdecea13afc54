"""One render: items and citations in, pandoc's citeproc run (once, or in groups), entries out."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from ..model import CSLItem
from . import Rendered
from .clusters import (
    CiteItem,
    Cluster,
    cluster_markdown,
    guard_markdown_citations,
    normalize_markdown_labels,
)
from .dashes import dash_across_roles, substitute
from .groups import render_grouped, worth_grouping
from .order import fixed_order, needs_fixing, reorder
from .output import entries_from, whole_output
from .pandoc import run_citeproc
from .prepare import (
    initialised_names,
    join_identifiers,
    name_clash_twins,
    prepare_items,
    suffixes_without_periods,
)
from .styles import Style, initials_only, initials_without_periods, resolve_style


def markdown_body(items: list[CSLItem], clusters: list[Cluster] | str | None, style: Style) -> str:
    """The citations as pandoc Markdown; None cites every item once, in input order (pandoc
    then registers them in that order, which breaks ties, e.g. year suffixes, as
    citeproc-js does), even for a bibliography."""
    if isinstance(clusters, str):
        body = normalize_markdown_labels(clusters)
        return guard_markdown_citations(body) if style.note else body
    if clusters is None:
        clusters = [Cluster(items=(CiteItem(id=item["id"]),)) for item in items]
    return "\n\n".join(cluster_markdown(c, note=style.note) for c in clusters)


def single_run(
    items: list[CSLItem],
    body: str,
    style: Style,
    *,
    mode: str,
    to: str,
    locale: str | None,
    order: list[str] | None = None,
) -> tuple[dict, bytes | None]:
    """One pandoc run; note styles get twins for authors sharing a surname (prepare.py),
    cited after everything else so that note numbers and ibid are unchanged."""
    if style.note and mode != "bibliography":
        twins = name_clash_twins(items)
        items = items + twins
        body += "".join(f"\n\n[@{{{twin['id']}}}]" for twin in twins)
    return run_citeproc(items, body, style=style, mode=mode, to=to, locale=locale, order=order)


def run(
    items: list[CSLItem],
    clusters: list[Cluster] | str | None,
    *,
    style: str,
    mode: str,
    to: str,
    locale: str | None,
) -> Rendered:
    """Render ``items``; ``clusters`` None means each item cited once, in order."""
    resolved = resolve_style(style)
    problems: list[str] = []
    prepared = join_identifiers(prepare_items(items, problems))
    if initials_without_periods(resolved):
        prepared = suffixes_without_periods(prepared)
    if initials_only(resolved):
        prepared = initialised_names(prepared)
    body = markdown_body(prepared, clusters, resolved)
    options = {"mode": mode, "to": to, "locale": locale}
    docx = None
    if clusters is None and worth_grouping(resolved, mode, to, len(items)):
        result = render_grouped(prepared, resolved, **options)  # orders itself
    elif mode != "bibliography" or not needs_fixing(resolved):
        result, docx = single_run(prepared, body, resolved, **options)
    elif to in ("rtf", "docx"):
        # pandoc writes these documents itself, so it needs the order before it runs
        order = fixed_order(prepared, resolved, body, locale)
        result, docx = single_run(prepared, body, resolved, **options, order=order)
    else:
        with ThreadPoolExecutor(max_workers=2) as pool:
            order = pool.submit(fixed_order, prepared, resolved, body, locale)
            result, docx = single_run(prepared, body, resolved, **options)
            result = reorder(result, order.result())
    problems += result.get("warnings", [])
    entries = entries_from(result, to)
    dash = substitute(resolved) if mode == "bibliography" else None
    if dash and to not in ("rtf", "docx"):  # pandoc writes those documents itself
        entries = dash_across_roles(entries, items, dash)
    document = docx if docx is not None else result.get("document")
    output = whole_output(style, mode, to, entries, document)
    return Rendered(style=style, mode=mode, entries=entries, output=output, problems=problems)
