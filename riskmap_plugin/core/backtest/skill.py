"""Does the model beat history? The verdict, its interval, and what each criterion adds.

The headline measure is average precision (AUPR) for "at least one later
event", averaged over the as-of dates: it rewards putting the units that
will see events at the top of the list, which is what a watch list is for.
The interval resamples units (the same draw at every date), so it says how
much the verdict could move with another set of districts like these.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..aggregate import effective_weights
from ..model import Model
from . import metrics
from .rescore import Snapshot, combined_scores, is_snapshot


@dataclass(frozen=True)
class Comparison:
    """The model against its best baseline on mean average precision."""

    scorer: str
    value: float  # the scorer's mean average precision
    best_baseline: str
    baseline_value: float
    difference: float  # value - baseline_value
    low: float  # 95 % bootstrap interval of the difference
    high: float
    verdict: str  # "beats", "worse" or "no clear difference"
    roc_auc: float
    baseline_roc_auc: float


#: Comparison field → its column in the backtest GeoPackage's summary table.
SUMMARY_COLUMNS = {
    "scorer": "scorer",
    "value": "average_precision",
    "best_baseline": "best_baseline",
    "baseline_value": "baseline_average_precision",
    "difference": "difference",
    "low": "difference_low",
    "high": "difference_high",
    "verdict": "verdict",
    "roc_auc": "roc_auc",
    "baseline_roc_auc": "baseline_roc_auc",
}


def _mean(values: Sequence[float]) -> float:
    finite = [v for v in values if np.isfinite(v)]
    return float(np.mean(finite)) if finite else float("nan")


def mean_metric(metric, scores: Sequence[np.ndarray], outcomes: Sequence[np.ndarray]) -> float:
    """``metric(score, happened)`` averaged over the as-of dates it is defined at."""
    return _mean([metric(s, o > 0) for s, o in zip(scores, outcomes)])


def compare(
    scorer: str,
    scores: Sequence[np.ndarray],
    baselines: Sequence[Mapping[str, np.ndarray]],
    outcomes: Sequence[np.ndarray],
    draws: int = 200,
    seed: int = 1,
) -> Comparison:
    """Mean AUPR of ``scores`` minus the best baseline's, with a bootstrap over units."""
    value = mean_metric(metrics.average_precision, scores, outcomes)
    names = list(baselines[0])
    by_baseline = {
        b: mean_metric(metrics.average_precision, [x[b] for x in baselines], outcomes)
        for b in names
    }
    best = max(names, key=lambda b: (np.nan_to_num(by_baseline[b], nan=-1.0), -names.index(b)))
    best_scores = [x[best] for x in baselines]
    difference = value - by_baseline[best]
    rng = np.random.default_rng(seed)
    n = len(outcomes[0])
    # one draw of units shared by every date: copies[d, u] = times unit u is drawn
    picks = rng.integers(0, n, (max(draws, 0), n))
    # whole numbers, summed exactly; one bincount over (draw, unit) instead of np.add.at
    cells = (np.arange(len(picks))[:, None] * n + picks).ravel()
    copies = np.bincount(cells, minlength=len(picks) * n).astype(np.int32).reshape(len(picks), n)
    per_date = [
        metrics.resampled_average_precision(s, o > 0, copies)
        - metrics.resampled_average_precision(b, o > 0, copies)
        for s, b, o in zip(scores, best_scores, outcomes)
    ]
    stacked = np.vstack(per_date)
    defined = np.isfinite(stacked)
    with np.errstate(invalid="ignore", divide="ignore"):  # a draw with no event at any date
        spread = np.where(defined, stacked, 0.0).sum(axis=0) / defined.sum(axis=0)
    spread = spread[np.isfinite(spread)]
    low, high = np.percentile(spread, [2.5, 97.5]) if len(spread) else (np.nan, np.nan)
    if np.isfinite(low) and low > 0:
        verdict = "beats"
    elif np.isfinite(high) and high < 0:
        verdict = "worse"
    else:
        verdict = "no clear difference"
    return Comparison(
        scorer=scorer,
        value=value,
        best_baseline=best,
        baseline_value=by_baseline[best],
        difference=difference,
        low=float(low),
        high=float(high),
        verdict=verdict,
        roc_auc=mean_metric(metrics.roc_auc, scores, outcomes),
        baseline_roc_auc=mean_metric(metrics.roc_auc, best_scores, outcomes),
    )


def criterion_report(
    model: Model,
    snapshots: Sequence[Snapshot],
    outcomes: Sequence[np.ndarray],
    keep: Sequence[int] | None = None,
) -> pd.DataFrame:
    """Per criterion: the mean metrics of that criterion alone, and the change when left out."""
    keep = list(range(len(model.criteria))) if keep is None else list(keep)

    def figures(positions: list[int]) -> tuple[float, float]:
        scores = []
        for snapshot in snapshots:
            combined = combined_scores(model, snapshot, positions)
            scores.append(combined.score if combined is not None else np.zeros(len(snapshot.norm)))
        return (
            mean_metric(metrics.roc_auc, scores, outcomes),
            mean_metric(metrics.average_precision, scores, outcomes),
        )

    full_auc, full_ap = figures(keep)
    shares = effective_weights(model.criteria, model.aggregation)
    rows = []
    for j in keep:
        criterion = model.criteria[j]
        alone_auc, alone_ap = figures([j])
        rest = [x for x in keep if x != j]
        without_auc, without_ap = figures(rest) if rest else (np.nan, np.nan)
        rows.append(
            {
                "criterion": criterion.id,
                "label": criterion.label,
                "illustrative": bool(criterion.illustrative),
                "undated": is_snapshot(criterion),
                "weight_share": float(shares[j]),
                "alone_roc_auc": alone_auc,
                "alone_average_precision": alone_ap,
                "left_out_roc_auc_change": without_auc - full_auc,
                "left_out_average_precision_change": without_ap - full_ap,
            }
        )
    return pd.DataFrame(rows)
