"""Backtest metrics equal scikit-learn's and scipy's, ties included."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from riskmap_plugin.core.backtest import metrics

# The references: the core venvs without QGIS (test-core-isolated/-minimum) have neither.
stats = pytest.importorskip("scipy.stats")


def random_cases(count: int = 60):
    rng = np.random.default_rng(20)
    for case in range(count):
        n = int(rng.integers(2, 80))
        levels = int(rng.integers(1, 6)) if case % 2 else 1000  # few levels: many ties
        scores = rng.integers(0, levels, n).astype(float) / max(levels, 1)
        counts = rng.poisson(rng.uniform(0.1, 3.0), n).astype(float)
        if (counts > 0).all() or (counts == 0).all():
            counts[0] = 0.0 if counts[0] else 1.0
            if n > 1:
                counts[1] = 1.0 if counts[0] == 0 else 0.0
        yield scores, counts


def test_roc_auc_equals_the_mann_whitney_u_of_scipy():
    for scores, counts in random_cases():
        happened = counts > 0
        u = stats.mannwhitneyu(scores[happened], scores[~happened]).statistic
        expected = u / (happened.sum() * (~happened).sum())
        assert metrics.roc_auc(scores, happened) == pytest.approx(expected, abs=1e-12)


def test_roc_auc_and_average_precision_equal_scikit_learn():
    sklearn_metrics = pytest.importorskip("sklearn.metrics")
    for scores, counts in random_cases():
        happened = counts > 0
        assert metrics.roc_auc(scores, happened) == pytest.approx(
            sklearn_metrics.roc_auc_score(happened, scores), abs=1e-12
        )
        assert metrics.average_precision(scores, happened) == pytest.approx(
            sklearn_metrics.average_precision_score(happened, scores), abs=1e-12
        )


def test_average_precision_by_hand_with_a_tie_across_the_classes():
    # scores 0.9 (hit), 0.5 (hit), 0.5 (miss), 0.1 (miss): the tie is one step
    # step 1: recall 1/2, precision 1/1; step 2: recall 2/2, precision 2/3
    value = metrics.average_precision(np.array([0.9, 0.5, 0.5, 0.1]), np.array([1, 1, 0, 0]))
    assert value == pytest.approx(0.5 * 1.0 + 0.5 * 2 / 3)


def test_spearman_equals_scipy():
    for scores, counts in random_cases():
        with warnings.catch_warnings():  # scipy warns on constant input, then gives NaN
            warnings.simplefilter("ignore", stats.ConstantInputWarning)
            expected = stats.spearmanr(scores, counts).statistic
        value = metrics.spearman(scores, counts)
        if np.isnan(expected):
            assert np.isnan(value)
        else:
            assert value == pytest.approx(expected, abs=1e-12)


def test_undefined_cases_are_nan_not_flattering():
    scores = np.array([0.2, 0.4, 0.6])
    assert np.isnan(metrics.roc_auc(scores, np.array([0, 0, 0])))
    assert np.isnan(metrics.roc_auc(scores, np.array([1, 1, 1])))
    assert np.isnan(metrics.average_precision(scores, np.array([0, 0, 0])))
    assert np.isnan(metrics.spearman(np.ones(3), np.array([0.0, 1.0, 2.0])))


def test_precision_and_recall_at_k_share_a_tie_at_the_edge():
    # top 2 of [0.9, 0.5, 0.5, 0.5]: 0.9 in full, the three tied units one third each
    scores = np.array([0.9, 0.5, 0.5, 0.5])
    happened = np.array([True, True, False, False])
    precision, recall = metrics.precision_recall_at_k(scores, happened, 2)
    assert precision == pytest.approx((1 + 1 / 3) / 2)
    assert recall == pytest.approx((1 + 1 / 3) / 2)
    assert metrics.top_k_share(scores, 2).sum() == pytest.approx(2.0)


def test_share_of_events_in_flagged_units():
    counts = np.array([3.0, 1.0, 0.0, 4.0])
    assert metrics.share_of_events(counts, np.array([1, 0, 1, 0.5])) == pytest.approx(5 / 8)


def test_resampled_average_precision_equals_average_precision_of_each_resample():
    rng = np.random.default_rng(7)
    for scores, counts in list(random_cases(20)):
        n = len(scores)
        picks = rng.integers(0, n, (15, n))
        copies = np.array([np.bincount(p, minlength=n) for p in picks])
        fast = metrics.resampled_average_precision(scores, counts > 0, copies)
        for draw, pick in enumerate(picks):
            expected = metrics.average_precision(scores[pick], counts[pick] > 0)
            if np.isnan(expected):
                assert np.isnan(fast[draw])
            else:
                assert fast[draw] == pytest.approx(expected, abs=1e-12)


def test_resampled_average_precision_of_whole_number_copies_equals_the_float_sums(monkeypatch):
    from riskmap_plugin.core import parallel

    monkeypatch.setattr(parallel, "workers", lambda: 3)  # blocks of draws in threads
    rng = np.random.default_rng(11)
    scores = np.round(rng.random(400) * 4, 1)  # many ties
    happened = rng.random(400) < 0.2
    picks = rng.integers(0, 400, (90, 400))
    counts = np.array([np.bincount(p, minlength=400) for p in picks])
    as_int = metrics.resampled_average_precision(scores, happened, counts.astype(np.int32))
    as_float = metrics.resampled_average_precision(scores, happened, counts.astype(float))
    assert np.array_equal(as_int, as_float, equal_nan=True)
    one_by_one = [metrics.average_precision(scores[p], happened[p]) for p in picks]
    assert np.allclose(as_int, one_by_one, atol=1e-12, equal_nan=True)


def test_average_ranks_equal_pandas_ranks_with_ties_nan_and_infinities():
    import pandas as pd

    rng = np.random.default_rng(4)
    for n in [0, 1, 2, 7, 300]:
        for _ in range(10):
            values = np.round(rng.normal(size=n) * 3) / 2  # many ties
            values[rng.random(n) < 0.1] = np.nan
            values[rng.random(n) < 0.05] = np.inf
            values[rng.random(n) < 0.05] = -0.0  # ties with 0.0
            expected = pd.Series(values).rank(method="average").to_numpy(dtype=float)
            assert np.array_equal(metrics._average_ranks(values), expected, equal_nan=True)
