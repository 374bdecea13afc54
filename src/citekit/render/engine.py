"""One render: items and citations in, pandoc's citeproc run (once, or in groups), entries out."""

from __future__ import annotations

import contextlib
from functools import partial

from .. import cores
from ..errors import StyleError
from ..garbage import fewer_collections
from ..model import CSLItem
from ..records import dataclass
from . import Entry, Rendered, pandoc
from .clusters import (
    Cluster,
    cluster_markdown,
    guard_markdown_citations,
    normalize_markdown_labels,
)
from .dashes import dash_across_roles, substitute
from .groups import in_chunks, notes_in_chunks, render_grouped, worth_grouping
from .ids import INTERNAL_ID, internal_clusters, internal_ids, internal_markdown
from .legal import legal_copies, own_cite
from .legal_style import with_legislation_commas
from .locales import locale_warning
from .order import fixed_order, needs_fixing, reorder
from .output import entries_from, whole_output
from .paired import last_rank, notes_and_bibliography
from .pandoc import run_citeproc, run_together
from .prepare import (
    initialised_names,
    join_identifiers,
    name_clash_twins,
    prepare_items,
    suffixes_without_periods,
)
from .ranked import in_order, rankable
from .resident import resident
from .styles import (
    Style,
    has_bibliography,
    initials_only,
    initials_without_periods,
    resolve_style,
)

MANY_RUNS = 500
"""More items than this are rendered in several pandoc runs (``groups.py``, ``ranked.py``,
``order_chunks.py``)."""


def markdown_body(
    items: list[CSLItem], clusters: list[Cluster] | str | None, style: Style, mode: str
) -> str | None:
    """The citations as pandoc Markdown; None cites every item once, in input order (pandoc
    then registers them in that order, which breaks ties, e.g. year suffixes, as
    citeproc-js does). A bibliography of every item needs no citations: None
    (``nocite``, registered in the same order; see ``pandoc.run_citeproc``)."""
    if isinstance(clusters, str):
        body = normalize_markdown_labels(clusters)
        return guard_markdown_citations(body) if style.note else body
    if clusters is None and mode == "bibliography":
        return None
    if clusters is None:  # a provision the parser found is the cite's pinpoint
        clusters = [Cluster(items=(own_cite(item, style),)) for item in items]
    return "\n\n".join(cluster_markdown(c, note=style.note) for c in clusters)


def with_twins(
    items: list[CSLItem], body: str, rank: tuple[str, str] | None = None
) -> tuple[list[CSLItem], str]:
    """``items`` and the note style's ``body`` with twins for authors sharing a surname
    (``prepare.name_clash_twins``) cited after everything else; ``rank``: a variable and
    value the twins carry (``paired.py`` ranks them last)."""
    twins = name_clash_twins(items)
    if rank:
        twins = [{**twin, rank[0]: rank[1]} for twin in twins]
    return items + twins, body + "".join(f"\n\n[@{{{twin['id']}}}]" for twin in twins)


def single_run(
    items: list[CSLItem],
    body: str | None,
    style: Style,
    *,
    mode: str,
    to: str,
    locale: str | None,
    order: list[str] | None = None,
    each_once: bool = False,
) -> tuple[dict, bytes | None]:
    """One pandoc run; note styles get twins for authors sharing a surname (prepare.py),
    cited after everything else so that note numbers and ibid are unchanged.
    ``each_once``: ``body`` cites each item once, in order (citations in plain text may
    then come from pandoc's plain writer, ``pandoc.plain_cites``)."""
    first_cites = None
    if each_once and mode != "bibliography" and body is not None and to in ("text", "json"):
        first_cites = [item["id"] for item in items]
    if style.note and mode != "bibliography" and body is not None:
        items, body = with_twins(items, body)
    return run_citeproc(
        items, body, style=style, mode=mode, to=to, locale=locale, order=order,
        first_cites=first_cites,
    )


