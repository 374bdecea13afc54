"""Verification accuracy on the fake web of ``tests/verify_fakeweb.py`` (all on 127.0.0.1).

    .venv/bin/python benchmarks/verify_accuracy.py [--seeds 1,2,3]

For each seed: >= 60 pages in every markup kind, plus DOI and ISBN services. Prints the share
of dropped fields ``complete`` restores exactly, the share of alterations ``check --online``
reports with the right rule, and the findings on unaltered references (target: >= 95%,
>= 95%, 0).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from verify_fakeweb import FIELDS, FakeWeb, alterations, make_facts  # noqa: E402

import citekit  # noqa: E402
from citekit.check import rules  # noqa: E402
from citekit.verify import Endpoints, Verifier, complete  # noqa: E402


def measure(seed: int) -> tuple[int, int, int, int, int, Counter[str]]:
    with FakeWeb(make_facts(seed=seed)) as web:
        verifier = Verifier(endpoints=Endpoints(**web.endpoints()), allow_private=True,
                            cache=False, timeout=5)  # fmt: skip
        pairs = [(fact, fact.item(web.base)) for fact in web.facts.values()]
        dropped = [{k: v for k, v in t.items() if k not in FIELDS} for _, t in pairs]
        done = complete(dropped, verifier=verifier)
        restored = total = 0
        missed: Counter[str] = Counter()
        for (fact, truth), item in zip(pairs, done.items, strict=True):
            for name in (n for n in fact.stated if n in FIELDS):
                total += 1
                if item.get(name) == truth[name]:
                    restored += 1
                else:
                    missed[f"{fact.kind}:{name}"] += 1
        changes, expected = alterations(pairs)
        found = citekit.check(changes + [t for _, t in pairs], online=True, verifier=verifier)
        by_item: dict[str, set[str]] = {}
        for finding in found:
            if rules()[finding.rule].family == "online":
                by_item.setdefault(str(finding.location.item_id), set()).add(finding.rule)
        hits = sum(
            rule in by_item.get(i["id"], set()) for i, rule in zip(changes, expected, strict=True)
        )
        false = sum(1 for _, t in pairs if t["id"] in by_item)
        return restored, total, hits, len(changes), false, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", default="1,2,3")
    args = parser.parse_args()
    sums = [0, 0, 0, 0, 0]
    for seed in (int(s) for s in args.seeds.split(",")):
        restored, total, hits, changes, false, missed = measure(seed)
        print(
            f"seed {seed}: restored {restored}/{total} dropped fields, reported {hits}/{changes} "
            f"alterations, {false} findings on unaltered references  {dict(missed) or ''}"
        )
        for i, value in enumerate((restored, total, hits, changes, false)):
            sums[i] += value
    restored, total, hits, changes, false = sums
    print(
        f"all: complete restores {restored / total:.1%} of dropped fields (target >= 95%), "
        f"check --online reports {hits / changes:.1%} of alterations (>= 95%), "
        f"{false} findings on unaltered references (0)"
    )


if __name__ == "__main__":
    main()
