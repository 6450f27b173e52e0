"""Hot spots: Getis–Ord Gi* with permutation p-values and false-discovery-rate control.

Weights are binary: queen contiguity (units sharing a boundary or a corner,
within 1 m as for areas) or a distance band between unit centroids; Gi*
includes the unit itself. The z-value is Ord & Getis's analytical one; the
pseudo p-value comes from conditional randomisation (the unit's own value
kept, its neighbours drawn from the other units; one random draw set shared by
all units, as PySAL does), ``(larger + 1) / (permutations + 1)`` with the tail
folded to the observed side. Benjamini–Hochberg adjusts the p-values before
the classes: hot/cold at 99, 95 or 90 % confidence, else not significant.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import shapely

from ..areas import TOUCH_TOLERANCE_M

LEVELS = ((0.01, "99"), (0.05, "95"), (0.10, "90"))


def queen_neighbours(geometries: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) pairs of distinct touching units."""
    tree = shapely.STRtree(geometries)
    i, j = tree.query(geometries, predicate="dwithin", distance=TOUCH_TOLERANCE_M)
    keep = i != j
    return i[keep], j[keep]


def band_neighbours(geometries: np.ndarray, distance_m: float) -> tuple[np.ndarray, np.ndarray]:
    """(i, j) pairs of distinct units whose centroids are within ``distance_m``."""
    centroids = shapely.centroid(geometries)
    tree = shapely.STRtree(centroids)
    i, j = tree.query(centroids, predicate="dwithin", distance=distance_m)
    keep = i != j
    return i[keep], j[keep]


@dataclass
class HotSpots:
    z: np.ndarray
    p: np.ndarray  # pseudo p-value from permutations
    p_adjusted: np.ndarray  # after Benjamini–Hochberg (or = p without FDR)
    label: np.ndarray  # "Hot spot 99 %", …, "Not significant"


def gi_star(values: np.ndarray, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """Analytical Gi* z-values for binary weights including each unit itself."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    sums = x + np.bincount(i, weights=x[j], minlength=n)
    w = 1.0 + np.bincount(i, minlength=n)
    return _z(sums, w, x)


def _z(sums: np.ndarray, w: np.ndarray, x: np.ndarray) -> np.ndarray:
    n = len(x)
    mean = x.mean()
    s = np.sqrt(np.mean(x * x) - mean * mean)
    with np.errstate(divide="ignore", invalid="ignore"):
        denominator = s * np.sqrt((n * w - w * w) / (n - 1))
        z = (sums - mean * w) / denominator
    return np.where(np.isfinite(z), z, 0.0)


def benjamini_hochberg(p: np.ndarray) -> np.ndarray:
    """BH-adjusted p-values (monotone, capped at 1)."""
    p = np.asarray(p, dtype=float)
    n = len(p)
    order = np.argsort(p)
    ranked = p[order] * n / np.arange(1, n + 1)
    adjusted = np.minimum.accumulate(ranked[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(adjusted, 1.0)
    return out


def hot_spots(
    values: np.ndarray,
    i: np.ndarray,
    j: np.ndarray,
    permutations: int = 999,
    seed: int = 1,
    fdr: bool = True,
    chunk: int = 1000,
) -> HotSpots:
    """Gi* with pseudo p-values and classes for each unit."""
    x = np.asarray(values, dtype=float)
    n = len(x)
    z = gi_star(x, i, j)
    neighbours = np.bincount(i, minlength=n)
    p = np.ones(n)
    if n > 2 and permutations > 0 and np.ptp(x) > 0:
        rng = np.random.default_rng(seed)
        k_max = int(min(neighbours.max(), n - 1))
        draws = np.argsort(rng.random((permutations, n - 1)), axis=1)[:, :k_max]
        for start in range(0, n, chunk):
            units = np.arange(start, min(start + chunk, n))
            p[units] = _pseudo_p(x, z, units, neighbours, draws)
    adjusted = benjamini_hochberg(p) if fdr else p
    label = np.full(n, "Not significant", dtype=object)
    for threshold, level in LEVELS[::-1]:
        significant = adjusted < threshold
        label[significant & (z > 0)] = f"Hot spot {level} %"
        label[significant & (z < 0)] = f"Cold spot {level} %"
    return HotSpots(z=z, p=p, p_adjusted=adjusted, label=label)


def _pseudo_p(x, z, units, neighbours, draws) -> np.ndarray:
    k_max = draws.shape[1]
    # Shift the shared draws past each unit's own index, so a unit never draws itself.
    index = draws[None, :, :] + (draws[None, :, :] >= units[:, None, None])
    take = np.arange(k_max)[None, None, :] < neighbours[units][:, None, None]
    sums = x[units][:, None] + np.where(take, x[index], 0.0).sum(axis=2)
    w = 1.0 + neighbours[units][:, None]
    simulated = _z(sums.ravel(), np.broadcast_to(w, sums.shape).ravel(), x)
    simulated = simulated.reshape(sums.shape)
    return pseudo_p(z[units], simulated)


def pseudo_p(observed: np.ndarray, simulated: np.ndarray) -> np.ndarray:
    """Folded pseudo p-value per row: ``(larger + 1) / (permutations + 1)``.

    ``larger`` counts simulated values at or above the observed one, folded to
    the smaller tail, as PySAL's esda does.
    """
    permutations = simulated.shape[1]
    larger = (simulated >= np.asarray(observed)[:, None]).sum(axis=1)
    larger = np.where(larger > permutations / 2, permutations - larger, larger)
    return (larger + 1.0) / (permutations + 1.0)
