"""Rules only, model only and the combination side by side on a gold file.

``shipped`` is what ``citekit parse`` does: the rules' values, with the model's confidence in
each field (its values equal the rules', so the second table compares the doubtful fields
each lists with the fields actually wrong). ``corrected`` lets the model replace the rules'
reading of a field where it is sure and doubts theirs, in references the rules are unsure
of; ``corrected-all`` in every reference; ``confidence-all`` is ``shipped`` with the model
reading every reference, not only those the rules doubt.

    python -m training.evaluate --gold ../shared/parse-real/real.jsonl [--gold ...]
    python -m training.evaluate --emit shipped < refs.txt   # one mode's JSONL on stdout

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

MODES = ("rules", "model", "corrected", "corrected-all", "shipped", "confidence-all")
COMPARED = ("author", "title", "container-title", "issued", "volume", "issue", "page",
            "publisher", "URL", "DOI", "type")
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
                             correct=mode.startswith("corrected"),
                             gate=mode in ("corrected", "shipped"), directory=folder)
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
    print(f"{'gold':<12} {'mode':<13} {'micro-F1':>8} {'en':>6} {'ko-mixed':>8}"
          f" {'fully right':>11}")
    for gold in args.gold:
        for mode in MODES:
            report = score(gold, mode, args.models)
            print(f"{Path(gold).stem:<12} {mode:<13} " + _row(report))
    print("\ndoubtful fields (custom.parse-uncertain) against the fields actually wrong")
    for gold in args.gold:
        for mode in ("rules", "shipped", "confidence-all"):
            print(f"{Path(gold).stem:<12} {mode:<13} " + doubt_row(gold, mode, args.models))


def doubt_row(gold: str, mode: str, models: Path) -> str:
    """How many of the fields a mode lists as doubtful are wrong, and of the others."""
    import io
    from contextlib import redirect_stdout

    rows = [json.loads(line) for line in Path(gold).read_text("utf-8").splitlines() if line]
    out = io.StringIO()
    with redirect_stdout(out):
        emit(mode, models, [row["raw"] + "\n" for row in rows])
    counts = {"doubtful": [0, 0], "other": [0, 0]}  # [wrong, all]
    for row, line in zip(rows, out.getvalue().splitlines(), strict=True):
        item, truth = json.loads(line), row["csl"]
        doubtful = set(item.get("custom", {}).get("parse-uncertain", []))
        for name in COMPARED:
            if name in row.get("unscored", []) or (name not in truth and name not in item):
                continue
            kind = counts["doubtful" if name in doubtful else "other"]
            kind[0] += _plain(item.get(name)) != _plain(truth.get(name))
            kind[1] += 1
    wrong = counts["doubtful"][0] + counts["other"][0]
    return (f"doubtful {counts['doubtful'][0]}/{counts['doubtful'][1]} wrong, others "
            f"{counts['other'][0]}/{counts['other'][1]} wrong; {counts['doubtful'][0]}/{wrong}"
            " of the wrong fields flagged")


def _plain(value: object) -> object:
    """A field for comparison: names by family and given, dates by their parts, text folded."""
    if isinstance(value, list):
        return [(str(n.get("family", n.get("literal", ""))).casefold(),
                 str(n.get("given", ""))[:1].casefold()) for n in value if isinstance(n, dict)]
    if isinstance(value, dict):
        return value.get("date-parts")
    return " ".join(str(value).casefold().split()) if value is not None else None


def _row(report: dict) -> str:
    subsets = report["subsets"]

    def f1(name: str) -> float:
        return subsets.get(name, {}).get("micro", {}).get("f1", float("nan"))

    return (f"{f1('all'):8.3f} {f1('en'):6.3f} {f1('ko-mixed'):8.3f} "
            f"{subsets['all']['fully_correct']:11.1%}")


if __name__ == "__main__":
    main()
