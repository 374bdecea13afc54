"""Choose the CSL styles the corpus is rendered through (writes ``styles.txt``).

Independent styles (no parent) with a bibliography, sampled with a fixed seed across the
collection, kept when citekit renders a trial batch with every marker intact. Run once;
``styles.txt`` is committed so that a rebuild does not depend on this trial.
"""

from __future__ import annotations

import random
import sys

from .csl_render import STYLE_LIST, marked, render_batch, style_dir
from .facts import item


def candidates() -> list[str]:
    found = []
    for path in sorted(style_dir().glob("*.csl")):
        text = path.read_text(encoding="utf-8", errors="replace")
        if 'rel="independent-parent"' in text or "<bibliography" not in text:
            continue
        found.append(path.stem)
    return found


def main(want: int = 160, seed: int = 7) -> None:
    rng = random.Random(seed)
    pool = candidates()
    rng.shuffle(pool)
    chosen: list[str] = []
    must = ["apa", "modern-language-association", "chicago-author-date",
            "chicago-note-bibliography", "harvard-cite-them-right", "ieee", "vancouver",
            "oscola", "american-sociological-association", "nature"]
    for style in must + pool:
        if len(chosen) >= want or style in chosen:
            continue
        facts = [item(rng, k) for k in range(12)]
        try:
            got = render_batch([marked(f, rng) for f in facts], style)
        except Exception as error:  # a style pandoc cannot read is skipped
            print(style, "fails:", str(error)[:80], file=sys.stderr)
            continue
        if sum(g is not None for g in got) >= 11:
            chosen.append(style)
    STYLE_LIST.write_text("\n".join(chosen) + "\n")
    print(len(chosen), "styles of", len(pool))


if __name__ == "__main__":
    main()
