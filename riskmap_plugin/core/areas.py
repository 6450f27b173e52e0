"""At-risk areas: which units group together, and what an area is called.

Two rules group the at-risk units (model → areas → method): ``"peaks"`` (the
default, see :mod:`.peaks`) builds one area around each locally highest unit;
``"touching"`` merges every chain of touching units into one area. Units touch
when they share a boundary or a corner (within 1 m, which absorbs slivers
between neighbouring polygons of the same administrative dataset).
An area's driver values are the area's totals for additive measures (counts,
sums) and the value of its riskiest member for the others (distance, shares).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .model import AreasRule, Criterion
from .naming import area_name, place_label
from .peaks import TOUCH_TOLERANCE_M, peak_areas, touching_areas

ADDITIVE = ("count", "severity_sum", "low_severity_count")
__all__ = ["TOUCH_TOLERANCE_M", "UnitPlaces", "area_raw_values", "group_units", "unique_names"]


@dataclass
class UnitPlaces:
    """What the area rules need to know about every unit besides its score."""

    area_km2: np.ndarray
    #: Boundary polygon of each unit (areas never join two), or None.
    zone: np.ndarray | None
    #: Seat town of each unit ("" when there is none) and whether it lies inside.
    seat: list[str]
    inside: list[bool]

    def label(self, unit: int, fallback: str, templates) -> str:
        """The unit as a place: "Baiji", "near Baiji", else ``fallback``."""
        return place_label(self.seat[unit], self.inside[unit], fallback, templates["area_near"])

    def area_name(self, peaks: np.ndarray, member_names: list[str], templates) -> str:
        """The first peak's place, plus the second peak's town when it differs."""
        shown = member_names[:2]
        more = len(member_names) - len(shown)
        fallback = " + ".join(shown) + (f" +{more}" if more > 0 else "")
        if len(peaks) == 0:
            return fallback
        first = self.label(int(peaks[0]), "", templates)
        others = [self.seat[int(p)] for p in peaks[1:] if self.inside[int(p)]]
        return area_name([first, *others], fallback, templates.get("area_join", " – "))


def group_units(
    rule: AreasRule,
    geometries: np.ndarray,
    score: np.ndarray,
    places: UnitPlaces,
    selected: np.ndarray,
) -> np.ndarray:
    """Area label (0..k-1) of each selected at-risk unit under the model's rule."""
    if len(geometries) == 0:
        return np.zeros(0, dtype=int)
    if rule.method == "touching":
        roots = touching_areas(geometries)
        return np.unique(roots, return_inverse=True)[1].astype(int)
    zone = None if places.zone is None else places.zone[selected]
    label, _ = peak_areas(
        geometries,
        score,
        places.area_km2[selected],
        zone,
        rule.max_units,
        rule.max_km2,
        rule.min_separation_km,
    )
    return label


def area_raw_values(
    raw: np.ndarray, criteria: tuple[Criterion, ...], members: np.ndarray, norm: np.ndarray
) -> np.ndarray:
    """One raw value per criterion for an area (totals, or the riskiest member's value)."""
    values = np.full(len(criteria), np.nan)
    # The same sums and picks as np.nansum / np.nanargmax, without their per-call overhead
    # (thousands of areas × criteria): NaN as 0 in a sum, -inf never the riskiest.
    block = raw[members]
    finite = np.isfinite(block)
    risk = norm[members]
    risk = np.where(np.isfinite(risk), risk, -np.inf)
    for j, criterion in enumerate(criteria):
        if not finite[:, j].any():
            continue
        column = block[:, j]
        if criterion.measure in ADDITIVE:
            values[j] = np.where(np.isnan(column), 0.0, column).sum()
        else:
            values[j] = column[int(np.argmax(risk[:, j]))]
    return values


def unique_names(names: list[str]) -> list[str]:
    """Suffix repeated names: two areas named after the same town stay distinguishable."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
