"""Rules only, model only and the combination side by side on a gold file.

``combined`` is what ``citekit parse`` ships (the model reads only references the rules are
unsure of); ``ungated`` lets the model correct every reference.

    python -m training.evaluate --gold ../shared/parse-real/real.jsonl [--gold ...]
    python -m training.evaluate --emit combined < refs.txt   # one mode's JSONL on stdout

The gold files are read only to score (through their own ``score.py``); nothing here trains
on them. ``--models DIR`` scores models built with ``training.build --out DIR``.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from pathlib import Path

from .build import OUT, SHIPPED

MODES = ("rules", "model", "combined", "ungated")
SCORER = Path(__file__).resolve().parents[2] / "shared" / "parse-dev" / "score.py"


def emit(mode: str, models: Path, lines) -> None:
    import shutil
    import tempfile

    from citekit.parse.assemble import parse_draft
    from citekit.parse.model.combine import combine
    from citekit.parse.model.labeller import FIELDS_MODEL, TYPE_MODEL

    folder = models
    if mode == "model":  # the labeller trained without rule features, same type model
        folder = Path(tempfile.mkdtemp(prefix="citekit-eval-"))
        only = models / "fields-only.crfsuite"
        shutil.copy(only if only.is_file() else OUT / "fields-only.crfsuite", folder / FIELDS_MODEL)
        shutil.copy(models / TYPE_MODEL, folder / TYPE_MODEL)
    for number, line in enumerate(lines, 1):
        raw = line.rstrip("\n")
        rule = parse_draft(raw, f"ref{number}")
        if mode == "rules":
            result = rule
        else:
            result = combine(rule, f"ref{number}", with_rules=mode != "model",
                             gate=mode == "combined", directory=folder)
        sys.stdout.write(json.dumps(result.item, ensure_ascii=False) + "\n")


def score(gold: str, mode: str, models: Path) -> dict:
    command = (f"{shlex.quote(sys.executable)} -m training.evaluate --emit {mode}"
               f" --models {shlex.quote(str(models))}")
    done = subprocess.run([sys.executable, str(SCORER), "--gold", gold, "--cmd", command,
                           "--json"], capture_output=True, text=True, check=True,
                          cwd=Path(__file__).resolve().parents[1])
    return json.loads(done.stdout)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--gold", action="append", default=[])
    parser.add_argument("--emit", choices=MODES)
    parser.add_argument("--models", type=Path, default=SHIPPED)
    args = parser.parse_args(argv)
    if args.emit:
        emit(args.emit, args.models, sys.stdin)
        return
    print(f"{'gold':<12} {'mode':<9} {'micro-F1':>8} {'en':>6} {'ko-mixed':>8} {'fully right':>11}")
    for gold in args.gold:
        for mode in MODES:
            report = score(gold, mode, args.models)
            print(f"{Path(gold).stem:<12} {mode:<9} " + _row(report))


def _row(report: dict) -> str:
    subsets = report["subsets"]

    def f1(name: str) -> float:
        return subsets.get(name, {}).get("micro", {}).get("f1", float("nan"))

    return (f"{f1('all'):8.3f} {f1('en'):6.3f} {f1('ko-mixed'):8.3f} "
            f"{subsets['all']['fully_correct']:11.1%}")


if __name__ == "__main__":
    main()
