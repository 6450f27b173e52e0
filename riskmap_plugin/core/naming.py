"""Place names for areas and units, as people name them.

An area is named after the seat town of its highest-scoring unit: of the towns
inside that unit, administrative seats and populated places first (GeoNames
feature codes PPLC, PPLA, PPLA2… or Natural Earth's ``FEATURECLA``), then the
largest known population (0 or empty means "not recorded", never "smallest"),
then the town nearest the unit's centre. Sections of towns and neighbourhoods
(PPLX), abandoned, historical and destroyed places never name anything. With no
town inside, the unit is "near" the nearest one. An area whose second peak sits
in another town gets both names ("Tal Afar – Sinjar").
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import shapely

#: Feature code → rank (lower names first); codes not listed rank after these.
CODE_RANK = {
    "PPLC": 0,
    "ADMIN-0 CAPITAL": 0,
    "PPLA": 1,
    "ADMIN-1 CAPITAL": 1,
    "ADMIN-0 REGION CAPITAL": 1,
    "ADMIN-1 REGION CAPITAL": 1,
    "PPLG": 1,
    "PPLA2": 2,
    "PPLA3": 3,
    "PPLA4": 4,
    "PPLA5": 4,
    "PPL": 5,
    "POPULATED PLACE": 5,
}
OTHER_RANK = 6
#: Never a name: sections and neighbourhoods, abandoned, historical, destroyed places.
EXCLUDED = {"PPLX", "PPLQ", "PPLH", "PPLW", "PPLCH", "HISTORIC PLACE"}


def code_rank(codes: pd.Series) -> np.ndarray:
    """Rank per feature code (NaN: excluded); a missing code ranks with ordinary places."""
    text = codes.astype("string").str.strip().str.upper()
    rank = text.map(lambda c: CODE_RANK.get(c, OTHER_RANK) if isinstance(c, str) else OTHER_RANK)
    # A copy: with pandas 3 (copy-on-write) to_numpy() gives a read-only view.
    rank = rank.astype(float).to_numpy(copy=True)
    rank[text.isin(EXCLUDED).fillna(False).to_numpy(dtype=bool)] = np.nan
    return rank


def seat_towns(geometries: np.ndarray, places: pd.DataFrame | None) -> tuple[list[str], list[bool]]:
    """Each unit's seat town and whether it lies inside (else the nearest town).

    ``places`` has ``name``, ``population`` (NaN = unknown), ``rank`` and
    ``geometry`` (projected points), as :func:`.inputs.prepare_places` returns.
    Units with no usable town get ``""``.
    """
    n = len(geometries)
    names, inside = [""] * n, [False] * n
    if places is None or n == 0:
        return names, inside
    usable = places[np.isfinite(places["rank"].to_numpy(dtype=float))]
    usable = usable[usable["name"].map(lambda v: isinstance(v, str) and bool(v.strip()))]
    if usable.empty:
        return names, inside
    points = usable["geometry"].to_numpy()
    town_names = usable["name"].map(str.strip).to_numpy()
    # Priority per town: feature-code rank, then population (known, largest first);
    # towns equal on both share a priority, and the nearest to the unit's centre wins.
    population = usable["population"].to_numpy(dtype=float)
    keys = list(
        zip(
            usable["rank"].to_numpy(dtype=float),
            np.where(np.isfinite(population), -population, np.inf),
        )
    )
    distinct = {key: i for i, key in enumerate(sorted(set(keys)))}
    priority = np.array([distinct[key] for key in keys], dtype=int)
    centres = shapely.point_on_surface(geometries)
    unit_index, town_index = shapely.STRtree(points).query(geometries, predicate="intersects")
    best: dict[int, tuple[int, float, int]] = {}
    for u, t in zip(unit_index.tolist(), town_index.tolist()):
        candidate = (priority[t], float(shapely.distance(centres[u], points[t])), t)
        if u not in best or candidate < best[u]:
            best[u] = candidate
    tree = shapely.STRtree(points)
    for u in range(n):
        if u in best:
            names[u], inside[u] = town_names[best[u][2]], True
        elif not shapely.is_empty(centres[u]):
            names[u] = town_names[int(tree.nearest(centres[u]))]
    return names, inside


def place_label(name: str, inside: bool, fallback: str, near: str = "near {town}") -> str:
    """A unit's place: its seat town, "near" the nearest town, else ``fallback``."""
    if not name:
        return fallback
    return name if inside else near.format(town=name)


def area_name(peak_places: list[str], fallback: str, joiner: str = " – ") -> str:
    """The first peak's place, and the second's when it differs ("Tal Afar – Sinjar")."""
    distinct = list(dict.fromkeys(p for p in peak_places if p))
    if not distinct:
        return fallback
    return joiner.join(distinct[:2])
