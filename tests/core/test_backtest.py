"""Backtests: a model that causes the outcome beats history, noise does not, nothing leaks."""

from __future__ import annotations

import datetime as dt

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
import shapely
from synthetic import square_units

from riskmap_plugin.core import load_model
from riskmap_plugin.core.backtest import (
    BASELINES,
    MODEL,
    MODEL_REAL,
    BacktestSettings,
    as_of_dates,
    run_backtest,
)
from riskmap_plugin.core.backtest.history import baseline_scores, event_history, outcome_criterion
from riskmap_plugin.core.backtest.rescore import model_ranking, prepare_history, snapshot_at
from riskmap_plugin.core.errors import Canceled

DATES = tuple(as_of_dates(dt.date(2015, 12, 31), dt.date(2017, 12, 31), 6))  # 5 dates


def points_in(units: gpd.GeoDataFrame, unit_rows: np.ndarray, dates, rng, **columns):
    """One point per (unit row, date) inside the unit, away from its edges."""
    minx, miny, maxx, maxy = (units.bounds.to_numpy()[unit_rows]).T
    x = minx + rng.uniform(0.2, 0.8, len(unit_rows)) * (maxx - minx)
    y = miny + rng.uniform(0.2, 0.8, len(unit_rows)) * (maxy - miny)
    frame = {"date": pd.to_datetime(pd.Series(list(dates))).dt.strftime("%Y-%m-%d"), **columns}
    return gpd.GeoDataFrame(frame, geometry=shapely.points(x, y), crs=units.crs)


def world(model_causes: bool, seed: int = 3):
    """100 units; 'signals' reported in the month before each as-of date.

    Causal world: a unit with a signal sees several events in the next six
    months, others almost none, and the signalled units change every period, so
    history alone cannot know. Noise world: events follow each unit's own
    steady rate (history knows it) and signals fall anywhere.
    """
    rng = np.random.default_rng(seed)
    units = square_units(10, 10)
    n = len(units)
    signal_rows, signal_dates, event_rows, event_dates = [], [], [], []
    steady = rng.gamma(0.5, 2.0, n)  # per unit, events per 6 months (noise world)
    for as_of in (dt.date(2015, 6, 30), *DATES):
        chosen = rng.choice(n, 20, replace=False)
        signal_rows += list(chosen)
        signal_dates += [as_of - dt.timedelta(days=int(d)) for d in rng.integers(1, 25, 20)]
        for unit in range(n):
            if model_causes:
                count = rng.poisson(3.0 if unit in chosen else 0.05)
            else:
                count = rng.poisson(steady[unit])
            event_rows += [unit] * count
            event_dates += [as_of + dt.timedelta(days=int(d)) for d in rng.integers(1, 180, count)]
    layers = {
        "units": units,
        "events": points_in(units, np.array(event_rows), event_dates, rng),
        "signals": points_in(units, np.array(signal_rows), signal_dates, rng),
    }
    return load_model(world_model()), layers


def world_model(as_of: str = "2018-06-30") -> dict:
    return {
        "riskmap_model": 1,
        "name": "Synthetic world",
        "as_of": as_of,
        "units": {"layer": "units", "id_field": "uid", "name_field": "uname"},
        "criteria": [
            {
                "id": "signals",
                "label": "Signals",
                "layer": "signals",
                "measure": "count",
                "date_field": "date",
                "window": {"days": 30},
                "weight": 10,
            },
            {
                "id": "incidents",
                "label": "Incidents",
                "layer": "events",
                "measure": "count",
                "date_field": "date",
                "window": {"days": 180},
                "weight": 0.1,
            },
        ],  # fmt: skip
        "classes": {"method": "quantiles", "count": 5},
        "time": {"criterion": "incidents"},
    }


def settings(**extra) -> BacktestSettings:
    return BacktestSettings(**{"as_of_dates": DATES, "bootstrap_draws": 100, **extra})


