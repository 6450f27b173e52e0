"""Trends, surges, hot spots and Monte Carlo rank bands against hand work and PySAL/scipy."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from synthetic import square_units

from riskmap_plugin.core.analyses.hotspots import (
    benjamini_hochberg,
    gi_star,
    hot_spots,
    pseudo_p,
    queen_neighbours,
)
from riskmap_plugin.core.analyses.trends import categorise, mann_kendall, month_index, surges
from riskmap_plugin.core.analyses.uncertainty import average_ranks


def test_mann_kendall_by_hand_with_ties():
    # Series 1 3 2 3 5: pairs (i<j) signs: 1→ +,+,+,+ ; 3→ -,0,+ ; 2→ +,+ ; 3→ + : S = 7.
    # Var = n(n-1)(2n+5)/18 − ties: 5·4·15/18 − 2·1·9/18 = 16.667 − 1 = 15.667;
    # z = (S − 1)/√Var = 1.5159.
    s, z, p = mann_kendall(np.array([[1, 3, 2, 3, 5.0]]))
    assert s[0] == 7
    assert z[0] == pytest.approx((7 - 1) / np.sqrt(15.666666666666666))
    assert p[0] == pytest.approx(0.1295, abs=1e-4)  # 2·(1 − Φ(1.5159))


def test_mann_kendall_agrees_with_scipy_kendall_tau():
    stats = pytest.importorskip("scipy.stats")
    rng = np.random.default_rng(5)
    for _ in range(20):
        series = rng.poisson(rng.uniform(0.5, 6), 24).astype(float)
        series += np.linspace(0, rng.uniform(-4, 4), 24).round()
        s, _, p = mann_kendall(series[None, :])
        tau = stats.kendalltau(np.arange(24), series, variant="b", method="asymptotic")
        assert np.sign(s[0]) == np.sign(tau.statistic) or s[0] == 0
        # Same statistic (Kendall's S), same tie-corrected variance; scipy has no
        # continuity correction, hence a tolerance at the second decimal.
        assert p[0] == pytest.approx(tau.pvalue, abs=0.02)


@pytest.mark.parametrize(
    "series, expected",
    [
        ([0] * 12, "none"),
        ([2, 1, 3, 0, 1, 2, 0, 0, 0, 0, 0, 0], "historical"),
        ([0] * 9 + [1, 0, 2], "new"),
        ([0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 5, 6], "intensifying"),
        ([8, 7, 7, 6, 5, 5, 4, 3, 2, 2, 1, 1], "diminishing"),
        ([3, 2, 3, 3, 2, 3, 2, 3, 3, 2, 3, 3], "persistent"),
        ([2, 0, 0, 3, 0, 0, 1, 0, 0, 2, 0, 1], "sporadic"),
    ],
)
def test_each_trend_category_is_detected_where_constructed(series, expected):
    matrix = np.array([series], dtype=float)
    s, _, p = mann_kendall(matrix)
    assert categorise(matrix, s, p)[0] == expected


def test_surge_where_constructed_and_not_elsewhere():
    as_of = dt.date(2018, 1, 31)
    end = np.datetime64(as_of)
    # Unit 0: 1 event a month for 6 months, then 6 in the last 4 weeks (surge).
    # Unit 1: steady 4 a month (no surge). Unit 2: 2 events recently (below minimum).
    dates, units = [], []
    for month in range(1, 7):
        dates.append(end - np.timedelta64(30 * month + 20, "D"))
        units.append(0)
    dates += [end - np.timedelta64(d, "D") for d in (1, 3, 5, 8, 13, 20)]
    units += [0] * 6
    for day in range(0, 210, 7):
        dates.append(end - np.timedelta64(day, "D"))
        units.append(1)
    dates += [end - np.timedelta64(2, "D"), end - np.timedelta64(4, "D")]
    units += [2, 2]
    flag, last4 = surges(
        np.array(units), np.array(dates, dtype="datetime64[D]"), np.ones(len(units)), as_of, 3
    )
    assert flag.tolist() == [True, False, False]
    assert last4.tolist() == [6, 4, 2]


def test_month_index_counts_back_from_the_as_of_month():
    dates = np.array(
        ["2018-01-31", "2017-02-01", "2017-01-31", "2018-02-01"], dtype="datetime64[D]"
    )
    assert month_index(dates, dt.date(2018, 1, 31), 12).tolist() == [11, 0, -1, -1]


def test_gi_star_equals_esda_and_p_value_handling_matches():
    esda = pytest.importorskip("esda")
    libpysal = pytest.importorskip("libpysal")
    units = square_units(8, 6)
    rng = np.random.default_rng(3)
    x = rng.gamma(2, 5, len(units))
    x[:6] += 25
    i, j = queen_neighbours(np.asarray(units.geometry.values))
    weights = libpysal.weights.Queen.from_dataframe(units, use_index=False)
    weights.transform = "B"
    reference = esda.G_Local(
        x, weights, star=True, transform="B", permutations=999, seed=1, keep_simulations=True
    )
    np.testing.assert_allclose(gi_star(x, i, j), reference.Zs, atol=1e-6)
    # The same folding rule applied to esda's own simulations gives esda's p-values.
    np.testing.assert_allclose(pseudo_p(reference.Gs, reference.rGs), reference.p_sim, atol=1e-6)
    ours = hot_spots(x, i, j, permutations=999, seed=1, fdr=False)
    assert np.abs(ours.p - reference.p_sim).max() < 0.06  # independent random draws
    assert ours.label[0].startswith("Hot spot")


def test_false_discovery_rate_and_classes():
    p = np.array([0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216])
    adjusted = benjamini_hochberg(p)
    # By hand: p·n/rank, then the running minimum from the largest p down.
    expected = [0.01, 0.04, 0.084, 0.084, 0.084, 0.1, 0.1057142857, 0.216, 0.216, 0.216]
    np.testing.assert_allclose(adjusted, expected, rtol=1e-6)
    units = square_units(9, 9)
    x = np.zeros(len(units))
    flat = hot_spots(x, *queen_neighbours(np.asarray(units.geometry.values)))
    assert set(flat.label) == {"Not significant"}


def test_average_ranks_share_ties():
    ranks = average_ranks(np.array([[3.0, 3.0, 1.0, 0.0], [1.0, 2.0, 2.0, 2.0]]))
    assert ranks[0].tolist() == [1.5, 1.5, 3.0, 4.0]
    assert ranks[1].tolist() == [4.0, 2.0, 2.0, 2.0]


def test_sample_has_rank_bands_trends_and_watch_reasons(sample_layers):
    from riskmap_plugin.core import score

    model, layers = sample_layers
    result = score(model, layers)
    areas = result.areas
    assert areas[["rank_p05", "rank_p95", "p_top"]].notna().all().all()
    assert (areas["rank_p05"] <= areas["rank_median"]).all()
    assert (areas["rank_median"] <= areas["rank_p95"]).all()
    assert areas["p_top"].between(0, 1).all()
    units = result.units
    assert set(units["trend"]) <= {
        "none",
        "historical",
        "new",
        "intensifying",
        "diminishing",
        "persistent",
        "sporadic",
    }
    reasons = " ".join(result.watch_list["reason"])
    for phrase in ("within 5 points of the at-risk cut-off", "in the top 10 %", "rank band"):
        assert phrase in reasons
    assert set(result.sensitivity["criterion"]) >= {c.id for c in model.criteria}


def test_changes_since_the_last_briefing_name_the_criterion_that_moved():
    import pandas as pd

    from riskmap_plugin.core.analyses.changes import compare_runs

    before = pd.DataFrame(
        {
            "unit_id": ["a", "b", "c", "d"],
            "unit_name": ["A", "B", "C", "D"],
            "rank": [1, 2, 3, 20],
            "score": [80.0, 70, 60, 10],
            "area_id": [1, 1, 0, 0],
            "inc_contrib": [50.0, 40, 30, 5],
            "border_contrib": [30.0, 30, 30, 5],
        }
    )
    now = before.assign(
        rank=[1, 9, 2, 3],
        score=[81.0, 40, 65, 62],
        area_id=[1, 0, 2, 2],
        inc_contrib=[51.0, 10, 35, 57],
        border_contrib=[30.0, 30, 30, 5],
    )
    changes = compare_runs(before, now).set_index("unit_id")
    assert changes.loc["b", "change"] == "left" and changes.loc["b", "moved_most"] == "inc"
    assert changes.loc["c", "change"] == "entered"
    assert changes.loc["d", "change"] == "entered"
    assert changes.loc["d", "rank_move"] == 17
    assert (changes.loc["d", "contrib_before"], changes.loc["d", "contrib_now"]) == (5, 57)
    assert "a" not in changes.index  # stayed, moved less than 5 ranks
