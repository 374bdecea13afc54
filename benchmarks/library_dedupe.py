"""De-duplication precision and recall on a built set with known duplicates.

Each work appears once or more: variants differ in DOI form (``https://doi.org/``,
``doi:``, case), URL (tracking parameters, ``http``/``www``, trailing slash), title case
and punctuation (and a dropped letter), a subtitle one record leaves out, or script (a
Hangul title and its RR or McCune-Reischauer romanization, ``library_dedupe_titles.tsv``).
Hard negatives share author and year but are other works: one word changed, a ``Part 2``,
a new edition in another year, a correction with its own DOI.
Pairs are scored after grouping (what ``dedupe --apply`` merges); the baseline is exact
matching on the DOI or title string, run on the same set.

    .venv/bin/python benchmarks/library_dedupe.py [--works 1500] [--similarity difflib|rapidfuzz]

``--similarity rapidfuzz`` replaces the title similarity (``difflib.SequenceMatcher.ratio``)
with RapidFuzz's normalised Indel similarity (``fuzz.ratio``, the same 2·M/T measure over the
longest common subsequence), to compare the library against our code on the same set.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from library_corpus import ENGLISH_FAMILIES, ENGLISH_WORDS, KOREAN_FAMILIES, KOREAN_WORDS  # noqa: E402

from citekit.library import find_duplicates, import_items, open_library  # noqa: E402
from citekit.library.dedupe import plan_merges  # noqa: E402

HERE = Path(__file__).resolve().parent


def romanized_pairs() -> list[tuple[str, str]]:
    lines = (HERE / "library_dedupe_titles.tsv").read_text(encoding="utf-8").splitlines()
    return [tuple(line.split("\t")) for line in lines if line and not line.startswith("#")]  # type: ignore[misc]


def base_work(number: int, rng: random.Random) -> dict:
    korean = number % 3 == 0
    words = rng.sample(KOREAN_WORDS if korean else ENGLISH_WORDS, rng.randint(4, 7))
    title = " ".join(words)
    if not korean:
        title = title.capitalize()
    family = rng.choice(KOREAN_FAMILIES if korean else ENGLISH_FAMILIES)
    item = {
        "type": "article-journal",
        "title": title,
        "author": [{"family": family, "given": "Minsu"}],
        "issued": {"date-parts": [[rng.randint(1995, 2024)]]},
    }
    if number % 2 == 0:
        item["DOI"] = f"10.5555/dd.{number}"
    if number % 5 == 0:
        item["URL"] = f"https://news.example.kr/view/{number}?id={number}"
    return item


def doi_variant(item: dict, rng: random.Random) -> dict:
    copy = dict(item, title=item["title"] + ": " + rng.choice(ENGLISH_WORDS))
    copy["DOI"] = (
        rng.choice(["https://doi.org/", "doi:", "http://dx.doi.org/"]) + item["DOI"].upper()
    )
    return copy


def url_variant(item: dict, rng: random.Random) -> dict:
    url = item["URL"].replace("https://", rng.choice(["http://www.", "https://m.", "https://"]))
    url = url.replace("?", "/?") + rng.choice(
        ["&utm_source=twitter&utm_medium=social", "&fbclid=AbC", ""]
    )
    copy = {k: v for k, v in item.items() if k != "DOI"}
    copy["URL"] = url + rng.choice(["", "#comments"])
    copy["title"] = item["title"] + rng.choice([" - News Example", " | 뉴스", ""])
    return copy


def text_variant(item: dict, rng: random.Random) -> dict:
    title = rng.choice([str.upper, str.lower, str.title])(item["title"])
    words = title.split(" ")
    spot = rng.randrange(1, len(words))
    words[spot - 1] += rng.choice([",", ":", " -", ";"])
    title = " ".join(words) + rng.choice([".", "", "?"])
    copy = {k: v for k, v in item.items() if k not in ("DOI", "URL")}
    if title.isascii() and rng.random() < 0.3:  # a typo: one letter dropped
        spot = rng.randrange(1, len(title) - 1)
        title = title[:spot] + title[spot + 1 :]
    copy["title"] = f"“{title}”" if rng.random() < 0.3 else title
    return copy


def subtitle_variant(item: dict, rng: random.Random) -> dict:
    """The same work recorded with a subtitle the original left out."""
    words = KOREAN_WORDS if item["title"].split(" ")[0] in KOREAN_WORDS else ENGLISH_WORDS
    subtitle = " ".join(rng.sample(words, 3))
    copy = {k: v for k, v in item.items() if k not in ("DOI", "URL")}
    copy["title"] = item["title"] + rng.choice([": ", " - ", " — "]) + subtitle
    return copy


def negatives(item: dict, rng: random.Random) -> list[tuple[str, dict]]:
    """Other works that look like ``item``, with what sets them apart."""
    words = item["title"].split(" ")
    spot = rng.randrange(len(words))
    vocabulary = KOREAN_WORDS if words[0] in KOREAN_WORDS else ENGLISH_WORDS
    words[spot] = rng.choice([word for word in vocabulary if word != words[spot].lower()])
    other_word = dict(item, title=" ".join(words))
    other_word.pop("DOI", None)
    other_word.pop("URL", None)
    part_two = {k: v for k, v in item.items() if k not in ("DOI", "URL")}
    part_two["title"] = item["title"] + " 2"
    year = item["issued"]["date-parts"][0][0]
    edition = {k: v for k, v in item.items() if k not in ("DOI", "URL")}
    edition["issued"] = {"date-parts": [[year + rng.randint(1, 5)]]}
    found = [("part", part_two), ("edition", edition), ("word", other_word)]
    if "DOI" in item:
        erratum = {k: v for k, v in item.items() if k != "URL"}
        erratum.update(DOI=item["DOI"] + "e", title="Correction to: " + item["title"])
        found.append(("erratum", erratum))
    return found


def build(works: int, seed: int) -> list[tuple[dict, int, str]]:
    """(record, work number, variant kind) for the whole set, shuffled."""
    rng = random.Random(seed)
    records: list[tuple[dict, int, str]] = []
    number = 0
    for number in range(works):
        item = base_work(number, rng)
        records.append((item, number, "original"))
        if "DOI" in item and rng.random() < 0.5:
            records.append((doi_variant(item, rng), number, "doi"))
        if "URL" in item:
            records.append((url_variant(item, rng), number, "url"))
        if rng.random() < 0.4:
            records.append((text_variant(item, rng), number, "case-punctuation"))
        if rng.random() < 0.15:
            records.append((subtitle_variant(item, rng), number, "subtitle"))
        if rng.random() < 0.15:
            for offset, (why, negative) in enumerate(negatives(item, rng), start=1):
                records.append((negative, works * 10 + number * 10 + offset, f"negative-{why}"))
    for offset, (hangul, roman) in enumerate(romanized_pairs()):
        work = works * 100 + offset
        year = 2000 + offset % 20
        korean = {"type": "book", "title": hangul, "author": [{"family": "김", "given": "민수"}],
                  "issued": {"date-parts": [[year]]}}  # fmt: skip
        latin = {"type": "book", "title": roman, "author": [{"family": "Kim", "given": "Minsu"}],
                 "issued": {"date-parts": [[year]]}}  # fmt: skip
        records += [(korean, work, "original"), (latin, work, "hangul-romanized")]
    rng.shuffle(records)
    for index, (record, _, _) in enumerate(records):
        record["id"] = f"r{index}"
    return records


def pairs_of(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {tuple(sorted(p)) for group in groups for p in itertools.combinations(group, 2)}  # type: ignore[misc]


def components(edges: list[tuple[int, int]]) -> list[list[int]]:
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        while parent.get(node, node) != node:
            node = parent[node]
        return node

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for node in {n for edge in edges for n in edge}:
        groups[root(node)].append(node)
    return list(groups.values())


def score(predicted: set, truth: set) -> tuple[float, float]:
    hit = len(predicted & truth)
    return (hit / len(predicted) if predicted else 1.0, hit / len(truth) if truth else 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--works", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=9)
    parser.add_argument("--similarity", choices=("difflib", "rapidfuzz"), default="difflib")
    args = parser.parse_args()
    if args.similarity == "rapidfuzz":
        from rapidfuzz import fuzz

        from citekit.library import dedupe

        def rapid(a: str, b: str, *, at_least: float = 0.0) -> float:
            if not a or not b:
                return 0.0
            found = fuzz.ratio(a, b, score_cutoff=at_least * 100) / 100
            return found if found >= at_least else 0.0

        dedupe.title_similarity = rapid
    records = build(args.works, args.seed)
    by_work: dict[int, list[int]] = defaultdict(list)
    kind_of: dict[int, str] = {}
    for index, (_, work, kind) in enumerate(records):
        by_work[work].append(index)
        kind_of[index] = kind
    truth = pairs_of(list(by_work.values()))

    with tempfile.TemporaryDirectory() as tmp, open_library(Path(tmp) / "lib.sqlite") as store:
        import_items(store, ((record, None) for record, _, _ in records), "dedupe-set")
        start = time.perf_counter()
        plan = plan_merges(store, find_duplicates(store))
        took = time.perf_counter() - start
        index_of = {s.rowid: int(s.key[1:]) for s in store.select()}
    groups = [[keep] + [merge.drop for merge in merges] for keep, merges in plan.items()]
    predicted = pairs_of([[index_of[rowid] for rowid in group] for group in groups])
    precision, recall = score(predicted, truth)

    exact: dict[str, list[int]] = defaultdict(list)
    for index, (record, _, _) in enumerate(records):
        for key in (record.get("DOI"), record.get("title")):
            if key:
                exact[key].append(index)
    base_precision, base_recall = score(pairs_of(components(
        [(g[0], other) for g in exact.values() for other in g[1:]])), truth)  # fmt: skip

    print(
        f"{len(records)} records, {len(by_work)} works, {len(truth)} duplicate pairs; "
        f"find_duplicates + plan_merges {took:.2f} s"
    )
    print(f"citekit ({args.similarity}):  precision {precision:.3f}  recall {recall:.3f}")
    print(
        "baseline (exact DOI or title string): "
        f"precision {base_precision:.3f}  recall {base_recall:.3f}"
    )
    for kind in ("doi", "url", "case-punctuation", "subtitle", "hangul-romanized"):
        wanted = {p for p in truth if kind in (kind_of[p[0]], kind_of[p[1]])}
        found = len(wanted & predicted) / max(1, len(wanted))
        print(f"  recall {kind:17s} {found:.3f} ({len(wanted)} pairs)")
    false = predicted - truth
    kinds = sorted({kind_of[i] for pair in false for i in pair if kind_of[i].startswith("neg")})
    print(
        f"  false pairs {len(false)}; "
        + ", ".join(
            f"{kind} {sum(kind in (kind_of[a], kind_of[b]) for a, b in false)}" for kind in kinds
        )
    )


if __name__ == "__main__":
    main()
