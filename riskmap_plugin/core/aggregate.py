"""Weights, aggregation, coverage, gates and contributions.

The nested index (criteria → dimensions → score) is computed with effective
weights: without ``dimension_weights`` a criterion's weight counts as given
(the dimensions then weigh the sum of their criteria); with them, each
dimension gets its share and its criteria split it in proportion to their
weights. Both arithmetic and geometric means of a nested index equal the flat
mean with these effective weights, so one formula serves both.

Contributions add up to the score. Arithmetic: ``100·wᵢ·nᵢ / Σw``. Geometric
(non-compensatory): the score is ``100·Π nᵢ^(wᵢ/Σw)``, so any criterion at 0
gives 0 unless ``geometric_floor`` lifts it; the score is then split in
proportion to ``wᵢ·nᵢ``, the share each criterion holds in the weighted values.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass

import numpy as np

from .model import Aggregation, Criterion

_OPS = {
    ">=": operator.ge,
    ">": operator.gt,
    "<=": operator.le,
    "<": operator.lt,
    "==": operator.eq,
    "!=": operator.ne,
}


def effective_weights(criteria: tuple[Criterion, ...], aggregation: Aggregation) -> np.ndarray:
    """Weights summing to 1 with the dimension nesting applied."""
    weights = np.array([c.weight for c in criteria], dtype=float)
    if aggregation.dimension_weights:
        dims = [c.dimension for c in criteria]
        dim_total = {d: weights[[x == d for x in dims]].sum() for d in set(dims)}
        given = {d: aggregation.dimension_weights.get(d, 0.0) for d in set(dims)}
        weights = np.array(
            [
                given[d] * w / dim_total[d] if dim_total[d] > 0 else 0.0
                for d, w in zip(dims, weights)
            ]
        )
    return weights / weights.sum()


@dataclass
class Aggregated:
    score: np.ndarray  # 0–100
    contributions: np.ndarray  # units × criteria, rows add up to score
    coverage: np.ndarray  # share of weight with data, 0–1
    gate_failed: list[str]  # per unit, '' or the failed rule


def aggregate(
    normalised: np.ndarray,
    raw: np.ndarray,
    criteria: tuple[Criterion, ...],
    aggregation: Aggregation,
) -> Aggregated:
    """Combine normalised values (units × criteria, NaN = left out) into scores."""
    weights = effective_weights(criteria, aggregation)
    has_data = np.isfinite(normalised)
    w = np.where(has_data, weights[None, :], 0.0)
    available = w.sum(axis=1)
    coverage = np.clip(available, 0.0, 1.0)
    n = np.where(has_data, normalised, 0.0)
    safe = np.where(available > 0, available, 1.0)
    if aggregation.method == "weighted_geometric":
        floored = np.maximum(n, aggregation.geometric_floor)
        with np.errstate(divide="ignore"):
            logs = np.where(w > 0, np.log(floored), 0.0)
        mean = np.exp(np.sum(w * logs, axis=1) / safe)
        mean = np.where(np.any((w > 0) & (floored == 0), axis=1), 0.0, mean)
        share_base = w * n
        base_sum = share_base.sum(axis=1)
        with np.errstate(divide="ignore", invalid="ignore"):
            shares = np.where(base_sum[:, None] > 0, share_base / base_sum[:, None], 0.0)
        contributions = 100.0 * mean[:, None] * shares
    else:
        contributions = 100.0 * w * n / safe[:, None]
    contributions = np.where(available[:, None] > 0, contributions, 0.0)
    gate_failed = _gates(raw, criteria, aggregation)
    failed = np.array([bool(g) for g in gate_failed])
    if failed.any():
        contributions[failed] = 0.0
    # The score is the sum of contributions by construction, so they always add up.
    score = np.clip(contributions.sum(axis=1), 0.0, 100.0)
    return Aggregated(
        score=score, contributions=contributions, coverage=coverage, gate_failed=gate_failed
    )


def _gates(raw: np.ndarray, criteria: tuple[Criterion, ...], aggregation: Aggregation) -> list[str]:
    failed = [""] * raw.shape[0]
    ids = [c.id for c in criteria]
    for gate in aggregation.gates:
        column = raw[:, ids.index(gate.criterion)]
        with np.errstate(invalid="ignore"):
            passes = np.isfinite(column) & _OPS[gate.op](column, gate.value)
        for unit in np.flatnonzero(~passes):
            rule = f"{gate.criterion} {gate.op} {gate.value:g}"
            failed[unit] = f"{failed[unit]}; {rule}" if failed[unit] else rule
    return failed