def run(
    items: list[CSLItem],
    clusters: list[Cluster] | str | None,
    *,
    style: str,
    mode: str,
    to: str,
    locale: str | None,
) -> Rendered:
    """Render ``items``; ``clusters`` None means each item cited once, in order.

    Pandoc sees the items as ``citekit-item-N`` (ids.py), so that any user id works; the
    entries come back with the user's ids. Many items go to pandoc in many runs of
    bounded size, served by long-lived pandoc processes (``resident.py``: each run then
    skips pandoc's start-up and its collation tables), one per core."""
    with _fewer_collections(len(items)), _many_runs(len(items)) as runs:
        job = _Job.of(items, style, mode, locale)
        if isinstance(clusters, str):
            clusters = internal_markdown(clusters, job.forward)
        elif clusters is not None:
            clusters = internal_clusters(clusters, job.forward)
        resolved, prepared = job.resolved, job.prepared
        body = markdown_body(prepared, clusters, resolved, mode)
        options = {"mode": mode, "to": to, "locale": locale}
        docx = None
        if clusters is None and worth_grouping(resolved, mode, to, len(items)):
            result = render_grouped(prepared, resolved, **options)  # orders itself
        elif clusters is None and notes_in_chunks(resolved, mode, to, len(items)):
            # (each item cited once: its own footnote, whatever else is in the run)
            result = in_chunks(prepared, partial(_chunk, style=resolved, **options))
        elif mode != "bibliography" or not needs_fixing(resolved) or len(prepared) < 2:
            # (a single entry has no order to fix: no sort-key run)
            result, docx = single_run(
                prepared, body, resolved, **options, each_once=clusters is None
            )
        else:
            # the sort-key runs first, then the render in that order
            order = fixed_order(prepared, resolved, body, locale)
            variable = rankable(resolved) if body is None and to not in ("rtf", "docx") else None
            if variable:  # the order given to pandoc: runs of bounded size
                render = partial(_bibliography, **options)
                result = in_order(prepared, order, resolved, variable, render)
            elif to in ("rtf", "docx"):  # pandoc writes these itself: it needs the order
                result, docx = single_run(prepared, body, resolved, **options, order=order)
            else:
                result, docx = single_run(prepared, body, resolved, **options)
                result = reorder(result, order)
        runs.close()  # pandoc's work is done: its processes go before the entries are made
        return job.rendered(result, docx, style=style, mode=mode, to=to)


def run_paired(
    items: list[CSLItem], *, style: str, to: str, locale: str | None
) -> tuple[Rendered, Rendered]:
    """Each item's first footnote and the bibliography: ``run`` of ``notes`` and of
    ``bibliography``, from the same pandoc runs where ``paired.notes_and_bibliography``
    applies (many items, a note style, plain text), else from two renders."""
    resolved = with_legislation_commas(resolve_style(style))
    variable = rankable(resolved)
    if not (notes_in_chunks(resolved, "notes", to, len(items)) and needs_fixing(resolved)
            and variable):
        return (
            run(items, None, style=style, mode="notes", to=to, locale=locale),
            run(items, None, style=style, mode="bibliography", to=to, locale=locale),
        )
    with _fewer_collections(len(items)), _many_runs(len(items)) as runs:
        job = _Job.of(items, style, "bibliography", locale)
        prepared = job.prepared
        order = fixed_order(prepared, resolved, None, locale)
        options = {"to": to, "locale": locale}
        notes, bibliography = notes_and_bibliography(
            prepared,
            order,
            resolved,
            variable,
            together=partial(_together, **options),
            notes=partial(_chunk, style=resolved, mode="notes", **options),
            bibliography=partial(_bibliography, mode="bibliography", **options),
        )
        runs.close()
        return (
            job.rendered(notes, None, style=style, mode="notes", to=to),
            job.rendered(bibliography, None, style=style, mode="bibliography", to=to),
        )


def _many_runs(count: int) -> contextlib.ExitStack:
    """Long-lived pandoc processes for a render of many items (``MANY_RUNS``), unless the
    caller keeps its own; ``close()`` ends them (the render's memory peaks while its
    entries are made: without the processes, 10,000 OSCOLA items peak 6 MB lower)."""
    stack = contextlib.ExitStack()
    if count > MANY_RUNS and pandoc.RUNNER is None:
        stack.enter_context(resident(size=cores.available()))
    return stack


