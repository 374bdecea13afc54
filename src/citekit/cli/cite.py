"""``citekit cite``: a Markdown document's pandoc citations rendered, bibliography appended."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..documents import DOCUMENT_FORMATS, cite_document
from ..documents.citations import DocumentSettings, document_settings
from ..errors import UsageError
from ..pipeline import Loaded, load
from ..sources import display_name, read_text
from .common import add_output_option, report, write_output
from .library import add_library_options, load_input


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "cite",
        help="render the citations of a Markdown document ([@key], @key) with a bibliography",
        description=(
            "Render pandoc-style citations ([@hong2023], [@kim2023a, p 3], @kim2023a says) in a "
            "Markdown document and append the bibliography. Note styles such as OSCOLA put "
            "citations in footnotes (real footnotes in Word)."
        ),
    )
    parser.add_argument("file", metavar="ARTICLE", help="Markdown document, or -")
    parser.add_argument(
        "--bib",
        action="append",
        metavar="REFS",
        help="references in any supported format, including an informal list (repeatable; "
        "default: the document's YAML bibliography:)",
    )
    add_library_options(parser)
    parser.add_argument(
        "--style",
        metavar="NAME|PATH",
        help="CSL style (default: the document's csl:, else the project's, else oscola)",
    )
    parser.add_argument(
        "--to", choices=tuple(DOCUMENT_FORMATS), help="output format (default: from OUT, else md)"
    )
    parser.add_argument(
        "--locale",
        help="CSL locale such as en-GB (default: the document's lang:, else the style's)",
    )
    parser.add_argument(
        "--reference-doc", metavar="DOCX", help="Word document whose styles the .docx output takes"
    )
    parser.set_defaults(pandoc_args=[])
    parser.epilog = "Arguments after -- go to pandoc: citekit cite a.md -o a.docx -- --toc"
    parser.add_argument("-q", "--quiet", action="store_true", help="report errors only")
    add_output_option(parser)
    parser.set_defaults(handler=run)


def _relative(csl: str | None, document: str) -> str | None:
    """A ``csl:`` path relative to the document's folder (a style name stays a name)."""
    if not csl or document == "-":
        return csl
    near = Path(document).parent / csl
    return str(near) if near.is_file() else csl


def project_style() -> str | None:
    """The default style of the project configuration, if any."""
    from ..config import settings

    return settings().get("style")


def document_format(to: str | None, out: str | None) -> str:
    """The format asked for, or the one OUT's extension names (Markdown by default)."""
    if to:
        return to
    suffix = Path(out).suffix.lower().lstrip(".") if out and out != "-" else "md"
    suffix = {"markdown": "md", "htm": "html", "latex": "tex"}.get(suffix, suffix)
    if suffix not in DOCUMENT_FORMATS:
        choices = ", ".join(f".{name}" for name in DOCUMENT_FORMATS)
        raise UsageError(f"cannot write {out}: give -o a {choices} name, or --to")
    return suffix


def bibliographies(args: argparse.Namespace, settings: DocumentSettings) -> Loaded:
    """The references: ``--library``, else every ``--bib``, else the document's
    ``bibliography:`` files (relative to the document's folder), read and put together."""
    if args.library:
        return load_input(args, None if not args.bib else args.bib[0])
    paths = list(args.bib or [])
    if not paths:
        folder = Path(args.file).parent if args.file != "-" else Path()
        for name in settings.bibliography:
            near = folder / Path(name).expanduser()
            paths.append(str(near if near.exists() or not Path(name).exists() else name))
    if not paths:
        raise UsageError(
            "give --bib REFS (or --library), or a bibliography: in the document's front matter"
        )
    together = Loaded(source=", ".join(display_name(path) for path in paths))
    for path in paths:
        loaded = load(path)
        offset = len(together.items)
        together.items += loaded.items
        together.diagnostics += loaded.diagnostics
        together.failed += [offset + index for index in loaded.failed]
    return together


def run(args: argparse.Namespace) -> int:
    to = document_format(args.to, args.output)
    markdown = read_text(args.file)
    settings = document_settings(markdown)
    library = bibliographies(args, settings)
    good = library.parsed_items
    extra = list(args.pandoc_args)
    if args.reference_doc:
        extra.append(f"--reference-doc={args.reference_doc}")
    style = args.style or _relative(settings.csl, args.file) or project_style() or "oscola"
    cited = cite_document(
        markdown,
        good,
        style=style,
        to=to,
        locale=args.locale or settings.lang,
        name=display_name(args.file),
        pandoc_args=extra,
    )
    report(library.diagnostics, quiet=args.quiet)
    report(cited.diagnostics, quiet=args.quiet)
    write_output(cited.output, args.output)
    problems = [d for d in [*library.diagnostics, *cited.diagnostics] if d.severity == "error"]
    return 1 if problems else 0
