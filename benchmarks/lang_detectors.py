"""Compare statistical language detectors behind citekit's script rules on the lang-dev set.

    python benchmarks/lang_detectors.py [../shared/lang-dev/langid.jsonl]

Prints, per detector, accuracy on the unambiguous strings and time per string; the
baseline is langdetect (the foundation's choice), run in the same process.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from citekit.lang import detect

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "lang-dev" / "langid.jsonl"


def _langdetect(text: str) -> str | None:
    from langdetect import DetectorFactory, detect_langs

    DetectorFactory.seed = 0
    try:
        ranked = detect_langs(text)
    except Exception:  # noqa: BLE001 - langdetect raises its own bare errors on odd input
        return None
    allowed = [guess.lang for guess in ranked if guess.lang in detect.LATIN_LANGUAGES]
    return allowed[0] if allowed else None


DETECTORS = {"langdetect": _langdetect, "py3langid": detect.statistical_language}


def main() -> int:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else DATA
    if not path.is_file():
        print(f"no data at {path}", file=sys.stderr)
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    rows = [row for row in rows if not row.get("ambiguous")]
    for name, statistical in DETECTORS.items():
        right = 0
        start = time.perf_counter()
        for row in rows:
            guess = detect.detect_language(row["input"], statistical=statistical)
            right += guess == row["expected"]
        elapsed = time.perf_counter() - start
        print(
            f"{name:12s} {right}/{len(rows)} = {right / len(rows):.1%}",
            f"{elapsed / len(rows) * 1000:.2f} ms/string",
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
