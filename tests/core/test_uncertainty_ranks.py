"""The Monte Carlo ranks against an independent reference (scipy's average ranks)."""

from __future__ import annotations

import numpy as np
import pytest

from riskmap_plugin.core import parallel
from riskmap_plugin.core.analyses.uncertainty import _draw_ranks, _scores, average_ranks

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


def test_ranks_of_negative_scores_sort_as_numbers():
    scores = np.array([[-1.0, 2.0, -1.0, 0.0], [5.0, -3.0, 0.0, 0.0]])
    assert np.array_equal(average_ranks(scores), _reference(scores))


@pytest.mark.parametrize("method", ["weighted_sum", "weighted_geometric"])
def test_draws_scored_and_ranked_in_blocks_equal_all_draws_at_once(method, monkeypatch):
    monkeypatch.setattr(parallel, "workers", lambda: 3)  # three blocks on any machine
    rng = np.random.default_rng(11)
    norm = [rng.random((300, 4)), rng.random((300, 4))]
    norm[1][rng.random((300, 4)) < 0.2] = np.nan  # missing values: fewer weights apply
    norm[0][:40] = 0.0  # many exact ties (a geometric mean of 0 is 0)
    weights = rng.dirichlet(np.ones(4), size=200).T  # criteria × draws
    which = rng.integers(0, 2, 200)
    gated = np.zeros(300, dtype=bool)
    gated[::9] = True
    ranks = _draw_ranks(norm, [method], weights, which, np.zeros(200, int), 0.01, gated, 8)
    # The reference: every draw's scores from its own matrix, gated units 0, scipy's ranks.
    scores = np.vstack(
        [_scores(norm[k], weights[:, [d]], method, 0.01) for d, k in enumerate(which)]
    )
    scores[:, gated] = 0.0
    assert np.array_equal(ranks, _reference(scores))
