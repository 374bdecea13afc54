"""What the page asks for, done with citekit's public API (read, render, check, write...).

Functions here take and return plain JSON-ready data; ``app`` only routes requests to them.
Nothing here opens a path that came from the page: names are labels, uploads stay in memory
or in the server's own temporary folder under names the server chose.
"""

from __future__ import annotations

import re
import secrets
import tempfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import citekit
from citekit import library

from ..check import fix as apply_fixes
from ..check import load_checked
from ..check import styles as check_styles
from ..diagnostics import Diagnostic
from ..errors import StyleError, UsageError
from ..model import CSLItem
from ..render.styles import style_ids
from .jobs import Job
from .memo import Memo, digest
from .options import ServeOptions

MODES = ("bibliography", "notes", "citations")
SCRIPTS = ("original", "romanized", "both")
ROMANIZATIONS = ("rr", "mr", "ala-lc")
FAVOURITE_STYLES = ("oscola", "apa")
STYLE_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,120}")
UPLOAD_ID = re.compile(r"upload:([0-9a-f]{16})")
ARTICLE_NAME = "article"

EXPORTS: dict[str, tuple[str, str]] = {
    # format: (file extension, media type)
    "docx": ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "rtf": ("rtf", "application/rtf"),
    "html": ("html", "text/html; charset=utf-8"),
    "bibtex": ("bib", "application/x-bibtex; charset=utf-8"),
    "biblatex": ("bib", "application/x-bibtex; charset=utf-8"),
    "ris": ("ris", "application/x-research-info-systems; charset=utf-8"),
    "csl-json": ("json", "application/json; charset=utf-8"),
}


class Memos:
    """One server's remembered answers (``memo.py``): lists as read, renders, checks."""

    def __init__(self) -> None:
        self.read = Memo(8, copied=True)
        self.render = Memo(64)
        self.check = Memo(16)


class PageError(Exception):
    """A request the page made that cannot be served; ``status`` is the HTTP status."""

    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


def safe_name(name: object, default: str = "pasted list") -> str:
    """A file name from the page as a label only: no folders, no control characters."""
    text = str(name or "")
    text = re.split(r"[\\/]", text)[-1]
    text = "".join(ch for ch in text if ch.isprintable()).strip().lstrip(".")
    return text[:80] or default


def bounded_text(text: object, options: ServeOptions, what: str = "the pasted list") -> str:
    """The text, if it is text and within the paste bound."""
    if not isinstance(text, str):
        raise PageError(f"{what} must be text")
    if len(text) > options.max_paste:
        size, limit = len(text) / 1_000_000, options.max_paste / 1_000_000
        raise PageError(
            f"{what} has {size:.1f} million characters; the page takes up to {limit:.1f}"
            " million at a time: split it into parts",
            413,
        )
    return text


def decode_upload(name: str, data: bytes, options: ServeOptions) -> dict[str, Any]:
    """Decode an uploaded file as citekit decodes files (UTF-8/16, CP949...), in a private
    folder under a name the server chose; the upload's own name is a label."""
    label = safe_name(name, "upload")
    suffix = Path(label).suffix.lower()
    suffix = suffix if re.fullmatch(r"\.[a-z0-9]{1,8}", suffix) else ".txt"
    with tempfile.TemporaryDirectory(prefix="citekit-serve-") as folder:
        path = Path(folder) / f"upload{suffix}"
        path.write_bytes(data)
        try:
            _, text = load_checked(str(path))
        except citekit.InputError as error:
            raise PageError(f"{label}: {error.reason or error}") from error
    return {"name": label, "text": bounded_text(text, options, label)}


def _diagnostic(found: Diagnostic, names: dict[str, str] | None = None) -> dict[str, Any]:
    data = found.to_dict()
    where = data["location"]
    if names and where.get("file") in names:
        where["file"] = names[where["file"]]
    data["fixable"] = bool(found.fix and where.get("line") and where.get("column"))
    return data


def _scores(value: object) -> dict[str, float]:
    """The parser's per-field confidence, where it gives one (``custom.parse-field-confidence``)."""
    if not isinstance(value, dict):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, (int, float))}


def _read(label: str, text: str, memos: Memos | None) -> citekit.Loaded:
    """``citekit.read`` of the text, remembered (a copy: callers change the items)."""
    if memos is None:
        return citekit.read(label, text=text)
    return memos.read.get(digest("read", label, text), lambda: citekit.read(label, text=text))


