"""Parser throughput on 10,000 references, as refs/s and as ratios.

Usage: python benchmarks/parse_speed.py [--n 10000] [--dev]

References are built from templates in several styles (English and Korean) so the script
needs nothing outside the repository; with ``--dev`` the raw strings of
``../shared/parse-dev/dev.jsonl`` are cycled instead (read at run time, never copied).
Reported: references per second of CPU time (wall clock too, which other processes on a
shared machine distort), the ratio to the 1,500 refs/s target, the rules alone in the same
process (so the trained labeller's share shows), the slowest single reference (target:
under 100 ms), and the ratio to a baseline run in the same process (a plain word-tokenising
pass over the same strings).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

from citekit.lang import detect_language
from citekit.parse import parse_reference
from citekit.parse.assemble import parse_draft

TARGET = 1500.0
SLOWEST = 0.100
WARM_UP = "Smith, J. (2020). A study of law. Law Review, 3(4), 1-9. 김철수, 「법」, 『법학』, 2020."
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TEMPLATES = [
    "{fam}, {ini}. ({year}). {title}. {journal}, {vol}({iss}), {p1}-{p2}. "
    "https://doi.org/10.{vol}/x{p1}",
    "{ini}. {fam}, “{title},” {journal}, vol. {vol}, no. {iss}, pp. {p1}–{p2}, {year}.",
    "{fam}, {given}. {title}. {place}: {publisher}, {year}.",
    '{fam} {ini}, "{title}" ({journal}, {month} {day}, {year}) <> accessed {month} {day}, {year}.',
    "{kfam}{kgiv}, 「{ktitle}」, 『{kjournal}』 {vol}({iss}) ({year}): {p1}–{p2}.",
    "{kfam}{kgiv}, {kfam}{kgiv} ({year}). {ktitle}. {kpub}.",
    "{kfam}{kgiv}, “{ktitle}”, {kpub}, {year}. 검색일: {year}.{iss}.{day}.",
]
CHOICES = {
    "fam": ["Smith", "García", "Kim", "Park", "Müller", "O’Neil"],
    "ini": ["J", "A. B", "K"],
    "given": ["Anna", "Jin-ho", "Peter"],
    "journal": ["Journal of Law", "Nature", "Korea Review", "Data Science Quarterly"],
    "place": ["London", "New York", "Seoul"],
    "publisher": ["Routledge", "Oxford University Press"],
    "month": ["January", "March", "October"],
    "kfam": list("김이박최정"),
    "kgiv": ["민수", "지은", "바로"],
    "kjournal": ["법학연구", "한국사연구"],
    "kpub": ["휴머니스트", "대외경제정책연구원"],
}
WORDS = [
    "model",
    "analysis",
    "network",
    "learning",
    "theory",
    "history",
    "law",
    "rights",
    "policy",
    "data",
    "system",
    "evidence",
    "review",
    "structure",
    "language",
    "memory",
]
KWORDS = [
    "인권",
    "연구",
    "분석",
    "한국어",
    "데이터",
    "북한",
    "법",
    "역사",
    "정책",
    "사회",
    "문화",
    "모델",
]


def synthetic(n: int, seed: int = 7) -> list[str]:
    """``n`` reference strings from the templates with random fields."""
    rng = random.Random(seed)
    refs = []
    for i in range(n):
        fields = {key: rng.choice(values) for key, values in CHOICES.items()}
        first = rng.randint(1, 900)
        fields.update(
            year=rng.randint(1950, 2025),
            title=" ".join(rng.choices(WORDS, k=rng.randint(3, 12))).capitalize(),
            ktitle=" ".join(rng.choices(KWORDS, k=rng.randint(2, 8))),
            vol=rng.randint(1, 120),
            iss=rng.randint(1, 12),
            day=rng.randint(1, 28),
            p1=first,
            p2=first + rng.randint(1, 40),
        )
        refs.append(TEMPLATES[i % len(TEMPLATES)].format(**fields))
    return refs


def dev_refs(n: int) -> list[str]:
    """``n`` raw strings cycled from the shared dev set."""
    path = SHARED / "parse-dev" / "dev.jsonl"
    if not path.exists():
        sys.exit(f"{path} not found")
    lines = path.read_text(encoding="utf-8").splitlines()
    raws = [json.loads(line)["raw"] for line in lines if line]
    return [raws[i % len(raws)] for i in range(n)]


def timed(function, refs: list[str]) -> tuple[float, float]:
    """(CPU seconds, wall seconds) to run ``function`` over ``refs``."""
    cpu, wall = time.process_time(), time.perf_counter()
    for ref in refs:
        function(ref)
    return time.process_time() - cpu, time.perf_counter() - wall


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--dev", action="store_true", help="cycle the shared dev strings")
    args = parser.parse_args()
    refs = dev_refs(args.n) if args.dev else synthetic(args.n)
    for warm_up in (WARM_UP, *refs[:20]):  # load tables and models outside the timing
        parse_reference(warm_up)
    word = re.compile(r"\w+")
    baseline, _ = timed(word.findall, refs)
    cpu, wall = timed(parse_reference, refs)
    rate = len(refs) / cpu
    rules, _ = timed(lambda ref: parse_draft(ref, "item"), refs)
    slowest = 0.0
    for ref in refs:
        started = time.process_time()
        parse_reference(ref)
        slowest = max(slowest, time.process_time() - started)
    titles = [parse_reference(ref).item.get("title", ref) for ref in refs[:1000]]
    language = timed(detect_language, titles)[0] * len(refs) / len(titles)
    print(
        f"parsed {len(refs)} references in {cpu:.2f} s of CPU time: {rate:,.0f} refs/s "
        f"(wall clock {wall:.2f} s: {len(refs) / wall:,.0f} refs/s on a shared machine)"
    )
    print(
        f"of which language detection (citekit.lang) about {language:.2f} s; "
        f"the parser's own work: {len(refs) / max(cpu - language, 1e-9):,.0f} refs/s"
    )
    print(f"ratio to the {TARGET:,.0f} refs/s target: {rate / TARGET:.2f}")
    print(f"rules alone, same strings: {len(refs) / rules:,.0f} refs/s (the full parse costs "
          f"{cpu / rules:.2f}x the rules)")
    print(f"slowest reference: {slowest * 1000:.1f} ms of CPU time "
          f"(target < {SLOWEST * 1000:.0f} ms)")
    print(
        f"baseline (word tokenising, same strings, same process): {len(refs) / baseline:,.0f} "
        f"refs/s; the parser costs {cpu / baseline:.0f}x the baseline"
    )
    return 0 if rate >= TARGET and slowest < SLOWEST else 1


if __name__ == "__main__":
    sys.exit(main())
