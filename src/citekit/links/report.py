"""Report writers: text, JSON lines, Markdown and HTML, all built from ``LinkResult``s."""

from __future__ import annotations

import html
import json
from collections import Counter
from collections.abc import Callable

from .audit import Audit
from .result import LinkResult

FORMATS = ("text", "jsonl", "markdown", "html")


def summary(audit: Audit) -> str:
    """``160 links: 40 ok, 10 broken, ...`` in vocabulary order."""
    counts = audit.counts()
    parts = [f"{n} {verdict}" for verdict, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return f"{len(audit.results)} links" + (": " + ", ".join(parts) if parts else "")


def _line(result: LinkResult) -> str:
    where = ":".join(str(p) for p in (result.file or "<input>", result.line) if p is not None)
    status = result.status if result.status is not None else "-"
    cached = " (cached)" if result.cached else ""
    text = f"{where}: {result.verdict} [{status}] {result.url}{cached}"
    if result.redirects:
        text += f"\n    -> {result.final_url}"
    text += f"\n    {result.reason}"
    if result.archive_url:
        text += f"\n    archived: {result.archive_url}"
    return text


def to_text(audit: Audit) -> str:
    """One block per link, then a summary line."""
    return "".join(_line(r) + "\n" for r in audit.results) + summary(audit) + "\n"


def to_jsonl(audit: Audit) -> str:
    """One JSON object per link."""
    return "".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n" for r in audit.results)


def _md(value: object) -> str:
    return str(value if value is not None else "").replace("|", "\\|").replace("\n", " ")


def to_markdown(audit: Audit) -> str:
    """A Markdown table, one row per link."""
    rows = [
        "| verdict | status | URL | final URL | archived copy | why |",
        "|---|---:|---|---|---|---|",
    ]
    for r in audit.results:
        final = r.final_url if r.redirects else ""
        cells = (r.verdict, r.status, r.url, final, r.archive_url, r.reason)
        rows.append("| " + " | ".join(_md(c) for c in cells) + " |")
    return "\n".join(rows) + f"\n\n{summary(audit)}\n"


def _link(url: str | None) -> str:
    if not url:
        return ""
    return f'<a href="{html.escape(url)}">{html.escape(url)}</a>'


def to_html(audit: Audit) -> str:
    """A standalone HTML page with one table row per link."""
    counts = Counter(r.coarse for r in audit.results)
    rows = []
    for r in audit.results:
        final = _link(r.final_url) if r.redirects else ""
        rows.append(
            f'<tr class="{r.coarse}"><td>{html.escape(r.verdict)}</td><td>{r.status or ""}</td>'
            f"<td>{_link(r.url)}</td><td>{final}</td><td>{_link(r.archive_url)}</td>"
            f"<td>{html.escape(r.reason)}</td></tr>"
        )
    head = "<tr><th>verdict</th><th>status</th><th>URL</th><th>final URL</th>"
    head += "<th>archived copy</th><th>why</th></tr>"
    style = ".dead td:first-child{color:#b00}.transient td:first-child{color:#a60}"
    return (
        '<!doctype html><html><head><meta charset="utf-8"><title>citekit link audit</title>'
        f"<style>{style}</style></head><body><h1>Link audit</h1>"
        f"<p>{html.escape(summary(audit))} ({counts['dead']} dead)</p>"
        f"<table>{head}{''.join(rows)}</table></body></html>\n"
    )


WRITERS: dict[str, Callable[[Audit], str]] = {
    "text": to_text,
    "jsonl": to_jsonl,
    "markdown": to_markdown,
    "html": to_html,
}


def write_report(audit: Audit, to: str = "text") -> str:
    """The report in one of ``FORMATS``."""
    return WRITERS[to](audit)
