"""``citekit library``: a local reference library (import, search, list, export, dedupe).

Other commands take ``--library [PATH]`` with the same filters through
``add_library_options`` (in ``register``) and ``load_input`` (in ``run``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from .. import library
from ..errors import CitekitError, UsageError
from ..formats import FORMATS, write_library
from ..model import CSLItem
from ..pipeline import Loaded, load
from .common import add_output_option, positive, report, write_output
from .convert import output_format

DEFAULT = "default"


def add_filter_options(parser: argparse.ArgumentParser) -> None:
    """``--tag``, ``--type``, ``--year``, ``--language``: which library items to use."""
    group = parser.add_argument_group("library filters")
    group.add_argument(
        "--tag", action="append", default=[], help="items with this tag (repeatable)"
    )
    group.add_argument("--type", metavar="CSL_TYPE", help="items of this CSL type")
    group.add_argument("--year", metavar="YEAR[-YEAR]", help="2023, 2020-2023, 2020- or -2019")
    group.add_argument("--language", metavar="LANG", help="items in this language (ko, en...)")


def add_library_options(parser: argparse.ArgumentParser) -> None:
    """For commands that read references: ``--library [PATH]`` and the filters."""
    parser.add_argument(
        "--library",
        nargs="?",
        const=DEFAULT,
        metavar="PATH",
        help=f"take references from the library (default ${library.ENV_VAR} or the data dir)",
    )
    add_filter_options(parser)


def _existing(path: str | None) -> Path:
    """The library to read, which must exist (only ``import`` creates one)."""
    where = Path(path) if path else library.default_path()
    if not where.exists():
        raise UsageError(f"no library at {where}: add references with `citekit library import`")
    return where


def _given(args: argparse.Namespace) -> dict[str, Any]:
    return {"tag": args.tag, "type": args.type, "year": args.year, "language": args.language}


def _filters(args: argparse.Namespace) -> library.Filters:
    return library.filters(**_given(args))


def library_items(args: argparse.Namespace) -> list[CSLItem]:
    """The library items selected by ``--library`` and the filters."""
    path = None if args.library == DEFAULT else args.library
    return library.items(_existing(path), **_given(args))


def load_input(args: argparse.Namespace, file: str | None) -> Loaded:
    """What a command reads: the library with ``--library`` and its filters, else ``file``."""
    if args.library:
        if file:
            raise UsageError("give either a file of references or --library, not both")
        return Loaded(source="library", items=library_items(args))
    if not file:
        raise UsageError("give a file of references (or - for standard input), or --library")
    return load(file)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "library",
        help="keep references in a local library: import, search, list, export, dedupe",
        description="A reference library in one SQLite file "
        f"(--library PATH, else ${library.ENV_VAR}, else the user data directory).",
    )
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--library", metavar="PATH", help="the library file")
    commands = parser.add_subparsers(dest="library_command", metavar="ACTION", required=True)

    imp = commands.add_parser(
        "import",
        parents=[common],
        help="import files (any format, a zotero.sqlite database too)",
        description="Import references in any format citekit reads, a Zotero database "
        "(zotero.sqlite, read from a copy: safe while Zotero runs) and Better BibTeX JSON "
        "or Zotero RDF exports included. Zotero collections become tags.",
    )
    imp.add_argument(
        "files", nargs="*", metavar="FILE", help="references in any supported format"
    )
    imp.add_argument(
        "--zotero",
        action="store_true",
        help="also import the Zotero profile's own database (its data directory, else ~/Zotero)",
    )
    imp.add_argument("--tag", action="append", default=[], help="tag every imported item")
    imp.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    imp.set_defaults(handler=run_import)

    search = commands.add_parser("search", parents=[common], help="full-text search")
    search.add_argument("query", help="words in any script; romanized Korean finds Hangul")
    search.add_argument("--limit", type=positive, default=20, help="at most this many results")
    _add_listing_options(search, default="text")
    search.set_defaults(handler=run_search)

    for name, default, text in (
        ("list", "text", "list items"),
        ("export", "csl-json", "export items"),
    ):
        listing = commands.add_parser(name, parents=[common], help=text)
        _add_listing_options(listing, default=default)
        listing.set_defaults(handler=run_list)

    dedupe = commands.add_parser("dedupe", parents=[common], help="find (and merge) duplicates")
    dedupe.add_argument("--apply", action="store_true", help="merge them, keeping every field")
    dedupe.add_argument("--to", choices=("text", "json"), default="text", help="report format")
    dedupe.set_defaults(handler=run_dedupe)

    tag = commands.add_parser("tag", parents=[common], help="add or remove tags")
    tag.add_argument("keys", nargs="+", metavar="KEY", help="citation keys")
    tag.add_argument("--add", action="append", default=[], metavar="TAG")
    tag.add_argument("--remove", action="append", default=[], metavar="TAG")
    tag.set_defaults(handler=run_tag)

    edit = commands.add_parser("set", parents=[common], help="change fields of an item")
    edit.add_argument("key", metavar="KEY", help="citation key")
    edit.add_argument(
        "fields",
        nargs="+",
        metavar="FIELD=VALUE",
        help="a CSL field and its value (JSON, or plain text); FIELD= removes the field",
    )
    edit.set_defaults(handler=run_set)

    remove = commands.add_parser("remove", parents=[common], help="remove items")
    remove.add_argument("keys", nargs="+", metavar="KEY", help="citation keys")
    remove.set_defaults(handler=run_remove)

    show = commands.add_parser("show", parents=[common], help="an item, its sources and history")
    show.add_argument("key", metavar="KEY", help="citation key")
    show.set_defaults(handler=run_show)

    reindex = commands.add_parser("reindex", parents=[common], help="rebuild the search index")
    reindex.set_defaults(handler=run_reindex)


def _add_listing_options(parser: argparse.ArgumentParser, *, default: str) -> None:
    add_filter_options(parser)
    parser.add_argument(
        "--to",
        choices=("text", "jsonl", *FORMATS),
        help=f"output format (default: from OUT's extension, else {default})",
    )
    parser.set_defaults(default_format=default)
    add_output_option(parser)


def _line(stored: library.StoredItem) -> str:
    item = stored.item
    from ..library.keys import first_author, year

    issued = year(item) or ""
    tags = f"  [{', '.join(stored.tags)}]" if stored.tags else ""
    author = first_author(item)
    return f"{stored.key}\t{issued}\t{author}\t{item.get('title', '')}{tags}\n"


def _write(found: list[library.StoredItem], args: argparse.Namespace) -> int:
    """Write items as asked; fields the format cannot hold are named as warnings."""
    to = args.to or (output_format(None, args.output) if args.output else args.default_format)
    items = [stored.item for stored in found]
    if to == "text":
        text = "".join(_line(stored) for stored in found)
    elif to == "jsonl":
        text = "".join(json.dumps(item, ensure_ascii=False) + "\n" for item in items)
    else:
        written = write_library(items, to)
        where = str(_existing(args.library))
        report(d.at(file=where) for d in written.diagnostics)
        write_output(written.text, args.output)
        return 0
    write_output(text, args.output)
    return 0


def run_import(args: argparse.Namespace) -> int:
    status = 0
    files = list(args.files)
    if args.zotero:
        from ..formats.zotero_sqlite import find_zotero_database

        files.append(str(find_zotero_database()))
    if not files:
        raise UsageError("give files to import, or --zotero")
    with library.open_library(args.library) as store:
        for path in files:
            try:
                result = library.import_file(store, path, tags=args.tag)
            except CitekitError as exc:
                print(f"citekit: {exc} (nothing imported from this file)", file=sys.stderr)
                status = 2
                continue
            report(result.diagnostics, quiet=args.quiet)
            for dup in result.duplicates:
                print(
                    f"citekit: {result.source}: warning: {dup['drop']} may duplicate "
                    f"{dup['keep']} ({dup['reason']}); see `citekit library dedupe`",
                    file=sys.stderr,
                )
            print(
                f"{path}: {len(result.added)} added, {len(result.already)} already in the library,"
                f" {result.failed} failed, {len(result.duplicates)} possible duplicates",
                file=sys.stderr,
            )
            if result.failed and not status:
                status = 1
    return status


def run_search(args: argparse.Namespace) -> int:
    with library.open_library(_existing(args.library)) as store:
        found = store.search(args.query, _filters(args), limit=args.limit)
    return _write(found, args)


def run_list(args: argparse.Namespace) -> int:
    with library.open_library(_existing(args.library)) as store:
        found = list(store.select(_filters(args)))
    return _write(found, args)


def run_dedupe(args: argparse.Namespace) -> int:
    with library.open_library(_existing(args.library)) as store:
        candidates = library.find_duplicates(store)
        if args.apply:
            rows: list[dict[str, Any]] = library.apply_merges(store, candidates)
        else:
            rows = [candidate.to_dict(store) for candidate in candidates]
    if args.to == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    else:
        verb = "merged into" if args.apply else "duplicates"
        text = "".join(f"{row['drop']} {verb} {row['keep']}: {row['reason']}\n" for row in rows)
    sys.stdout.write(text)
    return 1 if rows and not args.apply else 0


def _find(store: library.Store, key: str) -> library.StoredItem:
    stored = store.find(key)
    if stored is None:
        raise UsageError(f"no item with key {key!r} in the library")
    return stored


def run_tag(args: argparse.Namespace) -> int:
    with library.open_library(_existing(args.library)) as store, store.transaction():
        for key in args.keys:
            store.tag(_find(store, key).rowid, add=args.add, remove=args.remove)
    return 0


def _assignment(text: str) -> tuple[str, Any]:
    """``FIELD=VALUE`` as a field and its value: JSON when it parses, else the text."""
    field, equals, value = text.partition("=")
    if not equals or not field or field == "id":
        raise UsageError(f"expected FIELD=VALUE (a CSL field other than id), not {text!r}")
    try:
        return field, json.loads(value) if value else None
    except json.JSONDecodeError:
        return field, value


def run_set(args: argparse.Namespace) -> int:
    changes = dict(_assignment(text) for text in args.fields)
    with library.open_library(_existing(args.library)) as store:
        stored = _find(store, args.key)
        item = {**stored.item, **changes}
        item = {field: value for field, value in item.items() if value is not None}
        store.update(stored.rowid, item, "edit", {"fields": sorted(changes)})
    return 0


def run_remove(args: argparse.Namespace) -> int:
    with library.open_library(_existing(args.library)) as store, store.transaction():
        for key in args.keys:
            store.remove(_find(store, key).rowid, "removed", {}, into=None)
    return 0


def run_show(args: argparse.Namespace) -> int:
    with library.open_library(_existing(args.library)) as store:
        stored = _find(store, args.key)
        data = {
            "item": stored.item,
            "tags": stored.tags,
            "provenance": [
                {"source": s, "location": loc, "time": t}
                for s, loc, t in store.provenance(stored.rowid)
            ],
            "history": [vars(entry) for entry in store.history(stored.rowid)],
        }
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    with library.open_library(_existing(args.library)) as store:
        store.reindex()
    return 0
