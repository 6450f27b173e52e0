"""Backtests: would this model have seen it coming?

Re-score a model at earlier as-of dates with only the data available then,
compare each unit's score with what happened in the following months, and
set the result beside baselines built from conflict history alone.

>>> from riskmap_plugin.core.backtest import BacktestSettings, run_backtest  # doctest: +SKIP
>>> result = run_backtest(model, layers, BacktestSettings((date(2017, 6, 30),)))  # doctest: +SKIP
"""

from .evaluate import MODEL, MODEL_REAL, BacktestResult, BacktestSettings, run_backtest
from .history import BASELINES, add_months, as_of_dates
from .skill import Comparison
from .weights import WeightProposal

__all__ = [
    "BASELINES",
    "MODEL",
    "MODEL_REAL",
    "BacktestResult",
    "BacktestSettings",
    "Comparison",
    "WeightProposal",
    "add_months",
    "as_of_dates",
    "run_backtest",
]