def _fewer_collections(count: int) -> contextlib.AbstractContextManager:
    """Fewer garbage collections for a render of many items (``garbage.py``)."""
    return fewer_collections() if count > MANY_RUNS else contextlib.nullcontext()


@dataclass
class _Job:
    """What a render of ``items`` hands pandoc, and what it needs to give the entries back."""

    items: list[CSLItem]
    resolved: Style
    prepared: list[CSLItem]
    user_ids: dict[str, str]
    forward: dict[str, str]
    problems: list[str]

    @classmethod
    def of(cls, items: list[CSLItem], style: str, mode: str, locale: str | None) -> _Job:
        """The items prepared for ``style`` (pandoc's repairs, internal ids)."""
        resolved = with_legislation_commas(resolve_style(style))
        if mode == "bibliography" and not has_bibliography(resolved):
            raise StyleError(
                f"style {style!r} has no <bibliography>, so it cannot list references;"
                " use --mode citations or --mode notes"
            )
        unknown_locale = locale and locale_warning(locale)
        problems: list[str] = [unknown_locale] if unknown_locale else []
        prepared = legal_copies(prepare_items(items, problems), resolved)
        prepared, user_ids = internal_ids(join_identifiers(prepared))
        if initials_without_periods(resolved):
            prepared = suffixes_without_periods(prepared)
        if initials_only(resolved):
            prepared = initialised_names(prepared)
        forward = {user: internal for internal, user in user_ids.items()}
        return cls(items, resolved, prepared, user_ids, forward, problems)

    def rendered(
        self, result: dict, docx: bytes | None, *, style: str, mode: str, to: str
    ) -> Rendered:
        """The user's entries and output from the writer's ``result``."""
        problems = self.problems + [
            _user_text(warning, self.user_ids) for warning in result.get("warnings", [])
        ]
        user_ids = self.user_ids
        entries = [
            Entry(id=";".join(user_ids.get(i, i) for i in entry.id.split(";")), text=entry.text)
            for entry in entries_from(result, to)
        ]
        dash = substitute(self.resolved) if mode == "bibliography" else None
        if dash and to not in ("rtf", "docx"):  # pandoc writes those documents itself
            entries = dash_across_roles(entries, self.items, dash)
        document = docx if docx is not None else result.get("document")
        output = whole_output(style, mode, to, entries, document)
        return Rendered(style=style, mode=mode, entries=entries, output=output, problems=problems)


def _chunk(items: list[CSLItem], *, style: Style, mode: str, to: str, locale: str | None) -> dict:
    """One chunk of a note style's first cites (``groups.in_chunks``)."""
    body = markdown_body(items, None, style, mode)
    return single_run(items, body, style, mode=mode, to=to, locale=locale, each_once=True)[0]


def _bibliography(
    items: list[CSLItem], style: Style, *, mode: str, to: str, locale: str | None
) -> dict:
    """One run of a bibliography of ``items`` (``ranked.in_order``)."""
    return single_run(items, None, style, mode=mode, to=to, locale=locale)[0]


def _together(
    items: list[CSLItem],
    cited: list[CSLItem],
    style: Style,
    variable: str,
    *,
    to: str,
    locale: str | None,
) -> tuple[dict, dict] | None:
    """One run giving the footnotes of ``cited`` and the bibliography of ``items``
    (``paired.notes_and_bibliography``; twins as in ``single_run``, ranked last), or
    None where that run cannot be made."""
    body = markdown_body(cited, None, style, "notes")
    with_them, body = with_twins(cited, body, (variable, last_rank(0)))
    twins = with_them[len(cited) :]
    return run_together(items + twins, cited, body, style=style, to=to, locale=locale)


def _user_text(message: str, user_ids: dict[str, str]) -> str:
    """A pandoc message with internal ids replaced by the user's."""
    return INTERNAL_ID.sub(lambda m: repr(user_ids.get(m.group(0), m.group(0))), message)