def test_a_model_that_causes_the_outcome_beats_every_baseline():
    model, layers = world(model_causes=True)
    result = run_backtest(model, layers, settings())
    overall = result.metrics[result.metrics["as_of"] == "overall"].set_index("scorer")
    for baseline in BASELINES:
        for metric in ("roc_auc", "average_precision", "spearman"):
            assert overall.loc[MODEL, metric] > overall.loc[baseline, metric] + 0.1
    verdict = result.comparison(MODEL)
    assert verdict.verdict == "beats"
    assert verdict.low > 0


def test_a_noise_model_does_not_beat_the_baselines():
    model, layers = world(model_causes=False)
    result = run_backtest(model, layers, settings())
    verdict = result.comparison(MODEL)
    assert verdict.verdict != "beats"
    assert verdict.difference < 0
    assert verdict.best_baseline in BASELINES


def test_no_event_after_an_as_of_date_reaches_its_scores():
    model, layers = world(model_causes=True)
    as_of = DATES[2]
    history = prepare_history(model, layers)
    before = snapshot_at(history, as_of)
    ranking = model_ranking(model, before)
    baselines = baseline_scores(event_history(history, outcome_criterion(model)), as_of)
    # flood every unit with events and signals dated after the as-of date
    later = {}
    rng = np.random.default_rng(1)
    units = layers["units"]
    for name in ("events", "signals"):
        rows = np.repeat(np.arange(len(units)), 5)
        dates = [as_of + dt.timedelta(days=int(d)) for d in rng.integers(1, 400, len(rows))]
        extra = points_in(units, rows, dates, rng)
        later[name] = pd.concat([layers[name], extra], ignore_index=True)
    flooded = prepare_history(model, {**layers, **later})
    after = snapshot_at(flooded, as_of)
    np.testing.assert_array_equal(before.raw, after.raw)
    np.testing.assert_array_equal(before.norm, after.norm)
    np.testing.assert_array_equal(ranking.score, model_ranking(model, after).score)
    flooded_baselines = baseline_scores(event_history(flooded, outcome_criterion(model)), as_of)
    for key, values in baselines.items():
        np.testing.assert_array_equal(values, flooded_baselines[key])
    # …while the outcome of that date does see them
    events = event_history(flooded, outcome_criterion(model))
    assert events.counts(as_of, as_of + dt.timedelta(days=400)).min() >= 5


def test_one_read_of_the_layers_for_all_dates(monkeypatch):
    from riskmap_plugin.core.backtest import evaluate

    calls = []
    real = evaluate.prepare_history
    monkeypatch.setattr(evaluate, "prepare_history", lambda *a: calls.append(1) or real(*a))
    model, layers = world(model_causes=True)
    run_backtest(model, layers, settings(bootstrap_draws=0))
    assert calls == [1]


def test_illustrative_criteria_are_shown_with_and_without():
    document = world_model()
    document["criteria"][0]["illustrative"] = True
    model, layers = world(model_causes=True)
    model = load_model(document)
    result = run_backtest(model, layers, settings())
    scorers = set(result.metrics["scorer"])
    assert {MODEL, MODEL_REAL} <= scorers
    assert result.comparison(MODEL).verdict == "beats"
    assert result.comparison(MODEL_REAL).verdict != "beats"  # incidents alone: history
    switched = run_backtest(model, layers, settings(leave_out_illustrative=True))
    assert MODEL_REAL not in set(switched.metrics["scorer"])
    overall = switched.metrics.set_index(["as_of", "scorer"])
    with_all = result.metrics.set_index(["as_of", "scorer"])
    assert overall.loc[("overall", MODEL), "average_precision"] == pytest.approx(
        with_all.loc[("overall", MODEL_REAL), "average_precision"]
    )


def test_criterion_report_shows_which_criteria_carry_signal():
    model, layers = world(model_causes=True)
    report = run_backtest(model, layers, settings()).criteria.set_index("criterion")
    assert report.loc["signals", "alone_average_precision"] > (
        report.loc["incidents", "alone_average_precision"] + 0.2
    )
    assert report.loc["signals", "left_out_average_precision_change"] < -0.2


