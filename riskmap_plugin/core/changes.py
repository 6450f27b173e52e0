"""Changes since the last briefing: units that entered or left the at-risk areas, rank moves.

Compares two ``units`` tables (this run and a previous result) by ``unit_id``.
For each unit that entered or left an area, or moved at least ``min_rank_move``
places, it names the criterion whose contribution moved most, with both
contributions, so the analyst can say *why* a place changed.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

COLUMNS = [
    "unit_id",
    "unit_name",
    "change",
    "rank_before",
    "rank_now",
    "rank_move",
    "score_before",
    "score_now",
    "moved_most",
    "contrib_before",
    "contrib_now",
]


def compare_runs(
    previous: pd.DataFrame, current: pd.DataFrame, min_rank_move: int = 5
) -> pd.DataFrame:
    """One row per unit that entered, left, or moved ``min_rank_move`` ranks or more.

    ``change`` is "entered", "left", "up" or "down". Units new to this run
    (not in the previous one) are "entered" when at risk; criteria present in
    only one of the runs are compared against 0.
    """
    before = previous.set_index("unit_id")
    now = current.set_index("unit_id")
    shared = now.index.intersection(before.index)
    criteria = sorted(
        {c[:-8] for c in now.columns if c.endswith("_contrib")}
        | {c[:-8] for c in before.columns if c.endswith("_contrib")}
    )
    in_before = (before["area_id"].reindex(now.index).fillna(0) > 0).to_numpy()
    in_now = (now["area_id"] > 0).to_numpy()
    rank_before = before["rank"].reindex(now.index).to_numpy(dtype=float)
    rank_now = now["rank"].to_numpy(dtype=float)
    move = rank_before - rank_now  # positive: closer to rank 1
    change = np.full(len(now), "", dtype=object)
    change[np.abs(np.nan_to_num(move)) >= min_rank_move] = np.where(
        move[np.abs(np.nan_to_num(move)) >= min_rank_move] > 0, "up", "down"
    )
    change[in_now & ~in_before] = "entered"
    change[~in_now & in_before] = "left"
    keep = change != ""
    rows = []
    for position in np.flatnonzero(keep):
        unit = now.index[position]
        deltas = {}
        for criterion in criteria:
            was = _value(before, unit, f"{criterion}_contrib") if unit in shared else 0.0
            deltas[criterion] = (was, _value(now, unit, f"{criterion}_contrib"))
        moved = max(deltas, key=lambda c: abs(deltas[c][1] - deltas[c][0])) if deltas else ""
        rows.append(
            [
                unit,
                now.loc[unit, "unit_name"],
                change[position],
                rank_before[position],
                rank_now[position],
                move[position],
                _value(before, unit, "score") if unit in shared else np.nan,
                float(now.loc[unit, "score"]),
                moved,
                *deltas.get(moved, (np.nan, np.nan)),
            ]
        )
    frame = pd.DataFrame(rows, columns=COLUMNS)
    order = {"entered": 0, "left": 1, "up": 2, "down": 3}
    return frame.sort_values(
        ["change", "rank_now"], key=lambda s: s.map(order) if s.name == "change" else s
    ).reset_index(drop=True)


def _value(frame: pd.DataFrame, unit, column: str) -> float:
    if column not in frame.columns:
        return 0.0
    value = frame.loc[unit, column]
    return float(value) if pd.notna(value) else 0.0
