"""The watch list: units outside the areas that deserve a look, strongest first.

Each reason carries a strength in [0, 1]: how close the score is to the cut-off
(within the watch margin), how high the unit stands on a criterion (its
normalised value), and 0.75 for a significant rising trend, a surge, the
reference-year level or a rank band reaching the at-risk units. A unit's
priority is its closeness (score / cut-off) plus its strongest reason's
strength; the list keeps the highest priorities up to its cap (model → areas →
``watch_max``; default as many as there are at-risk units, at least 5). A
criterion made up for the sample (``illustrative``) never puts a unit on the list.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .model import AreasRule, Criterion
from .scores import Scores

ANALYSIS_STRENGTH = 0.75
Reason = tuple[str, float]


def watch_reasons(
    scores: Scores,
    cutoff: float | None,
    rule: AreasRule,
    criteria: tuple[Criterion, ...],
    phrases,
    templates: dict[str, str],
    number,
) -> list[list[Reason]]:
    """Why each unit outside the areas deserves a look, with each reason's strength.

    Reads ``scores``' score, normalised values (a column for each of ``criteria``),
    at-risk units and areas (``area_of_unit``, when built): a unit at risk or in an
    area is never given a reason.
    """
    score, norm = scores.score, scores.norm
    in_area = scores.at_risk.copy()
    if len(scores.area_of_unit):
        in_area |= scores.area_of_unit > 0
    n = len(score)
    reasons: list[list[Reason]] = [[] for _ in range(n)]
    n_top = int(np.ceil(rule.watch_top_share * n))
    share = number(rule.watch_top_share * 100, 0)
    low_score = score < np.nanmedian(score) if n else np.zeros(0, dtype=bool)
    for j, criterion in enumerate(criteria):
        column = pd.Series(norm[:, j])
        if criterion.illustrative or n_top == 0 or column.notna().sum() < 2:
            continue
        if column.nunique() < 2:
            continue
        # "max" ranks count ties: when many units share the top value none stands out.
        rank = column.rank(method="max", ascending=False).to_numpy()
        top = (rank <= n_top) & (column.to_numpy() > 0.5)
        quiet = criterion.measure == "low_severity_count"
        for unit in np.flatnonzero(top & ~in_area).tolist():
            if quiet and low_score[unit]:
                text = templates["watch_quiet"].format(
                    label=criterion.label, annotation=phrases[unit][j], score=number(score[unit], 1)
                )
            else:
                text = templates["watch_top"].format(
                    label=criterion.label, share=share, annotation=phrases[unit][j]
                )
            reasons[unit].append((text, float(norm[unit, j])))
    if cutoff is not None:
        near = (~in_area) & (score >= cutoff - rule.watch_margin) & (score < cutoff)
        margin, at = number(rule.watch_margin), number(cutoff, 1)
        for unit in np.flatnonzero(near).tolist():
            gap = cutoff - score[unit]
            strength = 1.0 - gap / rule.watch_margin if rule.watch_margin > 0 else 1.0
            text = templates["watch_margin"].format(
                score=number(score[unit], 1), margin=margin, cutoff=at
            )
            reasons[unit].insert(0, (text, float(strength)))
    return reasons


def watch_order(
    score: np.ndarray,
    cutoff: float | None,
    reasons: list[list[Reason]],
    cap: int,
) -> np.ndarray:
    """Indices of the units the list keeps, highest priority first (at most ``cap``)."""
    listed = np.array([bool(r) for r in reasons])
    if not listed.any() or cap <= 0:
        return np.zeros(0, dtype=int)
    reference = cutoff if cutoff and cutoff > 0 else float(np.nanmax(score)) or 1.0
    closeness = np.clip(np.nan_to_num(score) / reference, 0.0, 1.0)
    candidates = np.flatnonzero(listed)
    strongest = np.zeros(len(reasons))
    strongest[candidates] = [max(s for _, s in reasons[i]) for i in candidates.tolist()]
    priority = closeness + strongest
    order = np.lexsort((candidates, -score[candidates], -priority[candidates]))
    return candidates[order][:cap]


def watch_cap(rule: AreasRule, n_at_risk: int) -> int:
    """The longest watch list: the model's ``watch_max``, else max(at-risk units, 5)."""
    return rule.watch_max if rule.watch_max is not None else max(int(n_at_risk), 5)
