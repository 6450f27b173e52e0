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


def add_area_names(
    changes: pd.DataFrame,
    previous_units: pd.DataFrame,
    previous_areas: pd.DataFrame | None,
    current_units: pd.DataFrame,
    current_areas: pd.DataFrame,
) -> pd.DataFrame:
    """Add ``area_before`` and ``area_now``: the names of the areas a unit was and is in.

    Empty text when the unit was (is) in no area, or the previous result has no areas table.
    """

    def names(units: pd.DataFrame, areas: pd.DataFrame | None) -> pd.Series:
        if areas is None or "name" not in areas or "area_id" not in units:
            return pd.Series(dtype=object)
        by_id = dict(zip(pd.to_numeric(areas["area_id"]).astype(int), areas["name"].astype(str)))
        area_id = pd.to_numeric(units["area_id"], errors="coerce").fillna(0).astype(int)
        return pd.Series(area_id.map(by_id).fillna("").to_numpy(), index=units["unit_id"])

    before = names(previous_units, previous_areas)
    now = names(current_units, current_areas)
    out = changes.copy()
    out["area_before"] = out["unit_id"].map(before).fillna("").astype(object)
    out["area_now"] = out["unit_id"].map(now).fillna("").astype(object)
    return out


def summarise(
    changes: pd.DataFrame,
    current_areas: pd.DataFrame | None = None,
    moves: int = 3,
    within: float | None = None,
) -> dict:
    """What changed, for a one-line summary or the briefing's section.

    ``within``: only units ranked this high or better in one of the runs count for
    the largest moves (a jump from rank 101 to 60 matters less than one into the top).

    Returns ``entered`` and ``left`` ([(unit name, area name)]), ``new_areas``
    (current areas all of whose units entered), ``gone_areas`` (previous areas
    no current area carries the name of), ``moves`` (the ``moves`` largest rank
    moves: (unit name, rank before, rank now)) and ``criterion`` (the id of the
    criterion whose contribution moved most over the listed units, or "").
    """
    rows = changes.to_dict("records")
    get = lambda row, key: str(row.get(key) or "")  # noqa: E731
    entered = [(get(r, "unit_name"), get(r, "area_now")) for r in rows if r["change"] == "entered"]
    left = [(get(r, "unit_name"), get(r, "area_before")) for r in rows if r["change"] == "left"]
    new_areas: list[str] = []
    gone_areas: list[str] = []
    if current_areas is not None and "name" in current_areas:
        sizes = dict(zip(current_areas["name"].astype(str), current_areas["n_units"]))
        for name in dict.fromkeys(area for _, area in entered if area):
            if sum(area == name for _, area in entered) >= int(sizes.get(name, 0) or 0) > 0:
                new_areas.append(name)
        gone_areas = [a for a in dict.fromkeys(a for _, a in left if a) if a not in sizes]
    moving = changes.loc[pd.to_numeric(changes["rank_move"], errors="coerce").abs() > 0]
    if within is not None:
        best = np.fmin(moving["rank_before"].to_numpy(float), moving["rank_now"].to_numpy(float))
        moving = moving.loc[best <= within]
    moving = moving.reindex(moving["rank_move"].abs().sort_values(ascending=False).index)
    largest = [
        (str(r["unit_name"]), float(r["rank_before"]), float(r["rank_now"]))
        for r in moving.head(moves).to_dict("records")
    ]
    criterion = ""
    if len(changes) and "moved_most" in changes:
        delta = (changes["contrib_now"] - changes["contrib_before"]).abs()
        totals = delta.groupby(changes["moved_most"]).sum()
        totals = totals[totals.index != ""]
        if len(totals) and totals.max() > 0:
            criterion = str(totals.idxmax())
    return {
        "entered": entered,
        "left": left,
        "new_areas": new_areas,
        "gone_areas": gone_areas,
        "moves": largest,
        "criterion": criterion,
    }
