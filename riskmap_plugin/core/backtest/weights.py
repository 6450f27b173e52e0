"""Weights that would have done better: a proposal, checked on dates the search did not see.

Non-negative weights are searched to maximise mean average precision on the
earlier as-of dates (random points of the simplex, then a few rounds of
scaling one weight at a time); the last third of the dates (at least one)
is kept out of the search and reports how the proposal would have done out
of time, beside the current weights. Nothing is applied to the model.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..model import Model
from . import metrics
from .rescore import Snapshot, combined_scores
from .skill import mean_metric

CANDIDATES = 200
ROUNDS = 2


@dataclass(frozen=True)
class WeightProposal:
    table: pd.DataFrame  # criterion, label, current_weight, proposed_weight
    search_dates: tuple[str, ...]
    check_dates: tuple[str, ...]
    search_current: float  # mean AUPR on the search dates
    search_proposed: float
    check_current: float  # mean AUPR on the dates held out
    check_proposed: float


def propose_weights(
    model: Model,
    snapshots: Sequence[Snapshot],
    outcomes: Sequence[np.ndarray],
    keep: Sequence[int] | None = None,
    seed: int = 1,
) -> WeightProposal:
    """Search weights on the earlier dates; report them on the held-out last dates."""
    keep = list(range(len(model.criteria))) if keep is None else list(keep)
    held = max(1, len(snapshots) // 3)
    search, check = slice(0, len(snapshots) - held), slice(len(snapshots) - held, None)

    def aupr(weights: np.ndarray, part: slice) -> float:
        scores = []
        for snapshot in snapshots[part]:
            combined = combined_scores(model, snapshot, keep, weights)
            scores.append(combined.score if combined is not None else np.zeros(len(snapshot.norm)))
        value = mean_metric(metrics.average_precision, scores, outcomes[part])
        return value if np.isfinite(value) else -1.0

    current = np.array([model.criteria[j].weight for j in keep], dtype=float)
    m = len(keep)
    rng = np.random.default_rng(seed)
    pool = [current / current.sum(), *np.eye(m), *rng.dirichlet(np.ones(m), CANDIDATES)]
    values = [aupr(w, search) for w in pool]
    best = pool[int(np.argmax(values))].copy()  # first of equals: the current weights win ties
    best_value = max(values)
    for _ in range(ROUNDS):
        for j in range(m):
            for factor in (0.0, 0.5, 2.0):
                trial = best.copy()
                trial[j] *= factor
                if trial.sum() <= 0:
                    continue
                value = aupr(trial, search)
                if value > best_value + 1e-12:
                    best, best_value = trial, value
    proposed = best / best.sum() * current.sum()
    table = pd.DataFrame(
        {
            "criterion": [model.criteria[j].id for j in keep],
            "label": [model.criteria[j].label for j in keep],
            "current_weight": current,
            "proposed_weight": np.round(proposed, 3),
        }
    )
    return WeightProposal(
        table=table,
        search_dates=tuple(s.as_of.isoformat() for s in snapshots[search]),
        check_dates=tuple(s.as_of.isoformat() for s in snapshots[check]),
        search_current=aupr(current, search),
        search_proposed=best_value,
        check_current=aupr(current, check),
        check_proposed=aupr(best, check),
    )
