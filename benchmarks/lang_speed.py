"""Throughput of citekit.lang on titles, against the ``hanja`` package run in the same process.

    python benchmarks/lang_speed.py [N]

Reads the Korean titles of examples/refs.txt-like strings built below, N times over
(default 200), and prints strings per second for Hanja reading (ours and the ``hanja``
package's per-character ``translate``, the baseline), RR and MR romanization, detection
and ``present``, with each ratio to the baseline.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

import hanja

from citekit.lang import detect_language, hangul_reading, present, romanize

TITLES = [
    "美, 납북피해 계속 지원… 北과의 인권싸움 물러나지 않을 것",
    '韓美, 납북자 가족 공동 면담… "北인권 싸움서 지지 않겠다"',
    "16세기 財産相續과 祭祀承繼의 실태",
    "분재기에 나타난 조선 중기 상속 문화와 가족제도",
    "KorQuAD 2.0: 웹문서 기계독해를 위한 한국어 질의응답 데이터셋",
]


def rate(job: Callable[[str], object], strings: list[str]) -> float:
    """Strings per second for ``job`` over ``strings`` (after one warm-up call)."""
    job(strings[0])
    start = time.perf_counter()
    for text in strings:
        job(text)
    return len(strings) / (time.perf_counter() - start)


def main() -> int:
    repeat = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    strings = TITLES * repeat
    items = [
        {"id": str(i), "title": t, "container-title": "세계일보"} for i, t in enumerate(strings)
    ]
    baseline = rate(lambda t: hanja.translate(t, "substitution"), strings)
    print(f"baseline hanja.translate: {baseline:,.0f} strings/s ({len(strings)} strings)")
    jobs: dict[str, Callable[[str], object]] = {
        "hangul_reading": hangul_reading,
        "romanize rr": romanize,
        "romanize mr": lambda t: romanize(t, system="mr"),
        "detect_language": detect_language,
    }
    for name, job in jobs.items():
        speed = rate(job, strings)
        print(f"{name:16s} {speed:,.0f} strings/s  ratio to baseline {speed / baseline:.2f}")
    start = time.perf_counter()
    present(items, style="apa", script="romanized")
    speed = len(items) / (time.perf_counter() - start)
    print(f"{'present apa':16s} {speed:,.0f} items/s    ratio to baseline {speed / baseline:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