def read_list(
    name: object, text: object, options: ServeOptions, memos: Memos | None = None
) -> dict[str, Any]:
    """Items read from pasted text (any format citekit reads), with each row's doubts."""
    label = safe_name(name)
    body = bounded_text(text, options)
    loaded = _read(label, body, memos)
    if len(loaded.items) > options.max_references:
        raise PageError(
            f"{label} has {len(loaded.items)} references; the page takes up to"
            f" {options.max_references} at a time: split the list",
            413,
        )
    by_item: dict[str, list[dict[str, Any]]] = {}
    for found in loaded.diagnostics:
        by_item.setdefault(found.location.item_id or "", []).append(_diagnostic(found))
    failed = set(loaded.failed)
    rows = []
    for index, item in enumerate(loaded.items):
        custom = item.get("custom") if isinstance(item.get("custom"), dict) else {}
        ref = loaded.references[index] if index < len(loaded.references) else None
        rows.append(
            {
                "raw": ref.raw if ref else None,
                "line": ref.line if ref else None,
                "failed": index in failed,
                "uncertain": [str(f) for f in custom.get("parse-uncertain") or []],
                "confidence": custom.get("parse-confidence"),
                "field_confidence": _scores(custom.get("parse-field-confidence")),
                "diagnostics": by_item.get(str(item.get("id")), []),
            }
        )
    general = by_item.get("", [])
    return {"name": label, "items": loaded.items, "rows": rows, "diagnostics": general}


class Styles:
    """Style ids the page may name, and the .csl files it uploaded (kept in a private folder)."""

    def __init__(self, options: ServeOptions) -> None:
        self.options = options
        self._folder = tempfile.TemporaryDirectory(prefix="citekit-styles-")
        self.uploaded: dict[str, tuple[str, Path]] = {}

    def close(self) -> None:
        self._folder.cleanup()

    def search(self, query: str, limit: int = 30) -> list[dict[str, str]]:
        """Style ids containing every word of ``query``; OSCOLA and APA first."""
        words = query.lower().split()
        found = [
            {"id": f"upload:{key}", "title": title} for key, (title, _) in self.uploaded.items()
        ]
        found = [s for s in found if all(w in s["title"].lower() for w in words)]
        ids = [s for s in FAVOURITE_STYLES if s in style_ids()]
        ids += [s for s in style_ids() if s not in FAVOURITE_STYLES]
        for style in ids:
            if len(found) >= limit:
                break
            if all(word in style for word in words):
                found.append({"id": style, "title": style})
        return found

    def upload(self, name: str, data: bytes) -> dict[str, str]:
        label = safe_name(name, "style.csl")
        if len(data) > self.options.max_style:
            raise PageError(f"{label} is larger than {self.options.max_style // 1024} kB", 413)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise PageError(f"{label} is not UTF-8 text (byte {error.start})") from error
        if "<style" not in text or "purl.org/net/xbiblio/csl" not in text:
            raise PageError(f"{label} is not a CSL style (no <style> in the CSL namespace)")
        title = re.search(r"<title>([^<]{1,200})</title>", text)
        key = secrets.token_hex(8)
        path = Path(self._folder.name) / f"{key}.csl"
        path.write_text(text, encoding="utf-8")
        shown = f"{label} ({title.group(1).strip()})" if title else label
        self.uploaded[key] = (shown, path)
        return {"id": f"upload:{key}", "title": shown}

    def resolve(self, style: object) -> str:
        """What to hand to ``citekit.render``: a known id, or an uploaded file's path."""
        text = str(style or "")
        upload = UPLOAD_ID.fullmatch(text)
        if upload:
            if upload.group(1) not in self.uploaded:
                raise PageError(
                    "that uploaded style is gone (the server restarted): upload it again"
                )
            return str(self.uploaded[upload.group(1)][1])
        if not STYLE_ID.fullmatch(text):
            raise PageError(f"{text[:60]!r} is not a style id (letters, digits and hyphens)")
        if text not in style_ids():
            raise StyleError(f"unknown style {text!r}")
        return text


def _choice(value: object, allowed: Sequence[str], what: str, default: str | None) -> str | None:
    if value in (None, ""):
        return default
    if value not in allowed:
        raise PageError(f"unknown {what} {value!r}; choose one of {', '.join(allowed)}")
    return str(value)


def _items(items: object, options: ServeOptions) -> list[CSLItem]:
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise PageError("items must be a list of CSL-JSON objects")
    if len(items) > options.max_references:
        raise PageError(f"more than {options.max_references} references at a time", 413)
    return items


