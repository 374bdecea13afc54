"""Adapter for ``../shared/links/score.py``: audit URLS (with META) and print one JSON line each.

    python benchmarks/links_adapter.py URLS META

META holds ``{"url", "title", "accessed"}`` per line; each URL becomes a CSL-JSON item with
its cited title and access date. The archive endpoint comes from ``LINKAUDIT_WAYBACK``.
The cache is off unless ``CITEKIT_LINKS_CACHE`` names an SQLite file (for warm-cache runs).
"""

from __future__ import annotations

import json
import os
import sys

from citekit.links import audit_links


def items(urls_path: str, meta_path: str | None) -> list[dict]:
    """CSL-JSON items for the URLs, with the cited title and access date from META."""
    meta: dict[str, dict] = {}
    if meta_path and os.path.exists(meta_path):
        with open(meta_path, encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    record = json.loads(line)
                    meta[record["url"]] = record
    found = []
    with open(urls_path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            url = line.strip()
            if not url:
                continue
            item = {"id": f"u{number}", "type": "webpage", "URL": url}
            record = meta.get(url, {})
            if record.get("title"):
                item["title"] = record["title"]
            if record.get("accessed"):
                item["accessed"] = {"date-parts": [[int(p) for p in record["accessed"].split("-")]]}
            found.append(item)
    return found


def main(argv: list[str]) -> int:
    urls_path = argv[1] if len(argv) > 1 else os.environ["LINKAUDIT_URLS"]
    meta_path = argv[2] if len(argv) > 2 else os.environ.get("LINKAUDIT_META")
    wayback = os.environ.get("LINKAUDIT_WAYBACK")
    audit = audit_links(
        items(urls_path, meta_path),
        archive=bool(wayback),
        archive_api=wayback or "",
        cache=os.environ.get("CITEKIT_LINKS_CACHE") or False,
        allow_private=True,
    )
    out = sys.stdout
    for result in audit.results:
        row = {
            "url": result.url,
            "verdict": result.verdict,
            "status": result.status,
            "final_url": result.final_url,
            "archive_url": result.archive_url,
        }
        out.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"fetched {audit.fetched} of {len(audit.results)} URLs", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
