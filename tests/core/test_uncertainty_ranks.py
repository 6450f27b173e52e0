"""The Monte Carlo ranks against an independent reference (scipy's average ranks)."""

from __future__ import annotations

import numpy as np
import pytest

from riskmap_plugin.core.analyses.uncertainty import _ranks_in_parallel, average_ranks

# The core venvs without QGIS have no scipy; the dev venv and QGIS's Python run this.
rankdata = pytest.importorskip("scipy.stats").rankdata


def _reference(scores: np.ndarray) -> np.ndarray:
    return rankdata(-scores, method="average", axis=1).astype(np.float32)


@pytest.mark.parametrize("tied_share", [0.0, 0.3, 1.0])
def test_ranks_equal_scipys_average_ranks(tied_share):
    rng = np.random.default_rng(7)
    scores = rng.random((150, 400)) * 100
    tied = rng.random(scores.shape) < tied_share
    scores[tied] = np.round(scores[tied] / 10) * 10  # runs of exact ties, zeros among them
    scores[::7, :50] = 0.0  # gated units: 0 in some draws
    scores[3, 10] = -0.0  # the same rank as 0.0
    assert np.array_equal(average_ranks(scores), _reference(scores))
    assert np.array_equal(_ranks_in_parallel(scores, min_rows=8), _reference(scores))


def test_ranks_of_negative_scores_sort_as_numbers():
    scores = np.array([[-1.0, 2.0, -1.0, 0.0], [5.0, -3.0, 0.0, 0.0]])
    assert np.array_equal(average_ranks(scores), _reference(scores))