def _view(request: dict[str, Any], styles: Styles) -> dict[str, Any]:
    return {
        "style": styles.resolve(request.get("style") or "oscola"),
        "mode": _choice(request.get("mode"), MODES, "mode", "bibliography"),
        "script": _choice(request.get("script"), SCRIPTS, "script", None),
        "romanization": _choice(request.get("romanization"), ROMANIZATIONS, "romanization", None),
    }


def render_list(
    request: dict[str, Any], styles: Styles, options: ServeOptions, memos: Memos | None = None
) -> dict[str, Any]:
    """The items rendered as HTML entries (escaped by pandoc), in output order: one
    ``citekit.render`` of them all (remembered, keyed by the items and the choices)."""
    items = _items(request.get("items"), options)
    if not items:
        return {"entries": [], "problems": []}
    view = _view(request, styles)

    def rendered() -> dict[str, Any]:
        result = citekit.render(items, to="html", **view)
        return {
            "entries": [{"id": entry.id, "html": entry.text} for entry in result.entries],
            "problems": list(result.problems),
        }

    if memos is None:
        return rendered()
    return memos.render.get(digest("render", items, view, request.get("style")), rendered)


def _loaded(
    request: dict[str, Any], options: ServeOptions, memos: Memos | None = None
) -> tuple[citekit.Loaded, str | None, list[CSLItem]]:
    """The list as ``check`` sees it: the pasted text (for columns and fixes) with its
    parsed items, then the library items; and the rows the page edited, which are checked
    as their fields now say (their raw text no longer says what they are)."""
    name = safe_name(request.get("name"))
    items = _items(request.get("items"), options)
    edited = {i for i in request.get("edited") or [] if isinstance(i, int)}
    text = request.get("text")
    if isinstance(text, str) and text.strip():
        text = bounded_text(text, options)
        loaded = _read(name, text, memos)
        count = len(loaded.items)
        if len(items) < count:
            raise PageError("the items do not match the text: read the list again")
        changed = [items[i] for i in sorted(edited) if i < count]
        loaded.items = loaded.items + items[count:]
        return loaded, text, changed
    return citekit.Loaded(source=name, items=items), None, []


def _found(
    request: dict[str, Any], options: ServeOptions, memos: Memos | None = None, **extra: Any
) -> list[Diagnostic]:
    loaded, text, changed = _loaded(request, options, memos)
    style = _check_style(request)
    found = citekit.check(loaded, text=text, style=style, **extra)
    if changed:
        ids = {item.get("id") for item in changed}
        found = [d for d in found if d.location.item_id not in ids]
        found += citekit.check(changed, style=style)
    return found


def _check_style(request: dict[str, Any]) -> str:
    """The checks' policy for the chosen style: its own where the checks know it, else OSCOLA."""
    style = str(request.get("style") or "")
    return style if style in check_styles() else "oscola"


def check_list(
    request: dict[str, Any], options: ServeOptions, memos: Memos | None = None
) -> dict[str, Any]:
    """Check findings for each item, and for the pasted article's citations if given
    (remembered, keyed by the whole request).

    Each finding has a ``key`` that ``fix_list`` takes to apply its fix.
    """
    if memos is None:
        return _check_list(request, options, None)
    asked = {k: request.get(k) for k in ("name", "text", "items", "edited", "style", "article")}
    key = digest("check", asked, date.today().isoformat())  # (dates are checked against today)
    return memos.check.get(key, lambda: _check_list(request, options, memos))


def _check_list(
    request: dict[str, Any], options: ServeOptions, memos: Memos | None
) -> dict[str, Any]:
    article = request.get("article")
    with tempfile.TemporaryDirectory(prefix="citekit-serve-") as folder:
        doc, names = None, {}
        if isinstance(article, str) and article.strip():
            doc = Path(folder) / "article.md"
            doc.write_text(bounded_text(article, options, "the article"), encoding="utf-8")
            names = {str(doc): ARTICLE_NAME, doc.name: ARTICLE_NAME}
        found = _found(request, options, memos, doc=doc)
    findings = [{**_diagnostic(d, names), "key": number} for number, d in enumerate(found)]
    return {"findings": findings, "style": _check_style(request)}


