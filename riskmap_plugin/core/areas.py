"""At-risk areas (contiguous high-class units, named after a town) and the watch list.

Units touch when they share a boundary or a corner (within 1 m, which absorbs
slivers between neighbouring polygons of the same administrative dataset).
An area's driver values are the area's totals for additive measures (counts,
sums) and the value of its riskiest member for the others (distance, shares).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

from .model import AreasRule, Criterion

ADDITIVE = ("count", "severity_sum", "low_severity_count")
TOUCH_TOLERANCE_M = 1.0


def connected_groups(geometries: np.ndarray) -> np.ndarray:
    """Component label per geometry, joining those within 1 m of each other."""
    n = len(geometries)
    parent = np.arange(n)
    if n == 0:
        return parent
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="dwithin", distance=TOUCH_TOLERANCE_M)

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in zip(left.tolist(), right.tolist()):
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    return np.array([find(i) for i in range(n)])


def area_raw_values(
    raw: np.ndarray, criteria: tuple[Criterion, ...], members: np.ndarray, norm: np.ndarray
) -> np.ndarray:
    """One raw value per criterion for an area (totals, or the riskiest member's value)."""
    values = np.full(len(criteria), np.nan)
    for j, criterion in enumerate(criteria):
        column = raw[members, j]
        if not np.isfinite(column).any():
            continue
        if criterion.measure in ADDITIVE:
            values[j] = np.nansum(column)
        else:
            riskiest = np.nanargmax(
                np.where(np.isfinite(norm[members, j]), norm[members, j], -np.inf)
            )
            values[j] = column[riskiest]
    return values


def name_area(
    geometry, unit_names: list[str], places: pd.DataFrame | None, near: str = "near {town}"
) -> str:
    """Largest town inside by population; else "near" the town nearest the centre; else units.

    ``places`` has ``name``, ``population`` and ``geometry`` (projected points).
    Towns inside with no population recorded rank after those with one, and
    among equals the one nearest the area's centre wins.
    """
    if places is not None and len(places):
        points = places["geometry"].to_numpy()
        centre = shapely.point_on_surface(geometry)
        distance = shapely.distance(points, centre)
        inside = shapely.intersects(geometry, points)
        if inside.any():
            chosen = (
                places[inside]
                .assign(_d=distance[inside])
                .sort_values(["population", "_d"], ascending=[False, True], na_position="last")
            )
        else:
            chosen = places.assign(_d=distance).sort_values("_d")
        name = chosen["name"].iloc[0]
        if isinstance(name, str) and name.strip():
            return name.strip() if inside.any() else near.format(town=name.strip())
    shown = unit_names[:2]
    more = len(unit_names) - len(shown)
    return " + ".join(shown) + (f" +{more}" if more > 0 else "")


def unique_names(names: list[str]) -> list[str]:
    """Suffix repeated names: two areas named after the same town stay distinguishable."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out


def watch_reasons(
    score: np.ndarray,
    norm: np.ndarray,
    in_area: np.ndarray,
    cutoff: float | None,
    rule: AreasRule,
    criteria: tuple[Criterion, ...],
    phrases: list[list[str]],
    templates: dict[str, str],
    number,
) -> list[str]:
    """Why each unit outside the areas deserves a look ('' when it does not)."""
    n = len(score)
    reasons: list[list[str]] = [[] for _ in range(n)]
    n_top = int(np.ceil(rule.watch_top_share * n))
    share = number(rule.watch_top_share * 100, 0)
    for j, criterion in enumerate(criteria):
        column = pd.Series(norm[:, j])
        if n_top == 0 or column.notna().sum() < 2 or column.nunique() < 2:
            continue
        # "max" ranks count ties: when many units share the top value none stands out.
        rank = column.rank(method="max", ascending=False).to_numpy()
        top = (rank <= n_top) & (column.to_numpy() > 0.5)
        for unit in np.flatnonzero(top & ~in_area):
            reasons[unit].append(
                templates["watch_top"].format(
                    label=criterion.label, share=share, annotation=phrases[unit][j]
                )
            )
    if cutoff is not None:
        near = (~in_area) & (score >= cutoff - rule.watch_margin) & (score < cutoff)
        for unit in np.flatnonzero(near):
            reasons[unit].insert(
                0,
                templates["watch_margin"].format(
                    score=number(score[unit], 1),
                    margin=number(rule.watch_margin),
                    cutoff=number(cutoff, 1),
                ),
            )
    return ["; ".join(r) for r in reasons]
