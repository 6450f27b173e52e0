"""Work split over threads gives what one call gives; the collector pause is counted."""

from __future__ import annotations

import gc
import threading

import numpy as np
import pytest
import shapely

from riskmap_plugin.core import parallel
from riskmap_plugin.core.collector import paused_collector


@pytest.fixture
def three_threads(monkeypatch):
    """Three blocks whatever this machine's cores, and blocks of a few rows."""
    monkeypatch.setattr(parallel, "workers", lambda: 3)
    monkeypatch.setattr(parallel, "_QUERY_ROWS", 10)


def test_blocks_cover_every_row_once_in_order(three_threads):
    seen = parallel.in_blocks(lambda start, stop: list(range(start, stop)), 100, 10)
    assert len(seen) == 3
    assert sum(seen, []) == list(range(100))


def test_threaded_intersects_pairs_equal_one_query(three_threads):
    # 10 × 10 unit squares sharing edges and corners; points inside, on edges, on corners,
    # outside, an empty point and a line crossing several squares.
    x, y = np.meshgrid(np.arange(10.0), np.arange(10.0))
    squares = shapely.box(x.ravel(), y.ravel(), x.ravel() + 1, y.ravel() + 1)
    tree = shapely.STRtree(squares)
    rng = np.random.default_rng(3)
    inside = shapely.points(rng.uniform(-1, 11, (300, 2)))
    on_lines = shapely.points(rng.integers(0, 11, (100, 2)).astype(float))
    on_edges = shapely.points(np.column_stack([rng.integers(0, 11, 50), rng.uniform(0, 10, 50)]))
    others = np.array([shapely.Point(), shapely.LineString([(0.5, 0.5), (7.5, 3.5)])])
    features = np.concatenate([inside, on_lines, on_edges, others])
    rng.shuffle(features)
    expected = tree.query(features, predicate="intersects")
    pairs = parallel.intersecting_pairs(tree, features)
    assert pairs.dtype == expected.dtype
    assert np.array_equal(pairs, expected)
    small = parallel.intersecting_pairs(tree, features, np.int32)
    assert small.dtype == np.int32 and np.array_equal(small, expected)
    # A corner point is in four squares: the blocks kept every pair.
    assert np.bincount(pairs[0]).max() >= 4


def test_a_small_query_is_one_call(monkeypatch):
    calls = []
    monkeypatch.setattr(parallel, "in_blocks", lambda *a: calls.append(a))
    tree = shapely.STRtree(shapely.box([0.0], [0.0], [1.0], [1.0]))
    pairs = parallel.intersecting_pairs(tree, shapely.points(np.full((50, 2), 0.5)))
    assert pairs.shape == (2, 50) and not calls


def test_the_collector_runs_again_after_the_last_pause():
    assert gc.isenabled()
    with paused_collector():
        with paused_collector():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still open
    assert gc.isenabled()


def test_a_pause_in_another_thread_keeps_the_collector_paused_until_both_end():
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with paused_collector():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    with paused_collector():
        thread.start()
        assert entered.wait(5)
    assert not gc.isenabled()  # the other thread's pause is open
    leave.set()
    thread.join(5)
    assert gc.isenabled()


def test_a_collector_that_was_off_stays_off():
    gc.disable()
    try:
        with paused_collector():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_error_in_the_block_ends_the_pause():
    with pytest.raises(RuntimeError), paused_collector():
        raise RuntimeError("a read failed")
    assert gc.isenabled()


def test_a_join_with_missing_and_empty_features_keeps_their_positions(three_threads):
    from riskmap_plugin.core.spatial import UnitIndex

    squares = shapely.box(np.arange(4.0), 0.0, np.arange(4.0) + 1, 1.0)
    rng = np.random.default_rng(5)
    points = shapely.points(np.column_stack([rng.uniform(-0.5, 4.5, 90), rng.uniform(0, 1, 90)]))
    points[[0, 7, 50]] = None
    points[[3, 60]] = shapely.Point()
    features, units = UnitIndex(squares, np.ones(4)).join("events", points)
    expected = shapely.STRtree(squares).query(points, predicate="intersects")
    assert features.dtype == units.dtype == np.int32
    assert np.array_equal(features, expected[0]) and np.array_equal(units, expected[1])
