"""The fuzz campaign of issue 13, seeded: parser strings, malformed files per reader, mutated texts.

Counts, per family: cases run, tracebacks (any exception but ``CitekitError`` from the API,
any exception escaping the CLI), cases over 10 s, outputs that are not valid CSL-JSON
(strict JSON, unique text ids, and the CSL schema when ``../shared/csl`` and jsonschema are
there), and exit statuses other than the docs allow (``convert``: 0, 1 or 2; ``format`` of a
file ``convert`` read: 0 or 1, never 2). The generators are ``tests/fuzz_cases.py``.

Run: ``.venv/bin/python benchmarks/fuzz.py [--seed N] [--strings 20000] [--files 1000]
[--texts 2000] [--format-every 20]``. Exit status 1 when anything failed.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz_cases import (  # noqa: E402 - after the path to the shared generators
    READERS,
    csl_json_problems,
    mutated_text,
    parser_string,
)

import citekit  # noqa: E402
from citekit.cli import main as cli  # noqa: E402
from citekit.errors import CitekitError  # noqa: E402

SLOW_SECONDS = 10.0
SUFFIX = {"csl-json": ".json", "csl-yaml": ".yaml", "bibtex": ".bib", "ris": ".ris"}


def _schema_validator():  # type: ignore[no-untyped-def]
    path = ROOT.parent / "shared" / "csl" / "csl-data.json"
    try:
        import jsonschema
    except ImportError:
        return None
    if not path.is_file():
        return None
    return jsonschema.Draft7Validator(json.loads(path.read_text(encoding="utf-8")))


class Tally:
    """What went wrong in one family, with the first few examples."""

    def __init__(self, name: str) -> None:
        self.name, self.cases, self.slowest = name, 0, 0.0
        self.failures: Counter[str] = Counter()
        self.examples: list[str] = []

    def fail(self, kind: str, case: str, detail: str = "") -> None:
        self.failures[kind] += 1
        if len(self.examples) < 5:
            self.examples.append(f"{kind}: {case[:160]!r} {detail[-400:]}")

    def timed(self, seconds: float, case: str) -> None:
        self.slowest = max(self.slowest, seconds)
        if seconds > SLOW_SECONDS:
            self.fail("over 10 s", case, f"{seconds:.1f} s")

    def line(self) -> str:
        failed = ", ".join(f"{kind} {count}" for kind, count in sorted(self.failures.items()))
        return (f"{self.name:<22} cases {self.cases:>6}  slowest {self.slowest:6.2f} s  "
                f"{failed or 'no failures'}")


def _valid(tally: Tally, written: str, case: str, validator) -> None:  # type: ignore[no-untyped-def]
    problems = csl_json_problems(written)
    if problems:
        tally.fail("invalid CSL-JSON", case, "; ".join(problems[:3]))
    elif validator is not None:
        errors = [error.message for error in validator.iter_errors(json.loads(written))]
        if errors:
            tally.fail("schema", case, "; ".join(errors[:3]))


def fuzz_parser(rng: random.Random, count: int, validator) -> Tally:  # type: ignore[no-untyped-def]
    tally = Tally("parser strings")
    for _ in range(count):
        raw = parser_string(rng)
        tally.cases += 1
        start = time.perf_counter()
        try:
            item = citekit.parse(raw)
        except CitekitError:
            continue
        except Exception:  # noqa: BLE001 - counted, the campaign goes on
            tally.fail("traceback", raw, traceback.format_exc())
            continue
        finally:
            tally.timed(time.perf_counter() - start, raw)
        _valid(tally, citekit.write([item], "csl-json").text, raw, validator)
    return tally


def _read(tally: Tally, text: str, name: str, validator) -> bool:  # type: ignore[no-untyped-def]
    """Read and write ``text`` through the API; True when it was read."""
    start = time.perf_counter()
    try:
        loaded = citekit.read(name, text=text)
        written = citekit.write(loaded.items, "csl-json").text
    except CitekitError:
        return False
    except Exception:  # noqa: BLE001 - counted, the campaign goes on
        tally.fail("traceback", text, traceback.format_exc())
        return False
    finally:
        tally.timed(time.perf_counter() - start, text)
    _valid(tally, written, text, validator)
    return True


def _cli(argv: list[str]) -> tuple[int | None, str]:
    err = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
        try:
            return cli(argv), err.getvalue()
        except SystemExit as exc:
            return int(exc.code or 0), err.getvalue()
        except Exception:  # noqa: BLE001 - a traceback is what we count
            return None, traceback.format_exc()


def fuzz_reader(rng: random.Random, reader: str, count: int, format_every: int,
                directory: Path, validator) -> Tally:  # type: ignore[no-untyped-def]
    tally = Tally(f"{reader} files")
    for number in range(count):
        text = READERS[reader](rng)
        tally.cases += 1
        name = f"case{number}{SUFFIX[reader]}"
        _read(tally, text, name, validator)
        path = directory / name
        try:
            path.write_text(text, encoding="utf-8")
        except UnicodeEncodeError:  # a lone surrogate cannot be in a file: the bytes are
            path.write_bytes(text.encode("utf-8", "surrogatepass"))
        out = directory / "out.json"
        start = time.perf_counter()
        status, err = _cli(["convert", str(path), "--to", "csl-json", "-o", str(out)])
        tally.timed(time.perf_counter() - start, text)
        if status is None or "Traceback" in err:
            tally.fail("traceback", text, err)
            continue
        if status not in (0, 1, 2):
            tally.fail(f"convert exit {status}", text, err)
        if status in (0, 1) and out.exists():
            _valid(tally, out.read_text(encoding="utf-8"), text, validator)
        if status in (0, 1) and format_every and number % format_every == 0:
            start = time.perf_counter()
            shown, err = _cli(["format", "--style", "apa", str(path)])
            tally.timed(time.perf_counter() - start, text)
            if shown is None or "Traceback" in err:
                tally.fail("traceback", text, err)
            elif shown not in (0, 1):
                tally.fail(f"format exit {shown} for a file convert read", text, err)
        out.unlink(missing_ok=True)
    return tally


def fuzz_texts(rng: random.Random, count: int, validator) -> Tally:  # type: ignore[no-untyped-def]
    tally = Tally("mutated texts")
    for number in range(count):
        tally.cases += 1
        _read(tally, mutated_text(rng), f"text{number}", validator)
    return tally


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--strings", type=int, default=20_000)
    parser.add_argument("--files", type=int, default=1_000, help="per reader")
    parser.add_argument("--texts", type=int, default=2_000)
    parser.add_argument("--format-every", type=int, default=20,
                        help="run format on every Nth file convert read (pandoc is slow)")
    args = parser.parse_args()
    validator = _schema_validator()
    started = time.perf_counter()
    schema = "on" if validator else "off (no ../shared or jsonschema)"
    print(f"seed {args.seed}; schema check {schema}", flush=True)
    tallies: list[Tally] = []

    def done(tally: Tally) -> None:  # each family as it ends: a long run shows progress
        tallies.append(tally)
        print(tally.line(), flush=True)
        for example in tally.examples:
            print("    " + example.replace("\n", " | "), flush=True)

    done(fuzz_parser(random.Random(args.seed), args.strings, validator))
    with tempfile.TemporaryDirectory() as tmp:
        for reader in sorted(READERS):
            rng = random.Random(f"{args.seed}-{reader}")
            done(fuzz_reader(rng, reader, args.files, args.format_every, Path(tmp), validator))
    done(fuzz_texts(random.Random(args.seed + 1), args.texts, validator))
    failed = sum(sum(t.failures.values()) for t in tallies)
    print(f"total cases {sum(t.cases for t in tallies)}, failures {failed}, "
          f"{time.perf_counter() - started:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
