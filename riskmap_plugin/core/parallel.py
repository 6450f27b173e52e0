"""Work on blocks of rows in threads, one per core, for numpy and GEOS calls that
release the GIL (sorts, STRtree queries): two cores do them in about half the time.

The blocks are contiguous and their results come back in block order, so joining
them gives exactly what one call on all rows gives.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

import numpy as np
import shapely

T = TypeVar("T")

#: At most this many threads (more cores rarely help memory-bound passes).
MAX_WORKERS = 8


def workers() -> int:
    """Threads to use: the cores this process may run on, at most :data:`MAX_WORKERS`."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MAX_WORKERS))


def in_blocks(work: Callable[[int, int], T], rows: int, min_rows: int) -> list[T]:
    """``[work(start, stop), …]`` over contiguous blocks of ``rows``, in block order.

    One block (no thread) when there is one core or fewer than ``2 · min_rows`` rows.

    >>> in_blocks(lambda start, stop: (start, stop), 10, 100)
    [(0, 10)]
    """
    count = workers() if rows >= 2 * min_rows else 1
    if count < 2:
        return [work(0, rows)]
    bounds = np.linspace(0, rows, count + 1).astype(int).tolist()
    with ThreadPoolExecutor(count, thread_name_prefix="RiskMap") as pool:
        return list(pool.map(work, bounds[:-1], bounds[1:]))


def intersecting_pairs(
    tree: shapely.STRtree, geometries: np.ndarray, index_type=np.int64
) -> np.ndarray:
    """``tree.query(geometries, predicate="intersects")`` as ``index_type``, blocks of
    geometries in threads.

    The query returns pairs in the order of ``geometries``; each block's pairs, shifted by
    the block's start, follow the previous block's, so the pairs are exactly those of one
    query. Each block's pairs are cast on their own (``np.int32`` for millions of events:
    the 64-bit pairs of all events never exist together). The first tiny query builds the
    tree (GEOS builds it lazily) before the threads share it.
    """
    if len(geometries) < 2 * _QUERY_ROWS:
        return tree.query(geometries, predicate="intersects").astype(index_type, copy=False)
    tree.query(geometries[:1], predicate="intersects")

    def block(start: int, stop: int) -> np.ndarray:
        pairs = tree.query(geometries[start:stop], predicate="intersects")
        pairs[0] += start
        return pairs.astype(index_type, copy=False)

    return np.concatenate(in_blocks(block, len(geometries), _QUERY_ROWS), axis=1)


#: Geometries per thread below which one query is as fast (thread start-up, small joins).
_QUERY_ROWS = 50_000
