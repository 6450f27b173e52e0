"""The backtest: re-score at many as-of dates and compare with what happened next.

``run_backtest(model, layers, settings)`` reads nothing itself: the layers
are prepared once (:func:`.rescore.prepare_history`), then every as-of date
costs a re-selection of dated features and the arithmetic of the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

import geopandas as gpd
import numpy as np
import pandas as pd

from ..errors import Canceled, ModelError
from ..model import Model
from . import metrics
from .history import (
    BASELINES,
    MAX_AS_OF_DATES,
    add_months,
    baseline_scores,
    event_history,
    outcome_criterion,
)
from .rescore import History, Ranking, is_snapshot, model_ranking, prepare_history, snapshot_at
from .skill import Comparison, compare, criterion_report
from .weights import WeightProposal, propose_weights

Progress = Callable[[float, str], None]

MODEL = "model"
MODEL_REAL = "model_real_data"
METRIC_COLUMNS = (
    "roc_auc",
    "average_precision",
    "precision_at_k",
    "recall_at_k",
    "spearman",
    "share_in_areas",
    "share_in_areas_or_watch",
)


@dataclass(frozen=True)
class BacktestSettings:
    """What to test: the dates, how far ahead, what counts as 'it happened'."""

    as_of_dates: tuple[dt.date, ...]
    horizon_months: int = 6
    outcome: str | None = None  # criterion id; None: the model's time criterion
    #: Score the model without its illustrative criteria (both are always shown beside).
    leave_out_illustrative: bool = False
    propose_weights: bool = False
    bootstrap_draws: int = 200
    seed: int = 1


@dataclass
class BacktestResult:
    """Tables for the outputs plus the plain verdict."""

    settings: BacktestSettings
    metrics: pd.DataFrame  # one row per as-of date × scorer, and 'overall' rows
    last_units: gpd.GeoDataFrame  # per unit at the last as-of date
    criteria: pd.DataFrame  # criterion report
    comparisons: list[Comparison]
    flags: list[str]
    scorers: dict[str, str]  # key → label
    proposal: WeightProposal | None = None
    outcome_label: str = ""
    warnings: list[str] = field(default_factory=list)

    def comparison(self, scorer: str = MODEL) -> Comparison | None:
        return next((c for c in self.comparisons if c.scorer == scorer), None)


def run_backtest(
    model: Model,
    layers: Mapping[str, gpd.GeoDataFrame],
    settings: BacktestSettings,
    *,
    progress: Progress | None = None,
    is_canceled: Callable[[], bool] | None = None,
) -> BacktestResult:
    """Re-score ``model`` at each as-of date with only the data up to it; compare with
    the outcome in (as-of, as-of + horizon] beside the history baselines."""
    report = progress or (lambda fraction, message: None)
    dates = sorted(set(settings.as_of_dates))
    if not dates:
        raise ModelError("the backtest needs at least one as-of date", "backtest → as-of dates")
    if len(dates) > MAX_AS_OF_DATES:
        raise ModelError(
            f"more than {MAX_AS_OF_DATES} as-of dates ({dates[0]} to {dates[-1]}); each one "
            "re-scores the model",
            "backtest → as-of dates",
            "take a longer step between dates or a shorter span",
        )
    if settings.horizon_months < 1:
        raise ModelError("the horizon must be at least one month", "backtest → horizon")

    def step(fraction: float, message: str) -> None:
        if is_canceled is not None and is_canceled():
            raise Canceled()
        report(fraction, message)

    step(0.0, "Reading and joining the layers once")
    history = prepare_history(model, layers)
    outcome = outcome_criterion(model, settings.outcome)
    events = event_history(history, outcome)
    illustrative = [j for j, c in enumerate(model.criteria) if c.illustrative]
    real = [j for j, c in enumerate(model.criteria) if not c.illustrative]
    primary = real if settings.leave_out_illustrative else None
    scorers = {MODEL: "This model" + (" (real data only)" if primary else "")}
    if illustrative and not settings.leave_out_illustrative:
        scorers[MODEL_REAL] = "This model without its illustrative criteria"
    scorers.update(BASELINES)

    rows, snapshots, outcomes, rankings_by_date = [], [], [], []
    flags = _snapshot_flags(model, dates, primary)
    for i, as_of in enumerate(dates):
        step(0.05 + 0.8 * i / len(dates), f"Scoring at {as_of.isoformat()}")
        snapshot = snapshot_at(history, as_of)
        end = add_months(as_of, settings.horizon_months)
        later = events.counts(as_of, end)
        cut = events.last_date is None or end > events.last_date
        if cut:
            flags.append(
                f"{as_of.isoformat()}: the horizon ends {end.isoformat()}, after the last "
                f"event in the data ({events.last_date}); later events are undercounted."
            )
        rankings = {MODEL: model_ranking(model, snapshot, primary)}
        if MODEL_REAL in scorers:
            rankings[MODEL_REAL] = model_ranking(model, snapshot, real)
        k = int(rankings[MODEL].at_risk.sum())
        for key, values in baseline_scores(events, as_of).items():
            flagged = metrics.top_k_share(values, k)
            rankings[key] = Ranking(values, flagged, np.zeros(len(values), bool))
        for key, ranking in rankings.items():
            rows.append(_row(as_of, end, cut, key, ranking, later, k))
        snapshots.append(snapshot)
        outcomes.append(later)
        rankings_by_date.append(rankings)
    step(0.86, "Comparing with the baselines")
    table = _with_overall(pd.DataFrame(rows), scorers)
    comparisons = [
        compare(
            key,
            [r[key].score for r in rankings_by_date],
            [{b: r[b].score for b in BASELINES} for r in rankings_by_date],
            outcomes,
            settings.bootstrap_draws,
            settings.seed,
        )
        for key in (MODEL, MODEL_REAL)
        if key in scorers
    ]
    step(0.9, "Criterion report")
    criteria = criterion_report(model, snapshots, outcomes, primary)
    proposal = None
    if settings.propose_weights and len(dates) >= 2:
        step(0.94, "Searching weights that would have done better")
        proposal = propose_weights(model, snapshots, outcomes, primary, settings.seed)
    step(1.0, "Done")
    return BacktestResult(
        settings=settings,
        metrics=table,
        last_units=_last_units(history, rankings_by_date[-1][MODEL], outcomes[-1], dates[-1]),
        criteria=criteria,
        comparisons=comparisons,
        flags=flags,
        scorers={k: v for k, v in scorers.items()},
        proposal=proposal,
        outcome_label=outcome.label,
        warnings=list(history.warnings),
    )


def _snapshot_flags(
    model: Model, dates: Sequence[dt.date], keep: Sequence[int] | None
) -> list[str]:
    """Undated layers used at an earlier as-of date may know the future."""
    flags = []
    used = range(len(model.criteria)) if keep is None else keep
    for criterion in (model.criteria[j] for j in used):
        if is_snapshot(criterion) and any(d < model.as_of for d in dates):
            flags.append(
                f"'{criterion.label}' has no dates: the same values are used at every as-of "
                f"date, though they may describe a later time (possible look-ahead)."
            )
    return flags


def _row(as_of, end, cut, key, ranking: Ranking, later: np.ndarray, k: int) -> dict:
    happened = later > 0
    precision, recall = metrics.precision_recall_at_k(ranking.score, happened, k)
    areas = ranking.at_risk.astype(float)
    is_model = key in (MODEL, MODEL_REAL)
    return {
        "as_of": as_of.isoformat(),
        "horizon_end": end.isoformat(),
        "horizon_cut": bool(cut),
        "scorer": key,
        "units": len(later),
        "units_with_events": int(happened.sum()),
        "later_events": float(later.sum()),
        "k": k,
        "roc_auc": metrics.roc_auc(ranking.score, happened),
        "average_precision": metrics.average_precision(ranking.score, happened),
        "precision_at_k": precision,
        "recall_at_k": recall,
        "spearman": metrics.spearman(ranking.score, later),
        "share_in_areas": metrics.share_of_events(later, areas),
        "share_in_areas_or_watch": (
            metrics.share_of_events(later, areas + ranking.watch) if is_model else float("nan")
        ),
    }


def _with_overall(table: pd.DataFrame, scorers: Mapping[str, str]) -> pd.DataFrame:
    """Add one 'overall' row per scorer: the mean of each metric over the as-of dates."""
    means = table.groupby("scorer", sort=False)[list(METRIC_COLUMNS)].mean().reset_index()
    sums = table.groupby("scorer", sort=False)[["later_events", "units_with_events"]].sum()
    means = means.merge(sums.reset_index(), on="scorer")
    means["as_of"] = "overall"
    means["horizon_end"] = ""
    means["horizon_cut"] = bool(table["horizon_cut"].any())
    means["units"] = int(table["units"].iloc[0])
    means["k"] = int(round(table["k"].mean()))
    table = pd.concat([table, means[table.columns]], ignore_index=True)
    table.insert(4, "scorer_label", table["scorer"].map(dict(scorers)))
    return table


def _last_units(
    history: History, ranking: Ranking, later: np.ndarray, as_of: dt.date
) -> gpd.GeoDataFrame:
    """Score vs later events per unit: hit, miss, false alarm or quiet."""
    happened = later > 0
    flagged = ranking.at_risk
    outcome = np.select(
        [flagged & happened, ~flagged & happened, flagged & ~happened],
        ["hit", "miss", "false alarm"],
        "quiet",
    )
    units = history.units
    return gpd.GeoDataFrame(
        {
            "unit_id": units["unit_id"].to_numpy(),
            "unit_name": units["unit_name"].to_numpy(),
            "as_of": as_of.isoformat(),
            "score": np.round(ranking.score, 2),
            "at_risk": flagged,
            "watch_list": ranking.watch,
            "later_events": later,
            "outcome": outcome,
        },
        geometry=units.geometry.values,
        crs=units.crs,
    )
