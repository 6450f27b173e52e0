"""Natural breaks (Fisher–Jenks) are the exact optimum, checked against every split."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from riskmap_plugin.core.classify import fisher_jenks


def _within(values: np.ndarray, bounds: np.ndarray) -> float:
    """Sum of squared deviations from the class means (classes closed above)."""
    index = np.searchsorted(bounds, values, side="left")
    return sum(
        float(((c - c.mean()) ** 2).sum()) for c in (values[index == i] for i in range(len(bounds)))
    )


def _best_by_trying_every_split(values: np.ndarray, k: int) -> float:
    x = np.sort(values)
    best = np.inf
    for cuts in itertools.combinations(range(1, len(x)), k - 1):
        parts = np.split(x, cuts)
        best = min(best, sum(float(((p - p.mean()) ** 2).sum()) for p in parts))
    return best


@pytest.mark.parametrize("seed", range(12))
def test_breaks_minimise_the_within_class_variance_with_ties(seed):
    rng = np.random.default_rng(seed)
    n, k = int(rng.integers(6, 13)), int(rng.integers(2, 5))
    values = rng.choice([0.0, 1.0, 1.0, 2.5, 7.0, 7.0, 8.0, 30.0], size=n)  # many ties
    bounds = fisher_jenks(values, k)
    if len(np.unique(values)) <= k:
        assert bounds.tolist() == np.unique(values).tolist()
        return
    assert len(bounds) == k and bounds[-1] == values.max()
    assert _within(values, bounds) == pytest.approx(
        _best_by_trying_every_split(values, k), abs=1e-9
    )
