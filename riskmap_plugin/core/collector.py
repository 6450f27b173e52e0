"""Pausing Python's cyclic garbage collector while millions of objects are made.

Reading a layer makes a geometry object per feature; unpickling a large result
makes hundreds of thousands of objects. Each 700 new objects start a collection,
and every few of those a full one over the whole heap (QGIS's included): about
half the time of making a million points went into collections that found
nothing, since none of these objects is cyclic garbage. Reference counting still
frees everything as usual meanwhile; only cycles wait until the pause ends.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_paused = [0]  # pauses open now (several threads may read at once)
_was_enabled = [False]


@contextmanager
def paused_collector() -> Iterator[None]:
    """Pause the cyclic collector in the block; it runs again when the last pause ends.

    Nested and concurrent pauses are counted, so one thread's pause never ends
    another's early, and the collector is re-enabled only if it was on before.

    >>> with paused_collector():
    ...     gc.isenabled()
    False
    """
    with _lock:
        if _paused[0] == 0:
            _was_enabled[0] = gc.isenabled()
            gc.disable()
        _paused[0] += 1
    try:
        yield
    finally:
        with _lock:
            _paused[0] -= 1
            if _paused[0] == 0 and _was_enabled[0]:
                gc.enable()
