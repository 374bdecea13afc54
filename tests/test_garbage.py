"""The collector's threshold during a big job (``citekit.garbage``)."""

import gc

import pytest

from citekit.garbage import BIG_JOB_THRESHOLD, fewer_collections


@pytest.fixture
def default_threshold():
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*before)


def test_the_threshold_is_raised_inside_and_put_back_after(default_threshold):
    with fewer_collections():
        assert gc.get_threshold() == (BIG_JOB_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_threshold_is_put_back_when_the_job_fails(default_threshold):
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError("a failed job")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_is_kept_and_nesting_restores_each_level(default_threshold):
    gc.set_threshold(10 * BIG_JOB_THRESHOLD, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 10 * BIG_JOB_THRESHOLD
        gc.set_threshold(700, 10, 10)
        with fewer_collections():
            assert gc.get_threshold()[0] == BIG_JOB_THRESHOLD
        assert gc.get_threshold()[0] == 700
    assert gc.get_threshold()[0] == 10 * BIG_JOB_THRESHOLD


def test_a_render_of_many_items_collects_less_often(default_threshold):
    from citekit.render import engine

    with engine._fewer_collections(engine.MANY_RUNS + 1):
        assert gc.get_threshold()[0] == BIG_JOB_THRESHOLD
    with engine._fewer_collections(engine.MANY_RUNS):
        assert gc.get_threshold()[0] == 700
    assert gc.get_threshold()[0] == 700