def test_weight_proposal_is_checked_on_dates_the_search_did_not_see():
    document = world_model()
    document["criteria"][1]["weight"] = 10  # history weighs as much as the signals
    model, layers = world(model_causes=True)
    model = load_model(document)
    proposal = run_backtest(model, layers, settings(propose_weights=True)).proposal
    assert proposal.check_dates == (DATES[-1].isoformat(),)
    assert DATES[-1].isoformat() not in proposal.search_dates
    weights = proposal.table.set_index("criterion")["proposed_weight"]
    assert weights["signals"] > weights["incidents"]
    assert (weights >= 0).all()
    assert proposal.search_proposed >= proposal.search_current
    assert model.criterion("incidents").weight == 10  # never applied


def test_flags_a_horizon_cut_and_an_undated_layer():
    document = world_model()
    document["criteria"].append(
        {"id": "fixed", "label": "Fixed places", "layer": "signals", "measure": "count"}
    )
    model, layers = world(model_causes=True)
    late = BacktestSettings(as_of_dates=(dt.date(2017, 6, 30), dt.date(2018, 3, 31)))
    result = run_backtest(load_model(document), layers, late)
    assert any("2018-03-31" in f and "after the last event" in f for f in result.flags)
    assert not any("2017-06-30: the horizon" in f for f in result.flags)
    assert any("Fixed places" in f and "look-ahead" in f for f in result.flags)
    rows = result.metrics.set_index(["as_of", "scorer"])
    assert bool(rows.loc[("2018-03-31", MODEL), "horizon_cut"])


def test_last_date_units_are_hits_misses_and_false_alarms():
    model, layers = world(model_causes=True)
    result = run_backtest(model, layers, settings(bootstrap_draws=0))
    units = result.last_units
    assert set(units["outcome"]) <= {"hit", "miss", "false alarm", "quiet"}
    hits = units["at_risk"] & (units["later_events"] > 0)
    assert (units.loc[hits, "outcome"] == "hit").all()
    assert len(units) == 100


def test_cancel_stops_between_dates():
    model, layers = world(model_causes=True)
    seen = []
    with pytest.raises(Canceled):
        run_backtest(
            model,
            layers,
            settings(),
            progress=lambda f, m: seen.append(m),
            is_canceled=lambda: len(seen) >= 2,
        )


def test_the_sample_with_and_without_illustrative_criteria(sample_layers):
    model, layers = sample_layers
    dates = tuple(as_of_dates(dt.date(2016, 12, 31), dt.date(2018, 1, 31), 6))
    result = run_backtest(model, layers, BacktestSettings(dates, 6, bootstrap_draws=50))
    table = result.metrics
    assert set(table["as_of"]) == {"2016-12-31", "2017-06-30", "2017-12-31", "overall"}
    assert {MODEL, MODEL_REAL, *BASELINES} == set(table["scorer"])
    assert table["roc_auc"].notna().all()
    assert any("look-ahead" in f for f in result.flags)  # the undated illustrative layers


def test_baselines_equal_counts_over_each_window():
    model, layers = world(model_causes=False)
    history = prepare_history(model, layers)
    events = event_history(history, outcome_criterion(model))
    as_of = DATES[1]
    from riskmap_plugin.core.backtest import add_months

    months = [events.counts(add_months(as_of, -(m + 1)), add_months(as_of, -m)) for m in range(12)]
    baselines = baseline_scores(events, as_of)
    np.testing.assert_array_equal(baselines["prior_6_months"], np.sum(months[:6], axis=0))
    np.testing.assert_array_equal(baselines["prior_12_months"], np.sum(months, axis=0))
    np.testing.assert_array_equal(baselines["persistence"], np.sum(np.array(months) > 0, axis=0))
    # and the 12-month count equals the model's own 365-day-free month window by hand
    dates = pd.to_datetime(layers["events"]["date"]).dt.date
    inside = (dates > add_months(as_of, -12)) & (dates <= as_of)
    assert baselines["prior_12_months"].sum() == inside.sum()
