"""Long lists parse on every core in the command line, and give exactly one process's result."""

from __future__ import annotations

import importlib
import json
import os
import threading

import pytest
from conftest import ROOT

from citekit import cli, cores, parse_pool
from citekit.pipeline import Loaded, load_text

REFERENCES = (ROOT / "tests" / "data" / "clean_oscola.txt").read_text("utf-8").splitlines()
parse_package = importlib.import_module("citekit.parse")  # ``citekit.parse`` is the API's function
BROKEN = "This reference breaks the parser"


def _text() -> str:
    """Sixty-odd references: the clean OSCOLA list, one that breaks the parser, and repeats
    that share citation keys (the keys are given after the parse, across the whole list)."""
    return "\n".join([*REFERENCES, BROKEN, *REFERENCES[:6]]) + "\n"


def _summary(loaded: Loaded) -> tuple[str, list[str], list[int]]:
    items = json.dumps(loaded.items, sort_keys=True, ensure_ascii=False)
    return items, [str(d) for d in loaded.diagnostics], loaded.failed


@pytest.fixture
def small_slices(monkeypatch: pytest.MonkeyPatch) -> None:
    """Short lists take the parallel path, in slices of seven references. Earlier tests may
    leave an idle daemon thread (the link audit's watchdog), which the workers never use."""
    monkeypatch.setattr(parse_pool, "other_threads", lambda: False)
    monkeypatch.setattr(parse_pool, "MIN_PARALLEL", 10)
    monkeypatch.setattr(parse_pool, "SLICE", 7)
    real = parse_package.parse_reference

    def parse_or_break(raw: str, item_id: str):  # type: ignore[no-untyped-def]
        if raw == BROKEN:
            raise ValueError("a broken parser")
        return real(raw, item_id=item_id)

    monkeypatch.setattr(parse_package, "parse_reference", parse_or_break)


def _parsed_with(workers: int) -> Loaded:
    previous = parse_pool.use_workers(workers)
    try:
        return load_text(_text(), "refs.txt")
    finally:
        parse_pool.use_workers(previous)


def test_workers_give_one_process_result(small_slices: None) -> None:
    alone, shared = _parsed_with(1), _parsed_with(2)
    assert _summary(shared) == _summary(alone)
    assert shared.failed == [len(REFERENCES)]  # the broken one, reported in its place
    assert len({item["id"] for item in shared.items}) == len(shared.items)


def test_workers_really_parse(small_slices: None, monkeypatch: pytest.MonkeyPatch) -> None:
    real = parse_package.parse_reference

    def parse_and_sign(raw: str, item_id: str):  # type: ignore[no-untyped-def]
        result = real(raw, item_id=item_id)
        result.item["note"] = str(os.getpid())
        return result

    monkeypatch.setattr(parse_package, "parse_reference", parse_and_sign)
    pids = {item["note"] for item in _parsed_with(2).items if "note" in item}
    assert str(os.getpid()) not in pids
    assert len(pids) == 2


def test_a_killed_worker_leaves_the_parse_to_this_process(
    small_slices: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    here = os.getpid()
    real = parse_package.parse_reference

    def die_in_workers(raw: str, item_id: str):  # type: ignore[no-untyped-def]
        if os.getpid() != here:
            os._exit(9)
        return real(raw, item_id=item_id)

    monkeypatch.setattr(parse_package, "parse_reference", die_in_workers)
    assert _summary(_parsed_with(2)) == _summary(_parsed_with(1))


def test_one_process_where_forking_is_unsafe_or_not_worth_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(parse_pool, "WORKERS", 4)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert parse_pool._workers_for(parse_pool.MIN_PARALLEL - 1) == 1
    assert parse_pool._workers_for(10 * parse_pool.SLICE) == 4
    assert parse_pool._workers_for(parse_pool.MIN_PARALLEL + 1) == min(
        4, -(-(parse_pool.MIN_PARALLEL + 1) // parse_pool.SLICE)
    )
    monkeypatch.setattr(threading, "active_count", lambda: 2)  # another thread runs
    assert parse_pool._workers_for(10 * parse_pool.SLICE) == 1
    monkeypatch.setattr(parse_pool, "WORKERS", 1)
    assert parse_pool._workers_for(10 * parse_pool.SLICE) == 1


def test_the_api_parses_alone_and_commands_other_than_serve_use_the_cores(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert parse_pool.WORKERS == 1  # importing citekit never parallelises
    monkeypatch.setattr(cores, "available", lambda: 3)
    previous = cli._parse_workers("format")
    assert (previous, parse_pool.WORKERS) == (1, 3)
    cli._parse_workers("serve")
    assert parse_pool.WORKERS == 1
    parse_pool.use_workers(previous)


def test_the_command_line_gives_the_setting_back(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []
    real = parse_pool.parse_all
    monkeypatch.setattr(cores, "available", lambda: 3)
    monkeypatch.setattr(
        "citekit.pipeline.parse_all", lambda raws: seen.append(parse_pool.WORKERS) or real(raws)
    )
    path = ROOT / "examples" / "refs.txt"
    assert cli.main(["parse", str(path), "-q", "-o", os.devnull]) in (0, 1)
    assert seen == [3]
    assert parse_pool.WORKERS == 1


def test_languages_detected_by_the_workers_are_not_detected_again(
    small_slices: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Presenting the items (``field_languages``) asks the detector only what it would ask
    after a parse in this process."""
    from citekit.lang import tags

    real = tags.detect_language

    def asked_after_parsing(workers: int, *, forget: bool = False) -> list[str]:
        monkeypatch.setattr(tags, "_DETECTED", {})
        monkeypatch.setattr(tags, "detect_language", real)
        items = _parsed_with(workers).items
        if forget:
            tags._DETECTED.clear()
        asked: list[str] = []
        monkeypatch.setattr(tags, "detect_language", lambda text: asked.append(text))
        for item in items:
            tags.field_languages(item)
        return asked

    alone = asked_after_parsing(1)
    assert asked_after_parsing(2) == alone
    assert len(alone) < len(asked_after_parsing(1, forget=True)) - 30  # the titles, at least


def test_the_cores_are_those_the_process_may_run_on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 2, 5}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 8)
    assert cores.available() == 3  # a container pinned to three of eight cores
    monkeypatch.delattr(os, "sched_getaffinity")  # not Linux
    assert cores.available() == 8
    monkeypatch.setattr(os, "cpu_count", lambda: None)  # unknown
    assert cores.available() == 1


def test_thread_map_keeps_the_order_and_runs_one_job_in_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threading

    monkeypatch.setattr(cores, "available", lambda: 4)
    where: list[str] = []

    def job(n: int) -> int:
        where.append(threading.current_thread().name)
        return n * n

    assert cores.map_threads(job, range(10)) == [n * n for n in range(10)]
    assert all(name != threading.current_thread().name for name in where)  # on threads
    where.clear()
    assert cores.map_threads(job, [3]) == [9] and where == [threading.current_thread().name]
    assert cores.map_threads(job, []) == []
