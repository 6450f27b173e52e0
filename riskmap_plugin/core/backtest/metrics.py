"""Skill measures of a ranking against what happened next.

Every function takes a score per unit (higher = riskier) and what happened in
the unit afterwards, and treats tied scores the way scikit-learn and scipy do:
units with equal scores are one threshold (ROC AUC, average precision) or share
an average rank (Spearman). Undefined cases (no unit had an event, or every
unit did) give NaN rather than a flattering number.
"""

from __future__ import annotations

import numpy as np

from ..parallel import in_blocks


def _average_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks from 1 (lowest) with ties sharing their average rank and NaN left NaN:
    ``pandas.Series.rank(method="average")``, without a Series per call (a backtest
    ranks hundreds of times).

    >>> _average_ranks(np.array([3.0, np.nan, 1.0, 3.0])).tolist()
    [2.5, nan, 1.0, 2.5]
    """
    values = np.asarray(values, dtype=float)
    ranks = np.full(len(values), np.nan)
    known = np.flatnonzero(~np.isnan(values))
    # Any sort will do: every unit of a run of ties gets the run's average rank.
    order = known[np.argsort(values[known])]
    ordered = values[order]
    starts = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=starts[1:])
    first = np.flatnonzero(starts)
    last = np.append(first[1:], len(ordered)) - 1
    ranks[order] = ((first + last) / 2 + 1)[np.cumsum(starts) - 1]
    return ranks


def roc_auc(scores: np.ndarray, happened: np.ndarray) -> float:
    """Chance that a unit with a later event scores above one without (ties count half).

    Equals ``sklearn.metrics.roc_auc_score(happened, scores)``.

    >>> roc_auc(np.array([0.1, 0.4, 0.4, 0.8]), np.array([0, 0, 1, 1]))
    0.875
    """
    scores, happened = np.asarray(scores, dtype=float), np.asarray(happened, dtype=bool)
    positives, negatives = int(happened.sum()), int((~happened).sum())
    if positives == 0 or negatives == 0:
        return float("nan")
    ranks = _average_ranks(scores)  # Mann–Whitney U from average ranks handles ties
    u = ranks[happened].sum() - positives * (positives + 1) / 2.0
    return float(u / (positives * negatives))


def average_precision(scores: np.ndarray, happened: np.ndarray) -> float:
    """Precision averaged over the recall steps, walking down the ranking (AUPR).

    Equals ``sklearn.metrics.average_precision_score(happened, scores)``: a
    group of tied scores is one step.

    >>> round(average_precision(np.array([0.1, 0.4, 0.35, 0.8]), np.array([0, 0, 1, 1])), 4)
    0.8333
    """
    scores, happened = np.asarray(scores, dtype=float), np.asarray(happened, dtype=bool)
    positives = int(happened.sum())
    if positives == 0:
        return float("nan")
    # Any sort will do: only the counts at the end of each group of equal scores are read.
    order = np.argsort(-scores)
    ordered, hits = scores[order], happened[order]
    # the last position of each group of equal scores is a threshold
    last = np.r_[np.flatnonzero(np.diff(ordered) != 0), len(ordered) - 1]
    true_pos = np.cumsum(hits)[last]
    taken = last + 1.0
    precision = true_pos / taken
    recall = true_pos / positives
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))


def resampled_average_precision(
    scores: np.ndarray, happened: np.ndarray, copies: np.ndarray
) -> np.ndarray:
    """:func:`average_precision` of many resamples at once, without sorting again.

    ``copies`` (draws × units) says how many times each unit is in each
    resample; copies of a unit tie with it, so a resample keeps the order and
    the groups of equal scores of the original ranking. Blocks of draws run in
    threads (numpy's running sums release the GIL); whole-number copies are
    summed as integers, which gives exactly the float sums of before in half the
    memory traffic.
    """
    scores, happened = np.asarray(scores, dtype=float), np.asarray(happened, dtype=bool)
    copies = np.asarray(copies)
    order = np.argsort(-scores, kind="mergesort")
    ordered = scores[order]
    last = np.r_[np.flatnonzero(np.diff(ordered) != 0), len(ordered) - 1]
    hits = happened[order]
    # A resample holds at most ``n`` copies in all: its running sums fit 32-bit integers.
    whole = copies.dtype.kind in "iub" and copies.shape[1] < 2**31
    counted = np.int32 if whole else np.float64
    average = np.empty(len(copies))

    def block(start: int, stop: int) -> None:
        weights = copies[start:stop][:, order].astype(counted, copy=False)
        true_pos = np.cumsum(weights * hits, axis=1, dtype=counted)[:, last].astype(float)
        taken = np.cumsum(weights, axis=1, dtype=counted)[:, last].astype(float)
        positives = true_pos[:, -1:]
        with np.errstate(divide="ignore", invalid="ignore"):
            precision = np.where(taken > 0, true_pos / taken, 0.0)
            recall = np.where(positives > 0, true_pos / positives, np.nan)
        steps = np.diff(np.concatenate([np.zeros((len(weights), 1)), recall], axis=1), axis=1)
        average[start:stop] = np.sum(steps * precision, axis=1)

    in_blocks(block, len(copies), 32)
    return average


def top_k_share(scores: np.ndarray, k: int) -> np.ndarray:
    """How much of each unit is in the top ``k``: 1, 0, or a fraction for a tie at the edge.

    When the k-th place is shared, every tied unit is taken in equal part, which
    is the expected result of breaking the tie at random.
    """
    scores = np.asarray(scores, dtype=float)
    n = len(scores)
    k = int(min(max(k, 0), n))
    share = np.zeros(n)
    if k == 0:
        return share
    edge = np.sort(scores)[::-1][k - 1]
    above = scores > edge
    tied = scores == edge
    share[above] = 1.0
    share[tied] = (k - above.sum()) / tied.sum()
    return share


def precision_recall_at_k(scores: np.ndarray, happened: np.ndarray, k: int) -> tuple[float, float]:
    """Share of the top ``k`` units that had a later event, and share of those units caught."""
    happened = np.asarray(happened, dtype=bool)
    if k <= 0:
        return float("nan"), float("nan")
    taken = top_k_share(scores, k)
    hits = float((taken * happened).sum())
    positives = int(happened.sum())
    recall = hits / positives if positives else float("nan")
    return hits / min(k, len(taken)), recall


def spearman(scores: np.ndarray, counts: np.ndarray) -> float:
    """Rank correlation of scores with later counts (``scipy.stats.spearmanr``)."""
    scores, counts = np.asarray(scores, dtype=float), np.asarray(counts, dtype=float)
    if len(scores) < 2:
        return float("nan")
    a, b = _average_ranks(scores), _average_ranks(counts)
    a, b = a - a.mean(), b - b.mean()
    spread = np.sqrt((a * a).sum() * (b * b).sum())
    return float((a * b).sum() / spread) if spread > 0 else float("nan")


def share_of_events(counts: np.ndarray, weight: np.ndarray) -> float:
    """Share of the later events that fell in the units flagged (``weight`` 0–1 per unit)."""
    counts = np.asarray(counts, dtype=float)
    total = counts.sum()
    return float((counts * weight).sum() / total) if total > 0 else float("nan")
