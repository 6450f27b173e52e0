"""How sure the ranking is: Monte Carlo over weights and method choices, and sensitivity.

Each of ``draws`` runs (seeded) takes weights from a Dirichlet distribution
centred on the model's effective weights (``concentration`` × weights: higher
means closer to the set weights), and, when the analyst lists alternatives,
one normalisation and one aggregation method at random. Criteria normalised by
goalposts or a threshold keep their own rule (their scale is a judgement, not
a method choice). Per unit: median rank, 5–95 % rank band, and ``p_top`` = the
share of draws in which the unit ranks within the number of units at risk in
the base run. Per area: the same for its best-ranked member.

Sensitivity: for each criterion, the first-order index Var(E[Y | wᵢ]) / Var(Y)
of Y = the mean absolute rank shift of a draw against the base ranking,
estimated by binning the draws into deciles of wᵢ. It says how much of the
ranking's movement that one weight explains on its own (0 = none, 1 = all).
The normalisation and aggregation choices get the same index, by group.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from ..aggregate import effective_weights
from ..model import Aggregation, Criterion, Normalisation
from ..normalise import normalise
from ..parallel import in_blocks

KEEP_OWN_SCALE = ("goalposts", "threshold")


@dataclass
class Uncertainty:
    rank_median: np.ndarray
    rank_p05: np.ndarray
    rank_p95: np.ndarray
    p_top: np.ndarray
    ranks: np.ndarray  # draws × units
    sensitivity: pd.DataFrame  # criterion, label, first_order


def alternative_matrices(
    values: np.ndarray, criteria: tuple[Criterion, ...], methods: list[str]
) -> list[np.ndarray]:
    """Normalised matrices for each alternative normalisation method."""
    matrices = []
    for method in methods:
        columns = []
        for j, criterion in enumerate(criteria):
            rule = criterion.normalise
            if rule.method not in KEEP_OWN_SCALE:
                rule = Normalisation(method)
            columns.append(
                normalise(values[:, j], rule, criterion.direction == "higher_is_riskier")
            )
        matrices.append(np.column_stack(columns))
    return matrices


def _scores(norm: np.ndarray, weights: np.ndarray, method: str, floor: float) -> np.ndarray:
    """Scores (draws × units) for one normalised matrix and weights (criteria × draws)."""
    has = np.isfinite(norm)
    w = weights.T  # draws × criteria
    available = w @ has.T.astype(float)
    safe = np.where(available > 0, available, 1.0)
    n = np.where(has, norm, 0.0)
    if method == "weighted_geometric":
        floored = np.maximum(n, floor)
        zero = ((w > 0).astype(float) @ (has & (floored == 0)).T.astype(float)) > 0
        with np.errstate(divide="ignore"):
            logs = np.where(has & (floored > 0), np.log(np.where(floored > 0, floored, 1.0)), 0)
        scores = 100.0 * np.exp((w @ logs.T) / safe)
        scores[zero] = 0.0
    else:
        scores = (w @ (100.0 * n).T) / safe
    scores[available <= 0] = 0.0
    return scores


def average_ranks(scores: np.ndarray) -> np.ndarray:
    """Rank 1 = highest score, per row (one row per draw); tied units share their average rank.

    Ties matter: a geometric mean gives many units exactly 0, and breaking
    those ties by unit order would make some of them look "at risk" by chance.
    Rows are draws so that every pass runs over contiguous memory.

    >>> average_ranks(np.array([[5.0, 0.0, 7.0, 0.0]])).tolist()
    [[2.0, 3.5, 1.0, 3.5]]
    """
    # Tied units get the same (average) rank whatever their order among themselves, so
    # the faster unstable sort gives the same ranks as a stable one.
    keys = _sort_keys(scores)
    order = np.argsort(keys, axis=1)
    ordered = np.take_along_axis(keys, order, axis=1)
    del keys
    starts = np.ones(ordered.shape, dtype=bool)
    np.not_equal(ordered[:, 1:], ordered[:, :-1], out=starts[:, 1:])
    del ordered
    ranks = np.empty(scores.shape, dtype=np.float32)
    np.put_along_axis(ranks, order, _tied_ranks(starts), axis=1)
    return ranks


def _tied_ranks(starts: np.ndarray) -> np.ndarray:
    """Ranks (1…n) of sorted positions where ``starts`` marks the first of each run of ties:
    every position of a run gets the run's average rank.

    Only positions inside a run of two or more are worked on (a few hundred gated or
    zero-score units among 10,000, typically): every row starts a run (``starts[:, 0]``),
    so no run crosses rows and the runs of all rows are found at once in the flattened
    positions. A run's average rank, (first + last) / 2 + 1 within its row, is a
    half-integer, exact in float32. (Running maxima and minima over every position took
    most of the ranking's time.)
    """
    n = starts.shape[1]
    ranks = np.broadcast_to(np.arange(1, n + 1, dtype=np.float32), starts.shape).copy()
    inside = ~starts
    inside[:, :-1] |= inside[:, 1:]  # a run's first position, too (its next one continues it)
    positions = np.flatnonzero(inside.ravel())
    if len(positions) == 0:
        return ranks
    heads = np.flatnonzero(starts.ravel()[positions])  # where each run begins, in positions
    first = positions[heads]
    last = positions[np.append(heads[1:], len(positions)) - 1]
    average = (first % n + last % n) / 2 + 1
    run = np.cumsum(starts.ravel()[positions], dtype=np.int64) - 1
    ranks.ravel()[positions] = average[run]
    return ranks


def _sort_keys(scores: np.ndarray) -> np.ndarray:
    """Keys that sort the highest score first, equal exactly when the scores are equal.

    Scores are 0–100: the bits of a non-negative double, read as an integer, sort as the
    double does, and numpy sorts 64-bit integers about twice as fast as doubles (no NaN
    rule). ``+ 0.0`` makes a -0.0 the same key as 0.0. Anything else (NaN, a negative
    score) is sorted as doubles.
    """
    scores = np.ascontiguousarray(scores, dtype=np.float64) + 0.0
    if not (scores >= 0).all():
        return -scores
    keys = scores.view(np.int64)
    np.negative(keys, out=keys)
    return keys


def _draw_ranks(
    matrices: list[np.ndarray],
    methods: list[str],
    weights: np.ndarray,
    which_norm: np.ndarray,
    which_method: np.ndarray,
    floor: float,
    gated: np.ndarray,
    min_rows: int = 64,
) -> np.ndarray:
    """Ranks (draws × units) of every draw's scores, blocks of draws in threads.

    Each block scores its own draws and ranks them at once, so the scores of all
    draws (8 bytes × draws × units) never exist together and the matrix products
    run on both cores as the sorts do. A draw's scores depend only on its own
    weights and choices, so they are the same whichever block computes them.
    """
    units = matrices[0].shape[0]
    ranks = np.empty((len(which_norm), units), dtype=np.float32)

    def block(start: int, stop: int) -> None:
        scores = np.empty((stop - start, units))  # draws × units: rows are contiguous
        for a in range(len(matrices)):
            for b in range(len(methods)):
                rows = np.flatnonzero(
                    (which_norm[start:stop] == a) & (which_method[start:stop] == b)
                )
                if len(rows):
                    scores[rows] = _scores(matrices[a], weights[:, start + rows], methods[b], floor)
        scores[:, gated] = 0.0
        ranks[start:stop] = average_ranks(scores)

    in_blocks(block, len(which_norm), min_rows)
    return ranks


def monte_carlo(
    base_norm: np.ndarray,
    values: np.ndarray,
    criteria: tuple[Criterion, ...],
    aggregation: Aggregation,
    gated: np.ndarray,
    base_rank: np.ndarray,
    n_at_risk: int,
    draws: int = 1000,
    seed: int = 1,
    concentration: float = 50.0,
    normalisations: tuple[str, ...] = (),
    aggregations: tuple[str, ...] = (),
) -> Uncertainty:
    """Rank bands and top-class probabilities for every unit."""
    rng = np.random.default_rng(seed)
    weights = effective_weights(criteria, aggregation)
    positive = weights > 0
    draws_w = np.zeros((len(criteria), draws))
    # Dirichlet(concentration · w): its mean is the set weights w (summing to 1).
    draws_w[positive] = rng.dirichlet(concentration * weights[positive], size=draws).T
    matrices = [base_norm] + alternative_matrices(values, criteria, list(normalisations))
    methods = [aggregation.method] + [m for m in aggregations if m != aggregation.method]
    which_norm = rng.integers(0, len(matrices), draws)
    which_method = rng.integers(0, len(methods), draws)
    ranks = _draw_ranks(
        matrices, methods, draws_w, which_norm, which_method, aggregation.geometric_floor, gated
    )
    low, median, high = np.percentile(ranks, [5, 50, 95], axis=0)
    p_top = (ranks <= n_at_risk).mean(axis=0) if n_at_risk > 0 else np.zeros(ranks.shape[1])
    shift = np.abs(ranks - np.asarray(base_rank, dtype=np.float32)[None, :]).mean(axis=1)
    sensitivity = first_order(draws_w, shift, criteria)
    choices = [
        ("normalisation", "Normalisation method", which_norm, len(matrices)),
        ("aggregation", "Aggregation method", which_method, len(methods)),
    ]
    for key, label, groups, count in choices:
        if count > 1:
            sensitivity.loc[len(sensitivity)] = [key, label, _between_share(groups, shift)]
    return Uncertainty(
        rank_median=median,
        rank_p05=low,
        rank_p95=high,
        p_top=p_top,
        ranks=ranks,
        sensitivity=sensitivity,
    )


def _between_share(groups: np.ndarray, outcome: np.ndarray) -> float:
    """Share of the outcome's variance explained by a grouping: Var(E[Y | group]) / Var(Y)."""
    total = outcome.var()
    if total == 0:
        return 0.0
    frame = pd.DataFrame({"g": groups, "y": outcome})
    means = frame.groupby("g")["y"].agg(["mean", "size"])
    between = np.average((means["mean"] - outcome.mean()) ** 2, weights=means["size"])
    return float(between / total)


def first_order(
    weights: np.ndarray, outcome: np.ndarray, criteria: tuple[Criterion, ...], bins: int = 10
) -> pd.DataFrame:
    """First-order sensitivity index of ``outcome`` to each criterion's weight (binned)."""
    indices = []
    for j in range(weights.shape[0]):
        if np.ptp(weights[j]) == 0:
            indices.append(0.0)
            continue
        edges = np.quantile(weights[j], np.linspace(0, 1, bins + 1))
        group = np.clip(np.searchsorted(edges, weights[j], side="right") - 1, 0, bins - 1)
        indices.append(_between_share(group, outcome))
    return pd.DataFrame(
        {
            "criterion": [c.id for c in criteria],
            "label": [c.label for c in criteria],
            "first_order": indices,
        }
    )


def area_bands(
    ranks: np.ndarray, area_of_unit: np.ndarray, n_areas: int, n_at_risk: int
) -> pd.DataFrame:
    """Per area (1…n): the best member's rank band and the chance it stays at risk."""
    columns = ["area_id", "rank_median", "rank_p05", "rank_p95", "p_top"]
    if n_areas == 0:
        return pd.DataFrame([], columns=columns)
    # Every area's best member per draw at once (draws × areas), then one percentile call:
    # the same order statistics and interpolation as one call per area.
    members = np.flatnonzero((area_of_unit >= 1) & (area_of_unit <= n_areas))
    members = members[np.argsort(area_of_unit[members], kind="stable")]
    starts = np.searchsorted(area_of_unit[members], np.arange(1, n_areas + 1))
    best = np.minimum.reduceat(ranks[:, members], starts, axis=1)
    low, median, high = np.percentile(best, [5, 50, 95], axis=0)
    rows = [
        {
            "area_id": area + 1,
            "rank_median": median[area],
            "rank_p05": low[area],
            "rank_p95": high[area],
            "p_top": float((best[:, area] <= n_at_risk).mean()),
        }
        for area in range(n_areas)
    ]
    return pd.DataFrame(rows, columns=columns)
