"""URL normalisation for duplicate detection: citekit's ``library.keys.normalize_url``
against ``w3lib.url.canonicalize_url`` and ``url_normalize`` (issue #17: keep ours only if it
measures better). Needs ``pip install w3lib url-normalize``.

Builds groups of URLs that name one page (scheme, ``www.``/``m.``, host case, default port,
trailing slash, fragment, tracking parameters, parameter order, a Korean path raw and
percent-encoded) and pairs that name different pages (another path, another query value,
path case). Prints, per normaliser, the equivalent pairs it merges and the different pairs it
keeps apart, and its speed relative to ours in the same run.

    .venv/bin/python benchmarks/url_normalise.py
"""

from __future__ import annotations

import itertools
import time
from urllib.parse import quote

from citekit.library.keys import normalize_url

PAGES = [
    ("example.org", "/news/2023/article-1", "id=7&lang=ko"),
    ("www.hani.co.kr", "/arti/politics/1078.html", ""),
    (
        "kci.go.kr",
        "/kciportal/ci/sereArticleSearch/ciSereArtiView.kci",
        "sereArticleSearchBean.artiId=ART002",
    ),
    ("blog.example.com", "/북한-인권/보고서", "page=2"),
    ("Data.Example.ORG", "/Reports/Annual", ""),
]


def variants(host: str, path: str, query: str) -> list[str]:
    bare = host.removeprefix("www.")
    q = f"?{query}" if query else ""
    flipped = "&".join(reversed(query.split("&"))) if "&" in query else query
    encoded = quote(path, safe="/")
    return [
        f"https://{host}{path}{q}",
        f"http://{host}{path}{q}",
        f"https://www.{bare}{path}{q}"
        if not host.startswith("www.")
        else f"https://{bare}{path}{q}",
        f"https://{host.upper()}{path}{q}",
        f"https://{host}:443{path}{q}",
        f"https://{host}{path}/{q}",
        f"https://{host}{path}{q}#section-2",
        f"https://{host}{path}?{query + '&' if query else ''}utm_source=twitter&utm_medium=social",
        f"https://{host}{path}?{flipped}" if query else f"https://{host}{encoded}",
        f"https://{host}{encoded}{q}",
    ]


def different(host: str, path: str, query: str) -> list[tuple[str, str]]:
    base = f"https://{host}{path}"
    pairs = [(base, f"https://{host}{path}-2"), (f"{base}?x=1", f"{base}?x=2")]
    if path != path.lower():
        pairs.append((base, f"https://{host}{path.lower()}"))
    return pairs


def normalisers() -> dict[str, object]:
    found: dict[str, object] = {"citekit": normalize_url}
    try:
        from w3lib.url import canonicalize_url

        found["w3lib.canonicalize_url"] = canonicalize_url
    except ImportError:
        print("w3lib not installed: skipped")
    try:
        from url_normalize import url_normalize

        found["url_normalize"] = url_normalize
    except ImportError:
        print("url-normalize not installed: skipped")
    return found


def main() -> int:
    same = [pair for page in PAGES for pair in itertools.combinations(variants(*page), 2)]
    apart = [pair for page in PAGES for pair in different(*page)]
    baseline = None
    for name, function in normalisers().items():
        start = time.perf_counter()
        for _ in range(20):
            merged = sum(function(a) == function(b) for a, b in same)
            kept = sum(function(a) != function(b) for a, b in apart)
        took = time.perf_counter() - start
        baseline = baseline or took
        print(
            f"{name:<24} equivalent pairs merged {merged}/{len(same)} "
            f"({merged / len(same):.1%}), different pairs kept apart {kept}/{len(apart)}, "
            f"time x{took / baseline:.2f} of citekit's"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
