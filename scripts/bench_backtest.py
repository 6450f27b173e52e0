"""Bench stage: a backtest over 12 as-of dates on the benchmark data, against one run.

The target (issue #20): the backtest costs less than 3× one run, because the
layers are read, projected and joined once and each date only re-selects
dated features.
"""

from __future__ import annotations

import datetime as dt
import time

AS_OF_DATES = 12


def stage_backtest(events: int) -> dict:
    """Time ``score`` once and ``run_backtest`` over 12 quarterly as-of dates, same data."""
    from bench_stages import UNITS_SIDE
    from synthetic import line_across, random_events, six_criteria_model, square_units

    from riskmap_plugin.core import parse_model, score
    from riskmap_plugin.core.backtest import BacktestSettings, as_of_dates, run_backtest

    units = square_units(UNITS_SIDE, UNITS_SIDE, 5_000.0)
    layers = {
        "units": units,
        "events": random_events(events, units, seed=1),
        "border": line_across(units),
    }
    model = parse_model(six_criteria_model())
    started = time.perf_counter()
    score(model, layers)
    one_run = time.perf_counter() - started
    dates = as_of_dates(dt.date(2014, 12, 31), dt.date(2017, 9, 30), 3)[:AS_OF_DATES]
    settings = BacktestSettings(as_of_dates=tuple(dates), horizon_months=3)
    started = time.perf_counter()
    run_backtest(model, layers, settings)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "one_run": one_run,
        "rows": f"{events:,} events × {len(units):,} units, {len(dates)} as-of dates",
    }