def fix_list(
    request: dict[str, Any], options: ServeOptions, memos: Memos | None = None
) -> dict[str, Any]:
    """The pasted text with the chosen safe fixes applied (``keys`` from ``check_list``)."""
    text = request.get("text")
    if not isinstance(text, str) or not text.strip():
        raise PageError("fixes change the pasted text, and there is none")
    keys = request.get("keys")
    if not isinstance(keys, list):
        raise PageError("keys must be a list of finding numbers")
    found = _found(request, options, memos)
    chosen = [found[k] for k in keys if isinstance(k, int) and 0 <= k < len(found)]
    fixed = apply_fixes(bounded_text(text, options), chosen)
    return {"text": fixed.text, "applied": len(fixed.applied)}


def export(
    request: dict[str, Any], styles: Styles, options: ServeOptions
) -> tuple[bytes, str, str]:
    """The list as a file: (content, media type, file name)."""
    fmt = str(request.get("format") or "")
    if fmt not in EXPORTS:
        raise PageError(f"unknown download format {fmt!r}; choose one of {', '.join(EXPORTS)}")
    items = _items(request.get("items"), options)
    if not items:
        raise PageError("there are no references to download")
    extension, media = EXPORTS[fmt]
    if fmt in ("docx", "rtf", "html"):
        output = citekit.render(items, to=fmt, **_view(request, styles)).output
        data = output if isinstance(output, bytes) else output.encode("utf-8")
    else:
        data = citekit.write(items, fmt).text.encode("utf-8")
    return data, media, f"references.{extension}"


def audit(job: Job, request: dict[str, Any], options: ServeOptions) -> dict[str, Any]:
    """The link audit of the items' URLs, reporting each settled URL to the page."""
    items = _items(request.get("items"), options)
    done = 0

    def progress(verdict: str, total: int) -> None:
        nonlocal done
        done += 1
        job.progress(done=done, total=total, verdict=verdict)

    with_urls = [item for item in items if isinstance(item.get("URL"), str) and item["URL"]]
    job.progress(done=0, total=len({item["URL"] for item in with_urls}), verdict=None)
    result = citekit.audit_links(
        with_urls,
        archive=bool(request.get("archive", True)),
        archive_api=options.archive_api,
        cache=options.link_cache,
        allow_private=options.allow_private_links,
        progress=progress,
    )
    results = []
    for link in result.results:
        entry = link.to_dict()
        entry["replacement"] = link.replacement
        results.append(entry)
    return {
        "results": results,
        "counts": dict(result.counts()),
        "diagnostics": [_diagnostic(d) for d in result.diagnostics],
    }


def library_save(request: dict[str, Any], options: ServeOptions) -> dict[str, Any]:
    """Import the items into the local library (identical ones only gain provenance)."""
    items = _items(request.get("items"), options)
    tags = [str(t).strip() for t in request.get("tags") or [] if str(t).strip()]
    source = f"citekit serve: {safe_name(request.get('name'))}"
    with library.open_library(options.library) as store:
        report = library.import_items(store, [(item, None) for item in items], source, tags)
    return {**report.to_dict(), "added": report.added, "already": report.already}


def library_search(query: str, options: ServeOptions, limit: int = 50) -> dict[str, Any]:
    """Library items matching ``query`` (Hangul, Hanja or romanized), or the latest ones."""
    if len(query) > 500:
        raise PageError("the search is longer than 500 characters")
    with library.open_library(options.library) as store:
        if query.strip():
            found = store.search(query, limit=limit)
        else:
            found = []
            for stored in store.select():
                found.append(stored)
                if len(found) >= limit:
                    break
        total = store.count()
    return {
        "items": [{**stored.item, "id": stored.key} for stored in found],
        "tags": {stored.key: stored.tags for stored in found},
        "total": total,
    }


__all__ = [
    "EXPORTS",
    "Memos",
    "PageError",
    "Styles",
    "UsageError",
    "audit",
    "check_list",
    "decode_upload",
    "export",
    "fix_list",
    "library_save",
    "library_search",
    "read_list",
    "render_list",
    "safe_name",
]


def warm_up() -> None:
    """Render two made-up items once, so that the first paste finds the long-lived pandoc
    processes started (one for the entries, one for the order) and citekit imported."""
    items = [
        {
            "id": f"warm{n}",
            "type": "book",
            "title": f"Warm {n}",
            "issued": {"date-parts": [[2020]]},
            "author": [{"family": "Kim", "given": "A"}],
        }
        for n in (1, 2)
    ]
    try:
        citekit.render(items, style="oscola", to="html")
        citekit.check(items, style="oscola")
    except citekit.CitekitError:
        pass
