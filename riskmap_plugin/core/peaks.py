"""Areas built around peaks: each locally highest at-risk unit seeds one area.

A seed is an at-risk unit that scores at least as high as every at-risk unit it
touches (ties go to the unit listed first). Every other at-risk unit joins the
seed it is closest to *by score* in the adjacency graph: the seed reached along
the path whose lowest score is highest (a watershed by flooding), and among
equally high paths the one with fewest steps. Two hot places joined by a chain
of high units therefore stay two areas, split where the chain dips.

Options (model → areas): ``max_units`` and ``max_km2`` cap an area (a unit that
would overflow its area joins a neighbouring one or seeds its own);
``boundary`` keeps areas inside the polygons of a boundary layer (units are
assigned to the polygon holding their inner point, and units in different
polygons never join); ``min_separation_km`` drops a seed whose centre lies
closer than that to a higher seed, so its units join the higher one.
"""

from __future__ import annotations

import heapq

import numpy as np
import shapely

TOUCH_TOLERANCE_M = 1.0


def touching_pairs(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Index pairs (i ≠ j) of geometries within 1 m of each other."""
    if len(geometries) == 0:
        return np.zeros(0, int), np.zeros(0, int)
    tree = shapely.STRtree(geometries)
    left, right = tree.query(geometries, predicate="dwithin", distance=TOUCH_TOLERANCE_M)
    keep = left != right
    return left[keep], right[keep]


def zones_of(geometries: np.ndarray, boundary: np.ndarray | None) -> np.ndarray:
    """Index of the boundary polygon holding each geometry's inner point (-1: none)."""
    zone = np.full(len(geometries), -1, dtype=int)
    if boundary is None or len(geometries) == 0 or len(boundary) == 0:
        return zone
    points = shapely.point_on_surface(geometries)
    tree = shapely.STRtree(boundary)
    point_index, zone_index = tree.query(points, predicate="intersects")
    # A point on a shared edge falls in two polygons: keep the first, deterministically.
    order = np.lexsort((zone_index, point_index))
    point_index, zone_index = point_index[order], zone_index[order]
    first = np.unique(point_index, return_index=True)[1]
    zone[point_index[first]] = zone_index[first]
    return zone


def peak_areas(
    geometries: np.ndarray,
    score: np.ndarray,
    area_km2: np.ndarray,
    zone: np.ndarray | None = None,
    max_units: int | None = None,
    max_km2: float | None = None,
    min_separation_km: float = 0.0,
    pairs: tuple[np.ndarray, np.ndarray] | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Area label per geometry (0..k-1) and the index of each area's seed.

    ``geometries`` are the at-risk units (projected, metres), ``score`` their
    scores, ``zone`` their boundary polygon (units in different zones never join);
    ``pairs``: their :func:`touching_pairs`, when known.
    """
    n = len(geometries)
    label = np.full(n, -1, dtype=int)
    if n == 0:
        return label, np.zeros(0, dtype=int)
    zone = np.zeros(n, dtype=int) if zone is None else np.asarray(zone)
    left, right = touching_pairs(geometries) if pairs is None else pairs
    same = zone[left] == zone[right]
    left, right = left[same], right[same]
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for a, b in zip(left.tolist(), right.tolist()):
        neighbours[a].append(b)
    # Rank = position in (score descending, index ascending): a strict total order.
    order = np.lexsort((np.arange(n), -score))
    rank_of = np.empty(n, dtype=int)
    rank_of[order] = np.arange(n)
    # A seed outranks every neighbour (a unit outranked by one is not a seed).
    beaten = np.zeros(n, dtype=bool)
    beaten[left[rank_of[right] < rank_of[left]]] = True
    seeds = [i for i in order.tolist() if not beaten[i]]
    # Python numbers in the flood below (numpy scalars there cost ~µs each, per push).
    rank, scores = rank_of.tolist(), np.asarray(score).tolist()
    km2 = np.asarray(area_km2, dtype=float).tolist()
    if min_separation_km > 0 and len(seeds) > 1:
        centres = shapely.point_on_surface(geometries)
        kept: list[int] = []
        for s in seeds:  # highest first
            near = [k for k in kept if zone[k] == zone[s]]
            if not near or shapely.distance(centres[near], centres[s]).min() >= (
                min_separation_km * 1000.0
            ):
                kept.append(s)
        seeds = kept
    units_in: list[int] = []
    km2_in: list[float] = []
    seed_of: list[int] = []

    labels = label.tolist()

    def fits(area: int, unit: int) -> bool:
        if max_units is not None and units_in[area] + 1 > max_units:
            return False
        return max_km2 is None or km2_in[area] + km2[unit] <= max_km2

    def flood(new_seeds: list[int]) -> None:
        heap: list[tuple[float, int, int, int, int]] = []
        for s in new_seeds:
            area = len(seed_of)
            seed_of.append(s)
            units_in.append(1)
            km2_in.append(km2[s])
            labels[s] = area
            for j in neighbours[s]:
                heapq.heappush(heap, (-min(scores[s], scores[j]), 1, rank[s], j, area))
        while heap:
            bottleneck, steps, _, unit, area = heapq.heappop(heap)
            if labels[unit] >= 0 or not fits(area, unit):
                continue
            labels[unit] = area
            units_in[area] += 1
            km2_in[area] += km2[unit]
            for j in neighbours[unit]:
                if labels[j] < 0:
                    key = -min(-bottleneck, scores[j])
                    heapq.heappush(heap, (key, steps + 1, rank[seed_of[area]], j, area))

    flood(seeds)
    # Units a cap kept out of every neighbouring area seed their own, highest first.
    waiting = [i for i in order.tolist() if labels[i] < 0]
    for unit in waiting:
        if labels[unit] < 0:
            flood([unit])
    return np.array(labels, dtype=int), np.array(seed_of, dtype=int)


def touching_areas(
    geometries: np.ndarray, pairs: tuple[np.ndarray, np.ndarray] | None = None
) -> np.ndarray:
    """Connected component per geometry (the "merge touching units" rule)."""
    n = len(geometries)
    parent = np.arange(n)
    left, right = touching_pairs(geometries) if pairs is None else pairs

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in zip(left.tolist(), right.tolist()):
        root_a, root_b = find(a), find(b)
        if root_a != root_b:
            parent[max(root_a, root_b)] = min(root_a, root_b)
    return np.array([find(i) for i in range(n)], dtype=int)


def local_peaks(
    geometries: np.ndarray,
    score: np.ndarray,
    label: np.ndarray,
    pairs: tuple[np.ndarray, np.ndarray] | None = None,
) -> list[list[int]]:
    """Per area label, its members that outscore every touching member, highest first."""
    left, right = touching_pairs(geometries) if pairs is None else pairs
    n = len(geometries)
    order = np.lexsort((np.arange(n), -score))
    rank = np.empty(n, dtype=int)
    rank[order] = np.arange(n)
    beaten = np.zeros(n, dtype=bool)
    same = label[left] == label[right]
    beaten[left[same & (rank[right] < rank[left])]] = True
    peaks: dict[int, list[int]] = {}
    for i in order.tolist():
        if not beaten[i]:
            peaks.setdefault(int(label[i]), []).append(i)
    return [peaks.get(k, []) for k in range(int(label.max()) + 1 if n else 0)]
